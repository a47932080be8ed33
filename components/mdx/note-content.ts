import { getMDXComponent } from 'mdx-bundler/client';
import type { Note } from '@/lib/content/site-model';

export type MdxContent = ReturnType<typeof getMDXComponent>;
const evaluated = new WeakMap<Note, MdxContent>();

/** Evaluates a note's compiled MDX once per build process; the MDX code never reaches the browser. */
export function contentOf(note: Note): MdxContent {
  let content = evaluated.get(note);
  if (!content) {
    content = getMDXComponent(note.code);
    evaluated.set(note, content);
  }
  return content;
}
