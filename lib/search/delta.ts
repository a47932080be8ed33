/**
 * Delta coding of flexsearch's term maps. A map export is `[[term, [slot, …]], …]`, each
 * slot a list of record ids (or null) in flexsearch's order, which is ascending here because
 * records are added in id order. Writing each id as its distance from the previous one turns
 * long numbers into short ones that gzip well (about a quarter off the file). The browser
 * decodes before `import`, so flexsearch only ever sees its own format.
 */
export type TermMap = [string, (number[] | null)[]][];

function mapIds(entries: TermMap, code: (ids: number[]) => number[]): TermMap {
  return entries.map(([term, slots]) => [term, slots.map((ids) => ids && code(ids))]);
}

/** Also orders the terms: neighbours share prefixes, and a map's order does not matter to import. */
export function encodeTermMap(entries: TermMap): TermMap {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return mapIds(sorted, (ids) => ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!)));
}

export function decodeTermMap(entries: TermMap): TermMap {
  return mapIds(entries, (gaps) => {
    let id = 0;
    return gaps.map((gap) => (id += gap));
  });
}
