/** Which notes the concept graph labels when zoomed in (lib/graph/labels.ts). */
import { describe, expect, it } from 'vitest';
import { nearestLabels } from '@/lib/graph/labels';

describe('nearestLabels', () => {
  const nodes = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: -3, y: 4 },
    { x: 100, y: 100 },
    { x: 3, y: -4 },
  ];

  it('labels every note in view while they fit', () => {
    expect(nearestLabels(nodes, [3, 1, 0], { x: 0, y: 0 }, 3)).toEqual([3, 1, 0]);
  });

  it('keeps the notes nearest the centre of the view when there are more, ties by index', () => {
    // Notes 2 and 4 are both 5 away from the centre: the lower index comes first.
    expect(nearestLabels(nodes, [0, 1, 2, 3, 4], { x: 0, y: 0 }, 3)).toEqual([0, 2, 4]);
    expect(nearestLabels(nodes, [0, 1, 2, 3, 4], { x: 90, y: 90 }, 1)).toEqual([3]);
  });
});
