/**
 * Obsidian's comments: `%%…%%`, inline or over several lines, are the writer's and never the
 * reader's. They are cut from the body at the parse stage, before anything reads it (the title
 * and summary of a file without frontmatter, compile, search, previews, the feed), so no later
 * stage has to know about them. Their newlines stay, so every later line number is the file's.
 * `%%` inside fenced or inline code is code; an unclosed `%%` is text, so a stray one never hides
 * the rest of a note (Obsidian would hide it).
 */

const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})/;

export function stripComments(body: string): string {
  if (!body.includes('%%')) return body;
  let out = '';
  let index = 0;
  let lineStart = true;
  while (index < body.length) {
    if (lineStart) {
      const fenced = fencedBlockEnd(body, index);
      if (fenced !== undefined) {
        out += body.slice(index, fenced);
        index = fenced;
        continue;
      }
    }
    const char = body[index];
    if (char === '\\') {
      out += body.slice(index, index + 2);
      index += 2;
      lineStart = false;
      continue;
    }
    if (char === '`') {
      const end = codeSpanEnd(body, index);
      out += body.slice(index, end);
      lineStart = body[end - 1] === '\n';
      index = end;
      continue;
    }
    if (body.startsWith('%%', index)) {
      const close = body.indexOf('%%', index + 2);
      if (close >= 0) {
        // Nothing of the comment stays but its line breaks.
        out += body.slice(index, close + 2).replace(/[^\n]/g, '');
        index = close + 2;
        lineStart = body[index - 1] === '\n';
        continue;
      }
    }
    out += char;
    lineStart = char === '\n';
    index += 1;
  }
  return out;
}

/** Where a fenced code block opening at `start` ends (after its closing fence's line), or undefined when none opens there. */
function fencedBlockEnd(body: string, start: number): number | undefined {
  const lineEnd = endOfLine(body, start);
  const line = body.slice(start, lineEnd);
  const open = FENCE_OPEN.exec(line)?.[1];
  // A backtick fence's info string has no backtick: "```a``` b" is inline code.
  if (!open || (open[0] === '`' && line.indexOf('`', line.indexOf(open) + open.length) >= 0)) return undefined;
  const closing = new RegExp(`^(?:[ \\t]*>)*[ \\t]*${open[0] === '`' ? '`' : '~'}{${open.length},}[ \\t]*$`);
  for (let at = lineEnd + 1; at < body.length; at = endOfLine(body, at) + 1) {
    if (closing.test(body.slice(at, endOfLine(body, at)))) return Math.min(endOfLine(body, at) + 1, body.length);
  }
  // An unclosed fence runs to the end of the note, as in CommonMark.
  return body.length;
}

function endOfLine(body: string, at: number): number {
  const newline = body.indexOf('\n', at);
  return newline < 0 ? body.length : newline;
}

/**
 * Where the inline code opening at `start` ends: after the next run of as many backticks, within
 * the paragraph (a blank line ends it). Without one, the run is text and ends where it does.
 */
function codeSpanEnd(body: string, start: number): number {
  let run = start;
  while (body[run] === '`') run += 1;
  const size = run - start;
  const closing = new RegExp(`(?<!\`)\`{${size}}(?!\`)`, 'g');
  closing.lastIndex = run;
  const found = closing.exec(body);
  if (!found || /\n[ \t]*\n/.test(body.slice(run, found.index))) return run;
  return found.index + size;
}
