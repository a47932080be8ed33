import type { CollectedHeading } from '@/lib/content/plugins/atlas/rehype-collect-headings';
import { TocFollower } from './toc-follower';

function TocList({ entries, className }: { entries: readonly CollectedHeading[]; className?: string }) {
  return (
    <ul className={`space-y-1 ${className ?? ''}`}>
      {entries.map((h) => (
        <li key={h.id} className={h.depth === 3 ? 'pl-3' : ''}>
          <a href={`#${h.id}`} className="toc-link">
            {h.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * One landmark, two presentations. Wide screens: the list pinned in the right margin. Small
 * screens: a bar that sticks under the site header and names the section being read; it opens the
 * list as a native `<details>`, so it works without JavaScript (then it names the first section).
 * The list is written twice because a closed `<details>` cannot be shown by CSS in every browser;
 * the copy not in use is `display: none`, out of the accessibility tree.
 */
export function TableOfContents({ headings }: { headings: readonly CollectedHeading[] }) {
  const entries = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const first = entries[0];
  if (!first) return null;
  return (
    <nav
      id="table-of-contents"
      aria-label="On this page"
      // Sticks within the note's column; its height is fixed (h-11), so nothing moves when the name changes.
      className="sticky top-14 z-20 -mx-4 mt-6 border-b border-line bg-surface/95 px-4 text-sm backdrop-blur xl:fixed xl:top-20 xl:right-[calc(max(0px,(100vw-80rem)/2)+1rem)] xl:mx-0 xl:mt-0 xl:max-h-[calc(100vh-6rem)] xl:w-56 xl:overflow-y-auto xl:border-0 xl:bg-transparent xl:px-0 xl:backdrop-blur-none"
    >
      <details className="toc-bar group xl:hidden">
        <summary className="flex h-11 cursor-pointer list-none items-center gap-2 rounded-md focus-visible:-outline-offset-3">
          <span className="shrink-0 text-xs font-semibold uppercase tracking-wide text-muted">On this page</span>
          <span aria-hidden="true" className="text-muted">
            ·
          </span>
          {/* Filled in by TocFollower; without JavaScript the first section. */}
          <span data-toc-current className="min-w-0 flex-1 truncate font-medium text-ink">
            {first.text}
          </span>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 text-muted group-open:rotate-180">
            <path d="M5 7.5 10 12.5 15 7.5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </summary>
        {/* Laid over the note rather than pushing it down. */}
        <TocList
          entries={entries}
          className="absolute inset-x-0 top-full max-h-[60vh] overflow-y-auto border-b border-line bg-surface px-4 py-3 shadow-lg"
        />
      </details>
      <div className="hidden xl:block">
        <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">On this page</h2>
        <TocList entries={entries} />
      </div>
      <TocFollower navId="table-of-contents" />
    </nav>
  );
}
