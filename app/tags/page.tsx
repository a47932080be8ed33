import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/page-shell';
import { getSite } from '@/lib/site/current';
import { tagHref } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/site/page-metadata';
import { hasTags, TAGS_HREF } from '@/lib/site/site-links';

export const metadata: Metadata = pageMetadata({
  title: 'Tags',
  description: 'Every tag in the wiki, with how many notes carry it.',
  path: TAGS_HREF,
});

export default async function TagsPage() {
  const site = await getSite();
  // No tags, no tag pages: a 404 in `next dev`, removed from the export (lib/build/optional-pages.ts).
  if (!hasTags(site)) notFound();
  return (
    <PageShell areas={site.areas}>
      <h1 className="text-3xl font-bold tracking-tight">Tags</h1>
      <ul className="mt-6 flex flex-wrap gap-2">
        {[...site.tags.entries()].map(([tag, notes]) => (
          <li key={tag}>
            <Link
              href={tagHref(tag)}
              prefetch={false}
              className="inline-block rounded-full border border-line px-3 py-1 text-sm hover:border-accent"
            >
              #{tag} <span className="text-muted">({notes.length})</span>
            </Link>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
