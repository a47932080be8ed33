import { describe, expect, it } from 'vitest';
import { SIDEBAR_FULL_LIMIT, sidebarNotes } from '@/lib/site/sidebar-window';

const notes = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `n${i}` }));

describe('sidebarNotes', () => {
  it('lists every note of a wiki of ordinary size', () => {
    expect(sidebarNotes(notes(40), 120)).toHaveLength(40);
  });

  it('in a large wiki, lists a bounded window around the current note only in its own area', () => {
    const area = notes(400);
    const shown = sidebarNotes(area, SIDEBAR_FULL_LIMIT + 1, 'n200');
    expect(shown).toHaveLength(51);
    expect(shown.map((n) => n.slug)).toContain('n200');
    expect(sidebarNotes(area, SIDEBAR_FULL_LIMIT + 1, 'n0')[0]?.slug).toBe('n0');
    expect(sidebarNotes(area, SIDEBAR_FULL_LIMIT + 1, 'n399').at(-1)?.slug).toBe('n399');
    expect(sidebarNotes(area, SIDEBAR_FULL_LIMIT + 1, 'elsewhere')).toEqual([]);
  });
});
