/** How long browsers may keep each kind of file; shared by the Node server and the nginx config. */

/**
 * Content-hashed files (Next's build output, the search index's parts, the images of notes): a
 * changed file gets a new name, so it can be kept for good. The search manifest (`index.json`)
 * keeps its name and is revalidated like a page.
 */
export const HASHED_ASSET =
  /^\/_next\/static\/|\/search-index\/(?!index\.json$)|\.[0-9a-f]{8,}\.(js|css|json|woff2?|svg|png|jpe?g|webp|gif)$/;

export const CACHE_HASHED = 'public, max-age=31536000, immutable';
/** HTML and unhashed files: five minutes, then revalidate, so a deploy shows within minutes. */
export const CACHE_SHORT = 'public, max-age=300, must-revalidate';

/**
 * Behind a password, a shared cache (a proxy, a CDN) must not keep a page and hand it to the
 * next person: `public` would allow exactly that for a request that carried credentials. Every
 * answer says `private`, even those no cache keeps anyway (`no-store`), so none is left out.
 */
export const privateCache = (policy: string) =>
  policy.startsWith('public') ? `private${policy.slice('public'.length)}` : `private, ${policy}`;
