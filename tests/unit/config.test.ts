import { describe, expect, it } from 'vitest';
import { resolveConfig } from '@/lib/config';
import type { SiteConfigInput } from '@/lib/config/schema';

const BASE: SiteConfigInput = { name: 'Wiki', description: 'Ours.', url: 'https://wiki.example.com/', areas: [{ id: 'notes', title: 'Notes' }] };

describe('resolveConfig', () => {
  it('applies defaults and trims the trailing slash of the URL', () => {
    expect(resolveConfig(BASE, {})).toMatchObject({ url: 'https://wiki.example.com', basePath: '', editUrl: '' });
  });

  it('lets BASE_PATH and SITE_URL override the file', () => {
    expect(resolveConfig(BASE, { BASE_PATH: '/kb', SITE_URL: 'https://intranet.example/' })).toMatchObject({ basePath: '/kb', url: 'https://intranet.example' });
  });

  it('names the source of every wrong value at once', () => {
    expect(() => resolveConfig({ ...BASE, editUrl: 'github.com/x' }, { BASE_PATH: 'kb/' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid site configuration:
        BASE_PATH: must be empty or start with "/" and have no trailing "/", e.g. "/kb"
        site.config.ts: editUrl: must be empty or an http(s) URL containing "{path}" or "{contentPath}"]
    `);
  });

  it('rejects unknown keys', () => {
    expect(() => resolveConfig({ ...BASE, colour: 'red' } as SiteConfigInput, {})).toThrow(/Unrecognized key: "colour"/);
  });

  it('rejects an area listed twice', () => {
    expect(() => resolveConfig({ ...BASE, areas: [{ id: 'notes', title: 'A' }, { id: 'notes', title: 'B' }] }, {})).toThrow('site.config.ts: areas: each area id must appear once');
  });
});
