import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/page-shell';
import { getSite } from '@/lib/site/current';
import { tagHref } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/site/page-metadata';
import { hasTags, TAGS_HREF } from '@/lib/site/site-links';
import { tagTree, type TagNode } from '@/lib/site/tag-tree';

export const metadata: Metadata = pageMetadata({
  title: 'Tags',
  description: 'Every tag in the wiki, with how many notes carry it.',
  path: TAGS_HREF,
});

/** A tag and, indented under it, the tags nested in it (`plugin/emitter` under `plugin`). */
function TagItem({ node }: { node: TagNode }) {
  return (
    <li>
      <Link
        href={tagHref(node.tag)}
        prefetch={false}
        className="inline-block rounded-full border border-line px-3 py-1 text-sm hover:border-accent"
      >
        #{node.tag} <span className="text-muted">({node.count})</span>
      </Link>
      {node.children.length > 0 ? (
        <ul aria-label={`Tags in #${node.tag}`} className="mt-2 ml-4 flex flex-wrap gap-2 border-l border-line pl-3">
          {node.children.map((child) => (
            <TagItem key={child.tag} node={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export default async function TagsPage() {
  const site = await getSite();
  // No tags, no tag pages: a 404 in `next dev`, removed from the export (lib/build/optional-pages.ts).
  if (!hasTags(site)) notFound();
  const roots = tagTree(site.tags);
  const flat = roots.filter((node) => node.children.length === 0);
  const nested = roots.filter((node) => node.children.length > 0);
  return (
    <PageShell areas={site.areas}>
      <h1 className="text-3xl font-bold tracking-tight">Tags</h1>
      {/* Tags without levels stay one wrapped row; a nested tag takes a row of its own, its levels under it. */}
      {flat.length > 0 ? (
        <ul className="mt-6 flex flex-wrap gap-2">
          {flat.map((node) => (
            <TagItem key={node.tag} node={node} />
          ))}
        </ul>
      ) : null}
      {nested.length > 0 ? (
        <ul className="mt-6 space-y-4">
          {nested.map((node) => (
            <TagItem key={node.tag} node={node} />
          ))}
        </ul>
      ) : null}
    </PageShell>
  );
}
