/**
 * The one edit distance of the project: "did you mean" hints at build (lib/content/nearest.ts) and
 * search's one-typo tolerance in the browser (lib/search/typo.ts). Optimal string alignment, so a
 * swap of neighbours ("orchestartion") is one edit as writers make it, where plain Levenshtein
 * (fastest-levenshtein, which we used before) counts two. Small enough for the search bundle.
 */

/** Optimal string alignment distance, giving up as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
