/**
 * Obsidian's tags, as its help defines them: letters (any script), digits, `_`, `-`, and `/`
 * between the levels of a nested tag (`plugin/emitter`); at least one character that is not a
 * digit (`#1984` is no tag, `#y1984` is); case-insensitive. Frontmatter and inline `#tags` are
 * read by these rules; a tag's key, its page and its address, is its lower-case form.
 */

const TAG_TEXT = /^[\p{L}\p{M}\p{N}_-]+(?:\/[\p{L}\p{M}\p{N}_-]+)*$/u;

/** Characters a tag is made of, for finding `#tags` in prose. */
export const TAG_CHARACTERS = '[\\p{L}\\p{M}\\p{N}_\\-/]';

/** Whether `text` (without `#`) is a tag by Obsidian's rules. */
export function isTag(text: string): boolean {
  return TAG_TEXT.test(text) && /\D/u.test(text.replace(/\//g, '0'));
}

/** The tag's key: lower case, without a leading `#`; e.g. `#Plugin/Emitter` → `plugin/emitter`. */
export function tagKey(written: string): string {
  return written.replace(/^#/, '').toLowerCase();
}

/** Each level of a nested tag, outermost first: `a/b/c` → `a`, `a/b`, `a/b/c`. */
export function tagLevels(tag: string): string[] {
  const parts = tag.split('/');
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}
