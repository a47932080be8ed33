import { describe, expect, it } from 'vitest';
import { tagTree } from '@/lib/site/tag-tree';

describe('tagTree', () => {
  it('puts each nested tag under its parent, in order, with its count', () => {
    const tags = new Map([
      ['plugin', [1, 2, 3]],
      ['data', [1]],
      ['plugin/parser', [2]],
      ['plugin/emitter', [1, 3]],
      ['plugin/emitter/html', [3]],
    ]);
    expect(tagTree(tags)).toEqual([
      { tag: 'data', name: 'data', count: 1, children: [] },
      {
        tag: 'plugin',
        name: 'plugin',
        count: 3,
        children: [
          {
            tag: 'plugin/emitter',
            name: 'emitter',
            count: 2,
            children: [{ tag: 'plugin/emitter/html', name: 'html', count: 1, children: [] }],
          },
          { tag: 'plugin/parser', name: 'parser', count: 1, children: [] },
        ],
      },
    ]);
  });
});
