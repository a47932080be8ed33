/**
 * Renamed notes' old addresses (the export's `_atlas/redirects.json`, see
 * lib/build/redirect-pages.ts) as real 301s, for the Node server and the nginx config alike.
 */
import type { RedirectManifest } from '../build/redirect-pages';
import { withBasePath } from '../content/paths';

/**
 * Where a request for an old address goes: `/notes/old/`, `/notes/old` or `/notes/old/index.html`
 * (a site path, base path already removed) → the new address with the base path and the query
 * kept; undefined for any other path. The browser keeps a `#fragment` across a 301 itself.
 */
export function redirectFor(url: string, redirects: RedirectManifest, basePath: string): string | undefined {
  const [pathname = '', query] = url.split(/\?(.*)/s);
  const folder = pathname.replace(/index\.html$/, '').replace(/\/?$/, '/');
  const to = Object.hasOwn(redirects, folder) ? redirects[folder] : undefined;
  return to && `${withBasePath(to, basePath)}${query ? `?${query}` : ''}`;
}

/**
 * The nginx side: each old address, under the base path, paired with its new one; the address
 * with and without its slash and as `index.html`, as `redirectFor` matches them. The config
 * (nginx-config.ts) answers them with a 301 that keeps the query.
 */
export function nginxRedirects(redirects: RedirectManifest, basePath: string): [from: string, to: string][] {
  return Object.entries(redirects).flatMap(([from, to]) => {
    const [source, target] = [withBasePath(from, basePath), withBasePath(to, basePath)];
    return [source, source.replace(/\/$/, ''), `${source}index.html`].map((path): [string, string] => [path, target]);
  });
}
