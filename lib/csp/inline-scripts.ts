/**
 * Hashes of a page's inline scripts, for a Content-Security-Policy without 'unsafe-inline'.
 * Next writes its RSC payload as inline `self.__next_f.push(...)` scripts that differ per
 * page, Turbopack a list of the page's chunks, and the layout adds the theme script, so every
 * page gets its own list.
 *
 * Only the engine's own scripts are hashed: the theme script as written, and Next's scripts in
 * the exact shape Next writes them (a call with JSON data). A script that came from a note, had
 * it slipped past the sanitizer or been written in MDX, gets no hash, so the browser refuses it.
 */
import { createHash } from 'node:crypto';
import { themeScript } from '../theme-script';

// <script> is a raw-text element: its body runs to the first `</script`, so a pattern reads
// it exactly as the browser does. Scripts with `src`, or of a non-JavaScript type (JSON-LD),
// are not inline code and need no hash.
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
// One attribute as HTML tokenizes it: a whole name, then perhaps `=` and a quoted or bare value.
// Reading names whole matters: `data-src=` is not `src=`, and a value may contain `src=`.
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const CODE_TYPE = /^(text\/javascript|module)?$/i;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (!isInlineCode(attributesOf(attributes)) || !isEngineScript(body)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    // Of two attributes with one name, the browser keeps the first.
    if (!attributes.has(key)) attributes.set(key, double ?? single ?? bare ?? '');
  }
  return attributes;
}

function isInlineCode(attributes: ReadonlyMap<string, string>): boolean {
  return !attributes.has('src') && CODE_TYPE.test((attributes.get('type') ?? '').trim());
}

/** The calls Next and Turbopack write, each with one JSON argument. */
const NEXT_CALLS = [
  'self.__next_f.push(',
  '(self.__next_f=self.__next_f||[]).push(',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(',
];

/** Whether a script is the engine's: the theme script, or one of Next's calls with nothing but JSON data. */
export function isEngineScript(body: string): boolean {
  if (body === themeScript) return true;
  const call = NEXT_CALLS.find((prefix) => body.startsWith(prefix));
  if (!call) return false;
  const argument = body.slice(call.length).replace(/\);?\s*$/, '');
  if (argument.length === body.length - call.length) return false;
  try {
    JSON.parse(argument);
    return true;
  } catch {
    return false;
  }
}
