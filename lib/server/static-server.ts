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
  /** When set, every request without valid credentials is answered 401, whatever it asks for. */
  auth?: BasicAuth;
}

export function createStaticServer({ root, basePath = '', auth }: StaticServerOptions): Server {
  const headers = securityHeaders(root);
  const cache = (policy: string) => (auth ? privateCache(policy) : policy);
  const serve = sirv(root, {
    dev: false,
    etag: true,
    // Sends the build's precompressed `x.gz` when the client takes gzip; `compression` below
    // then leaves the response alone and only compresses what has no `.gz` (the 404 page).
    gzip: true,
    extensions: ['html'],
    setHeaders(res, pathname, stats) {
      // Called with the file found, just before sirv reads the Range header.
      normaliseRange(res.req, stats.size, stats.mtime);
      for (const [name, value] of Object.entries(headers.forPath(pathname))) res.setHeader(name, value);
      res.setHeader('Cache-Control', cache(HASHED_ASSET.test(pathname) ? CACHE_HASHED : CACHE_SHORT));
    },
  });
  const gzip = compression({ threshold: MIN_BYTES });
  const notFoundPage = readNotFound(root);
  const redirects = readRedirectManifest(root);

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers.plain, Allow: 'GET, HEAD' }).end();
      return;
    }
    if (isTraversal(url)) {
      res.writeHead(400, { ...headers.plain, 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    if (basePath && !url.startsWith(`${basePath}/`) && url !== basePath) {
      if (url === '/') res.writeHead(302, { ...headers.plain, Location: `${basePath}/` }).end();
      else sendNotFound(res, headers.forPath('/404.html'), notFoundPage);
      return;
    }
    req.url = basePath ? url.slice(basePath.length) || '/' : url;
    // A renamed note's old address: a real 301, before sirv would serve its redirect page.
    const moved = redirectFor(req.url, redirects, basePath);
    if (moved) {
      res.writeHead(301, { Location: moved, 'Cache-Control': CACHE_SHORT }).end();
      return;
    }
    const send = () => serve(req, res, () => sendNotFound(res, headers.forPath('/404.html'), notFoundPage));
    // A byte range counts in the file as stored: compressing the slice would break its offsets.
    if (req.headers.range === undefined) gzip(req as never, res as never, send);
    else send();
  };
  if (!auth) return createServer(handle);
  // Checked before anything else, so not even a 404 or 405 tells a stranger what exists.
  return createServer((req, res) => {
    auth.verify(req.headers.authorization).then(
      (ok) => (ok ? handle(req, res) : sendUnauthorized(res, headers.plain, auth.challenge)),
      () => res.writeHead(500, headers.plain).end(),
    );
  });
}

function sendUnauthorized(res: ServerResponse, headers: Readonly<Record<string, string>>, challenge: string) {
  res
    .writeHead(401, { ...headers, 'WWW-Authenticate': challenge, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    .end('Sign in to read this wiki.');
}

function readNotFound(root: string): string {
  try {
    return readFileSync(path.join(root, '404.html'), 'utf8');
  } catch {
    return '<!doctype html><title>Not found</title><h1>Not found</h1>';
  }
}

function sendNotFound(res: ServerResponse, headers: Record<string, string>, page: string) {
  res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).end(page);
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
