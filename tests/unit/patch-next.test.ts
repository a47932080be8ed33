/** The postinstall edit that stops Next rendering prefetch segments (scripts/patch-next.mjs). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEXT_VERSION, PATCHED, RUNTIMES, withoutSegmentData } from '../../scripts/patch-next.mjs';

const require = createRequire(import.meta.url);

describe('patch-next', () => {
  it('skips the one call, leaves patched text as it is, and refuses text where the call is missing or twice', () => {
    const runtime = 'a();i.segmentData=await r.collectSegmentData(n.cacheComponents,e);b()';
    const patched = withoutSegmentData(runtime);
    expect(patched).toBe(`a();${PATCHED}n.cacheComponents,e);b()`);
    expect(withoutSegmentData(patched!)).toBe(patched);
    expect(withoutSegmentData('a();b()')).toBeUndefined();
    expect(withoutSegmentData(`${runtime};${runtime}`)).toBeUndefined();
  });

  it("is applied to the installed Next's page runtimes (npm ci runs it), so builds skip the work", () => {
    const nextDir = path.dirname(require.resolve('next/package.json'));
    expect((JSON.parse(readFileSync(path.join(nextDir, 'package.json'), 'utf8')) as { version: string }).version).toBe(NEXT_VERSION);
    for (const name of RUNTIMES) {
      const text = readFileSync(path.join(nextDir, 'dist/compiled/next-server', name), 'utf8');
      expect(text, name).toContain(PATCHED);
    }
  });
});
