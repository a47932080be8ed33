import type { ReactNode } from 'react';
import type { AreaWithNotes } from '@/lib/content/site-model';
import { Sidebar } from './sidebar';

/** Sidebar and main column, collapsing to one column on small screens. */
export function PageShell({ areas, current, children }: { areas: readonly AreaWithNotes[]; current?: string; children: ReactNode }) {
  return (
    <div className="mx-auto grid max-w-7xl gap-8 px-4 pt-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <div className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:self-start lg:overflow-y-auto lg:pb-8">
        <Sidebar areas={areas} current={current} />
      </div>
      <main id="main" tabIndex={-1} className="min-w-0 outline-none">
        {children}
      </main>
    </div>
  );
}
