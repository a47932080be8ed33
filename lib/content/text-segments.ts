/**
 * Plain text collected from a note (a link's context, a note's opening) as typed pieces that a
 * later stage completes. An unlabeled wiki-link reads as the title of the note it names, which is
 * known only once every note is registered, while a compiled note depends on its own text alone
 * (so its cache entry stays valid when other notes change). Plain JSON: compiled notes are cached.
 */
export type TextSegment =
  /** Words as written. */
  | { text: string; link?: true }
  /** An unlabeled wiki-link's target as written (`[[cqrs]]` → `cqrs`), to be read as a title. */
  | { target: string; link?: true };

/**
 * Collapses runs of whitespace across pieces, trims both ends and joins neighbouring text of
 * the same kind, so a context reads as one line whatever the Markdown's line breaks were.
 */
export function normalizeSegments(segments: readonly TextSegment[]): TextSegment[] {
  const result: TextSegment[] = [];
  let afterSpace = true; // at the start, leading whitespace is dropped
  for (const segment of segments) {
    if ('target' in segment) {
      result.push(segment);
      afterSpace = false;
      continue;
    }
    let text = segment.text.replace(/\s+/g, ' ');
    if (afterSpace && text.startsWith(' ')) text = text.slice(1);
    if (text === '' && !segment.link) continue;
    if (text !== '') afterSpace = text.endsWith(' ');
    const last = result.at(-1);
    if (last && 'text' in last && Boolean(last.link) === Boolean(segment.link)) last.text += text;
    else result.push(segment.link ? { text, link: true } : { text });
  }
  const last = result.at(-1);
  if (last && 'text' in last) {
    last.text = last.text.trimEnd();
    if (last.text === '' && !last.link) result.pop();
  }
  return result;
}

/** A target → the title it reads as, or undefined to read it as written (an alias). */
export type TitleOf = (target: string) => string | undefined;

export interface ReadText {
  text: string;
  /** Where the pieces marked `link` sit in `text` (start, end); absent when none is. */
  highlight?: [number, number];
}

/** The text as a reader sees it: targets as titles, and where the link's own words are. */
export function readSegments(segments: readonly TextSegment[], titleOf: TitleOf): ReadText {
  let text = '';
  let highlight: [number, number] | undefined;
  for (const segment of segments) {
    const start = text.length;
    text += 'target' in segment ? (titleOf(segment.target) ?? segment.target) : segment.text;
    if (segment.link) highlight = [highlight?.[0] ?? start, text.length];
  }
  return highlight ? { text, highlight } : { text };
}
