import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LinkFilter } from '@/components/links/link-filter';
import { CuratedLinkSummary } from '@/components/note/curated-link';
import { PageShell } from '@/components/page-shell';
import { getSite } from '@/lib/site/current';
import { noteHref } from '@/lib/content/paths';
import { buildLibrary, kindsIn } from '@/lib/links/library';
import { hasReadingList } from '@/lib/site/site-links';

export const metadata: Metadata = {
  title: 'Reading list',
  description: 'Every external article, book, talk and repository the notes cite, grouped by topic, with the notes that cite it.',
};

export default async function LinksPage() {
  const site = await getSite();
  // No curated links, no reading list: a 404 in `next dev`, removed from the export (lib/build/optional-pages.ts).
  if (!hasReadingList(site)) notFound();
  const topics = buildLibrary(site);
  const total = topics.reduce((sum, t) => sum + t.entries.length, 0);
  return (
    <PageShell areas={site.areas}>
      <h1 className="text-3xl font-bold tracking-tight">Reading list</h1>
      <p className="mt-3 max-w-2xl text-muted">
        The curated reading behind the notes: every external link, grouped by topic, with the notes that cite it.
      </p>
      <LinkFilter kinds={kindsIn(topics)} total={total} />
      {topics.map((topic) => (
        <section key={topic.id} data-library-topic aria-labelledby={`topic-${topic.id}`} className="mt-10">
          <h2 id={`topic-${topic.id}`} className="text-2xl font-semibold">
            {topic.title}
          </h2>
          <ul className="mt-4 space-y-5">
            {topic.entries.map((entry) => (
              <li
                key={entry.url}
                data-library-entry
                data-kind={entry.kind}
                data-text={[entry.title, entry.note, entry.url, topic.title, ...entry.citedBy.map((n) => n.title)].join(' ').toLowerCase()}
              >
                <CuratedLinkSummary link={entry} />
                <p className="mt-1 text-sm text-muted">
                  Cited by{' '}
                  {entry.citedBy.map((note, index) => (
                    <span key={note.slug}>
                      {index > 0 ? ', ' : ''}
                      <Link href={noteHref(note.slug)} prefetch={false} className="underline underline-offset-2 hover:text-ink">
                        {note.title}
                      </Link>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PageShell>
  );
}
