/**
 * One representative URL per kind of page. The accessibility and budget suites run over
 * these; add a page type here when a new kind of page appears.
 */
export const PAGE_TYPES: { name: string; path: string }[] = [
  { name: 'home', path: '' },
  { name: 'text note', path: 'notes/coupling/' },
  { name: 'diagram note', path: 'notes/epic-saga/' },
  { name: 'tag index', path: 'tags/' },
  { name: 'tag page', path: 'tags/sagas/' },
  { name: 'reading list', path: 'links/' },
  { name: '404', path: '404/' },
];
