import { describe, expect, it } from 'vitest';
import { resolveConfig } from '@/lib/config';
import type { SiteConfigInput } from '@/lib/config/schema';

/** No content folder settings: these tests are about site.config.ts and the environment. */
const NONE = { readFile: () => undefined };
const BASE: SiteConfigInput = {
  name: 'Wiki',
  description: 'Ours.',
  url: 'https://wiki.example.com/',
  areas: [{ id: 'notes', title: 'Notes' }],
};

describe('resolveConfig', () => {
  it('applies defaults and trims the trailing slash of the URL', () => {
    expect(resolveConfig(BASE, {}, NONE)).toMatchObject({ url: 'https://wiki.example.com', basePath: '', editUrl: '' });
  });

  it('lets BASE_PATH and SITE_URL override the file', () => {
    expect(resolveConfig(BASE, { BASE_PATH: '/kb', SITE_URL: 'https://intranet.example/' }, NONE)).toMatchObject({
      basePath: '/kb',
      url: 'https://intranet.example',
    });
  });

  it('names the source of every wrong value at once', () => {
    expect(() => resolveConfig({ ...BASE, editUrl: 'github.com/x' }, { BASE_PATH: 'kb/' }, NONE)).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid site configuration:
        BASE_PATH: must be empty or start with "/" and have no trailing "/", e.g. "/kb"
        site.config.ts: editUrl: must be empty or an http(s) URL containing "{path}" or "{contentPath}"]
    `);
  });

  it('declares callout types of its own, each like a known type (an alias names it), and refuses to redefine a known one', () => {
    const callouts = { decision: { title: 'Decision', like: 'faq' } };
    expect(resolveConfig({ ...BASE, callouts }, {}, NONE).callouts).toEqual({ decision: { title: 'Decision', like: 'question' } });
    expect(() => resolveConfig({ ...BASE, callouts: { warning: { title: 'W', like: 'note' } } }, {}, NONE)).toThrow(
      /callouts\.warning: is already a callout type/,
    );
    expect(() => resolveConfig({ ...BASE, callouts: { decision: { title: 'D', like: 'fancy' } } }, {}, NONE)).toThrow(
      /callouts\.decision\.like: must be one of note, abstract/,
    );
  });

  it('rejects unknown keys', () => {
    expect(() => resolveConfig({ ...BASE, colour: 'red' } as SiteConfigInput, {}, NONE)).toThrow(/Unrecognized key: "colour"/);
  });

  it("layers the content folder's site.config.yaml over site.config.ts, and the environment over both", () => {
    const files: Record<string, string> = {
      '/wiki/notes/site.config.yaml': 'name: Acme wiki\nfrontmatter: optional\nareas:\n  - id: handbook\n    title: Handbook\n',
    };
    const sources = { projectRoot: '/wiki', readFile: (file: string) => files[file] };
    const config = resolveConfig({ ...BASE, contentDir: 'notes' }, { BASE_PATH: '/kb' }, sources);
    expect(config).toMatchObject({
      name: 'Acme wiki',
      frontmatter: 'optional',
      basePath: '/kb',
      contentDir: 'notes',
      areas: [{ id: 'handbook', title: 'Handbook' }],
    });
    expect(resolveConfig(BASE, { CONTENT_DIR: '/elsewhere' }, sources).name).toBe('Wiki');
  });

  it("names the file and line of a wrong value in the content folder's settings", () => {
    const sources = {
      projectRoot: '/wiki',
      readFile: (file: string) => (file === '/wiki/content/site.config.yaml' ? 'name: Acme\nbrokenLinks: sometimes\n' : undefined),
    };
    expect(() => resolveConfig(BASE, {}, sources)).toThrow(/\/wiki\/content\/site\.config\.yaml:2: brokenLinks: Invalid option/);
  });

  it('rejects an area listed twice', () => {
    expect(() =>
      resolveConfig(
        {
          ...BASE,
          areas: [
            { id: 'notes', title: 'A' },
            { id: 'notes', title: 'B' },
          ],
        },
        {},
        NONE,
      ),
    ).toThrow('site.config.ts: areas: each area id must appear once');
  });
});
