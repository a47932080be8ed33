import Link from 'next/link';
import type { Site, Note } from '@/lib/content/site-model';
import type { ResolvedLink } from '@/lib/content/derive-links';
import { noteHref } from '@/lib/content/paths';
import { Mark } from '../mark';

/** The context with the link's own words marked, so a reader sees at once where the link sits. */
function Context({ link }: { link: ResolvedLink }) {
  if (!link.highlight) return <>{link.context}</>;
  const [start, end] = link.highlight;
  return (
    <>
      {link.context.slice(0, start)}
      <Mark>{link.context.slice(start, end)}</Mark>
      {link.context.slice(end)}
    </>
  );
}

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
                {link.context ? (
                  <p className="mt-1 text-sm text-muted" data-testid="backlink-context">
                    <Context link={link} />
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
