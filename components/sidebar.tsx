import Link from 'next/link';
import type { AreaWithNotes } from '@/lib/content/site-model';
import { noteHref } from '@/lib/content/paths';

/** Areas and their notes; the current note is marked for sighted and screen-reader users alike. */
export function Sidebar({ areas, current }: { areas: readonly AreaWithNotes[]; current?: string }) {
  const list = (
    <ul className="space-y-5">
      {areas.map((area) => (
        <li key={area.id}>
          <Link href={`/#area-${area.id}`} prefetch={false} className="text-xs font-semibold uppercase tracking-wide text-muted hover:text-ink">
            {area.title}
          </Link>
          <ul className="mt-2 space-y-0.5 border-l border-line">
            {area.notes.map((note) => {
              const isCurrent = note.slug === current;
              return (
                <li key={note.slug}>
                  <Link
                    href={noteHref(note.slug)}
                    prefetch={false}
                    aria-current={isCurrent ? 'page' : undefined}
                    className={`-ml-px block border-l-2 py-1 pl-3 text-sm ${isCurrent ? 'border-accent font-medium text-ink' : 'border-transparent text-muted hover:border-line hover:text-ink'}`}
                  >
                    {note.title}
                  </Link>
                </li>
              );
            })}
          </ul>
        </li>
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
