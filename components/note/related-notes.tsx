import type { Note, Site } from '@/lib/content/site-model';
import { relatedNotes } from '@/lib/crosslinks/related-notes';
import { NoteSummary } from './note-summary';

/** Up to five notes that share the most with this one (ranking and weights in lib/crosslinks/related-notes.ts). */
export function RelatedNotes({ note, site }: { note: Note; site: Site }) {
  const ranked = relatedNotes(note, site.notes);
  if (ranked.length === 0) return null;
  return (
    <section aria-labelledby="related-notes" data-testid="related-notes" className="mt-12 border-t border-line pt-8">
      <h2 id="related-notes" className="text-xl font-semibold">
        Related notes
      </h2>
      <ul className="mt-4 space-y-3">
        {ranked.map(({ note: other }) => (
          <li key={other.slug}>
            <NoteSummary note={other} />
          </li>
        ))}
      </ul>
    </section>
  );
}
