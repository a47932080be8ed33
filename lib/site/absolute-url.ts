/** Absolute URLs for canonical links, feeds and the sitemap: site origin + base path + site path. */
import type { SiteConfig } from '../config/schema';
import { withBasePath } from '../content/paths';

export function absoluteUrl(sitePath: string, config: Pick<SiteConfig, 'url' | 'basePath'>): string {
  return `${config.url}${withBasePath(sitePath, config.basePath)}`;
}

/**
 * The "Edit this page" address for a note, or undefined when no pattern is configured. `{path}`
 * is the file from the project root; `{contentPath}` from the content folder, for notes kept in a
 * repository of their own (`CONTENT_DIR`).
 */
export function editUrlFor(note: { file: string; path: string }, pattern: string): string | undefined {
  return pattern ? pattern.replace('{path}', note.file).replace('{contentPath}', note.path) : undefined;
}
