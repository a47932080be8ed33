/**
 * A Markdown file without frontmatter, as docs folders keep them, still has a title and a
 * summary: its first `# heading` and its first paragraph. Read line by line (skipping code
 * fences and HTML comments) rather than parsed, since this runs for every such file before compile.
 */
import { htmlTagNames } from 'html-tag-names';

/** HTML elements are markup to drop from a summary; anything else in angle brackets (`List<T>`) is text. */
const KNOWN_TAGS = new Set(htmlTagNames);

export interface BodyDefaults {
  /** Text of the first level-one heading, when it comes before any paragraph. */
  title?: string;
  /** Zero-based body line of that heading, so the page does not show the title twice. */
  titleLine?: number;
  /** The first paragraph as plain text, shortened to a sentence or two. */
  summary?: string;
}

const SUMMARY_LIMIT = 240;
const ATX_H1 = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
/** Blocks that hold no summary: code fences, `$$` math and `:::` admonitions, skipped to their closing line. */
const FENCE = /^ {0,3}(`{3,}|~{3,}|:{3,}|\$\$)/;
/** Lines that start something other than a paragraph: headings, lists, quotes, tables, HTML, images, rules. */
const NOT_PARAGRAPH = /^ {0,3}(#|>|[-*+][ \t]|\d+[.)][ \t]|\||<|!\[|(-{3,}|\*{3,}|_{3,})\s*$|\[\[|\[[^\]]+\]:\s)/;

export function bodyDefaults(body: string): BodyDefaults {
  const lines = body.split('\n');
  const result: BodyDefaults = {};
  let fence: string | undefined;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (fence) {
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (inComment) {
      inComment = !line.includes('-->');
      continue;
    }
    const opened = FENCE.exec(line);
    if (opened?.[1]) {
      fence = opened[1].slice(0, 3);
      // `$$x$$` on one line opens and closes at once.
      if (fence === '$$' && line.trim().slice(2).includes('$$')) fence = undefined;
      continue;
    }
    if (line.trimStart().startsWith('<!--')) {
      inComment = !line.includes('-->');
      continue;
    }
    if (!line.trim()) continue;
    const heading = ATX_H1.exec(line);
    if (heading?.[1] && result.title === undefined && result.summary === undefined) {
      result.title = plain(heading[1]);
      result.titleLine = i;
      continue;
    }
    if (NOT_PARAGRAPH.test(line)) continue;
    const paragraph: string[] = [];
    for (let j = i; j < lines.length && (lines[j] ?? '').trim() && !NOT_PARAGRAPH.test(lines[j] ?? ''); j++)
      paragraph.push((lines[j] ?? '').trim());
    result.summary = shorten(plain(paragraph.join(' ')));
    break;
  }
  return result;
}

/** Markdown inline syntax read as the words a reader sees. */
function plain(text: string): string {
  return text
    .replace(/\[\[([^\]|#]+)(?:#[^\]|]*)?\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([^\]|#]+)(?:#[^\]]*)?\]\]/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<!--.*?-->/g, '')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (tag, name: string) => (KNOWN_TAGS.has(name.toLowerCase()) ? '' : tag))
    .replace(/(\*\*|__|\*|_|~~|==|`)(.+?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(text: string): string {
  if (text.length <= SUMMARY_LIMIT) return text;
  const cut = text.slice(0, SUMMARY_LIMIT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LIMIT / 2)).replace(/[\s,;:.]+$/, '')}…`;
}
