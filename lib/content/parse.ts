/** Stage 2: split frontmatter from body and validate it against the one schema. */
import matter from 'gray-matter';
import type { z } from 'zod';
import { closest } from 'fastest-levenshtein';
import { lineOfYamlPath } from './locate-yaml';
import { SLUG_PATTERN, slugFromPath, type Slug } from './paths';
import type { ContentProblem } from './problems';
import { frontmatterSchema, type Frontmatter } from './schema';
import type { SourceFile } from './load';

export interface ParsedNote {
  file: string;
  slug: Slug;
  area: string;
  frontmatter: Frontmatter;
  /** Raw YAML between the `---` fences, kept to locate keys in later messages. */
  frontmatterText: string;
  body: string;
  /** Lines above the body: add it to a body line number to get the file's line number. */
  bodyLineOffset: number;
}

export type ParseResult = { note: ParsedNote; problems: [] } | { note?: undefined; problems: ContentProblem[] };

/** The opening `---` is line 1, so YAML line n is file line n + 1. */
const YAML_FIRST_LINE = 1;

export function parseSource(source: SourceFile, areas: readonly string[]): ParseResult {
  const problems: ContentProblem[] = [];
  const { slug, area } = slugFromPath(source.relativePath);
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({ file: source.file, code: 'invalid-slug', message: `File name "${slug}.mdx" is not a valid slug`, hint: 'use lowercase words joined by "-", e.g. "event-sourcing.mdx"' });
  }
  if (!areas.includes(area)) {
    const where = area ? `folder "${area}" is not an area` : 'notes must sit in an area folder';
    problems.push({ file: source.file, code: 'unknown-area', message: `Unknown area: ${where}`, hint: `move it into one of ${areas.map((a) => `content/${a}/`).join(', ')}, or add the area to site.config.ts` });
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's module-level cache, which would hand back stale data.
    parsed = matter(source.raw, {});
  } catch (error) {
    return { problems: [...problems, yamlProblem(source.file, error)] };
  }

  const frontmatterText = parsed.matter ?? '';
  const result = frontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...result.error.issues.flatMap((issue) => schemaProblems(source.file, frontmatterText, issue)));
  }
  if (!result.success || problems.length > 0) return { problems };

  const bodyStart = source.raw.length - parsed.content.length;
  return {
    problems: [],
    note: {
      file: source.file,
      slug,
      area,
      frontmatter: result.data,
      frontmatterText,
      body: parsed.content,
      bodyLineOffset: source.raw.slice(0, bodyStart).split('\n').length - 1,
    },
  };
}

function yamlProblem(file: string, error: unknown): ContentProblem {
  const yamlError = error as { mark?: { line: number; column: number }; reason?: string; message?: string };
  const line = yamlError.mark ? yamlError.mark.line + YAML_FIRST_LINE + 1 : undefined;
  return {
    file,
    ...(line ? { line, column: (yamlError.mark?.column ?? 0) + 1 } : {}),
    code: 'invalid-yaml',
    message: `Frontmatter is not valid YAML: ${yamlError.reason ?? yamlError.message ?? String(error)}`,
    hint: 'check indentation and quote values that contain ": " or start with a special character',
  };
}

const KNOWN_KEYS = Object.keys(frontmatterSchema.shape);

function schemaProblems(file: string, yamlText: string, issue: z.core.$ZodIssue): ContentProblem[] {
  const path = issue.path;
  const lineAt = (key?: string) => {
    const yamlLine = lineOfYamlPath(yamlText, path, key);
    return yamlLine === undefined ? undefined : { line: yamlLine + YAML_FIRST_LINE };
  };
  const name = path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') : '';

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      ...lineAt(key),
      code: 'invalid-frontmatter' as const,
      message: `Unknown frontmatter key "${name ? `${name}.` : ''}${key}"`,
      hint: path.length === 0 ? `did you mean "${closest(key, KNOWN_KEYS)}"? Allowed keys: ${KNOWN_KEYS.join(', ')}` : 'remove it, or check its spelling',
    }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ file, ...lineAt(), code: 'invalid-frontmatter', message: `Missing required frontmatter key "${name}"`, hint: `add "${String(path.at(-1))}:" to the frontmatter` }];
  }
  return [{ file, ...lineAt(), code: 'invalid-frontmatter', message: `Frontmatter "${name}" ${issue.message.replace(/^Invalid input: /, '')}` }];
}
