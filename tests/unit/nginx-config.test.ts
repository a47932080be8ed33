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

  it("answers a renamed note's old address, with or without its slash, with a 301 under the base path", () => {
    expect(config).toContain(
      '    location = /kb/notes/fallacies-of-distributed-systems/ { return 301 /kb/notes/fallacies-of-distributed-computing/$is_args$args; }',
    );
    expect(config).toContain(
      '    location = /kb/notes/fallacies-of-distributed-systems { return 301 /kb/notes/fallacies-of-distributed-computing/$is_args$args; }',
    );
    // Inside the server block, before the locations that would serve the old page.
    expect(config.indexOf('location = /kb/notes/fallacies')).toBeGreaterThan(config.indexOf('server {'));
    expect(nginxConfig({ manifest, basePath: '', serverName: 'x', root: '/srv' })).not.toContain('return 301');
  });
});
