import type { CollectedHeading } from '@/lib/content/plugins/rehype-collect-headings';
import { TocFollower } from './toc-follower';

export function TableOfContents({ headings }: { headings: readonly CollectedHeading[] }) {
  const entries = headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (entries.length === 0) return null;
  return (
    // One instance in the page: in the flow on small screens, pinned in the right margin on wide ones.
    <nav
      id="table-of-contents"
      aria-label="On this page"
      className="rounded-lg border border-line p-4 text-sm xl:fixed xl:top-20 xl:right-[calc(max(0px,(100vw-80rem)/2)+1rem)] xl:max-h-[calc(100vh-6rem)] xl:w-56 xl:overflow-y-auto xl:border-0 xl:p-0"
    >
      <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">On this page</h2>
      <ul className="space-y-1">
        {entries.map((h) => (
          <li key={h.id} className={h.depth === 3 ? 'pl-3' : ''}>
            <a href={`#${h.id}`} className="toc-link">
              {h.text}
            </a>
          </li>
        ))}
      </ul>
      <TocFollower navId="table-of-contents" />
    </nav>
  );
}
