/**
 * What the search box suggests trying: names from the wiki's own notes, not ours. The most
 * linked-to notes first, each by a short acronym when it has one (the words readers type), else
 * by its title.
 */
import type { Site } from '../content/site-model';

const ACRONYM = /^[A-Z0-9]{2,6}$/;

// Every page's header asks; the answer depends on the notes alone, so it is worked out once per site.
const answers = new WeakMap<Site['notes'], Map<number, string[]>>();

export function searchExamples(site: Pick<Site, 'notes'>, count = 3): string[] {
  const known = answers.get(site.notes) ?? new Map<number, string[]>();
  answers.set(site.notes, known);
  const answer = known.get(count) ?? examplesOf(site.notes, count);
  known.set(count, answer);
  return answer;
}

function examplesOf(notes: Site['notes'], count: number): string[] {
  const byLinks = [...notes].sort((a, b) => b.backlinks.length - a.backlinks.length || a.title.localeCompare(b.title));
  const names = byLinks.map((note) => note.aliases.find((alias) => ACRONYM.test(alias)) ?? note.title);
  return [...new Set(names)].slice(0, count);
}
