/**
 * `npm run deploy:nginx [-- --root /srv/atlas] [--server-name wiki.example.com] [--htpasswd /etc/nginx/atlas.htpasswd]`:
 * prints an nginx config for the current export in out/ with the same headers as `npm start`,
 * and, with a password file (the flag or HTPASSWD_FILE), the same sign-in.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getConfig } from '../lib/config';
import { readCspManifest } from '../lib/csp/manifest';
import { HtpasswdError, readHtpasswd } from '../lib/server/htpasswd';
import { nginxConfig } from '../lib/server/nginx-config';

const { values } = parseArgs({ options: { root: { type: 'string', default: '/srv/atlas' }, 'server-name': { type: 'string' }, out: { type: 'string', default: 'out' }, htpasswd: { type: 'string' } } });
const config = getConfig();
const manifest = readCspManifest(path.join(process.cwd(), values.out));
const htpasswd = values.htpasswd ?? process.env.HTPASSWD_FILE;

function passwordFile(file: string): string | undefined {
  // The config may be written for another machine: a file that is not here is nginx's to read there.
  if (!existsSync(file)) {
    console.error(`Note: ${file} is not on this machine, so it was not checked; nginx reads it where it runs.`);
    return path.resolve(file);
  }
  try {
    readHtpasswd(file);
    return path.resolve(file);
  } catch (error) {
    if (!(error instanceof HtpasswdError)) throw error;
    console.error(`The password file cannot be used:\n  ${error.message}`);
    return undefined;
  }
}

const userFile = htpasswd === undefined ? undefined : passwordFile(htpasswd);
if (Object.keys(manifest).length === 0) {
  console.error(`No ${values.out}/_atlas/csp.json: run \`npm run build\` first.`);
  process.exitCode = 1;
} else if (htpasswd !== undefined && !userFile) {
  process.exitCode = 1;
} else {
  const auth = userFile ? { userFile, realm: config.name } : undefined;
  process.stdout.write(nginxConfig({ manifest, basePath: config.basePath, root: values.root, serverName: values['server-name'] ?? new URL(config.url).hostname, auth }));
}
