/** A problem a writer can act on: where it is, what is wrong, and what to do. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/sagas/epic-saga.mdx`. */
  file: string;
  line?: number;
  column?: number;
  /** Stable identifier of the kind of problem, e.g. `broken-link`. */
  code: ProblemCode;
  message: string;
  hint?: string;
}

export type ProblemCode =
  | 'invalid-yaml'
  | 'invalid-frontmatter'
  | 'invalid-slug'
  | 'unknown-area'
  | 'duplicate-slug'
  | 'duplicate-alias'
  /** A `moved-from` slug that a live note, an alias or another note's `moved-from` already names. */
  | 'duplicate-former-slug'
  | 'duplicate-saga'
  | 'unknown-saga'
  | 'mdx-compile'
  /** A plugin of the engine failed on a note: a bug to report, not a mistake in the note. */
  | 'internal-error'
  | 'broken-link'
  | 'broken-anchor'
  /** A wiki-link whose name fits several notes, none of them in the linking note's folder. */
  | 'ambiguous-link'
  /** A warning, not an error: a callout type neither GitHub's, Obsidian's nor declared in the settings. */
  | 'unknown-callout'
  /** Embeds that embed each other, in a loop that would never end. */
  | 'embed-cycle'
  | 'unknown-related'
  /** A decision without `status` or `date`, decision fields outside the decisions area, or supersede links that disagree. */
  | 'invalid-decision'
  /** `supersedes` or `superseded-by` naming a note that does not exist or is no decision. */
  | 'unknown-decision'
  /** Decisions that supersede each other in a circle. */
  | 'supersede-loop'
  /** `applies` naming a note that does not exist. */
  | 'unknown-applies'
  | 'invalid-diagram'
  | 'missing-image'
  | 'image-outside-content'
  /** Not a PNG, JPEG, WebP, GIF or SVG, or a file whose size cannot be read. */
  | 'invalid-image'
  | 'missing-alt'
  /** The server's password file (HTPASSWD_FILE), not a note. */
  | 'invalid-htpasswd'
  /** A warning, not an error: the diagram is drawn in the reader's browser instead. */
  | 'diagram-not-drawn'
  /** A warning, not an error: TeX that KaTeX cannot read, shown as code. */
  | 'invalid-math'
  /** A warning, not an error: a link to a note's former slug, which still resolves. */
  | 'link-to-former-slug'
  /** A note, not an error: a frontmatter key the wiki does not read, listed once per build. */
  | 'ignored-frontmatter-key'
  /** A warning: HTML in a `.md` note that the sanitizer removed (a script, an event handler, a `javascript:` link…). */
  | 'unsafe-html'
  /** A note outside the content folder (a symbolic link that leaves it), or an `.mdx` file where the settings forbid MDX. */
  | 'refused-file';

export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.line, problem.line && problem.column].filter(Boolean).join(':');
  const hint = problem.hint ? `\n    hint: ${problem.hint}` : '';
  return `${where}  ${problem.message} [${problem.code}]${hint}`;
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((p) => p.file)).size;
  const heading = `${sorted.length} content problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:`;
  return [heading, ...sorted.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** Thrown when a build cannot go on; carries every problem found, not just the first. */
export class ContentBuildError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentBuildError';
  }
}
