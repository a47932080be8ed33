import Link from 'next/link';
import type { Note, Site } from '@/lib/content/site-model';
import { noteHref } from '@/lib/content/paths';
import { decisionsApplying } from '@/lib/decisions/applying';
import { decisionLabel } from '@/lib/decisions/log';
import { StatusBadge } from './status-badge';

/** On a pattern note: the team's decisions that name it in `applies`, newest first. Nothing when there are none. */
export function DecisionsApplying({ note, site }: { note: Note; site: Site }) {
  const decisions = decisionsApplying(site.decisions, note.slug);
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="decisions-applying" data-testid="decisions-applying" className="mt-12 border-t border-line pt-8">
      <h2 id="decisions-applying" className="text-xl font-semibold">
        Decisions that apply this
      </h2>
      <ul className="mt-4 space-y-3">
        {decisions.map(({ note: d, decision }) => (
          <li key={d.slug} className="flex flex-wrap items-center gap-2">
            <StatusBadge status={decision.status} />
            <Link href={noteHref(d.slug)} prefetch={false} className="font-medium text-accent hover:underline">
              {decisionLabel(decision.number)}: {d.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
