/** The tags of a site as a tree, for the tag index: `plugin/emitter` under `plugin`. */

export interface TagNode {
  /** The tag's key, e.g. `plugin/emitter`. */
  tag: string;
  /** Its last level, e.g. `emitter`. */
  name: string;
  /** Notes tagged with it or with a tag below it. */
  count: number;
  children: TagNode[];
}

/** Every level of a nested tag is a key of `tags` (site-model.ts), so each node's parent is there. */
export function tagTree(tags: ReadonlyMap<string, readonly unknown[]>): TagNode[] {
  const nodes = new Map<string, TagNode>();
  const roots: TagNode[] = [];
  for (const [tag, notes] of [...tags].sort(([a], [b]) => a.localeCompare(b))) {
    const cut = tag.lastIndexOf('/');
    const node: TagNode = { tag, name: tag.slice(cut + 1), count: notes.length, children: [] };
    nodes.set(tag, node);
    const parent = cut > 0 ? nodes.get(tag.slice(0, cut)) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
