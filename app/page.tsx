import type { Metadata } from 'next';
import Link from 'next/link';
import { NoteBody } from '@/components/mdx/note-body';
import { PageShell } from '@/components/page-shell';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/site/current';
import { noteHref } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/site/page-metadata';

const { name, description } = getConfig();

// The layout's title template is bypassed on the home page: its title is the site's name alone.
export const metadata: Metadata = { ...pageMetadata({ title: name, description, path: '/' }), title: { absolute: name } };

export default async function HomePage() {
  const site = await getSite();
  const config = getConfig();
  return (
    <PageShell areas={site.areas}>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{site.home?.title ?? config.name}</h1>
      {/* The content folder's own README introduces the wiki, when it has one. */}
      {site.home ? (
        <div className="prose mt-3 max-w-2xl prose-a:underline-offset-2">
          <NoteBody note={site.home} site={site} />
        </div>
      ) : (
        <p className="mt-3 max-w-2xl text-lg text-muted">{config.description}</p>
      )}
      <p className="mt-2 text-sm text-muted">
        {site.notes.length} notes in {site.areas.length} areas.
      </p>
      {site.areas.map((area) => (
        <section key={area.id} id={`area-${area.id}`} aria-labelledby={`area-${area.id}-title`} className="mt-12 scroll-mt-20">
          <h2 id={`area-${area.id}-title`} className="text-2xl font-semibold">
            {area.title}
          </h2>
          {area.description ? <p className="mt-1 text-muted">{area.description}</p> : null}
          {/* An area introduced by its folder's README: the description above is its summary, so it is a link, not a card. */}
          {area.intro ? (
            <p className="mt-1 text-sm">
              <Link href={noteHref(area.intro)} prefetch={false} className="text-accent underline underline-offset-2">
                Read the introduction
              </Link>
            </p>
          ) : null}
          {/* The site model leaves out areas without notes, so every area here has some. */}
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {area.notes
              .filter((note) => note.slug !== area.intro)
              .map((note) => (
                <li key={note.slug}>
                  <Link
                    href={noteHref(note.slug)}
                    prefetch={false}
                    className="block h-full rounded-lg border border-line p-4 hover:border-accent"
                  >
                    <span className="font-medium text-ink">{note.title}</span>
                    <span className="mt-1 block text-sm text-muted">{note.summary}</span>
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </PageShell>
  );
}
