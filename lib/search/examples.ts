/**
 * What the search box suggests trying: names from the wiki's own notes, not ours. The most
 * linked-to notes first, each by a short acronym when it has one (the words readers type), else
 * by its title.
 */
import type { Site } from '../content/site-model';

const ACRONYM = /^[A-Z0-9]{2,6}$/;

// Every page's header asks; the answer depends on the notes alone, so they are ranked once per site.
const ranked = new WeakMap<Site['notes'], string[]>();

export function searchExamples(site: Pick<Site, 'notes'>, count = 3): string[] {
  let names = ranked.get(site.notes);
  if (!names) ranked.set(site.notes, (names = rankedNames(site.notes)));
  return names.slice(0, count);
}

/** Every note's name, most linked-to first, each once. */
function rankedNames(notes: Site['notes']): string[] {
  const byLinks = [...notes].sort((a, b) => b.backlinks.length - a.backlinks.length || a.title.localeCompare(b.title));
  const names = byLinks.map((note) => note.aliases.find((alias) => ACRONYM.test(alias)) ?? note.title);
  return [...new Set(names)];
}
