/**
 * Frontmatter is YAML and nothing else. gray-matter splits it from the body, but its default
 * engines would evaluate a block fenced `---js` (or `---javascript`) as JavaScript at build time:
 * a `.md` note is data, so a fence that names a language is refused, every engine but ours is
 * replaced by one that refuses, and the YAML is read by the `yaml` package (the one parser of the
 * settings too), whose core schema constructs no code; a tag it does not know is an error.
 */
import matter from 'gray-matter';
import { parseDocument, type YAMLError } from 'yaml';

export interface FrontmatterParts {
  /** The YAML mapping, `{}` when the file has none. */
  data: Record<string, unknown>;
  /** The YAML text between the fences, as written. */
  text: string;
  body: string;
}

/** A frontmatter block that cannot be read; `line` and `column` count in the file. */
export class FrontmatterError extends Error {
  /** Code, not a slip of YAML: the note is refused (left out in a lenient build), not just invalid. */
  refused = false;
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
    readonly hint = 'check indentation and quote values that contain ": " or start with a special character',
  ) {
    super(message);
    this.name = 'FrontmatterError';
  }
}

/** `---` then a word on the first line: gray-matter's way of choosing a language (`---js`). */
const FENCE_WITH_LANGUAGE = /^---[ \t]*([^\s-][^\r\n]*?)[ \t]*\r?\n/;

const refuse = () => {
  throw new FrontmatterError('Frontmatter must be YAML', 1, 1);
};
const REFUSING = { parse: refuse, stringify: refuse };

/** Splits and reads a note's frontmatter; throws FrontmatterError with the file line. */
export function readFrontmatter(raw: string): FrontmatterParts {
  const language = FENCE_WITH_LANGUAGE.exec(raw)?.[1];
  if (language !== undefined) {
    throw refusal(
      new FrontmatterError(
        `Frontmatter fenced as "---${language}" is not read: only YAML frontmatter is`,
        1,
        1,
        'start the file with a line of three dashes and write the frontmatter in YAML',
      ),
    );
  }
  // Options turn off gray-matter's module-level cache, which would hand back stale data.
  const parsed = matter(raw, {
    language: 'yaml',
    engines: { yaml: { parse: parseYaml, stringify: refuse }, javascript: REFUSING, js: REFUSING, json: REFUSING },
  });
  const data = (parsed.data ?? {}) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FrontmatterError('Frontmatter must be a map of keys and values, e.g. "title: Incident response"', 2, 1);
  }
  return { data: data as Record<string, unknown>, text: parsed.matter ?? '', body: parsed.content };
}

/**
 * YAML text to data. gray-matter hands over the text after the opening fence, which starts with
 * that fence's line break, so the parser's line numbers are already the file's.
 */
export function parseYaml(text: string): Record<string, unknown> {
  const doc = parseDocument(text, { schema: 'core' });
  const problem: YAMLError | undefined = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const place = problem.linePos?.[0];
    const unknownTag = problem.code === 'TAG_RESOLVE_FAILED' || /tag/i.test(problem.message);
    const error = new FrontmatterError(
      unknownTag ? `Frontmatter uses a YAML tag that is not read: ${firstLine(problem.message)}` : firstLine(problem.message),
      place?.line,
      place?.col,
      unknownTag ? 'write plain YAML values (strings, numbers, lists, maps) without "!" tags' : undefined,
    );
    throw unknownTag ? refusal(error) : error;
  }
  return (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
}

function refusal(error: FrontmatterError): FrontmatterError {
  error.refused = true;
  return error;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
