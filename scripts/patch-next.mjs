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
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const NEXT_VERSION = '16.4.6';
/**
 * Every page runtime `next build` may render with: Turbopack's and webpack's, each with React's
 * stable or its experimental build (Next picks the experimental one when next.config turns on a
 * feature that needs it, `__NEXT_EXPERIMENTAL_REACT`). The route runtimes (feed, sitemap) and
 * the dev runtimes never collect segment data in an export.
 */
export const RUNTIMES = [
  'app-page-turbo.runtime.prod.js',
  'app-page.runtime.prod.js',
  'app-page-turbo-experimental.runtime.prod.js',
  'app-page-experimental.runtime.prod.js',
];
const PAGE_RUNTIME = /^app-page.*\.runtime\.prod\.js$/;
const CALL = 'i.segmentData=await r.collectSegmentData(';
/** `undefined&&` short-circuits: no segment data, so Next writes no segment files. */
export const PATCHED = 'i.segmentData=undefined&&await r.collectSegmentData(';

/** The runtime's text with the call skipped; the same text if already patched; undefined if the call is not there once. */
export function withoutSegmentData(text) {
  if (text.includes(PATCHED)) return text;
  return text.split(CALL).length === 2 ? text.replace(CALL, PATCHED) : undefined;
}

/**
 * Patches every page runtime of the installed Next, or none: a build that rendered with one
 * left as it was would only be slower, and nothing would say so. So a page runtime this script
 * does not know, a known one missing, or one without the expression refuses the whole patch.
 * @returns {{ refused: boolean, messages: string[] }}
 */
export function patchNext(root) {
  const next = path.join(root, 'node_modules/next');
  if (!existsSync(path.join(next, 'package.json'))) return { refused: false, messages: ['next is not installed: nothing to patch'] };
  const { version } = JSON.parse(readFileSync(path.join(next, 'package.json'), 'utf8'));
  if (version !== NEXT_VERSION)
    return {
      refused: false,
      messages: [`next ${version} is not ${NEXT_VERSION}: left as it is (builds render prefetch segments, then delete them)`],
    };
  const dir = path.join(next, 'dist/compiled/next-server');
  const present = readdirSync(dir).filter((name) => PAGE_RUNTIME.test(name));
  const unknown = present.filter((name) => !RUNTIMES.includes(name));
  const absent = RUNTIMES.filter((name) => !present.includes(name));
  const edits = RUNTIMES.filter((name) => present.includes(name)).map((name) => {
    const file = path.join(dir, name);
    const text = readFileSync(file, 'utf8');
    return { name, file, text, patched: withoutSegmentData(text) };
  });
  const unpatchable = edits.filter((edit) => edit.patched === undefined).map((edit) => edit.name);
  const problems = [
    ...unknown.map((name) => `${name} is a page runtime this script does not know`),
    ...absent.map((name) => `${name} is missing`),
    ...unpatchable.map((name) => `${name} does not hold the expression once`),
  ];
  if (problems.length > 0)
    return {
      refused: true,
      messages: [
        `REFUSED, Next left as it is (builds render prefetch segments, then delete them): ${problems.join('; ')}`,
        'update RUNTIMES and the expression in scripts/patch-next.mjs for this Next',
      ],
    };
  return {
    refused: false,
    messages: edits.map(({ name, file, text, patched }) => {
      // A new file rather than writing in place: a hard-linked copy of node_modules keeps its own.
      if (patched !== text) {
        writeFileSync(`${file}.atlas`, patched);
        renameSync(`${file}.atlas`, file);
      }
      return `${name}: prefetch segments skipped`;
    }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { refused, messages } = patchNext(process.cwd());
  // Refused on stderr, where npm shows it even when it hides the install's output.
  for (const line of messages) (refused ? process.stderr : process.stdout).write(`patch-next: ${line}\n`);
}
