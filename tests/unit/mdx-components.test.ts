import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';

let components: ReturnType<typeof mdxComponents>;
// Next's Link writes the trailing slash only where next.config.ts sets it (the build), so it is optional here.

beforeAll(async () => {
  const projectRoot = path.join(import.meta.dirname, '../fixtures/link-to-former-slug');
  const { site } = await buildContent({
    projectRoot,
    areas: [{ id: 'patterns', title: 'Patterns', description: '' }],
    cache: memoryCache(),
    fingerprint: 'test',
  });
  if (!site) throw new Error('fixture does not build');
  components = mdxComponents(site, { slug: 'event-sourcing' as never, path: 'data/event-sourcing.mdx' });
});

describe('links to a former slug in a note body', () => {
  it('a wiki-link points at the renamed note and reads as its title', () => {
    const html = renderToStaticMarkup(createElement(components.WikiLink, { target: 'command-query-split' }));
    expect(html).toMatch(/^<a data-wiki-link="cqrs" href="\/notes\/cqrs\/?">Command Query Responsibility Segregation<\/a>$/);
  });

  it('a Markdown link points straight at the renamed note, anchor kept; other links are left alone', () => {
    expect(renderToStaticMarkup(createElement(components.a, { href: '/notes/command-query-split/#read-side' }, 'the read side'))).toMatch(
      /^<a href="\/notes\/cqrs\/?#read-side">the read side<\/a>$/,
    );
    expect(renderToStaticMarkup(createElement(components.a, { href: '/notes/event-sourcing/' }, 'ES'))).toMatch(
      /^<a href="\/notes\/event-sourcing\/?">ES<\/a>$/,
    );
  });
});
