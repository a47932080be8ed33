import { describe, expect, it } from 'vitest';
import { absoluteUrl, editUrlFor } from '@/lib/site/absolute-url';

describe('absoluteUrl and editUrlFor', () => {
  it('joins origin, base path and site path', () => {
    expect(absoluteUrl('/notes/cqrs/', { url: 'https://intranet.example', basePath: '/kb' })).toBe('https://intranet.example/kb/notes/cqrs/');
    expect(absoluteUrl('/', { url: 'https://wiki.example.com', basePath: '' })).toBe('https://wiki.example.com/');
  });

  it('fills the edit pattern with the note file, or gives nothing when unset', () => {
    expect(editUrlFor('content/data/cqrs.mdx', 'https://github.com/acme/kb/edit/main/{path}')).toBe('https://github.com/acme/kb/edit/main/content/data/cqrs.mdx');
    expect(editUrlFor('content/data/cqrs.mdx', '')).toBeUndefined();
  });
});
