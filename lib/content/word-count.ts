/** Words of prose in a note body: fenced code, diagrams, JSX lines and link targets do not count. */
export function countWords(body: string): number {
  const prose = body
    .replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, ' ')
    .replace(/^\s*<[A-Z][^>]*\/?>\s*$/gm, ' ')
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
    .replace(/\]\([^)]*\)/g, ']');
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}
