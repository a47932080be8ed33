/** Finds the line of a frontmatter key, so schema errors can point at it. */
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';

type PathKey = PropertyKey;

/** 1-based line in the frontmatter text of the value at `path`, or of `key` inside it. */
export function lineOfYamlPath(yamlText: string, path: readonly PathKey[], key?: string): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter });
  let node: unknown = doc.contents;
  let lastOffset: number | undefined = (doc.contents as Node | null)?.range?.[0];
  for (const part of key === undefined ? path : [...path, key]) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === part);
      if (!pair) break;
      lastOffset = (pair.key as Node).range?.[0] ?? lastOffset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      lastOffset = item.range?.[0] ?? lastOffset;
      node = item;
    } else break;
  }
  return lastOffset === undefined ? undefined : lineCounter.linePos(lastOffset).line;
}
