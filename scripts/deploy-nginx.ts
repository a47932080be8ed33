/**
 * `npm run deploy:nginx [-- --root /srv/atlas] [--server-name wiki.example.com]`: prints an
 * nginx config for the current export in out/ with the same headers as `npm start`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getConfig } from '../lib/config';
import { readRedirectManifest } from '../lib/build/redirect-pages';
import { readCspManifest } from '../lib/csp/manifest';
import { nginxConfig } from '../lib/server/nginx-config';

const { values } = parseArgs({ options: { root: { type: 'string', default: '/srv/atlas' }, 'server-name': { type: 'string' }, out: { type: 'string', default: 'out' } } });
const config = getConfig();
const manifest = readCspManifest(path.join(process.cwd(), values.out));
if (Object.keys(manifest).length === 0) {
  console.error(`No ${values.out}/_atlas/csp.json: run \`npm run build\` first.`);
  process.exitCode = 1;
} else {
  const redirects = readRedirectManifest(path.join(process.cwd(), values.out));
  process.stdout.write(nginxConfig({ manifest, redirects, basePath: config.basePath, root: values.root, serverName: values['server-name'] ?? new URL(config.url).hostname }));
}
