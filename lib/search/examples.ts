/**
 * What the search box suggests trying: names from the wiki's own notes, not ours. The most
 * linked-to notes first, each by a short acronym when it has one (the words readers type), else
 * by its title.
 */
import type { Site } from '../content/site-model';

const ACRONYM = /^[A-Z0-9]{2,6}$/;

export function searchExamples(site: Pick<Site, 'notes'>, count = 3): string[] {
  const byLinks = [...site.notes].sort((a, b) => b.backlinks.length - a.backlinks.length || a.title.localeCompare(b.title));
  const names = byLinks.map((note) => note.aliases.find((alias) => ACRONYM.test(alias)) ?? note.title);
  return [...new Set(names)].slice(0, count);
}
