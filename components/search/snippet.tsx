import { highlight } from '@/lib/search/snippet';

/**
 * A snippet with the matched words in <mark>. Every part is a React text child, so text
 * from a note (even `<img onerror=…>`) is always shown as text, never parsed as markup.
 */
export function Snippet({ text, terms, encode }: { text: string; terms: readonly string[]; encode: (word: string) => string[] }) {
  return (
    <>
      {highlight(text, terms, encode).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-[var(--mark)] px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
