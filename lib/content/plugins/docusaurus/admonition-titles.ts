/**
 * An admonition's title written after its type, `:::tip Title` (Docusaurus's older syntax and
 * VitePress's) or `::: tip Title` (VitePress), is not directive syntax: it is rewritten to the
 * label form, `:::tip[Title]`, as Docusaurus's own preprocessor does, before the note is parsed.
 * Unlike that one, fenced code is left alone. Lines keep their count, so places still match
 * the file; only a title line's columns move by one.
 */
const OPENING = /^((?:[ \t]*>)*[ \t]*)(:{3,})[ \t]*([A-Za-z][\w-]*)(?:[ \t]+(\S.*?))?[ \t]*$/;
const FENCE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})/;

export function admonitionTitles(body: string): string {
  if (!body.includes(':::')) return body;
  let fence: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      const opening = OPENING.exec(line);
      if (!opening) return line;
      const [, quote = '', colons = '', name = '', title] = opening;
      // `::: tip` → `:::tip ` keeps the length; a title becomes the label.
      return title === undefined
        ? `${quote}${colons}${name}`.padEnd(line.length)
        : `${quote}${colons}${name}[${title.replace(/([[\]])/g, '\\$1')}]`;
    })
    .join('\n');
}
