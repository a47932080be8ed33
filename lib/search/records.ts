/**
 * One search record per note section. The note's own fields (title, aliases, tags, curated
 * link titles) live on its first record only, so a title hit is counted once and lands on
 * the top of the note instead of on every section.
 */
import { isAcronym, type SearchField } from './config';

/** What the index needs to know about a note: a subset of the site model's Note. */
export interface SearchableNote {
  slug: string;
  title: string;
  area: string;
  summary: string;
  aliases: readonly string[];
  tags: readonly string[];
  links: readonly { title: string }[];
  sections: readonly { id: string; heading: string; text: string }[];
  /** A decision's status is searchable like a tag: "accepted" finds the accepted decisions. */
  decision?: { status: string };
}

export type SearchRecord = { id: number; note: number; sectionId: string; heading: string; text: string } & Record<SearchField, string>;

export function toRecords(notes: readonly SearchableNote[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  notes.forEach((note, noteIndex) => {
    const [first, ...rest] = note.sections;
    // The intro (text before the first heading) opens with the summary; a note that starts
    // with a heading still gets an intro record to carry its note-level fields.
    const intro = first && first.id === '' ? first : undefined;
    const sections = [{ id: '', heading: '', text: `${note.summary} ${intro?.text ?? ''}`.trim() }, ...(intro ? rest : note.sections)];
    sections.forEach((section, i) => {
      const isIntro = i === 0;
      records.push({
        id: records.length,
        note: noteIndex,
        sectionId: section.id,
        heading: section.heading,
        text: section.text,
        title: isIntro ? note.title : '',
        aliases: isIntro ? note.aliases.join(' · ') : '',
        acronyms: isIntro ? note.aliases.filter(isAcronym).join(' ').toLowerCase() : '',
        tags: isIntro ? [...note.tags, ...(note.decision ? [note.decision.status] : [])].join(' ') : '',
        links: isIntro ? note.links.map((l) => l.title).join(' · ') : '',
        body: section.text,
      });
    });
  });
  return records;
}
