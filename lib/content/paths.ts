/**
 * Every conversion between files, slugs and URLs lives here, so the base path and the
 * trailing-slash rule are applied in exactly one place. No Node imports: client components
 * (the saga explorer) use it too.
 */
import { decodeAnchor } from './decode-anchor';

export { decodeAnchor };

/** A note's identity: its file name without `.mdx`, e.g. `epic-saga`. */
export type Slug = string & { readonly __brand: 'Slug' };

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function asSlug(value: string): Slug {
  return value as Slug;
}

/** `content/sagas/epic-saga.mdx` → `{ slug: 'epic-saga', area: 'sagas' }` (path relative to the content root). */
export function slugFromPath(relativePath: string): { slug: Slug; area: string } {
  const parts = relativePath.split(/[\\/]/);
  const file = parts.at(-1) ?? '';
  return { slug: asSlug(file.replace(/\.mdx$/, '')), area: parts.length > 1 ? (parts[0] ?? '') : '' };
}

export function noteHref(slug: string, anchor?: string): string {
  return `/notes/${slug}/${anchor ? `#${anchor}` : ''}`;
}

/** The shareable search page for a query. */
export function searchHref(query: string): string {
  return `/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
}

/** A search index file, named by its content hash (see lib/search/payload.ts). */
export function searchIndexHref(fileName: string): string {
  return `/search-index/${fileName}`;
}

/** A tag's page; each level of a nested tag is a folder: `plugin/emitter` → `/tags/plugin/emitter/`. */
export function tagHref(tag: string): string {
  return `/tags/${tag.split('/').map(encodeURIComponent).join('/')}/`;
}

export function areaAnchor(area: string): string {
  return `/#area-${area}`;
}

const NOTE_HREF = /^\/notes\/([^/#?]+)\/?(?:#(.*))?$/;

/** Reads a Markdown link written as `/notes/<slug>/#<anchor>`; anything else is not a note link. */
export function parseNoteHref(href: string): { slug: string; anchor?: string } | undefined {
  const match = NOTE_HREF.exec(href);
  if (!match?.[1]) return undefined;
  return match[2] ? { slug: match[1], anchor: decodeAnchor(match[2]) } : { slug: match[1] };
}

/** Prefixes a site-absolute path with the base path (`/kb`); leaves other URLs alone. */
export function withBasePath(href: string, basePath: string): string {
  if (!basePath || !href.startsWith('/') || href.startsWith('//')) return href;
  return `${basePath}${href}`;
}

export function isExternalHref(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('mailto:');
}

/** Where the images of notes are published, each named by its content (see resolve-images.ts). */
export const ASSETS_HREF = '/assets/';

export function imageHref(name: string, hash: string, ext: string): string {
  return `${ASSETS_HREF}${name}.${hash}.${ext}`;
}

/** The concept graph page, and the JSON files written at build for previews and graphs. */
export const GRAPH_HREF = '/graph/';
export const GRAPH_DATA_HREF = '/graph/data.json';

export function localGraphHref(slug: string): string {
  return `/graph/local/${slug}.json`;
}

export function previewHref(slug: string): string {
  return `/previews/${slug}.json`;
}

/** The decision log; it exists only when the wiki has decisions. */
export const DECISIONS_HREF = '/decisions/';
