import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/note/breadcrumbs';
import { PageShell } from '@/components/page-shell';
import { getSite } from '@/lib/site/current';
import { tagHref } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/site/page-metadata';
import { NoteSummary } from '@/components/note/note-summary';

interface Params {
  params: Promise<{ tag: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  const tags = [...(await getSite()).tags.keys()];
  // A static export refuses a dynamic route with no pages; a wiki without tags gets one
  // placeholder, a 404 that the build removes with the rest of /tags/ (lib/build/optional-pages.ts).
  return (tags.length > 0 ? tags : ['none']).map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { tag } = await params;
  return pageMetadata({ title: `#${tag}`, description: `Notes tagged ${tag}.`, path: tagHref(tag) });
}

export default async function TagPage({ params }: Params) {
  const { tag } = await params;
  const site = await getSite();
  const notes = site.tags.get(tag);
  if (!notes) notFound();
  return (
    <PageShell areas={site.areas}>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Tags', href: '/tags/' }, { label: `#${tag}` }]} />
      <h1 className="mt-4 text-3xl font-bold tracking-tight">#{tag}</h1>
      <p className="mt-2 text-muted">
        {notes.length} note{notes.length === 1 ? '' : 's'}
      </p>
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
