/**
 * A saga variant is its combination of settings, so two notes claiming the same one would make
 * the explorer pick between them at random: the second is an error, naming the first.
 */
import { sagaCode, sameSettings } from '../sagas/variants';
import { frontmatterLine, type ParsedNote } from './parse';
import type { ContentProblem } from './problems';

export function checkSagaSettings(notes: readonly ParsedNote[]): ContentProblem[] {
  const claimed: ParsedNote[] = [];
  const problems: ContentProblem[] = [];
  for (const note of notes) {
    const saga = note.frontmatter.saga;
    if (!saga) continue;
    const first = claimed.find((other) => other.frontmatter.saga && sameSettings(other.frontmatter.saga, saga));
    if (!first) {
      claimed.push(note);
      continue;
    }
    problems.push({
      file: note.file,
      ...frontmatterLine(note, ['saga']),
      code: 'duplicate-saga',
      message: `Saga settings ${saga.communication}, ${saga.consistency}, ${saga.coordination} (${sagaCode(saga)}) are already claimed by ${first.file}`,
      hint: 'each combination of communication, consistency and coordination is one variant: change the settings, or remove "saga:" from one of the notes',
    });
  }
  return problems;
}
