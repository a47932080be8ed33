import type { Metadata } from 'next';
import Link from 'next/link';
import { GraphExplorer } from '@/components/crosslinks/graph-explorer';
import { NodeShape } from '@/components/crosslinks/node-shape';
import { getSite } from '@/lib/site/current';
import { getConfig } from '@/lib/config';
import { noteHref } from '@/lib/content/paths';
import { areaStyle } from '@/lib/graph/area-style';

export const metadata: Metadata = {
  title: 'Concept graph',
  description: 'Every note in the wiki and every link between them, as a graph you can zoom, pan and explore.',
};

export default async function GraphPage() {
  const site = await getSite();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 pt-6 outline-none">
      <h1 className="text-3xl font-bold tracking-tight">Concept graph</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Every note is a point and every link a line. Hover a note to light up its neighbours; select it to open it. Notes are coloured and
        shaped by area.
      </p>
      <ul aria-label="Legend" className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm" data-testid="graph-legend">
        {site.areas.map((area, i) => (
          <li key={area.id} className="flex items-center gap-2">
            <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
              <NodeShape area={i} x={0} y={0} r={6} />
            </svg>
            {area.title} <span className="sr-only">({areaStyle(i).shape})</span>
          </li>
        ))}
      </ul>
      <div className="mt-4">
        <GraphExplorer basePath={getConfig().basePath} />
      </div>
      <section aria-labelledby="graph-list" className="mt-10">
        <h2 id="graph-list" className="text-xl font-semibold">
          Notes and their links
        </h2>
        <p className="mt-1 text-sm text-muted">The graph as a list: each note with the notes it links to.</p>
        {site.areas.map((area) => (
          <section key={area.id} aria-labelledby={`graph-area-${area.id}`} className="mt-6">
            <h3 id={`graph-area-${area.id}`} className="font-semibold">
              {area.title}
            </h3>
            <ul className="mt-2 grid gap-x-8 gap-y-1 text-sm sm:grid-cols-2" data-testid="graph-list">
              {area.notes.map((note) => (
                <li key={note.slug}>
                  <Link href={noteHref(note.slug)} prefetch={false} className="font-medium text-accent hover:underline">
                    {note.title}
                  </Link>
                  {note.outgoing.length > 0 ? (
                    <span className="text-muted"> → {note.outgoing.map((slug) => site.bySlug.get(slug)?.title ?? slug).join(', ')}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </main>
  );
}
