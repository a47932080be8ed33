import type { LinkKind } from '@/lib/content/schema';

export function KindBadge({ kind }: { kind: LinkKind }) {
  return <span className="rounded border border-line px-1.5 py-0.5 text-xs uppercase tracking-wide text-muted">{kind}</span>;
}
