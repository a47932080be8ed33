/**
 * One representative URL per kind of page. Accessibility tests, budgets and the benchmark
 * run over these; add a page type here when a new kind of page appears.
 */
export interface PageType {
  name: string;
  /** Path under the site root, with a trailing slash. */
  path: string;
  /** Measured by the benchmark (sizes and Lighthouse). */
  bench?: boolean;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '', bench: true },
  { name: 'text note', path: 'notes/coupling/', bench: true },
  { name: 'diagram note', path: 'notes/epic-saga/', bench: true },
  { name: 'saga explorer', path: 'sagas/', bench: true },
  { name: 'search page', path: 'search/', bench: true },
  { name: 'graph', path: 'graph/', bench: true },
  { name: 'updates', path: 'updates/' },
  { name: 'tag index', path: 'tags/' },
  { name: 'tag page', path: 'tags/sagas/' },
  { name: 'reading list', path: 'links/' },
  { name: 'decision log', path: 'decisions/' },
  { name: 'superseded decision', path: 'notes/draw-mermaid-diagrams-at-build-time/' },
  { name: '404', path: '404/' },
];
