import type { CuratedLink } from '@/lib/content/schema';
import { SmartLink } from '../mdx/smart-link';
import { KindBadge } from './kind-badge';

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
            <div className="flex flex-wrap items-baseline gap-2">
              <KindBadge kind={link.kind} />
              <SmartLink href={link.url} className="font-medium text-accent underline-offset-2 hover:underline">
                {link.title}
              </SmartLink>
            </div>
            {link.note ? <p className="mt-1 text-sm text-muted">{link.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
