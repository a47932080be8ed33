import type { CuratedLink, LinkKind } from '@/lib/content/schema';
import { SmartLink } from '../mdx/smart-link';

function KindBadge({ kind }: { kind: LinkKind }) {
  return <span className="rounded border border-line px-1.5 py-0.5 text-xs uppercase tracking-wide text-muted">{kind}</span>;
}

/** A curated link as the reading lists show it: its kind, its title linking out, whether it is the primary source, and why it is worth reading. */
export function CuratedLinkSummary({ link }: { link: Pick<CuratedLink, 'url' | 'title' | 'kind' | 'note' | 'primary'> }) {
  return (
    <>
      <div className="flex flex-wrap items-baseline gap-2">
        <KindBadge kind={link.kind} />
        <SmartLink href={link.url} className="font-medium text-accent underline-offset-2 hover:underline">
          {link.title}
        </SmartLink>
        {/* Tells the original (paper, book, author's article) from the write-ups about it. */}
        {link.primary ? <span className="text-xs font-medium text-accent">Primary source</span> : null}
      </div>
      {link.note ? <p className="mt-1 text-sm text-muted">{link.note}</p> : null}
    </>
  );
}
