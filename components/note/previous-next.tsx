import Link from 'next/link';
import type { Note } from '@/lib/content/site-model';
import { noteHref } from '@/lib/content/paths';

export function PreviousNext({ previous, next }: { previous?: Note; next?: Note }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next in this area" className="mt-12 grid gap-4 border-t border-line pt-8 sm:grid-cols-2">
      {previous ? (
        <Link href={noteHref(previous.slug)} prefetch={false} rel="prev" className="rounded-lg border border-line p-4 hover:border-accent">
          <span className="block text-xs text-muted">Previous</span>
          <span className="font-medium">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={noteHref(next.slug)}
          prefetch={false}
          rel="next"
          className="rounded-lg border border-line p-4 text-right hover:border-accent"
        >
          <span className="block text-xs text-muted">Next</span>
          <span className="font-medium">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
