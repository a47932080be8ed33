/**
 * Which notes the concept graph labels when zoomed in: those in view, nearest the view's
 * centre first, at most `limit`. Each label is two text draws (halo and ink); with a few
 * hundred notes in view the frame cost grew past 40 ms in Chromium (`npm run bench:graph`,
 * 1,000 notes), and past a few dozen labels overlap anyway.
 */
import type { GraphNode } from './graph-data';

export const MAX_LABELS = 80;

export function nearestLabels(
  nodes: readonly Pick<GraphNode, 'x' | 'y'>[],
  inView: readonly number[],
  centre: { x: number; y: number },
  limit = MAX_LABELS,
): number[] {
  if (inView.length <= limit) return [...inView];
  const distance = (i: number) => (nodes[i]!.x - centre.x) ** 2 + (nodes[i]!.y - centre.y) ** 2;
  // Ties by index, so the same view always labels the same notes.
  return [...inView].sort((a, b) => distance(a) - distance(b) || a - b).slice(0, limit);
}
