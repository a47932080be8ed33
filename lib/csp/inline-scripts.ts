/**
 * Hashes of a page's inline scripts, for a Content-Security-Policy without 'unsafe-inline'.
 * Next writes its RSC payload as inline `self.__next_f.push(...)` scripts that differ per
 * page, and the layout adds the theme script, so every page gets its own list.
 */
import { createHash } from 'node:crypto';

// <script> is a raw-text element: its body runs to the first `</script`, so a pattern reads
// it exactly as the browser does. Scripts with `src`, or of a non-JavaScript type (JSON-LD),
// are not inline code and need no hash.
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const NOT_CODE = /\bsrc\s*=|\btype\s*=\s*["']?(?!text\/javascript|module)[a-z]/i;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (NOT_CODE.test(attributes) || body === '') continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}
