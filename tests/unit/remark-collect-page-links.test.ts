import { describe, expect, it } from 'vitest';
import { compileAtFile, note } from './helpers';

describe('remarkCollectPageLinks', () => {
  it('records links to site pages other than notes, at their file line; not note, anchor or external links', async () => {
    const body =
      '\nThe [explorer](/sagas/?communication=async) and [tags](/tags/x/).\n\n[[cqrs]], [a note](/notes/cqrs/), [here](#part), [out](https://example.com/) and [proto](//cdn.example/x).\n';
    const compiled = (await compileAtFile(note('patterns/t.mdx', 'title: T\nsummary: S.', body))).compiled;
    expect(compiled?.pageLinks).toEqual([
      { href: '/sagas/?communication=async', line: 6, column: 5 },
      { href: '/tags/x/', line: 6, column: 49 },
    ]);
  });
});
