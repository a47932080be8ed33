import Link from 'next/link';
import type { AreaWithNotes } from '@/lib/content/site-model';
import { noteHref } from '@/lib/content/paths';
import { sidebarNotes } from '@/lib/site/sidebar-window';

/** Areas and their notes; the current note is marked for sighted and screen-reader users alike. */
export function Sidebar({ areas, current }: { areas: readonly AreaWithNotes[]; current?: string }) {
  const total = areas.reduce((sum, area) => sum + area.notes.length, 0);
  const list = (
    <ul className="space-y-5">
      {areas.map((area) => (
        <AreaEntry key={area.id} area={area} shown={sidebarNotes(area.notes, total, current)} current={current} />
      ))}
    </ul>
  );
  return (
    <nav aria-label="Areas" className="text-sm">
      {/* Small screens get a native disclosure: no JavaScript needed to open it. */}
      <details className="rounded-md border border-line lg:hidden">
        <summary className="cursor-pointer px-3 py-2 font-medium">Browse areas</summary>
        <div className="px-3 pb-3">{list}</div>
      </details>
      <div className="hidden lg:block">{list}</div>
    </nav>
  );
}

function AreaEntry({ area, shown, current }: { area: AreaWithNotes; shown: readonly AreaWithNotes['notes'][number][]; current?: string }) {
  // An area's README is its introduction: the area's title leads there, and it is not listed again as a note.
  const notes = shown.filter((note) => note.slug !== area.intro);
  return (
    <li>
      <Link
        href={area.intro ? noteHref(area.intro) : `/#area-${area.id}`}
        prefetch={false}
        aria-current={area.intro && area.intro === current ? 'page' : undefined}
        className="text-xs font-semibold uppercase tracking-wide text-muted hover:text-ink"
      >
        {area.title}
      </Link>
      {shown.length < area.notes.length ? <span className="ml-2 text-xs text-muted">({area.notes.length} notes)</span> : null}
      <ul className="mt-2 space-y-0.5 border-l border-line">
        {notes.map((note) => (
          <li key={note.slug}>
            <Link
              href={noteHref(note.slug)}
              prefetch={false}
              aria-current={note.slug === current ? 'page' : undefined}
              className="sidebar-link"
            >
              {note.title}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}
