import { describe, expect, it } from 'vitest';
import { isMarkup } from '@/lib/content/plugins/github/rehype-markdown-html';

describe('isMarkup', () => {
  it('keeps comments and real HTML elements as markup', () => {
    for (const html of ['<!-- note -->', '<kbd>', '</details>', '<br />', '<div class="x">\nhi\n</div>']) expect(isMarkup(html)).toBe(true);
  });

  it('reads anything else in angle brackets as text', () => {
    for (const text of ['<T>', '<Foo bar>', '</Result>', '<not a tag']) expect(isMarkup(text)).toBe(false);
  });
});
