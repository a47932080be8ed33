/** Absolute URLs for canonical links, feeds and the sitemap: site origin + base path + site path. */
import type { SiteConfig } from '../config/schema';
import { withBasePath } from '../content/paths';

export function absoluteUrl(sitePath: string, config: Pick<SiteConfig, 'url' | 'basePath'>): string {
  return `${config.url}${withBasePath(sitePath, config.basePath)}`;
}

/** The "Edit this page" address for a note's file, or undefined when no pattern is configured. */
export function editUrlFor(file: string, pattern: string): string | undefined {
  return pattern ? pattern.replace('{path}', file) : undefined;
}
