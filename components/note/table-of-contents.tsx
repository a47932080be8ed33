import type { CollectedHeading } from '@/lib/content/plugins/rehype-collect-headings';

export function TableOfContents({ headings }: { headings: readonly CollectedHeading[] }) {
  const entries = headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (entries.length === 0) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">On this page</h2>
      <ul className="space-y-1">
        {entries.map((h) => (
          <li key={h.id} className={h.depth === 3 ? 'pl-3' : ''}>
            <a href={`#${h.id}`} className="text-muted hover:text-ink">
              {h.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
