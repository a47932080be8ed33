import type { ReactNode } from 'react';
import type { AreaWithNotes } from '@/lib/content/site-model';
import { Sidebar } from './sidebar';

/** Sidebar, main column and an optional right-hand aside, collapsing to one column on small screens. */
export function PageShell({ areas, current, aside, children }: { areas: readonly AreaWithNotes[]; current?: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto grid max-w-7xl gap-8 px-4 pt-6 lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_14rem]">
      <div className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:self-start lg:overflow-y-auto lg:pb-8">
        <Sidebar areas={areas} current={current} />
      </div>
      <main id="main" tabIndex={-1} className="min-w-0 outline-none">
        {children}
      </main>
      {aside ? <aside className="hidden xl:sticky xl:top-20 xl:block xl:self-start">{aside}</aside> : null}
    </div>
  );
}
