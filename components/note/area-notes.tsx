import type { Note, Site } from '@/lib/content/site-model';
import { NoteSummary } from './note-summary';

/** On an area's introduction (its folder's README), the notes of the area, as GitHub lists a folder under its README. */
export function AreaNotes({ note, site }: { note: Note; site: Site }) {
  const area = site.areas.find((a) => a.intro === note.slug);
  const notes = area?.notes.filter((other) => other.slug !== note.slug) ?? [];
  if (!area || notes.length === 0) return null;
  return (
    <section aria-labelledby="area-notes" data-testid="area-notes" className="mt-12 border-t border-line pt-8">
      <h2 id="area-notes" className="text-xl font-semibold">
        In {area.title}
      </h2>
      <ul className="mt-4 space-y-3">
        {notes.map((other) => (
          <li key={other.slug}>
            <NoteSummary note={other} />
          </li>
        ))}
      </ul>
    </section>
  );
}
