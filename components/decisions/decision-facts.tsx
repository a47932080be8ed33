import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Note, Site } from '@/lib/content/site-model';
import { noteHref } from '@/lib/content/paths';
import { decisionLabel } from '@/lib/decisions/log';
import { formatDay } from '@/lib/decisions/format-day';
import { StatusBadge } from './status-badge';

const linkClass = 'text-accent underline underline-offset-2';

function NoteLinks({ slugs, site }: { slugs: readonly string[]; site: Site }) {
  const notes = slugs.flatMap((slug) => site.bySlug.get(slug as Note['slug']) ?? []);
  return (
    <>
      {notes.map((n, i) => (
        <span key={n.slug}>
          {i > 0 ? ', ' : null}
          <Link href={noteHref(n.slug)} prefetch={false} className={linkClass}>
            {n.title}
          </Link>
        </span>
      ))}
    </>
  );
}

/** The top of a decision's page: a notice when it was replaced, then status, date, deciders and what it applies. */
export function DecisionFacts({ note, site }: { note: Note; site: Site }) {
  const decision = note.decision;
  if (!decision) return null;
  const replacement = decision.supersededBy ? site.bySlug.get(decision.supersededBy) : undefined;
  const rows: [string, ReactNode][] = [
    ['Status', <StatusBadge key="s" status={decision.status} />],
    [
      'Date',
      <time key="d" dateTime={decision.date}>
        {formatDay(decision.date)}
      </time>,
    ],
  ];
  if (decision.deciders.length) rows.push(['Deciders', decision.deciders.join(', ')]);
  if (decision.applies.length) rows.push(['Applies', <NoteLinks key="a" slugs={decision.applies} site={site} />]);
  if (decision.supersedes.length) rows.push(['Supersedes', <NoteLinks key="p" slugs={decision.supersedes} site={site} />]);
  return (
    <div className="mt-4" data-testid="decision-facts">
      {replacement?.decision ? (
        <p role="note" data-testid="superseded-notice" className="mb-4 rounded-lg border border-line bg-raised px-4 py-3">
          <strong>Superseded.</strong> This decision was replaced by{' '}
          <Link href={noteHref(replacement.slug)} prefetch={false} className={linkClass}>
            {decisionLabel(replacement.decision.number)}: {replacement.title}
          </Link>
          .
        </p>
      ) : null}
      <p className="text-sm font-medium text-muted">{decisionLabel(decision.number)}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
