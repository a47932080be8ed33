import { describe, expect, it } from 'vitest';
import { relativeNoteHref } from '@/lib/content/plugins/remark-relative-links';

describe('relativeNoteHref', () => {
  it('turns a relative link to a Markdown file into its note address, anchor kept', () => {
    expect(relativeNoteHref('../data/retention.mdx#why', 'handbook/onboarding.md')).toBe('/notes/retention/#why');
    expect(relativeNoteHref('ci/README.md', 'handbook/onboarding.md')).toBe('/notes/ci/');
    expect(relativeNoteHref('./My%20Note.md', 'handbook/x.md')).toBe('/notes/my-note/');
  });

  it('sends a link to the top README to the home page', () => {
    expect(relativeNoteHref('../README.md', 'handbook/x.md')).toBe('/');
  });

  it('leaves other links alone', () => {
    for (const url of ['https://example.com/a.md', '/notes/x/', '#part', 'mailto:a@b.c', './diagram.png', '../report.pdf']) expect(relativeNoteHref(url, 'a/b.md')).toBeUndefined();
  });

  it('gives a file outside the content folder an address no note has, so the checker reports it', () => {
    expect(relativeNoteHref('../../secret.md', 'a/b.md')).toBe('/notes/outside-content-secret/');
  });
});
