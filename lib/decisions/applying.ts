import type { Decision, Note } from '../content/site-model';

/** The decisions naming `slug` in `applies`, in the order given (the log's: newest first). */
export function decisionsApplying(decisions: readonly Note[], slug: string): { note: Note; decision: Decision }[] {
  return decisions.flatMap((note) => (note.decision?.applies.includes(slug as Note['slug']) ? [{ note, decision: note.decision }] : []));
}
