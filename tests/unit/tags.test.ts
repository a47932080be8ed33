import { describe, expect, it } from 'vitest';
import { isTag, tagKey, tagLevels } from '@/lib/content/plugins/obsidian/tags';

describe('Obsidian tags', () => {
  it('are letters of any script, digits, "_", "-", and "/" between levels, with one non-digit', () => {
    for (const tag of ['runbook', 'plugin/emitter', 'y1984', 'on_call', 'über', '日本語', 'a-b/c_d/e1']) expect(isTag(tag)).toBe(true);
    for (const tag of ['1984', '12/34', '', 'a b', 'a.b', 'a//b', '/a', 'a/', 'a#b', 'C++']) expect(isTag(tag)).toBe(false);
  });

  it('are keyed in lower case, without their #', () => {
    expect(tagKey('#Plugin/Emitter')).toBe('plugin/emitter');
  });

  it('have a level for each part of a nested tag, outermost first', () => {
    expect(tagLevels('a/b/c')).toEqual(['a', 'a/b', 'a/b/c']);
    expect(tagLevels('a')).toEqual(['a']);
  });
});
