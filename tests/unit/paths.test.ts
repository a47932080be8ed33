import { describe, expect, it } from 'vitest';
import { isExternalHref, noteHref, parseNoteHref, slugFromPath, tagHref, withBasePath } from '@/lib/content/paths';

describe('paths', () => {
  it('takes the slug from the file name and the area from the folder', () => {
    expect(slugFromPath('sagas/epic-saga.mdx')).toEqual({ slug: 'epic-saga', area: 'sagas' });
    expect(slugFromPath('loose.mdx')).toEqual({ slug: 'loose', area: '' });
  });

  it('builds note and tag URLs with a trailing slash', () => {
    expect(noteHref('cqrs')).toBe('/notes/cqrs/');
    expect(noteHref('cqrs', 'read-side')).toBe('/notes/cqrs/#read-side');
    expect(tagHref('data')).toBe('/tags/data/');
    expect(tagHref('plugin/emitter')).toBe('/tags/plugin/emitter/');
    expect(tagHref('über/sicht')).toBe('/tags/%C3%BCber/sicht/');
  });

  it('reads Markdown links to notes, with or without the trailing slash and anchor', () => {
    expect(parseNoteHref('/notes/cqrs/')).toEqual({ slug: 'cqrs' });
    expect(parseNoteHref('/notes/cqrs')).toEqual({ slug: 'cqrs' });
    expect(parseNoteHref('/notes/cqrs/#read-side')).toEqual({ slug: 'cqrs', anchor: 'read-side' });
    expect(parseNoteHref('/tags/data/')).toBeUndefined();
    expect(parseNoteHref('https://example.com/notes/cqrs/')).toBeUndefined();
  });

  it('applies the base path to site paths only', () => {
    expect(withBasePath('/notes/cqrs/', '/kb')).toBe('/kb/notes/cqrs/');
    expect(withBasePath('/notes/cqrs/', '')).toBe('/notes/cqrs/');
    expect(withBasePath('https://example.com/', '/kb')).toBe('https://example.com/');
    expect(withBasePath('//cdn.example.com/x.js', '/kb')).toBe('//cdn.example.com/x.js');
  });

  it('tells external links from internal ones', () => {
    expect(isExternalHref('https://c4model.com')).toBe(true);
    expect(isExternalHref('/notes/cqrs/')).toBe(false);
    expect(isExternalHref('#problem')).toBe(false);
  });
});
