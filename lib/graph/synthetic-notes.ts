/**
 * A synthetic wiki for `npm run bench:graph`: `count` notes spread over the areas, each
 * linking to a few others, mostly in its own area and preferring notes already well linked
 * (as real wikis grow hubs). Seeded, so every run builds the same corpus.
 */
import type { GraphInputNote } from './graph-data';

export function syntheticNotes(count: number, areas: readonly string[], seed = 42): GraphInputNote[] {
  let state = seed >>> 0;
  const random = () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const notes: GraphInputNote[] = [];
  const byArea = new Map(areas.map((a) => [a, [] as number[]]));
  // Every link target is pushed once per link it receives, so picking from this list favours hubs.
  const popular: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const area = pick(areas);
    const outgoing = new Set<string>();
    const links = 2 + Math.floor(random() * 4);
    for (let l = 0; l < links && i > 0; l += 1) {
      const sameArea = byArea.get(area) ?? [];
      const target =
        random() < 0.7 && sameArea.length ? pick(sameArea) : popular.length && random() < 0.5 ? pick(popular) : Math.floor(random() * i);
      outgoing.add(`note-${target}`);
      popular.push(target);
    }
    notes.push({ slug: `note-${i}`, title: `Synthetic note ${i}`, area, outgoing: [...outgoing] });
    byArea.get(area)?.push(i);
  }
  return notes;
}
