import { describe, expect, it } from 'vitest';
import { absoluteUrl, editUrlFor } from '@/lib/site/absolute-url';

describe('absoluteUrl and editUrlFor', () => {
  it('joins origin, base path and site path', () => {
    expect(absoluteUrl('/notes/cqrs/', { url: 'https://intranet.example', basePath: '/kb' })).toBe(
      'https://intranet.example/kb/notes/cqrs/',
    );
    expect(absoluteUrl('/', { url: 'https://wiki.example.com', basePath: '' })).toBe('https://wiki.example.com/');
  });

  it('fills the edit pattern with the note file, or gives nothing when unset', () => {
    const note = { file: 'content/data/cqrs.mdx', path: 'data/cqrs.mdx' };
    expect(editUrlFor(note, 'https://github.com/acme/kb/edit/main/{path}')).toBe(
      'https://github.com/acme/kb/edit/main/content/data/cqrs.mdx',
    );
    expect(editUrlFor(note, 'https://github.com/acme/notes/edit/main/docs/{contentPath}')).toBe(
      'https://github.com/acme/notes/edit/main/docs/data/cqrs.mdx',
    );
    expect(editUrlFor(note, '')).toBeUndefined();
  });
});
