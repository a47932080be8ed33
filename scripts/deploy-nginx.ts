/**
 * `npm run deploy:nginx [-- --root /srv/atlas] [--server-name wiki.example.com]
 * [--htpasswd /etc/nginx/atlas.htpasswd | --oauth2-proxy http://127.0.0.1:4180]`: prints an
 * nginx config for the current export in out/ with the same headers as `npm start`; with a
 * password file (the flag or HTPASSWD_FILE) the same sign-in, or single sign-on via oauth2-proxy.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getConfig } from '../lib/config';
import { readRedirectManifest } from '../lib/build/redirect-pages';
import { readCspManifest } from '../lib/csp/manifest';
import { HtpasswdError, readHtpasswd } from '../lib/server/htpasswd';
import type { NginxAuth } from '../lib/server/nginx-auth';
import { nginxConfig } from '../lib/server/nginx-config';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '/srv/atlas' },
    'server-name': { type: 'string' },
    out: { type: 'string', default: 'out' },
    htpasswd: { type: 'string' },
    'oauth2-proxy': { type: 'string' },
  },
});
const config = getConfig();
const manifest = readCspManifest(path.join(process.cwd(), values.out));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Basic auth (--htpasswd, else HTPASSWD_FILE), single sign-on (--oauth2-proxy), or none. */
function authFromArgs(): NginxAuth | undefined {
  const oauth2Proxy = values['oauth2-proxy'];
  if (oauth2Proxy && values.htpasswd) fail('Choose one: --htpasswd (Basic auth) or --oauth2-proxy (single sign-on).');
  if (oauth2Proxy) return { kind: 'oauth2-proxy', upstream: oauth2Proxy };
  const file = values.htpasswd ?? process.env.HTPASSWD_FILE;
  if (file === undefined) return undefined;
  // The config may be written for another machine: a file that is not here is nginx's to read there.
  if (!existsSync(file)) console.error(`Note: ${file} is not on this machine, so it was not checked; nginx reads it where it runs.`);
  else {
    try {
      readHtpasswd(file);
    } catch (error) {
      if (!(error instanceof HtpasswdError)) throw error;
      fail(`The password file cannot be used:\n  ${error.message}`);
    }
  }
  return { kind: 'basic', userFile: path.resolve(file), realm: config.name };
}

const auth = authFromArgs();
if (Object.keys(manifest).length === 0) {
  console.error(`No ${values.out}/_atlas/csp.json: run \`npm run build\` first.`);
  process.exitCode = 1;
} else {
  const redirects = readRedirectManifest(path.join(process.cwd(), values.out));
  process.stdout.write(
    nginxConfig({
      manifest,
      redirects,
      basePath: config.basePath,
      root: values.root,
      serverName: values['server-name'] ?? new URL(config.url).hostname,
      auth,
    }),
  );
}
