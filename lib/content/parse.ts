/** The parse stage: split frontmatter from body and validate it against the one schema. */
import type { z } from 'zod';
import type { ContentSettings } from '../config/schema';
import { bodyDefaults } from './body-defaults';
import { FrontmatterError, readFrontmatter, type FrontmatterParts } from './frontmatter';
import { normalizeFrontmatter } from './normalize-frontmatter';
import { isDecision } from './check-decisions';
import { lineOfYamlPath } from './locate-yaml';
import { nearest } from './nearest';
import { notePlace, titleFromName, type NoteFormat, type NoteRole } from './note-place';
import { stripComments } from './plugins/obsidian/strip-comments';
import { SLUG_PATTERN, type Slug } from './paths';
import type { ContentProblem } from './problems';
import { frontmatterSchema, type Frontmatter } from './schema';
import type { SourceFile } from './load';

export interface ParsedNote {
  file: string;
  /** Path relative to the content folder, e.g. `sagas/epic-saga.mdx`; relative links resolve from it. */
  relativePath: string;
  /** Absolute path of the file, for what sits beside it (images). */
  absolutePath: string;
  slug: Slug;
  area: string;
  /** The area's folder as written, for the title of an area no config names. */
  areaFolder: string;
  role: NoteRole;
  /** `md` is CommonMark with GFM (no JSX); `mdx` is MDX. */
  format: NoteFormat;
  frontmatter: Frontmatter;
  /** The summary was not written but taken from the body's first paragraph. */
  summaryFromBody: boolean;
  /** Raw YAML between the `---` fences, kept to locate keys in later messages. */
  frontmatterText: string;
  /** Lines above the YAML text: add it to a YAML line number to get the file's line number. */
  yamlLineOffset: number;
  body: string;
  /** Lines above the body: add it to a body line number to get the file's line number. */
  bodyLineOffset: number;
}

/** A note comes back whenever its YAML parses, even with schema problems, so its body can be checked too. */
export interface ParseResult {
  note?: ParsedNote;
  problems: ContentProblem[];
  /** Frontmatter keys the wiki does not read, set aside (`unknownFrontmatterKeys: ignore`): the build lists each once. */
  ignoredKeys?: string[];
}

export type ParseSettings = Pick<ContentSettings, 'frontmatter' | 'ignoredFrontmatterKeys' | 'unknownFrontmatterKeys'> &
  Partial<Pick<ContentSettings, 'decisions'>>;

/** Our own notes' settings: frontmatter required, no foreign keys. */
export const STRICT_PARSE: ParseSettings = { frontmatter: 'required', ignoredFrontmatterKeys: [], unknownFrontmatterKeys: 'error' };

export function parseSource(source: SourceFile, settings: ParseSettings = STRICT_PARSE): ParseResult {
  const problems: ContentProblem[] = [];
  const place = notePlace(source.relativePath);
  if (!SLUG_PATTERN.test(place.slug)) {
    problems.push({
      file: source.file,
      code: 'invalid-slug',
      message: `File name "${source.relativePath.split('/').at(-1)}" makes no valid slug`,
      hint: 'use letters or digits in the file name, e.g. "event-sourcing.md"',
    });
  }

  let parsed: FrontmatterParts;
  try {
    parsed = readFrontmatter(source.raw);
  } catch (error) {
    return { problems: [...problems, yamlProblem(source.file, error)] };
  }

  const frontmatterText = parsed.text;
  const yamlLineOffset = linesBefore(source.raw, source.raw.indexOf(frontmatterText));
  // Obsidian's `%%comments%%` go first, so nothing after this reads them (their newlines stay).
  let body = stripComments(parsed.body);
  const { data, ignored } = normalizeFrontmatter(parsed.data, {
    unknownKeys: settings.unknownFrontmatterKeys,
    ignoredKeys: settings.ignoredFrontmatterKeys,
    isDecision: isDecision(place, settings.decisions ?? 'decisions'),
  });
  const summaryFromBody = settings.frontmatter === 'optional' && data.summary === undefined;
  if (settings.frontmatter === 'optional') {
    const defaults = bodyDefaults(body);
    data.title ??=
      defaults.title ??
      titleFromName(
        source.relativePath
          .split('/')
          .at(-1)
          ?.replace(/\.mdx?$/i, '') ?? place.slug,
      );
    data.summary ??= defaults.summary ?? data.title;
    // The page shows the title as its heading: a body heading saying the same is dropped (its line kept blank, so lines still match the file).
    if (defaults.titleLine !== undefined && defaults.title === data.title) {
      const lines = body.split('\n');
      lines[defaults.titleLine] = '';
      body = lines.join('\n');
    }
  }
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    problems.push(...result.error.issues.flatMap((issue) => schemaProblems(source.file, frontmatterText, yamlLineOffset, issue, data)));
  }
  // A note with bad frontmatter is still compiled and link-checked, so one build reports
  // every problem; its stand-in frontmatter is never published because the build fails.
  const frontmatter = result.success ? result.data : frontmatterSchema.parse({ title: place.slug, summary: place.slug });
  // A permalink is the note's address; the file name's address becomes a former one, which redirects.
  const { permalink } = frontmatter;
  if (permalink && permalink !== place.slug) {
    if (SLUG_PATTERN.test(place.slug)) frontmatter['moved-from'] = [...frontmatter['moved-from'], place.slug];
    place.slug = permalink as Slug;
  }
  const note: ParsedNote = {
    file: source.file,
    relativePath: source.relativePath,
    absolutePath: source.absolutePath,
    ...place,
    frontmatter,
    summaryFromBody,
    frontmatterText,
    yamlLineOffset,
    body,
    bodyLineOffset: linesBefore(source.raw, source.raw.length - parsed.body.length),
  };
  return { note, problems, ...(ignored.length > 0 ? { ignoredKeys: ignored } : {}) };
}

function linesBefore(text: string, index: number): number {
  return index <= 0 ? 0 : text.slice(0, index).split('\n').length - 1;
}

function yamlProblem(file: string, error: unknown): ContentProblem {
  if (!(error instanceof FrontmatterError)) throw error;
  return {
    file,
    ...(error.line ? { line: error.line, column: error.column ?? 1 } : {}),
    code: error.refused ? 'refused-file' : 'invalid-yaml',
    message: error.message.startsWith('Frontmatter') ? error.message : `Frontmatter is not valid YAML: ${error.message}`,
    hint: error.hint,
  };
}

/** Where a wiki of plain Markdown can stop asking for frontmatter. */
const OPTIONAL_HINT = ', or set "frontmatter: optional" in the settings (site.config.yaml) to take it from the first heading and paragraph';

const KNOWN_KEYS = Object.keys(frontmatterSchema.shape);

const didYouMean = (suggestion: string | undefined) => (suggestion ? `did you mean "${suggestion}"? ` : '');

/** Whether the YAML has no value at `path`: zod does not report the input, so a wrong type and a missing key look alike. */
function isMissing(data: unknown, path: readonly PropertyKey[]): boolean {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value === undefined;
}

function schemaProblems(file: string, yamlText: string, yamlLineOffset: number, issue: z.core.$ZodIssue, data: unknown): ContentProblem[] {
  const path = issue.path;
  const lineAt = (key?: string) => {
    const yamlLine = lineOfYamlPath(yamlText, path, key);
    return yamlLine === undefined ? undefined : { line: yamlLine + yamlLineOffset };
  };
  const name = path.length
    ? path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[')
    : '';

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      ...lineAt(key),
      code: 'invalid-frontmatter' as const,
      message: `Unknown frontmatter key "${name ? `${name}.` : ''}${key}"`,
      hint:
        path.length === 0
          ? `${didYouMean(nearest(key, KNOWN_KEYS))}allowed keys are ${KNOWN_KEYS.join(', ')}`
          : 'remove it, or check its spelling',
    }));
  }
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && isMissing(data, path)) {
    return [
      {
        file,
        ...lineAt(),
        code: 'invalid-frontmatter',
        message: `Missing required frontmatter key "${name}"`,
        hint: `add "${String(path.at(-1))}:" ${path.length > 1 ? `under "${name.slice(0, name.lastIndexOf('.'))}:"` : 'to the frontmatter'}${name === 'title' || name === 'summary' ? OPTIONAL_HINT : ''}`,
      },
    ];
  }
  return [
    { file, ...lineAt(), code: 'invalid-frontmatter', message: `Frontmatter "${name}" ${issue.message.replace(/^Invalid input: /, '')}` },
  ];
}

/** The file line of a frontmatter value, e.g. `['related', 2]`, for messages about it. */
export function frontmatterLine(note: ParsedNote, path: readonly (string | number)[]): { line: number } | undefined {
  const yamlLine = lineOfYamlPath(note.frontmatterText, path);
  return yamlLine === undefined ? undefined : { line: yamlLine + note.yamlLineOffset };
}
