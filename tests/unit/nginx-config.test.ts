import { describe, expect, it } from 'vitest';
import { CACHE_HASHED, CACHE_SHORT } from '@/lib/server/cache-policy';
import { nginxConfig } from '@/lib/server/nginx-config';
import { BASE_HEADERS, contentSecurityPolicy } from '@/lib/server/security-headers';

const manifest = { '/index.html': ["'sha256-home='"], '/notes/cqrs/index.html': ["'sha256-cqrs='"], '/404.html': [] };
const redirects = { '/notes/fallacies-of-distributed-systems/': '/notes/fallacies-of-distributed-computing/' };
const config = nginxConfig({ manifest, redirects, basePath: '/kb', serverName: 'intranet.example', root: '/srv/atlas' });

describe('npm run deploy:nginx', () => {
  it('sends the same security headers as the Node server', () => {
    for (const [name, value] of Object.entries(BASE_HEADERS)) expect(config).toContain(`add_header ${name} "${value}" always;`);
    expect(config).toContain('add_header Content-Security-Policy $atlas_csp always;');
  });

  it('maps each page, under the base path, to its own CSP', () => {
    expect(config).toContain(`"/kb/notes/cqrs/" "${contentSecurityPolicy(["'sha256-cqrs='"])}";`);
    expect(config).toContain(`"/kb/notes/cqrs/index.html" "${contentSecurityPolicy(["'sha256-cqrs='"])}";`);
    expect(config).toContain(`"/kb/" "${contentSecurityPolicy(["'sha256-home='"])}";`);
    expect(config).toContain(`default "${contentSecurityPolicy([])}";`);
  });

  it('caches hashed assets for a year and HTML briefly, gzips text, and serves the 404 page', () => {
    expect(config).toMatch(new RegExp(`location \\^~ /kb/_next/static/ \\{[^}]*Cache-Control "${CACHE_HASHED}"`));
    expect(config).toMatch(new RegExp(`location \\^~ /kb/assets/ \\{[^}]*Cache-Control "${CACHE_HASHED}"`));
    expect(config).toMatch(new RegExp(`location /kb/ \\{[^}]*Cache-Control "${CACHE_SHORT}"`));
    expect(config).toContain('gzip on;');
    expect(config).toContain('gzip_static on;');
    expect(config).toContain('error_page 404 /kb/404.html;');
  });

  it("answers a renamed note's old address (with or without its slash, or as index.html) with a 301 under the base path", () => {
    expect(config).toContain('    "/kb/notes/fallacies-of-distributed-systems/" "/kb/notes/fallacies-of-distributed-computing/";');
    expect(config).toContain('    "/kb/notes/fallacies-of-distributed-systems" "/kb/notes/fallacies-of-distributed-computing/";');
    expect(config).toContain(
      '    "/kb/notes/fallacies-of-distributed-systems/index.html" "/kb/notes/fallacies-of-distributed-computing/";',
    );
    for (const from of ['/kb/notes/fallacies-of-distributed-systems/', '/kb/notes/fallacies-of-distributed-systems'])
      expect(config).toContain(`    location = "${from}" { try_files "" @atlas_moved; }`);
    expect(config).toContain('location @atlas_moved { return 301 $atlas_moved$is_args$args; }');
    expect(nginxConfig({ manifest, basePath: '', serverName: 'x', root: '/srv' })).not.toContain('return 301');
  });

  it('redirects only after the sign-in: no `return` runs in a location a request matches first', () => {
    // nginx runs `return` before auth_basic and auth_request; a named location is reached only through try_files, after them.
    for (const line of config.split('\n').filter((l) => l.includes('return ')))
      expect(line, line).toMatch(/^\s*location @atlas_(moved|home) \{ return 30[12] /);
    expect(config).toContain('location = "/" { try_files "" @atlas_home; }');
  });

  it('puts the security headers on the answers of the redirect locations, which add none of their own', () => {
    const server = config.slice(config.indexOf('server {'), config.indexOf('gzip_static'));
    for (const [name, value] of Object.entries(BASE_HEADERS)) expect(server).toContain(`    add_header ${name} "${value}" always;`);
    expect(server).toContain(`    add_header Cache-Control "${CACHE_SHORT}" always;`);
  });

  it("escapes the site name in the realm: one line, quotes and backslashes escaped, no '$'", () => {
    const realm = 'Team "Ops" \\ wiki\r\n    auth_basic off; $host';
    const text = nginxConfig({ manifest, basePath: '', serverName: 'x', root: '/srv', auth: { kind: 'basic', userFile: '/etc/h', realm } });
    expect(text).toContain(String.raw`    auth_basic "Team \\\"Ops\\\" \\\\ wiki    auth_basic off; host";`);
  });
});
