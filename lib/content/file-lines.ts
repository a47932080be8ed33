/**
 * Lines a compiled note collected count from its body's first line (it is cached by its body); a
 * check reports them in the file, shifted by the lines above the body. Apart from compile.ts,
 * which loads the compilers: a check whose notes all come from the cache never loads them.
 */
import type { CompiledNote } from './compile';

/** A compiled note with its collected lines counted in the file (they count in the body until then). */
export function atFileLines(compiled: CompiledNote, bodyLineOffset: number): CompiledNote {
  const shift = <T extends { line: number }>(item: T): T => ({ ...item, line: item.line + bodyLineOffset });
  return {
    ...compiled,
    headings: compiled.headings.map(shift),
    links: compiled.links.map(shift),
    diagrams: compiled.diagrams.map(shift),
    images: compiled.images.map(shift),
    components: compiled.components.map(shift),
    pageLinks: compiled.pageLinks.map(shift),
    mathErrors: compiled.mathErrors.map(shift),
    customCallouts: compiled.customCallouts.map(shift),
    notices: compiled.notices.map(shift),
  };
}
