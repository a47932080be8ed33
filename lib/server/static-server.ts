/**
 * The `npm start` server: serves the static export with gzip, long caching for hashed
 * assets, short caching for HTML, security headers, and Next's 404 page; with `auth`, only
 * to signed-in readers (the private wiki).
 */
import compression from 'compression';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { MIN_BYTES } from '../build/precompress';
import { readRedirectManifest } from '../build/redirect-pages';
import type { BasicAuth } from './basic-auth';
import { CACHE_HASHED, CACHE_SHORT, HASHED_ASSET, privateCache } from './cache-policy';
import { normaliseRange } from './range';
import { redirectFor } from './redirects';
import { securityHeaders } from './security-headers';

export interface StaticServerOptions {
  root: string;
  basePath?: string;
  /** When set, every request without valid credentials is answered 401 (or 429, 503), whatever it asks for. */
  auth?: BasicAuth;
}

export function createStaticServer({ root, basePath = '', auth }: StaticServerOptions): Server {
  const headers = securityHeaders(root);
  // Behind a password every answer belongs to the reader who signed in: none may sit in a shared cache.
  const cache = (policy: string) => (auth ? privateCache(policy) : policy);
  const serve = sirv(root, {
    dev: false,
    etag: true,
    // Sends the build's precompressed `x.gz` when the client takes gzip; `compression` below
    // then leaves the response alone and only compresses what has no `.gz` (the 404 page).
    gzip: true,
    extensions: ['html'],
    setHeaders(res, _pathname, stats) {
      // Called with the file found, just before sirv reads the Range header.
      normaliseRange(res.req, stats.size, stats.mtime);
    },
  });
  const gzip = compression({ threshold: MIN_BYTES });
  const notFoundPage = readNotFound(root);
  const redirects = readRedirectManifest(root);
  /** An answer written here, not by sirv: the security headers of a page that runs no script. */
  const answer = (res: ServerResponse, status: number, extra: Record<string, string> = {}, body?: string) =>
    res.writeHead(status, { ...headers.plain, 'Cache-Control': cache('no-store'), ...extra }).end(body);
  const notFound = (res: ServerResponse) =>
    answer(
      res,
      404,
      { ...headers.forPath('/404.html'), 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': cache('no-cache') },
      notFoundPage,
    );

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, { Allow: 'GET, HEAD' });
    if (isTraversal(url)) return answer(res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad request');
    if (basePath && !url.startsWith(`${basePath}/`) && url !== basePath) {
      return url === '/' ? answer(res, 302, { Location: `${basePath}/`, 'Cache-Control': cache(CACHE_SHORT) }) : notFound(res);
    }
    req.url = basePath ? url.slice(basePath.length) || '/' : url;
    // A renamed note's old address: a real 301, before sirv would serve its redirect page.
    const moved = redirectFor(req.url, redirects, basePath);
    if (moved) return answer(res, 301, { Location: moved, 'Cache-Control': cache(CACHE_SHORT) });
    // Set before sirv runs, because its 304 (an ETag that matched) is written with no headers of its own.
    const pathname = sitePath(req.url);
    for (const [name, value] of Object.entries(headers.forPath(pathname))) res.setHeader(name, value);
    res.setHeader('Cache-Control', cache(HASHED_ASSET.test(pathname) ? CACHE_HASHED : CACHE_SHORT));
    const send = () => serve(req, res, () => void notFound(res));
    // A byte range counts in the file as stored: compressing the slice would break its offsets.
    if (req.headers.range === undefined) gzip(req as never, res as never, send);
    else send();
  };
  if (!auth) return createServer(handle);
  // Checked before anything else, so not even a 404, a 405 or a redirect tells a stranger what exists.
  const signIn = { 'WWW-Authenticate': auth.challenge, 'Content-Type': 'text/plain; charset=utf-8' };
  const later = { 429: 'Too many wrong passwords from your address: try again later.', 503: 'Busy: try again in a moment.' };
  return createServer((req, res) => {
    auth.check(req.headers.authorization, req.socket.remoteAddress ?? '').then(
      (verdict) => {
        if (verdict.ok) return handle(req, res);
        if (verdict.status === 401) return answer(res, 401, signIn, 'Sign in to read this wiki.');
        const retry = { 'Retry-After': String(verdict.retryAfter), 'Content-Type': 'text/plain; charset=utf-8' };
        answer(res, verdict.status, retry, later[verdict.status]);
      },
      () => answer(res, 500),
    );
  });
}

/** The path as sirv looks it up (query dropped, percent-decoded), so the headers match the file it sends. */
function sitePath(url: string): string {
  const pathname = url.split('?')[0] ?? '/';
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

function readNotFound(root: string): string {
  try {
    return readFileSync(path.join(root, '404.html'), 'utf8');
  } catch {
    return '<!doctype html><title>Not found</title><h1>Not found</h1>';
  }
}

/** Refuses `..` in any spelling (encoded, doubly encoded, backslashes) before sirv sees the path. */
export function isTraversal(url: string): boolean {
  let pathname = url.split('?')[0] ?? '';
  for (let i = 0; i < 3; i += 1) {
    try {
      const decoded = decodeURIComponent(pathname);
      if (decoded === pathname) break;
      pathname = decoded;
    } catch {
      return true;
    }
  }
  return pathname.includes('\0') || pathname.split(/[\\/]/).some((segment) => segment === '..');
}
