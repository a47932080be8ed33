import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/note/breadcrumbs';
import { Backlinks } from '@/components/note/backlinks';
import { FurtherReading } from '@/components/note/further-reading';
import { PreviousNext } from '@/components/note/previous-next';
import { TableOfContents } from '@/components/note/table-of-contents';
import { TagList } from '@/components/note/tag-list';
import { NoteBody } from '@/components/mdx/note-body';
import { LinkPreviews } from '@/components/crosslinks/link-previews';
import { LocalGraph } from '@/components/crosslinks/local-graph';
import { AreaNotes } from '@/components/note/area-notes';
import { RelatedNotes } from '@/components/note/related-notes';
import { PageHistory } from '@/components/note/page-history';
import { PageShell } from '@/components/page-shell';
import { DecisionFacts } from '@/components/decisions/decision-facts';
import { DecisionsApplying } from '@/components/decisions/decisions-applying';
import { getConfig } from '@/lib/config';
import { getSite, notesToRender } from '@/lib/site/current';
import { areaAnchor, asSlug, noteHref } from '@/lib/content/paths';
import { neighbours } from '@/lib/content/site-model';
import { noteUpdated } from '@/lib/history';
import { editUrlFor } from '@/lib/site/absolute-url';
import { pageMetadata } from '@/lib/site/page-metadata';

interface Params {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  // Every note, or after a small edit only those whose page changed (lib/build/page-inputs.ts).
  return (await notesToRender()).map((note) => ({ slug: note.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const note = (await getSite()).bySlug.get(asSlug(slug));
  if (!note) return {};
  return pageMetadata({ title: note.title, description: note.summary, path: noteHref(note.slug), type: 'article' });
}

export default async function NotePage({ params }: Params) {
  const { slug } = await params;
  const site = await getSite();
  const note = site.bySlug.get(asSlug(slug));
  if (!note) notFound();
  const area = site.areas.find((a) => a.id === note.area);
  const { previous, next } = neighbours(site, note);

  return (
    <PageShell areas={site.areas} current={note.slug}>
      {/* Room on the right of wide screens for the pinned table of contents. */}
      <div className="xl:pr-64">
        <Breadcrumbs
          items={[{ label: 'Home', href: '/' }, { label: area?.title ?? note.area, href: areaAnchor(note.area) }, { label: note.title }]}
        />
        <header className="mt-4">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{note.title}</h1>
          {/* A summary taken from the note's first paragraph would only repeat it. */}
          {note.summaryFromBody ? null : <p className="mt-3 text-lg text-muted">{note.summary}</p>}
          {/* A decision's status, date and deciders, and whether it was replaced. */}
          <DecisionFacts note={note} site={site} />
          <div className="mt-4">
            <TagList tags={note.tags} />
          </div>
        </header>
        {/* Not wrapped: on small screens it sticks within this column. */}
        <TableOfContents headings={note.headings} />
        <article
          id="note-article"
          className={[
            'prose mt-8 max-w-none prose-headings:scroll-mt-28 xl:prose-headings:scroll-mt-20 prose-a:underline-offset-2 prose-pre:overflow-x-auto',
            // Obsidian's `cssclasses`: the note's own classes, for a team's own stylesheet (public/).
            ...note.cssclasses,
          ].join(' ')}
        >
          <NoteBody note={note} site={site} />
        </article>
        {/* An area's README introduces the area: its notes follow, as a folder's files follow its README on GitHub. */}
        <AreaNotes note={note} site={site} />
        {/* Cross-links: previews load on first hover or focus; the local graph when opened. */}
        <LinkPreviews articleId="note-article" basePath={getConfig().basePath} />
        <FurtherReading links={note.links} />
        <DecisionsApplying note={note} site={site} />
        <Backlinks note={note} site={site} />
        <RelatedNotes note={note} site={site} />
        <LocalGraph slug={note.slug} title={note.title} basePath={getConfig().basePath} />
        {/* When the note last changed (git history) and where to edit it. */}
        <PageHistory updated={noteUpdated(site, note)} editUrl={editUrlFor(note, getConfig().editUrl)} />
        <PreviousNext previous={previous} next={next} />
      </div>
    </PageShell>
  );
}
