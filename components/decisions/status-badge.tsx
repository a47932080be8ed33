import type { DecisionStatus } from '@/lib/decisions/log';

// Written out in full so Tailwind finds them; each pair keeps 4.5:1 in its theme, and the word itself carries the meaning.
const STYLES: Record<DecisionStatus, string> = {
  proposed: 'border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-300',
  accepted: 'border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300',
  rejected: 'border-rose-700 text-rose-800 dark:border-rose-400 dark:text-rose-300',
  deprecated: 'border-amber-700 text-amber-800 dark:border-amber-400 dark:text-amber-300',
  superseded: 'border-line text-muted',
};

export function StatusBadge({ status }: { status: DecisionStatus }) {
  return (
    <span
      data-testid="decision-status"
      className={`inline-block rounded-full border px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wide ${STYLES[status]}`}
    >
      {status}
    </span>
  );
}
