/**
 * A team's own wiki, none of our notes: Markdown with and without frontmatter, folders the
 * config does not name, READMEs that introduce folders, notes at the top, relative links.
 */
import { getMDXComponent } from 'mdx-bundler/client';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, type BuildContentResult } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import type { Note } from '@/lib/content/site-model';
import { mdxComponents } from '@/components/mdx/mdx-components';

const projectRoot = path.join(import.meta.dirname, '../fixtures/team-wiki');
const settings = {
  areas: [{ id: 'data', title: 'Data', description: '' }],
  frontmatter: 'optional' as 'optional' | 'required',
  ignoredFrontmatterKeys: ['sidebar_position'],
  unknownFrontmatterKeys: 'ignore' as 'ignore' | 'error',
};
const build = (overrides: Partial<typeof settings> = {}) =>
  buildContent({ projectRoot, ...settings, ...overrides, cache: memoryCache(), fingerprint: 'test' });

function render(note: Note | undefined): string {
  const Content = getMDXComponent(note?.code ?? '');
  const WikiLink = ({ target, children }: { target: string; children?: ReactNode }) =>
    createElement('a', { href: `/notes/${target}/` }, children ?? target);
  return renderToStaticMarkup(createElement(Content, { components: { WikiLink } }));
}

let result: BuildContentResult;
beforeAll(async () => {
  result = await build();
}, 60_000);

describe('a team wiki with none of our notes', () => {
  it('builds without problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('makes areas of the folders the config does not name, after the configured ones, and says so', () => {
    expect(result.site?.areas.map((a) => [a.id, a.title, a.declared])).toEqual([
      ['data', 'Data', true],
      ['general', 'General', false],
      ['team-handbook', 'Team handbook', false],
    ]);
    expect(result.undeclaredAreas.map((a) => a.id)).toEqual(['general', 'team-handbook']);
  });

  it("reads a folder's README as its introduction: the area's first note and its description", () => {
    const handbook = result.site?.areas.find((a) => a.id === 'team-handbook');
    expect(handbook?.intro).toBe('team-handbook');
    expect(handbook?.description).toBe('How the platform team works: onboarding, reviews and the release train.');
    expect(handbook?.notes.map((n) => n.slug)).toEqual(['team-handbook', 'ci', 'onboarding', 'release-checklist']);
  });

  it('titles a Markdown file without frontmatter from its first heading and summarises it by its first paragraph', () => {
    const onboarding = result.site?.bySlug.get('onboarding' as never);
    expect(onboarding?.title).toBe('Onboarding');
    expect(onboarding?.summary).toBe(
      'Your first week: accounts, the on-call rota, and where a List<T> of open tasks lives. Prose may say {x} or List<T> and it stays text.',
    );
    // The heading became the page title, so the body does not repeat it.
    expect(onboarding?.headings.map((h) => h.depth)).not.toContain(1);
    expect(result.site?.bySlug.get('loose-note' as never)).toMatchObject({ title: 'Loose note', area: 'general' });
  });

  it('reads .md as CommonMark with GFM: angle brackets and braces are text, comments stay hidden, HTML elements render', () => {
    const html = render(result.site?.bySlug.get('onboarding' as never));
    expect(html).toContain('where a <code>List&lt;T&gt;</code> of open tasks');
    expect(html).toContain('say {x} or List&lt;T&gt; and it stays text');
    expect(html).not.toContain('TODO');
    expect(html).toContain('<kbd>/</kbd>');
    expect(html).toContain('<table>');
  });

  it('publishes an image beside a note under a content-hashed name, with its size', () => {
    const image = result.site?.images.get('onboarding' as never)?.get('./images/whiteboard.png');
    expect(image).toMatchObject({ width: 64, height: 40, href: expect.stringMatching(/^\/assets\/whiteboard\.[0-9a-f]{8,}\.png$/) });
  });

  it('resolves relative links to Markdown files as GitHub does, and counts them as links', () => {
    const onboarding = result.site?.bySlug.get('onboarding' as never);
    expect(onboarding?.outgoing).toEqual(['retention', 'ci']);
    expect(render(onboarding)).toContain('href="/notes/retention/#why"');
    expect(result.site?.bySlug.get('retention' as never)?.backlinks.map((b) => b.from)).toEqual(['onboarding']);
  });

  it('shows the content folder README on the home page, not as a note', () => {
    expect(result.site?.home?.title).toBe('Acme engineering wiki');
    expect(result.site?.bySlug.has('index' as never)).toBe(false);
    // Its links are checked, but the home page is nobody's backlink.
    expect(result.site?.bySlug.get('onboarding' as never)?.backlinks.map((b) => b.from)).toEqual(['retention', 'ci']);
  });

  it('keeps and ignores the frontmatter keys the config lists, silently', () => {
    expect(result.site?.bySlug.get('ci' as never)?.title).toBe('Continuous integration');
    expect(result.warnings.filter((w) => w.code === 'ignored-frontmatter-key')).toEqual([]);
  });

  it('sets any other unknown key aside and lists it once, unless the wiki asks for strictness', async () => {
    const lenient = await build({ ignoredFrontmatterKeys: [] });
    expect(lenient.problems).toEqual([]);
    expect(lenient.warnings.filter((w) => w.code === 'ignored-frontmatter-key').map((w) => `${w.file} ${w.message}`)).toEqual([
      'content/team-handbook/ci/README.md Frontmatter key "sidebar_position" is not read by the wiki and was ignored',
    ]);
    const strict = await build({ ignoredFrontmatterKeys: [], unknownFrontmatterKeys: 'error' });
    expect(strict.problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'content/team-handbook/ci/README.md:4 Unknown frontmatter key "sidebar_position"',
    ]);
  });

  it('can require frontmatter, as our own notes do', async () => {
    const strict = await build({ frontmatter: 'required' });
    expect(strict.problems.filter((p) => p.message === 'Missing required frontmatter key "title"').map((p) => p.file)).toEqual([
      'content/README.md',
      'content/loose-note.md',
      'content/team-handbook/README.md',
      'content/team-handbook/onboarding.md',
      'content/team-handbook/release-checklist.md',
    ]);
  });
});

describe('two files of one name in different folders', () => {
  async function wiki() {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-same-name-'));
    await mkdir(path.join(root, 'content/automl'), { recursive: true });
    await mkdir(path.join(root, 'content/autorag'), { recursive: true });
    await writeFile(
      path.join(root, 'content/automl/settings.md'),
      '# AutoML settings\n\nSee the [RAG settings](../autorag/settings.md).\n',
    );
    await writeFile(
      path.join(root, 'content/autorag/settings.md'),
      '# RAG settings\n\nBack to [AutoML](../automl/settings.md), asked by [Edson](@etirelli).\n',
    );
    return root;
  }

  it('get slugs prefixed with their folders, and relative links find each by its path', async () => {
    const built = await buildContent({
      projectRoot: await wiki(),
      frontmatter: 'optional',
      brokenLinks: 'warn',
      cache: memoryCache(),
      fingerprint: 'test',
    });
    expect(built.problems).toEqual([]);
    // A link to something that is no file of the wiki leads nowhere: reported, and shown as text.
    expect(built.warnings.map((w) => w.message)).toEqual(['Link to a file the site does not publish: "@etirelli"']);
    expect(built.disambiguated.map((d) => d.to)).toEqual(['automl-settings', 'autorag-settings']);
    const automl = built.site?.bySlug.get('automl-settings' as never);
    expect(automl?.outgoing).toEqual(['autorag-settings']);
    const Content = getMDXComponent(automl?.code ?? '');
    const html = renderToStaticMarkup(createElement(Content, { components: mdxComponents(built.site!, automl!) }));
    expect(html).toMatch(/href="\/notes\/autorag-settings\/?">RAG settings<\/a>/);
  });

  it('stay an error where frontmatter is required, as in our own notes', async () => {
    const built = await buildContent({ projectRoot: await wiki(), frontmatter: 'required', cache: memoryCache(), fingerprint: 'test' });
    expect(built.problems.map((p) => p.code)).toContain('duplicate-slug');
  });
});
