/**
 * What HTML a `.md` note may hold: GitHub's allow-list (hast-util-sanitize's default schema),
 * extended only with what the engine itself makes from Markdown: callouts (`<aside>`, `<details>`,
 * their icon), highlights (`<mark>`), math waiting for KaTeX, downloads and note links marked by our
 * plugins, and images with a size. No script, style, event handler, frame, form, meta, base or link
 * element survives, and links take only safe protocols: no `javascript:`, `vbscript:` or `data:`.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

type Attributes = NonNullable<Schema['attributes']>;

const engineAttributes: Attributes = {
  a: ['dataAttachment', 'dataNotePath', 'dataUnpublished', ['className', 'tag']],
  aside: [['className', 'callout'], 'dataCallout', ['role', 'note'], 'ariaLabel'],
  details: [['className', 'callout'], 'dataCallout'],
  p: [['className', 'callout-title']],
  summary: [['className', 'callout-title']],
  svg: [['className', 'callout-icon'], 'viewBox', ['ariaHidden', 'true'], ['focusable', 'false']],
  path: ['d'],
  code: [['className', /^language-./, 'math-inline', 'math-display', 'math-error']],
  span: [['className', 'math-inline', 'math-display']],
  div: [['className', 'math-display']],
};

type Definition = Attributes[string][number];
const nameOf = (definition: Definition) => (typeof definition === 'string' ? definition : definition[0]);

/**
 * The base's attributes with the extra ones; two definitions of one attribute become one list of
 * allowed values, since the sanitizer reads only the first definition it finds.
 */
function merge(base: Attributes, extra: Attributes): Attributes {
  const result: Attributes = { ...base };
  for (const [tag, list] of Object.entries(extra)) {
    const merged = [...(base[tag] ?? [])];
    for (const definition of list) {
      const at = merged.findIndex((d) => nameOf(d) === nameOf(definition));
      const before = merged[at];
      if (at >= 0 && typeof before !== 'string' && typeof definition !== 'string' && before) {
        merged[at] = [nameOf(before), ...before.slice(1), ...definition.slice(1)] as Definition;
      } else merged.push(definition);
    }
    result[tag] = merged;
  }
  return result;
}

/** GitHub's schema with the engine's own elements; `extraTags` are the placeholders of one compile. */
export function sanitizeSchema(extraTags: readonly string[] = []): Schema {
  return {
    ...defaultSchema,
    tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'mark', 'svg', 'path', 'figure', 'figcaption', ...extraTags],
    attributes: merge(defaultSchema.attributes ?? {}, engineAttributes),
    // An image may be inline data, but only a picture: `data:` is checked by type after sanitizing.
    protocols: { ...defaultSchema.protocols, src: [...(defaultSchema.protocols?.src ?? []), 'data'] },
    // Their text would show as text if only the element were dropped.
    strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'],
  };
}

/** `data:` images a page may show: pictures that cannot run anything (no SVG, which can). */
export const SAFE_DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif);/i;
