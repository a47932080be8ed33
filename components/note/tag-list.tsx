import Link from 'next/link';
import { tagHref } from '@/lib/content/paths';

export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={tagHref(tag)}
            prefetch={false}
            className="rounded-full border border-line px-2.5 py-0.5 text-xs text-muted hover:border-accent hover:text-ink"
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
