import type { CuratedLink, LinkKind } from '@/lib/content/schema';
import { SmartLink } from '../mdx/smart-link';

function KindBadge({ kind }: { kind: LinkKind }) {
  return <span className="rounded border border-line px-1.5 py-0.5 text-xs uppercase tracking-wide text-muted">{kind}</span>;
}

/** A curated link as the reading lists show it: its kind, its title linking out, and why it is worth reading. */
export function CuratedLinkSummary({ link }: { link: Pick<CuratedLink, 'url' | 'title' | 'kind' | 'note'> }) {
  return (
    <>
      <div className="flex flex-wrap items-baseline gap-2">
        <KindBadge kind={link.kind} />
        <SmartLink href={link.url} className="font-medium text-accent underline-offset-2 hover:underline">
          {link.title}
        </SmartLink>
      </div>
      {link.note ? <p className="mt-1 text-sm text-muted">{link.note}</p> : null}
    </>
  );
}
