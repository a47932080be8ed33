/**
 * `brokenLinks: warn`, as a team imports a wiki that was never checked: what leads nowhere is
 * shown as what it is (words, code, alt text), never a dangling href, and the build lists each once.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { NoteBody } from '@/components/mdx/note-body';
import { buildContent, type BuildContentResult } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import type { Slug } from '@/lib/content/paths';
import { diagramCache } from '@/lib/diagrams/diagram-cache';

const NOTE = `# Broken things

A link to [[Nowhere]], to [[Target#No such heading]] and to [[Target#Real heading]].

![A missing picture](missing.png)

\`\`\`mermaid
flowchart LR
    a --> --> b
\`\`\`
`;

let result: BuildContentResult;
let html: string;
beforeAll(async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-warn-'));
  const content = path.join(root, 'content');
  mkdirSync(path.join(content, 'notes'), { recursive: true });
  writeFileSync(path.join(content, 'notes/broken.md'), NOTE);
  writeFileSync(path.join(content, 'notes/Target.md'), '# Target\n\n## Real heading\n\nText.\n');
  const render = async (requests: readonly { source: string }[]) => requests.map(() => ({ error: 'Parse error on line 2' }));
  result = await buildContent({
    projectRoot: root,
    frontmatter: 'optional',
    brokenLinks: 'warn',
    cache: memoryCache(),
    fingerprint: 'test',
    diagrams: { cache: diagramCache(path.join(content, '.diagrams'), 'test'), renderer: () => render },
  });
  const note = result.site?.bySlug.get('broken' as Slug);
  html = note ? renderToStaticMarkup(createElement(NoteBody, { note, site: result.site! })) : '';
});

describe('a lenient build shows instead what cannot be shown', () => {
  it('builds, and lists each broken thing once', () => {
    expect(result.problems).toEqual([]);
    expect(result.warnings.map((w) => w.code).sort()).toEqual(['broken-anchor', 'broken-link', 'invalid-diagram', 'missing-image']);
  });

  it('renders broken links and anchors as their words, without an href', () => {
    expect(html).toContain('<span class="broken-link">Nowhere</span>');
    expect(html).toContain('<span class="broken-link">Target</span>');
    // Next's Link (outside Next's build, which adds the trailing slash back) may drop the slash.
    expect(html).toMatch(/href="\/notes\/target\/?#real-heading"/);
    expect(html).not.toMatch(/href="[^"]*(nowhere|no-such-heading)/i);
  });

  it('renders a missing image as its alt text, and an invalid diagram as its code with Mermaid’s message', () => {
    expect(html).toContain('[A missing picture]');
    expect(html).not.toContain('missing.png');
    expect(html).toContain('data-diagram-invalid');
    expect(html).toContain('a --&gt; --&gt; b');
    expect(html).toContain('Parse error on line 2');
  });
});
