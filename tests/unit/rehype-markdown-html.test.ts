import { describe, expect, it } from 'vitest';
import { isMarkup } from '@/lib/content/plugins/github/rehype-markdown-html';
import { renderBody } from './render-helpers';

describe('isMarkup', () => {
  it('keeps comments and real HTML elements as markup', () => {
    for (const html of ['<!-- note -->', '<kbd>', '</details>', '<br />', '<div class="x">\nhi\n</div>']) expect(isMarkup(html)).toBe(true);
  });

  it('reads anything else in angle brackets as text', () => {
    for (const text of ['<T>', '<Foo bar>', '</Result>', '<not a tag']) expect(isMarkup(text)).toBe(false);
  });
});

describe('rehypeMarkdownHtml', () => {
  it("renders a .md note's task list as disabled checkboxes, as the .mdx note does", async () => {
    for (const file of ['data/tasks.md', 'data/tasks.mdx']) {
      const html = await renderBody('- [ ] Write the runbook\n- [x] Page the owner <kbd>Ctrl</kbd>\n', file);
      expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled=""/> Write the runbook</li>');
      expect(html).toContain('<input type="checkbox" disabled="" checked=""/> Page the owner');
    }
  });

  it("keeps a fence's title and marked lines through the HTML pass of a .md note", async () => {
    const html = await renderBody('<kbd>x</kbd>\n\n```ts title="retry.ts" {2}\nconst a = 1;\nconst b = 2;\n```\n', 'data/code.md');
    expect(html).toContain('data-title="retry.ts"');
    expect(html).toMatch(/<mark class="code-line">.*const.* b = .*<\/mark>/);
    expect(html).not.toContain('data-fence-meta');
  });
});
