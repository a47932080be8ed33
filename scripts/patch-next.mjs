/**
 * `postinstall`: stops Next from rendering per-segment prefetch payloads in static generation.
 *
 * For every page, Next 16 decodes the page's React payload again and re-encodes it as one
 * prefetch file per route segment (`collectSegmentData`). Our links never prefetch, so the
 * build deleted those files afterwards (lib/build/prefetch-segments.ts); skipping the work
 * took static generation of 1,000 notes from 16.8 to 12.9 s (docs/performance.md). Next has
 * no setting for it, so this edits one expression in its production page runtimes.
 *
 * Not patch-package: the expression sits in a 57 KB line of minified code, which a patch
 * file would carry whole, twice per file. Here the edit is made only where the exact
 * expression is found, for the Next version it was written for; anything else leaves Next as
 * it is and says so, and the build stays correct, only slower (the files are deleted after).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const NEXT_VERSION = '16.4.6';
/** The page runtimes `next build` renders with: Turbopack's and webpack's. */
export const RUNTIMES = ['app-page-turbo.runtime.prod.js', 'app-page.runtime.prod.js'];
const CALL = 'i.segmentData=await r.collectSegmentData(';
/** `undefined&&` short-circuits: no segment data, so Next writes no segment files. */
export const PATCHED = 'i.segmentData=undefined&&await r.collectSegmentData(';

/** The runtime's text with the call skipped; the same text if already patched; undefined if the call is not there once. */
export function withoutSegmentData(text) {
  if (text.includes(PATCHED)) return text;
  return text.split(CALL).length === 2 ? text.replace(CALL, PATCHED) : undefined;
}

export function patchNext(root) {
  const next = path.join(root, 'node_modules/next');
  if (!existsSync(path.join(next, 'package.json'))) return ['next is not installed: nothing to patch'];
  const { version } = JSON.parse(readFileSync(path.join(next, 'package.json'), 'utf8'));
  if (version !== NEXT_VERSION)
    return [`next ${version} is not ${NEXT_VERSION}: left as it is (builds render prefetch segments, then delete them)`];
  return RUNTIMES.map((name) => {
    const file = path.join(next, 'dist/compiled/next-server', name);
    const text = readFileSync(file, 'utf8');
    const patched = withoutSegmentData(text);
    if (patched === undefined) return `${name}: the expression was not found; left as it is`;
    // A new file rather than writing in place: a hard-linked copy of node_modules keeps its own.
    if (patched !== text) {
      writeFileSync(`${file}.atlas`, patched);
      renameSync(`${file}.atlas`, file);
    }
    return `${name}: prefetch segments skipped`;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const line of patchNext(process.cwd())) process.stdout.write(`patch-next: ${line}\n`);
}
