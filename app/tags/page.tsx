import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/page-shell';
import { getSite } from '@/lib/content';
import { tagHref } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({ title: 'Tags', description: 'Every tag in the atlas, with how many notes carry it.', path: '/tags/' });

export default async function TagsPage() {
  const site = await getSite();
  return (
    <PageShell areas={site.areas}>
      <h1 className="text-3xl font-bold tracking-tight">Tags</h1>
      {site.tags.size === 0 ? (
        <p className="mt-4 text-muted">No note has a tag yet.</p>
      ) : (
        <ul className="mt-6 flex flex-wrap gap-2">
          {[...site.tags.entries()].map(([tag, notes]) => (
            <li key={tag}>
              <Link href={tagHref(tag)} prefetch={false} className="inline-block rounded-full border border-line px-3 py-1 text-sm hover:border-accent">
                #{tag} <span className="text-muted">({notes.length})</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </PageShell>
  );
}
