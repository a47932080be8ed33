import { describe, expect, it } from 'vitest';
import nextConfig from '../../next.config';

describe('next.config', () => {
  it('exports static pages, the same in `next dev` and the build: the fetched JSON is files in public/ (lib/build/emit.ts)', () => {
    expect(nextConfig().pageExtensions).toBeUndefined();
    expect(nextConfig()).toMatchObject({ output: 'export', trailingSlash: true });
  });

  it('builds server code light (no minifying, no source maps) for the export only: `next dev` keeps its source maps', () => {
    expect(nextConfig('phase-production-build')).toMatchObject({
      enablePrerenderSourceMaps: false,
      experimental: { serverMinification: false, turbopackSourceMaps: false },
    });
    const dev = nextConfig('phase-development-server');
    expect(dev.enablePrerenderSourceMaps).toBeUndefined();
    expect(dev.experimental).not.toHaveProperty('serverMinification');
    expect(dev.experimental).not.toHaveProperty('turbopackSourceMaps');
  });
});
