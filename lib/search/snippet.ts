/**
 * Splits a snippet into plain and matched parts. The parts are rendered as text nodes and
 * <mark> elements, never as HTML, so a note's text can never inject markup.
 */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Marks every word whose encoded form starts with an encoded query word (prefix, so a word
 * being typed is highlighted as it is in the results).
 */
export function highlight(text: string, queryTerms: readonly string[], encode: (word: string) => string[]): SnippetPart[] {
  if (queryTerms.length === 0) return text ? [{ text, match: false }] : [];
  const parts: SnippetPart[] = [];
  // Words and the runs between them alternate; keep both so the text is rebuilt exactly.
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!piece) continue;
    const isWord = /^[\p{L}\p{N}]+$/u.test(piece);
    const match = isWord && encode(piece).some((w) => queryTerms.some((q) => w.startsWith(q)));
    const last = parts.at(-1);
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  }
  return parts;
}
