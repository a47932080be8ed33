/**
 * The areas stage: the site's areas: those `site.config.ts` names, in its order, then every other folder that
 * holds notes, titled from its README's heading or from its name (`team-handbook` → "Team
 * handbook"), so a new folder never stops a build.
 */
import type { Area } from '../config/schema';
import { ROOT_AREA, titleFromName } from './note-place';
import type { ParsedNote } from './parse';
import type { Slug } from './paths';

export interface ResolvedArea extends Area {
  /** False for a folder that site.config.ts does not name. */
  declared: boolean;
  /** The folder's README or index note, which introduces the area. */
  intro?: Slug;
}

const ROOT_TITLE = 'General';

export function resolveAreas(notes: readonly ParsedNote[], configured: readonly Area[]): ResolvedArea[] {
  const intros = new Map(notes.filter((n) => n.role === 'folder-intro' && n.relativePath.split('/').length === 2).map((n) => [n.area, n]));
  const withIntro = (area: Area, declared: boolean): ResolvedArea => {
    const intro = intros.get(area.id);
    return {
      ...area,
      description: area.description || (intro?.frontmatter.summary ?? ''),
      declared,
      ...(intro ? { intro: intro.slug } : {}),
    };
  };
  const known = new Set(configured.map((a) => a.id));
  const found = new Map<string, string>();
  for (const note of notes)
    if (note.role !== 'home' && !known.has(note.area) && !found.has(note.area)) found.set(note.area, note.areaFolder);
  const discovered = [...found.entries()]
    .sort(([a], [b]) => (a === ROOT_AREA ? -1 : b === ROOT_AREA ? 1 : a.localeCompare(b)))
    .map(([id, folder]) =>
      withIntro({ id, title: intros.get(id)?.frontmatter.title ?? (folder ? titleFromName(folder) : ROOT_TITLE), description: '' }, false),
    );
  return [...configured.map((area) => withIntro(area, true)), ...discovered];
}
