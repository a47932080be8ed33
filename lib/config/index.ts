import rawConfig from '../../site.config';
import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from './schema';

/** Validates the config (with environment overrides) and explains every problem at once. */
export function resolveConfig(input: SiteConfigInput, env: Record<string, string | undefined>): SiteConfig {
  const merged = {
    ...input,
    ...(env.BASE_PATH !== undefined ? { basePath: env.BASE_PATH } : {}),
    ...(env.SITE_URL !== undefined ? { url: env.SITE_URL } : {}),
  };
  const result = siteConfigSchema.safeParse(merged);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(root)';
    const source = key === 'basePath' && env.BASE_PATH !== undefined ? 'BASE_PATH' : key === 'url' && env.SITE_URL !== undefined ? 'SITE_URL' : `site.config.ts: ${key}`;
    return `  ${source}: ${issue.message}`;
  });
  throw new Error(`Invalid site configuration:\n${lines.join('\n')}`);
}

let cached: SiteConfig | undefined;

export function getConfig(): SiteConfig {
  cached ??= resolveConfig(rawConfig, process.env);
  return cached;
}
