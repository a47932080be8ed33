/**
 * The one source of the security headers: the Node server (`npm start`) sends them and
 * `npm run deploy:nginx` writes them into an nginx config, so both deploys agree.
 */
import { htmlFileFor, readCspManifest, type CspManifest } from '../csp/manifest';

export interface HeaderSource {
  forPath(pathname: string): Readonly<Record<string, string>>;
  /** For answers that are not a file of the export (400, 401, 405): no script may run. */
  plain: Readonly<Record<string, string>>;
}

export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * script-src allows only our own files and the hashed inline scripts of the page: no
 * 'unsafe-inline', no 'unsafe-eval'. style-src keeps 'unsafe-inline' because React writes
 * `style` attributes (the policy only has to lock scripts down). connect-src 'self' covers
 * the RSC payloads, lazily loaded chunks and JSON indexes the site fetches. img-src allows
 * https: because a note may show a remote image as it is (an image cannot run script).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptHashes].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function headersWith(scriptHashes: readonly string[]): Readonly<Record<string, string>> {
  return { ...BASE_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(scriptHashes) };
}

export function headersFor(pathname: string, manifest: CspManifest): Record<string, string> {
  const page = htmlFileFor(pathname, manifest);
  return { ...headersWith(page ? (manifest[page] ?? []) : []) };
}

/** Reads the export's CSP manifest once, at server start, and builds each page's headers then, not per request. */
export function securityHeaders(root: string): HeaderSource {
  const manifest = readCspManifest(root);
  const byPage = new Map(Object.entries(manifest).map(([page, hashes]) => [page, headersWith(hashes)]));
  const other = headersWith([]);
  return {
    forPath(pathname) {
      const page = htmlFileFor(pathname, manifest);
      return (page && byPage.get(page)) || other;
    },
    plain: other,
  };
}
