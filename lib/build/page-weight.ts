/**
 * What a page loads on first visit, measured from the exported HTML: every script and
 * modulepreload it references (the `nomodule` polyfill excluded), its stylesheets, and the
 * HTML itself, each gzipped as a server would send it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  /** The HTML without its inline diagram SVGs (in the markup and in React's payload): what grows with the words. */
  text: number;
  js: number;
  css: number;
  scripts: string[];
}

const SCRIPT_SRC = /<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g;
const PRELOAD = /<link\b([^>]*)\brel="(?:modulepreload|preload)"([^>]*)>/g;
// Rendered diagrams sit in the markup and, escaped, in the RSC payload that hydrates it.
const INLINE_DIAGRAM =
  /<svg\b[^>]*\bid="d[0-9a-f]{12}"[\s\S]*?<\/svg>|\\u003csvg\b(?:(?!\\u003e)[\s\S])*?id=\\"d[0-9a-f]{12}\\"[\s\S]*?\\u003c\/svg\\u003e/g;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g;

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Turns an asset URL from the HTML into a file under `outDir`, removing the base path. */
function assetFile(outDir: string, url: string, basePath: string): string {
  const pathname = decodeURIComponent(url.split('?')[0] ?? '');
  return path.join(outDir, basePath && pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname);
}

export function measurePage(outDir: string, htmlFile: string, basePath = ''): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const scripts = new Set<string>();
  for (const match of html.matchAll(SCRIPT_SRC)) {
    if (/\bnomodule\b/i.test(`${match[1]} ${match[3]}`)) continue;
    scripts.add(match[2] ?? '');
  }
  for (const match of html.matchAll(PRELOAD)) {
    const attrs = `${match[1]} ${match[2]}`;
    const href = /\bhref="([^"]+)"/.exec(attrs)?.[1];
    if (href && (/\bas="script"/.test(attrs) || /rel="modulepreload"/.test(match[0]))) scripts.add(href);
  }
  const styles = new Set([...html.matchAll(STYLESHEET)].map((m) => m[1] ?? ''));
  const sum = (urls: Iterable<string>) =>
    [...urls].reduce((total, url) => total + gzipSize(readFileSync(assetFile(outDir, url, basePath))), 0);
  return {
    html: gzipSize(html),
    text: gzipSize(html.replace(INLINE_DIAGRAM, '')),
    js: sum(scripts),
    css: sum(styles),
    scripts: [...scripts],
  };
}
