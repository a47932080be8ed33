import type { CuratedLink } from '@/lib/content/schema';
import { CuratedLinkSummary } from './curated-link';

export function FurtherReading({ links }: { links: readonly CuratedLink[] }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="further-reading" className="mt-12 border-t border-line pt-8">
      <h2 id="further-reading" className="text-xl font-semibold">
        Further reading
      </h2>
      <ul className="mt-4 space-y-4">
        {links.map((link) => (
          <li key={link.url}>
            <CuratedLinkSummary link={link} />
          </li>
        ))}
      </ul>
    </section>
  );
}
