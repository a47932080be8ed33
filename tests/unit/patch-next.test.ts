/** The postinstall edit that stops Next rendering prefetch segments (scripts/patch-next.mjs). */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEXT_VERSION, PATCHED, RUNTIMES, patchNext, withoutSegmentData } from '../../scripts/patch-next.mjs';

const require = createRequire(import.meta.url);
const RUNTIME = 'a();i.segmentData=await r.collectSegmentData(n.cacheComponents,e);b()';

/** A node_modules/next holding only the given compiled runtimes. */
function fakeNext(runtimes: Record<string, string>): { root: string; read: (name: string) => string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-patch-next-'));
  const dir = path.join(root, 'node_modules/next/dist/compiled/next-server');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(root, 'node_modules/next/package.json'), JSON.stringify({ version: NEXT_VERSION }));
  for (const [name, text] of Object.entries(runtimes)) writeFileSync(path.join(dir, name), text);
  return { root, read: (name) => readFileSync(path.join(dir, name), 'utf8') };
}
const allRuntimes = () => Object.fromEntries(RUNTIMES.map((name) => [name, RUNTIME]));

describe('patch-next', () => {
  it('skips the one call, leaves patched text as it is, and refuses text where the call is missing or twice', () => {
    const patched = withoutSegmentData(RUNTIME);
    expect(patched).toBe(`a();${PATCHED}n.cacheComponents,e);b()`);
    expect(withoutSegmentData(patched!)).toBe(patched);
    expect(withoutSegmentData('a();b()')).toBeUndefined();
    expect(withoutSegmentData(`${RUNTIME};${RUNTIME}`)).toBeUndefined();
  });

  it('patches all four page runtimes, the experimental ones too, and leaves route runtimes alone', () => {
    const next = fakeNext({ ...allRuntimes(), 'app-route.runtime.prod.js': 'route()' });
    const { refused, messages } = patchNext(next.root);
    expect(refused).toBe(false);
    expect(messages).toHaveLength(4);
    for (const name of RUNTIMES) expect(next.read(name), name).toContain(PATCHED);
    expect(next.read('app-route.runtime.prod.js')).toBe('route()');
  });

  it.each([
    [
      'a page runtime it does not know',
      { 'app-page-future.runtime.prod.js': RUNTIME },
      'app-page-future.runtime.prod.js is a page runtime',
    ],
    ['a known one missing', { 'app-page-experimental.runtime.prod.js': undefined }, 'app-page-experimental.runtime.prod.js is missing'],
    ['one without the expression', { 'app-page-turbo-experimental.runtime.prod.js': 'a()' }, 'does not hold the expression once'],
  ])('refuses loudly, patching none, on %s', (_case, change, reason) => {
    const runtimes: Record<string, string> = allRuntimes();
    for (const [name, text] of Object.entries(change)) {
      if (text === undefined) delete runtimes[name];
      else runtimes[name] = text;
    }
    const next = fakeNext(runtimes);
    const { refused, messages } = patchNext(next.root);
    expect(refused).toBe(true);
    expect(messages[0]).toMatch(/^REFUSED/);
    expect(messages[0]).toContain(reason);
    for (const name of Object.keys(runtimes)) expect(next.read(name), name).not.toContain(PATCHED);
  });

  it('is applied to every page runtime of the installed Next (npm ci runs it), so builds skip the work', () => {
    const nextDir = path.dirname(require.resolve('next/package.json'));
    expect((JSON.parse(readFileSync(path.join(nextDir, 'package.json'), 'utf8')) as { version: string }).version).toBe(NEXT_VERSION);
    const dir = path.join(nextDir, 'dist/compiled/next-server');
    // Booleans, not the texts: a failure would print megabytes of minified code.
    for (const name of RUNTIMES) expect(readFileSync(path.join(dir, name), 'utf8').includes(PATCHED), name).toBe(true);
    // No other production runtime collects segment data: the four are all there is to patch.
    const others = readdirSync(dir).filter((name) => name.endsWith('.prod.js') && !RUNTIMES.includes(name));
    for (const name of others) expect(readFileSync(path.join(dir, name), 'utf8').includes('collectSegmentData('), name).toBe(false);
  });
});
