/** Checks of the saga variant notes: what their `saga:` blocks claim, and what `<SagaFacts>` names. */
import { sagaCode, sameSettings } from '../sagas/variants';
import type { CompiledEntry } from './derive-links';
import { frontmatterLine, type ParsedNote } from './parse';
import type { ContentProblem } from './problems';
import { nearest } from './nearest';

/**
 * A saga variant is its combination of settings, so two notes claiming the same one would make
 * the explorer pick between them at random: the second is an error, naming the first.
 */
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

/** Every `<SagaFacts saga="…">` must name a variant note (one with a `saga:` block) that will be published with it. */
export function checkSagaFacts(entries: readonly CompiledEntry[]): ContentProblem[] {
  const variants = new Map(entries.filter(({ note }) => note.frontmatter.saga).map(({ note }) => [note.slug as string, note]));
  return entries.flatMap(({ note, compiled }) =>
    (compiled?.components ?? [])
      .filter((component) => component.name === 'SagaFacts')
      .flatMap((component): ContentProblem[] => {
        const where = { file: note.file, line: component.line, column: component.column };
        const saga = component.props.saga;
        const target = saga === undefined ? undefined : variants.get(saga);
        if (saga === undefined)
          return [
            {
              ...where,
              code: 'unknown-saga',
              message: '<SagaFacts> names no saga variant',
              hint: 'write <SagaFacts saga="slug" /> with the slug of a note that has a "saga:" block',
            },
          ];
        if (!target) {
          const suggestion = nearest(saga, [...variants.keys()]);
          return [
            {
              ...where,
              code: 'unknown-saga',
              message: `<SagaFacts saga="${saga}"> names no saga variant note`,
              hint: `${suggestion ? `did you mean "${suggestion}"? ` : ''}a variant note is one with a "saga:" block in its frontmatter`,
            },
          ];
        }
        if (target.frontmatter.draft && !note.frontmatter.draft)
          return [
            {
              ...where,
              code: 'unknown-saga',
              message: `<SagaFacts saga="${saga}"> names a draft, which will not be published`,
              hint: 'publish the note (drop "draft: true") or remove <SagaFacts>',
            },
          ];
        return [];
      }),
  );
}
