import rawConfig from '../../site.config';
import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from './schema';

/** Environment variables that override a config key, e.g. `CONTENT_DIR` for `contentDir`. */
const ENV_OVERRIDES = { BASE_PATH: 'basePath', SITE_URL: 'url', CONTENT_DIR: 'contentDir', BROKEN_LINKS: 'brokenLinks' } as const;

/** Validates the config (with environment overrides) and explains every problem at once. */
export function resolveConfig(input: SiteConfigInput, env: Record<string, string | undefined>): SiteConfig {
  const merged: Record<string, unknown> = { ...input };
  for (const [name, key] of Object.entries(ENV_OVERRIDES)) if (env[name] !== undefined) merged[key] = env[name];
  const result = siteConfigSchema.safeParse(merged);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(root)';
    const variable = Object.entries(ENV_OVERRIDES).find(([name, k]) => k === key && env[name] !== undefined)?.[0];
    return `  ${variable ?? `site.config.ts: ${key}`}: ${issue.message}`;
  });
  throw new Error(`Invalid site configuration:\n${lines.join('\n')}`);
}

let cached: SiteConfig | undefined;

export function getConfig(): SiteConfig {
  cached ??= resolveConfig(rawConfig, process.env);
  return cached;
}
