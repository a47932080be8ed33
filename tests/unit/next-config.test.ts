import { describe, expect, it } from 'vitest';
import nextConfig from '../../next.config';

describe('next.config', () => {
  it('exports static pages, the same in `next dev` and the build: the fetched JSON is files in public/ (lib/build/emit.ts)', () => {
    expect(nextConfig().pageExtensions).toBeUndefined();
    expect(nextConfig()).toMatchObject({ output: 'export', trailingSlash: true });
  });
});
