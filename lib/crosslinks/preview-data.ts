/** What a link preview shows: the small JSON written per note at build and fetched on hover. */
export interface NotePreview {
  slug: string;
  title: string;
  summary: string;
  /** The start of the note's first paragraph, cut at a word boundary. */
  opening: string;
}

export const OPENING_WORDS = 40;

/** The first `words` words of `text`, with an ellipsis when something was cut. */
export function openingOf(text: string, words = OPENING_WORDS): string {
  const all = text.split(/\s+/).filter(Boolean);
  if (all.length <= words) return all.join(' ');
  return `${all
    .slice(0, words)
    .join(' ')
    .replace(/[,;:.!?]+$/, '')}…`;
}

export function previewOf(note: { slug: string; title: string; summary: string; opening: string }): NotePreview {
  return { slug: note.slug, title: note.title, summary: note.summary, opening: openingOf(note.opening) };
}
