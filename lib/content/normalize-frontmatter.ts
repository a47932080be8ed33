/**
 * Frontmatter as people write it, read into the schema's shape before it is validated:
 * - a single value wherever a list is expected (`aliases: IR`, `tags: runbook`), and an empty key
 *   (`tags:`) as an empty list;
 * - Obsidian's properties: `description` is the summary, `publish: false` keeps the note out as
 *   `draft: true` does, the singular `alias`, `tag` and `cssclass` of older vaults;
 * - in a wiki that does not ask for strictness, keys the engine does not read are set aside (the
 *   build lists each once) instead of failing the build, and so are decision fields on notes
 *   outside the decisions area, where vaults use `date` and `status` for their own ends.
 */
import { frontmatterSchema, decisionFieldsSchema } from './schema';

/**
 * Keys whose value is a list: a single value becomes a list of one. `tags` is read by its schema,
 * which splits one string into several as Obsidian does (`tags: runbook, on-call`).
 */
const LIST_KEYS = ['aliases', 'related', 'moved-from', 'cssclasses', 'deciders', 'supersedes', 'applies'] as const;

/** Obsidian's singular keys from before its properties (1.4), read as the plural ones. */
const SINGULAR_KEYS: Record<string, string> = { alias: 'aliases', tag: 'tags', cssclass: 'cssclasses' };

const KNOWN_KEYS = new Set(Object.keys(frontmatterSchema.shape));
const DECISION_KEYS = new Set(Object.keys(decisionFieldsSchema.shape));

export interface NormalizeOptions {
  /** `error`: unknown keys are left for the schema to report. `ignore`: set aside and returned. */
  unknownKeys: 'error' | 'ignore';
  /** Keys the settings list as ignored: dropped silently, whatever `unknownKeys` says. */
  ignoredKeys: readonly string[];
  /** Whether the note is a decision record (decision fields are its own there). */
  isDecision: boolean;
}

export interface Normalized {
  data: Record<string, unknown>;
  /** Keys set aside, as written, for the build's list. */
  ignored: string[];
}

export function normalizeFrontmatter(input: Record<string, unknown>, options: NormalizeOptions): Normalized {
  const data: Record<string, unknown> = {};
  for (const [written, value] of Object.entries(input)) {
    if (options.ignoredKeys.includes(written)) continue;
    const plural = SINGULAR_KEYS[written];
    data[plural && !(plural in input) ? plural : written] = value;
  }
  readObsidianProperties(data);
  const ignored: string[] = [];
  if (options.unknownKeys === 'ignore') {
    for (const key of Object.keys(data)) {
      if (KNOWN_KEYS.has(key) && (options.isDecision || !DECISION_KEYS.has(key))) continue;
      ignored.push(key);
      delete data[key];
    }
  }
  if (data.tags === null) delete data.tags;
  for (const key of LIST_KEYS) {
    if (!(key in data)) continue;
    const list = asList(data[key]);
    if (list === undefined) delete data[key];
    else data[key] = list;
  }
  if (typeof data.title === 'number') data.title = String(data.title);
  return { data, ignored };
}

/** Obsidian's `description` is the summary (when there is none), and `publish: false` a draft. */
function readObsidianProperties(data: Record<string, unknown>): void {
  if ('description' in data) {
    if (data.summary === undefined && typeof data.description === 'string') data.summary = data.description;
    delete data.description;
  }
  if ('publish' in data) {
    if (data.publish === false) data.draft = true;
    delete data.publish;
  }
}

/** A YAML value as a list: `null` (an empty key) is no list, a scalar is a list of one, numbers read as text. */
function asList(value: unknown): unknown[] | undefined {
  if (value === null || value === undefined) return undefined;
  const items = Array.isArray(value) ? value : [value];
  return items.filter((item) => item !== null && item !== undefined).map((item) => (typeof item === 'number' ? String(item) : item));
}
