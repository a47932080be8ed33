/**
 * Where a match found by `mdast-util-find-and-replace` sits in the file: its text node's start,
 * moved by the text before the match. Wiki-links and embeds are found inside text nodes, and a
 * message about one must point at it, not at the start of its paragraph.
 */
import type { Position } from 'unist';
import type { Text } from 'mdast';

export function matchPosition(text: Text, index: number, length: number): Position | undefined {
  const start = text.position?.start;
  if (!start) return undefined;
  const lines = text.value.slice(0, index).split('\n');
  const line = start.line + lines.length - 1;
  const column = lines.length > 1 ? (lines.at(-1)?.length ?? 0) + 1 : start.column + index;
  return { start: { line, column }, end: { line, column: column + length } };
}
