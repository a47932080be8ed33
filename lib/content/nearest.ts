/** "Did you mean" for slugs, aliases, anchors and frontmatter keys: the closest plausible name. */
import { editDistance } from '../edit-distance';

/** The closest name, if it is close enough to be a plausible typo rather than a different word. */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || value.length === 0) return undefined;
  const overlapping = candidates.filter((c) => c.includes(value) || value.includes(c)).sort((a, b) => a.length - b.length);
  if (overlapping[0] && overlapping[0].length >= 3) return overlapping[0];
  // The first of the nearest candidates, within a distance that grows with the name's length.
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(value.length / 2)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate, bestDistance - 1);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
