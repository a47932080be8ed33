import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { describe, expect, it } from 'vitest';
import nextConfig from '../../next.config';

describe('next.config', () => {
  it('routes the site data through `route.dev.ts` files in `next dev` only: the build writes it as files', () => {
    expect(nextConfig(PHASE_DEVELOPMENT_SERVER).pageExtensions).toContain('dev.ts');
    expect(nextConfig(PHASE_PRODUCTION_BUILD).pageExtensions).not.toContain('dev.ts');
    expect(nextConfig(PHASE_PRODUCTION_BUILD)).toMatchObject({ output: 'export', trailingSlash: true });
  });
});
