/** Last-updated dates for the site's notes, read once per build (every request in development). */
import { contentLocations } from '../content/locations';
import type { Note, Site } from '../content/site-model';
import { lastUpdated } from './last-updated';

export interface NoteChange {
  note: Note;
  updated: Date;
}

const cache = new WeakMap<Site, ReadonlyMap<string, Date>>();

/** Each note's last change, by its path in the content folder: asked of git once per site model. */
export function updatedDates(site: Site, contentDir = contentLocations(process.cwd()).contentDir): ReadonlyMap<string, Date> {
  let dates = cache.get(site);
  if (!dates) {
    // Asked of the content folder: it may be a repository of its own (CONTENT_DIR).
    dates = lastUpdated(
      site.notes.map((n) => n.path),
      contentDir,
    );
    cache.set(site, dates);
  }
  return dates;
}

/** Dates already known for this site model (its snapshot carries them), so git is not asked again. */
export function rememberDates(site: Site, dates: ReadonlyMap<string, Date>): void {
  cache.set(site, dates);
}

export function noteUpdated(site: Site, note: Note): Date {
  return updatedDates(site).get(note.path) ?? new Date(0);
}

/** Notes newest change first; ties by title so the order is stable. */
export function recentChanges(site: Site, limit = Infinity): NoteChange[] {
  return site.notes
    .map((note) => ({ note, updated: noteUpdated(site, note) }))
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.note.title.localeCompare(b.note.title))
    .slice(0, limit);
}
