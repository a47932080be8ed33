/**
 * Up to this many notes, the sidebar lists every note of every area. A larger wiki lists only
 * a window of the current note's area: every page carries the sidebar, so listing all notes
 * would make each page, and the whole build, grow with the square of the wiki's size.
 */
export const SIDEBAR_FULL_LIMIT = 150;
const WINDOW = 25;

/** The notes an area shows in the sidebar of the page about `current`. */
export function sidebarNotes<T extends { slug: string }>(notes: readonly T[], total: number, current?: string): T[] {
  if (total <= SIDEBAR_FULL_LIMIT) return [...notes];
  const index = current ? notes.findIndex((n) => n.slug === current) : -1;
  if (index === -1) return [];
  const start = Math.max(0, Math.min(index - WINDOW, notes.length - 2 * WINDOW - 1));
  return notes.slice(start, start + 2 * WINDOW + 1);
}
