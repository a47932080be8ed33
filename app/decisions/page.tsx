import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DecisionFilter } from '@/components/decisions/decision-filter';
import { StatusBadge } from '@/components/decisions/status-badge';
import { PageShell } from '@/components/page-shell';
import { getSite } from '@/lib/site/current';
import { DECISIONS_HREF, noteHref } from '@/lib/content/paths';
import { decisionLabel } from '@/lib/decisions/log';
import { formatDay } from '@/lib/decisions/format-day';
import { pageMetadata } from '@/lib/site/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Decisions',
  description: 'The architecture decisions recorded here, newest first, with their status.',
  path: DECISIONS_HREF,
});

/** `/decisions/`: the decision log as a timeline. A wiki without decisions has no such page (the build removes it). */
export default async function DecisionsPage() {
  const site = await getSite();
  if (site.decisions.length === 0) notFound();
  const entries = site.decisions.flatMap((note) => {
    const decision = note.decision;
    if (!decision) return [];
    const replacement = decision.supersededBy ? site.bySlug.get(decision.supersededBy) : undefined;
    const node = (
      <article aria-labelledby={`decision-${note.slug}`} className="relative">
        {/* The timeline's dot, on the list's left rule. */}
        <span aria-hidden className="absolute top-2 -left-[1.85rem] h-3 w-3 rounded-full border-2 border-surface bg-accent" />
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <time dateTime={decision.date}>{formatDay(decision.date)}</time>
          <span aria-hidden>·</span>
          <span>{decisionLabel(decision.number)}</span>
          <StatusBadge status={decision.status} />
        </p>
        <h2 id={`decision-${note.slug}`} className="mt-1 text-lg font-semibold">
          <Link href={noteHref(note.slug)} prefetch={false} className="text-accent underline-offset-2 hover:underline">
            {note.title}
          </Link>
        </h2>
        <p className="mt-1 text-sm text-muted">{note.summary}</p>
        {decision.deciders.length ? <p className="mt-1 text-sm">Deciders: {decision.deciders.join(', ')}</p> : null}
        {replacement ? (
          <p className="mt-1 text-sm" data-testid="superseded-by">
            Superseded by{' '}
            <Link href={noteHref(replacement.slug)} prefetch={false} className="text-accent underline underline-offset-2">
              {replacement.title}
            </Link>
          </p>
        ) : null}
      </article>
    );
    return [{ slug: note.slug, status: decision.status, node }];
  });
  return (
    <PageShell areas={site.areas}>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Decisions</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">
        Why the system is built the way it is: each decision with the options it weighed and what it costs, newest first.
      </p>
      <DecisionFilter entries={entries} />
    </PageShell>
  );
}
