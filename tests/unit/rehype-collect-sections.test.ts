import { describe, expect, it } from 'vitest';
import { compileNote } from '@/lib/content/compile';
import { note } from './helpers';

const FM = 'title: T\nsummary: S.';

describe('rehypeCollectSections', () => {
  it('records plain text per h2/h3 section under the id rehype-slug gave its heading', async () => {
    const body =
      '\nIntro with **bold** and a [[cqrs]] link.\n\n## When to use it\n\n- one\n- two\n\n### Events & state\n\nText.\n\n#### Deeper\n\nStill here.\n';
    const sections = (await compileNote(note('patterns/t.mdx', FM, body))).compiled?.sections;
    expect(sections).toEqual([
      { id: '', heading: '', text: 'Intro with bold and a cqrs link.' },
      { id: 'when-to-use-it', heading: 'When to use it', text: 'one two' },
      // h4 stays inside its h3 section: search results point at h2/h3 only.
      { id: 'events--state', heading: 'Events & state', text: 'Text. Deeper Still here.' },
    ]);
  });

  it('leaves out code blocks and keeps markup-like text as plain text', async () => {
    const body = '\n## Code\n\nBefore `inline` after.\n\n```ts\nconst hidden = 1;\n```\n\nWrite `<img src=x onerror=alert(1)>` safely.\n';
    const sections = (await compileNote(note('patterns/t.mdx', FM, body))).compiled?.sections;
    expect(sections).toEqual([{ id: 'code', heading: 'Code', text: 'Before inline after. Write <img src=x onerror=alert(1)> safely.' }]);
  });
});
