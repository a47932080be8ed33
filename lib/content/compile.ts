/**
 * The compile stage: compile a note's body to MDX's function body and collect what later stages need
 * (headings, internal links, link contexts as text segments). Output depends only on the note's own text, format and place
 * (relative links resolve from it), so it is cached by a hash of those and of the compiler.
 * Collected lines count from the body's first line; `atFileLines` shifts them to the file's, after
 * the cache, so a frontmatter edit above an unchanged body still reports the right lines.
 */
import type { CompileOptions } from '@mdx-js/mdx';
import type { TextSegment } from './text-segments';
import type { ParsedNote } from './parse';
import { compileBody } from './compile-body';
import type { CustomCallout } from './plugins/obsidian/remark-callouts';
import { admonitionTitles } from './plugins/docusaurus/admonition-titles';
import type { CollectedComponent } from './plugins/atlas/remark-collect-components';
import type { CollectedLink } from './plugins/atlas/remark-collect-links';
import type { CollectedPageLink } from './plugins/atlas/remark-collect-page-links';
import type { CollectedDiagram } from './plugins/atlas/remark-mermaid';
import type { CollectedHeading } from './plugins/atlas/rehype-collect-headings';
import type { CollectedSection } from './plugins/atlas/rehype-collect-sections';
import type { CollectedImage } from './plugins/atlas/rehype-images';
import type { CollectedMathError } from './plugins/github/rehype-math-errors';
import { emptyCollected, rehypePlugins, remarkPlugins, type PluginExtensions } from './plugins';
export { atFileLines } from './file-lines';
import { PluginError } from './plugins/guard';
import type { ContentProblem } from './problems';

export interface CompiledNote {
  /** A function body in mdx-bundler's form, evaluated at build time by the note page (`getMDXComponent`). */
  code: string;
  headings: CollectedHeading[];
  links: CollectedLink[];
  /** Plain text per h2/h3 section, for the search index. */
  sections: CollectedSection[];
  /** Mermaid diagrams, with the file line of their opening fence. */
  diagrams: CollectedDiagram[];
  /** Plain text of the first paragraph, unlabeled wiki-links as targets (see remark-collect-opening). */
  opening: TextSegment[];
  /** Images with the file line they are written on; their files are read later (resolve-images.ts). */
  images: CollectedImage[];
  /** JSX components the writer used, with their string props, for checks such as `<SagaFacts saga>`. */
  components: CollectedComponent[];
  /** Markdown links to site pages other than notes (`/sagas/`), checked against the pages the site has. */
  pageLinks: CollectedPageLink[];
  /** TeX KaTeX could not read, shown as code: a warning each. */
  mathErrors: CollectedMathError[];
  /** Callout types neither GitHub's, Obsidian's nor the settings': the build lists each type once. */
  customCallouts: CustomCallout[];
  /** Inline `#tags` (keys, lower case): the site model adds them to the frontmatter's. */
  tags: string[];
  /** Obsidian block ids (`^quote-1` ends a paragraph or list item), without the `^`: `[[note#^quote-1]]` links there. */
  blockIds: string[];
  /** Worth telling the writer, but the note compiles: HTML the sanitizer removed, with its line. */
  notices: CompileNotice[];
}

/** A warning found while compiling, at a body line until `atFileLines` shifts it. */
export interface CompileNotice {
  line: number;
  column: number;
  code: ContentProblem['code'];
  message: string;
  hint?: string;
}

export type CompileResult = { compiled: CompiledNote; problems?: undefined } | { compiled?: undefined; problems: ContentProblem[] };

export type CompileExtensions = PluginExtensions;

export type CompileInput = Pick<ParsedNote, 'file' | 'body' | 'bodyLineOffset' | 'format' | 'relativePath'>;

export async function compileNote(note: CompileInput, extensions: CompileExtensions = {}): Promise<CompileResult> {
  const collected = emptyCollected();
  try {
    const mdxOptions = (options: CompileOptions): CompileOptions => {
      // A `.md` note is CommonMark: MDX's Markdown processor. It has no ESM, so it is never bundled (compile-body.ts).
      if (note.format === 'md') options.format = 'md';
      options.remarkPlugins = [...(options.remarkPlugins ?? []), ...remarkPlugins(note, collected, extensions)];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), ...rehypePlugins(note, collected, extensions)];
      return options;
    };
    const code = await compileBody(admonitionTitles(note.body), mdxOptions);
    const { opening, removedHtml, ...lists } = collected;
    const notices = removedHtml.map(({ line, column, what }): CompileNotice => ({
      line,
      column,
      code: 'unsafe-html',
      message: `Removed ${what}: a Markdown note's HTML is limited to what GitHub allows`,
      hint: 'write it in Markdown, or in an .mdx note if the wiki allows them (see docs/security.md)',
    }));
    return { compiled: { code, ...lists, opening: opening.opening, notices } };
  } catch (error) {
    return { problems: [compileProblem(note, error)] };
  }
}

function compileProblem(note: CompileInput, error: unknown): ContentProblem {
  const internal = pluginError(error);
  if (internal) {
    return {
      file: note.file,
      // The first body line when the error names none: the file is what a report needs.
      line: (internal.line ?? 1) + note.bodyLineOffset,
      code: 'internal-error',
      message: `Plugin ${internal.plugin} failed on this note: ${internal.message}`,
      hint: 'a bug in the engine, not in the note: please report it with this note attached',
    };
  }
  const { reason, line, column } = compileError(error);
  return {
    file: note.file,
    ...(line ? { line: line + note.bodyLineOffset, column } : {}),
    code: 'mdx-compile',
    message: `MDX does not compile: ${reason}`,
    hint: mdxHint(reason),
  };
}

/** A plugin's own failure, thrown by @mdx-js/mdx as it is, or carried by mdx-bundler's esbuild error as the cause of its message. */
function pluginError(error: unknown): PluginError | undefined {
  if (error instanceof PluginError) return error;
  const cause = (error as { errors?: { detail?: { cause?: unknown } }[] } | null)?.errors?.[0]?.detail?.cause;
  return cause instanceof PluginError ? cause : undefined;
}

/** The reason and body place of a compile error, from @mdx-js/mdx's message or mdx-bundler's esbuild error. */
function compileError(error: unknown): { reason: string; line?: number; column?: number } {
  const message = error as { reason?: string; line?: number; column?: number; errors?: { text: string }[] };
  // A reason about an unclosed element names the element's own place as "(3:1-3:6)", the useful one.
  const elementPlace = (reason: string) => /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  if (typeof message.reason === 'string' && typeof message.line === 'number') {
    const place = elementPlace(message.reason);
    return place
      ? { reason: message.reason, line: Number(place[1]), column: Number(place[2]) }
      : { reason: message.reason, line: message.line, column: message.column };
  }
  // @mdx-js/esbuild reports "Cannot process MDX file with esbuild:\n  3:6: reason".
  const raw = message.errors?.[0]?.text ?? (error instanceof Error ? error.message : String(error));
  const reasonLine =
    raw
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .at(-1) ?? raw;
  const place = elementPlace(reasonLine) ?? /^(\d+):(\d+)/.exec(reasonLine);
  return {
    reason: reasonLine.replace(/^\d+:\d+(-\d+:\d+)?: /, ''),
    ...(place ? { line: Number(place[1]), column: Number(place[2]) } : {}),
  };
}

function mdxHint(text: string): string {
  if (/Unexpected character|before name|Could not parse expression|Unexpected end of file in expression/.test(text)) {
    return 'a "<" or "{" in prose starts JSX or an expression in MDX: escape it as "\\<" or "\\{", or put it in `code`';
  }
  if (/closing tag|Expected a closing tag|end tag/.test(text))
    return 'close every JSX element, e.g. <Component /> or <Component>…</Component>';
  if (/import|export/.test(text)) return 'a paragraph line starting with "import" or "export" is read as code: reword it';
  return 'see https://mdxjs.com/docs/troubleshooting-mdx/';
}
