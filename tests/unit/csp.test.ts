import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/lib/csp/inline-scripts';
import { themeScript } from '@/lib/theme-script';
import { CSP_MANIFEST, htmlFileFor, writeCspManifest } from '@/lib/csp/manifest';
import { contentSecurityPolicy, headersFor } from '@/lib/server/security-headers';
import { createStaticServer } from '@/lib/server/static-server';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const NEXT = 'self.__next_f.push([1,"a<b"])';
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"]});';
const PAGE = `<!doctype html><html><head><script>${themeScript}</script><script src="/_next/a.js" async=""></script>
<script type="application/ld+json">{"@type":"Article"}</script><script>${TURBOPACK}</script></head><body><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>${NEXT}</script></body></html>`;

describe('Content-Security-Policy', () => {
  it("hashes the engine's inline scripts only: not src scripts, not JSON data blocks", () => {
    expect(inlineScriptHashes(PAGE)).toEqual([
      sha(themeScript),
      sha(TURBOPACK),
      sha('(self.__next_f=self.__next_f||[]).push([0])'),
      sha(NEXT),
    ]);
  });

  it("never hashes a script from content, even one dressed as Next's", () => {
    const html = `<script>alert(1)</script><script>self.__next_f.push([1,"x"]);alert(2)</script><script>self.__next_f.push(alert(3))</script>`;
    expect(inlineScriptHashes(`${PAGE}${html}`)).toEqual(inlineScriptHashes(PAGE));
  });

  it('reads attribute names whole: data-src and data-type do not make an inline script external or data', () => {
    const html = `<script data-src="/a.js">${NEXT}</script><script data-type="x" class='src=y'>${themeScript}</script><script SRC=/b.js></script>`;
    expect(inlineScriptHashes(html)).toEqual([sha(NEXT), sha(themeScript)]);
  });

  it('locks script-src to self and the hashes, never unsafe-inline or unsafe-eval, and forbids framing', () => {
    const policy = contentSecurityPolicy(["'sha256-abc='"]);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc='");
    expect(scriptSrc).not.toMatch(/unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("connect-src 'self'");
  });

  it('lets a note show remote https images as they are, and nothing over plain http', () => {
    expect(contentSecurityPolicy([]).split('; ')).toContain("img-src 'self' data: https:");
  });

  it('maps request paths to the HTML file a static host serves', () => {
    const manifest = { '/index.html': [], '/notes/cqrs/index.html': [], '/404.html': [] };
    expect(htmlFileFor('/', manifest)).toBe('/index.html');
    expect(htmlFileFor('/notes/cqrs/', manifest)).toBe('/notes/cqrs/index.html');
    expect(htmlFileFor('/notes/cqrs', manifest)).toBe('/notes/cqrs/index.html');
    expect(htmlFileFor('/404', manifest)).toBe('/404.html');
    expect(htmlFileFor('/_next/static/a.js', manifest)).toBeUndefined();
  });

  it('writes a manifest at build and the server sends each page its own policy', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-csp-'));
    await mkdir(path.join(root, 'notes/cqrs'), { recursive: true });
    const [home, cqrs] = ['self.__next_f.push([1,"home"])', 'self.__next_f.push([1,"cqrs"])'];
    await writeFile(path.join(root, 'index.html'), `<script>${home}</script>`);
    await writeFile(path.join(root, 'notes/cqrs/index.html'), `<script>${cqrs}</script>`);
    await writeCspManifest(root);
    expect(JSON.parse(await readFile(path.join(root, CSP_MANIFEST), 'utf8'))).toEqual({
      '/index.html': [sha(home)],
      '/notes/cqrs/index.html': [sha(cqrs)],
    });

    const server = createStaticServer({ root, basePath: '/kb' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const note = await fetch(`${origin}/kb/notes/cqrs/`);
      expect(note.headers.get('content-security-policy')).toContain(sha(cqrs));
      expect(note.headers.get('content-security-policy')).not.toContain(sha(home));
      expect(note.headers.get('x-content-type-options')).toBe('nosniff');
      expect(note.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect((await fetch(`${origin}/kb/`)).headers.get('content-security-policy')).toContain(sha(home));
    } finally {
      server.close();
    }
  });

  it('gives unknown paths the strict policy with no hashes', () => {
    expect(headersFor('/nowhere/', {})['Content-Security-Policy']).toContain("script-src 'self';");
  });
});
