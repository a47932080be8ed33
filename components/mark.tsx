import type { ReactNode } from 'react';

/** Words picked out in running text (a search match, a backlink's own words), drawn the same everywhere. */
export function Mark({ children }: { children: ReactNode }) {
  return <mark className="rounded-sm bg-[var(--mark)] px-0.5 text-ink">{children}</mark>;
}
