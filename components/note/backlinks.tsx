import Link from 'next/link';
import type { Site, Note } from '@/lib/content/site-model';
import { noteHref } from '@/lib/content/paths';

/** "Referenced by": every note that links here, with the sentence that holds the link. */
export function Backlinks({ note, site }: { note: Note; site: Site }) {
  return (
    <section aria-labelledby="referenced-by" data-testid="backlinks" className="mt-12 border-t border-line pt-8">
      <h2 id="referenced-by" className="text-xl font-semibold">
        Referenced by
      </h2>
      {note.backlinks.length === 0 ? (
        <p className="mt-3 text-sm text-muted">No other note links here yet.</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {note.backlinks.map((link) => {
            const from = site.bySlug.get(link.from);
            if (!from) return null;
            return (
              <li key={link.from}>
                <Link href={noteHref(from.slug)} prefetch={false} className="font-medium text-accent hover:underline">
                  {from.title}
                </Link>
                {link.context ? <p className="mt-1 text-sm text-muted">{link.context}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
