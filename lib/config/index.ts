import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import rawConfig from '../../site.config';
import { lineOfYamlPath } from '../content/locate-yaml';
import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from './schema';

/** Environment variables that override a config key, e.g. `CONTENT_DIR` for `contentDir`. */
const ENV_OVERRIDES = { BASE_PATH: 'basePath', SITE_URL: 'url', CONTENT_DIR: 'contentDir', BROKEN_LINKS: 'brokenLinks' } as const;

/**
 * A content folder may carry its own settings in this file (name, areas, frontmatter…), so a
 * team keeps them with its notes, in a repository of its own, and updates the engine by pulling
 * without a conflict in site.config.ts.
 */
export const CONTENT_CONFIG_FILE = 'site.config.yaml';

export interface ConfigSources {
  projectRoot?: string;
  /** Reads a file's text, or undefined when there is none; the disk unless given (tests pass their own). */
  readFile?: (file: string) => string | undefined;
}

const readFromDisk = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/**
 * Validates the config and explains every problem at once. Layers, each over the one before:
 * site.config.ts, the content folder's site.config.yaml, then the environment.
 */
export function resolveConfig(input: SiteConfigInput, env: Record<string, string | undefined>, sources: ConfigSources = {}): SiteConfig {
  const fromEnv: Record<string, string> = {};
  for (const [name, key] of Object.entries(ENV_OVERRIDES)) if (env[name] !== undefined) fromEnv[key] = env[name];
  const contentDir = path.resolve(sources.projectRoot ?? process.cwd(), fromEnv.contentDir ?? input.contentDir ?? 'content');
  const overlayFile = path.join(contentDir, CONTENT_CONFIG_FILE);
  const overlayText = (sources.readFile ?? readFromDisk)(overlayFile);
  const overlay = overlayText === undefined ? {} : parseOverlay(overlayFile, overlayText);
  const result = siteConfigSchema.safeParse({ ...input, ...overlay, ...fromEnv });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(root)';
    const variable = Object.entries(ENV_OVERRIDES).find(([name, k]) => k === key && env[name] !== undefined)?.[0];
    const top = issue.path[0];
    if (!variable && overlayText !== undefined && typeof top === 'string' && top in overlay) {
      const line = lineOfYamlPath(overlayText, issue.path as (string | number)[]);
      return `  ${overlayFile}${line ? `:${line}` : ''}: ${key}: ${issue.message}`;
    }
    return `  ${variable ?? `site.config.ts: ${key}`}: ${issue.message}`;
  });
  throw new Error(`Invalid site configuration:\n${lines.join('\n')}`);
}

function parseOverlay(file: string, text: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`Invalid site configuration:\n  ${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(`Invalid site configuration:\n  ${file}: must be a map of settings, e.g. "name: Acme wiki"`);
  if ('contentDir' in data)
    throw new Error(
      `Invalid site configuration:\n  ${file}: contentDir cannot be set inside the content folder; set it in site.config.ts or CONTENT_DIR`,
    );
  return data as Record<string, unknown>;
}

let cached: SiteConfig | undefined;

export function getConfig(): SiteConfig {
  cached ??= resolveConfig(rawConfig, process.env);
  return cached;
}
