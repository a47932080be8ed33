/**
 * A `.md` note is data from someone else: after its HTML is parsed (rehype-markdown-html), the
 * whole tree is sanitized to GitHub's allow-list (sanitize-schema.ts), and every element, attribute
 * or URL removed is reported at its line, so the writer knows what readers will not see.
 *
 * Around the sanitizer:
 * - the engine's own MDX elements (`<WikiLink>`, `<Embed>`, `<Diagram>`) stand in as placeholder
 *   elements named with a nonce that no note can guess, so they pass and come back whole;
 * - ids are prefixed `user-content-` as on GitHub, so a note cannot clobber the page's globals
 *   (`id="__next_f"`); ids the engine gave (footnotes, already prefixed, and Obsidian's `^block`
 *   ids) keep their value.
 */
import { randomBytes } from 'node:crypto';
import type { Element, ElementContent, Nodes, Properties, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { SKIP, visit } from 'unist-util-visit';
import { SAFE_DATA_IMAGE, sanitizeSchema } from './sanitize-schema';

/** Something taken out of a note's HTML, at its body line. */
export interface RemovedHtml {
  line: number;
  column: number;
  what: string;
}

const MDX_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);
const PREFIX = 'user-content-';

export function rehypeSanitizeHtml(options: { sink: RemovedHtml[] }) {
  return (tree: Root) => {
    const placeholder = `atlas-mdx-${randomBytes(8).toString('hex')}`;
    const stashed: Nodes[] = [];
    visit(tree, (node: Nodes, index, parent) => {
      if (!MDX_TYPES.has(node.type) || !parent || index === undefined) return;
      const children = 'children' in node ? (node.children as ElementContent[]) : [];
      parent.children[index] = { type: 'element', tagName: placeholder, properties: { dataI: stashed.length }, children };
      stashed.push(node);
      return SKIP;
    });
    visit(tree, 'element', (node) => keepEngineIds(node.properties));
    const schema = sanitizeSchema([placeholder]);
    schema.attributes = { ...schema.attributes, [placeholder]: ['dataI'], '*': [...(schema.attributes?.['*'] ?? []), 'dataEngineId'] };
    report(tree, schema, options.sink);
    const clean = sanitize(tree, schema) as Root;
    visit(clean, 'element', (node, index, parent) => {
      restoreEngineIds(node.properties);
      if (node.tagName === 'img' && typeof node.properties.src === 'string' && /^data:/i.test(node.properties.src)) {
        if (!SAFE_DATA_IMAGE.test(node.properties.src)) delete node.properties.src;
      }
      if (node.tagName !== placeholder || !parent || index === undefined) return;
      const original = stashed[Number(node.properties.dataI)];
      if (!original) return;
      if ('children' in original) (original as { children: unknown[] }).children = node.children;
      parent.children[index] = original as RootContent as ElementContent;
    });
    tree.children = clean.children;
  };
}

/** The engine's ids leave the `id` property for the sanitizer's turn, so it does not prefix them. */
function keepEngineIds(properties: Properties): void {
  const id = properties.id;
  if (typeof id === 'string' && (id.startsWith('^') || id.startsWith(PREFIX))) {
    properties.dataEngineId = id;
    delete properties.id;
  }
}

function restoreEngineIds(properties: Properties): void {
  const id = properties.dataEngineId;
  if (typeof id !== 'string') return;
  // The sanitizer prefixed a forged one like any id; the value written by us comes back as it was.
  properties.id = id;
  delete properties.dataEngineId;
}

type Definition = NonNullable<Schema['attributes']>[string][number];
const nameOf = (definition: Definition) => (typeof definition === 'string' ? definition : definition[0]);

/** Reports what the sanitizer will take out: elements not on the list, attributes not allowed, unsafe URLs. */
function report(tree: Root, schema: Schema, sink: RemovedHtml[]): void {
  const allowed = (tag: string, key: string) =>
    [...(schema.attributes?.[tag] ?? []), ...(schema.attributes?.['*'] ?? [])].some((d) => nameOf(d) === key);
  visit(tree, 'element', (node: Element) => {
    const where = { line: node.position?.start?.line ?? 0, column: node.position?.start?.column ?? 0 };
    if (!schema.tagNames?.includes(node.tagName)) {
      const stripped = schema.strip?.includes(node.tagName);
      sink.push({ ...where, what: `<${node.tagName}>${stripped ? ' and its content' : ''}` });
      return stripped ? SKIP : undefined;
    }
    for (const [key, value] of Object.entries(node.properties)) {
      if (value === undefined || value === null) continue;
      if (!allowed(node.tagName, key)) sink.push({ ...where, what: `the ${attributeName(key)} attribute of <${node.tagName}>` });
      else if (typeof value === 'string' && unsafeUrl(schema, key, value, node.tagName))
        sink.push({ ...where, what: `the address "${value.slice(0, 40)}" of <${node.tagName}>` });
    }
    return undefined;
  });
}

function unsafeUrl(schema: Schema, key: string, value: string, tag: string): boolean {
  const protocols = schema.protocols?.[key];
  if (!protocols) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1];
  if (!scheme) return false;
  if (tag === 'img' && key === 'src' && scheme.toLowerCase() === 'data') return !SAFE_DATA_IMAGE.test(value);
  return !protocols.includes(scheme);
}

/** `onClick` → `onclick`, `dataX` → `data-x`: the attribute as the writer wrote it. */
function attributeName(key: string): string {
  if (key.startsWith('data')) return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return key.toLowerCase() === 'classname' ? 'class' : key.toLowerCase();
}
