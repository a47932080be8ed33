import { describe, expect, it } from 'vitest';
import { isRelativeFileLink, relativeNoteHref } from '@/lib/content/plugins/github/remark-relative-links';

describe('relativeNoteHref', () => {
  it('turns a relative link to a Markdown file into its note address, anchor kept', () => {
    expect(relativeNoteHref('../data/retention.mdx#why', 'handbook/onboarding.md')).toBe('/notes/retention/#why');
    expect(relativeNoteHref('ci/README.md', 'handbook/onboarding.md')).toBe('/notes/ci/');
    expect(relativeNoteHref('./My%20Note.md', 'handbook/x.md')).toBe('/notes/my-note/');
  });

  it('reads a link to a folder as a link to its README', () => {
    expect(relativeNoteHref('../ci/', 'handbook/x.md')).toBe('/notes/ci/');
  });

  it('sends a link to the top README to the home page', () => {
    expect(relativeNoteHref('../README.md', 'handbook/x.md')).toBe('/');
  });

  it('leaves other links alone', () => {
    for (const url of ['https://example.com/a.md', '/notes/x/', '#part', 'mailto:a@b.c', './diagram.png', '../report.pdf'])
      expect(relativeNoteHref(url, 'a/b.md')).toBeUndefined();
  });

  it('tells a relative link to a file from an address, an anchor or a site path', () => {
    for (const url of ['./diagram.drawio', '@etirelli', 'jlee@example.com', '../LICENSE']) expect(isRelativeFileLink(url)).toBe(true);
    for (const url of ['https://example.com', '/notes/x/', '#part', 'mailto:a@b.c', '?q=1', ''])
      expect(isRelativeFileLink(url)).toBe(false);
  });

  it('gives a file outside the content folder an address no note has, so the checker reports it', () => {
    expect(relativeNoteHref('../../secret.md', 'a/b.md')).toBe('/notes/outside-content-secret/');
  });
});
