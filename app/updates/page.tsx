import type { Metadata } from 'next';
import { PageShell } from '@/components/page-shell';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/site/current';
import { withBasePath } from '@/lib/content/paths';
import { recentChanges } from '@/lib/history';
import { formatDate } from '@/lib/history/format-date';
import { pageMetadata } from '@/lib/site/page-metadata';
import { NoteSummary } from '@/components/note/note-summary';

const RECENT = 30;

export const metadata: Metadata = pageMetadata({
  title: 'Recent updates',
  description: 'Notes changed most recently, newest first.',
  path: '/updates/',
});

export default async function UpdatesPage() {
  const site = await getSite();
  const changes = recentChanges(site, RECENT);
  return (
    <PageShell areas={site.areas}>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Recent updates</h1>
      <p className="mt-3 text-muted">
        The {changes.length} most recently changed notes. Follow them in a feed reader:{' '}
        <a href={withBasePath('/feed.xml', getConfig().basePath)} className="text-accent underline underline-offset-2">
          Atom feed
        </a>
        .
      </p>
      <ol className="mt-8 space-y-6">
        {changes.map(({ note, updated }) => (
          <li key={note.slug}>
            <time dateTime={updated.toISOString()} className="text-sm text-muted">
              {formatDate(updated)}
            </time>
            <NoteSummary note={note} />
          </li>
        ))}
      </ol>
    </PageShell>
  );
}
