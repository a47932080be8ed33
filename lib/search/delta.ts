/**
 * Delta coding of flexsearch's term maps. A map export is JSON `[[term, [slot, …]], …]`,
 * each slot a list of record ids (or null) in flexsearch's order, which is ascending here
 * because records are added in id order. Writing each id as its distance from the previous
 * one turns long numbers into short ones that gzip well (about a quarter off the file).
 * The browser decodes before `import`, so flexsearch only ever sees its own format.
 */
type TermMap = [string, (number[] | null)[]][];

function mapIds(data: string, code: (ids: number[]) => number[], order?: (a: TermMap[number], b: TermMap[number]) => number): string {
  const entries = JSON.parse(data) as TermMap;
  if (order) entries.sort(order);
  return JSON.stringify(entries.map(([term, slots]) => [term, slots.map((ids) => ids && code(ids))]));
}

/** Also orders the terms: neighbours share prefixes, and a map's order does not matter to import. */
export function encodeTermMap(data: string): string {
  return mapIds(
    data,
    (ids) => ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!)),
    ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0),
  );
}

export function decodeTermMap(data: string): string {
  return mapIds(data, (gaps) => {
    let id = 0;
    return gaps.map((gap) => (id += gap));
  });
}
