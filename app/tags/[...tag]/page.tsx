import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/note/breadcrumbs';
import { PageShell } from '@/components/page-shell';
import { getSite, tagsToRender } from '@/lib/site/current';
import { tagHref } from '@/lib/content/paths';
import { tagLevels } from '@/lib/content/plugins/obsidian/tags';
import { pageMetadata } from '@/lib/site/page-metadata';
import { NoteSummary } from '@/components/note/note-summary';

interface Params {
  params: Promise<{ tag: string[] }>;
}

export const dynamicParams = false;

/** The tag a page's address names: one segment per level of a nested tag. */
function tagOf(segments: readonly string[]): string {
  return segments
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

export async function generateStaticParams() {
  // Every tag, or after a small edit only those whose page changed (lib/build/page-inputs.ts).
  const tags = await tagsToRender();
  // A static export refuses a dynamic route with no pages; a wiki without tags gets one
  // placeholder, a 404 that the build removes with the rest of /tags/ (lib/build/optional-pages.ts).
  return (tags.length > 0 ? tags : ['none']).map((tag) => ({ tag: tag.split('/') }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const tag = tagOf((await params).tag);
  return pageMetadata({ title: `#${tag}`, description: `Notes tagged ${tag}.`, path: tagHref(tag) });
}

export default async function TagPage({ params }: Params) {
  const tag = tagOf((await params).tag);
  const site = await getSite();
  const notes = site.tags.get(tag);
  if (!notes) notFound();
  const levels = tagLevels(tag);
  const below = [...site.tags].filter(([other]) => other.startsWith(`${tag}/`) && !other.slice(tag.length + 1).includes('/'));
  return (
    <PageShell areas={site.areas}>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Tags', href: '/tags/' },
          ...levels.map((level, index) =>
            index < levels.length - 1 ? { label: `#${level}`, href: tagHref(level) } : { label: `#${level}` },
          ),
        ]}
      />
      <h1 className="mt-4 text-3xl font-bold tracking-tight">#{tag}</h1>
      <p className="mt-2 text-muted">
        {notes.length} note{notes.length === 1 ? '' : 's'}
      </p>
      {below.length > 0 ? (
        <ul aria-label="Nested tags" className="mt-4 flex flex-wrap gap-2">
          {below.map(([nested, tagged]) => (
            <li key={nested}>
              <Link
                href={tagHref(nested)}
                prefetch={false}
                className="inline-block rounded-full border border-line px-3 py-1 text-sm hover:border-accent"
              >
                #{nested} <span className="text-muted">({tagged.length})</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="mt-6 space-y-4">
        {notes.map((note) => (
          <li key={note.slug}>
            <NoteSummary note={note} />
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
