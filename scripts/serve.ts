/**
 * `npm run serve`: serve `out/` (or ATLAS_OUT_DIR, as the build names it) as it is, on PORT
 * (3000) and HOST (127.0.0.1); with HTPASSWD_FILE, only to the users it lists, an address being
 * refused for a while after AUTH_FAILURE_LIMIT wrong passwords in a minute (10; 0 for no limit).
 */
import path from 'node:path';
import { getConfig } from '../lib/config';
import { basicAuth, type BasicAuth } from '../lib/server/basic-auth';
import { failureLimiter } from '../lib/server/failure-limiter';
import { HtpasswdError, readHtpasswd } from '../lib/server/htpasswd';
import { createStaticServer } from '../lib/server/static-server';
import { isMain } from '../lib/build/is-main';

/**
 * The private wiki's sign-in, from HTPASSWD_FILE, read once. A file that cannot be used stops
 * the server before it listens (and `npm start` before it builds), with the file and line.
 */
export function authFromEnv(env: Record<string, string | undefined> = process.env): BasicAuth | undefined {
  if (env.HTPASSWD_FILE === undefined) return undefined;
  const limit = Number(env.AUTH_FAILURE_LIMIT ?? 10);
  if (!Number.isInteger(limit) || limit < 0) {
    console.error(`AUTH_FAILURE_LIMIT must be a whole number of wrong passwords (0 for no limit), not "${env.AUTH_FAILURE_LIMIT}"`);
    process.exit(1);
  }
  try {
    return basicAuth(readHtpasswd(env.HTPASSWD_FILE), getConfig().name, { limiter: failureLimiter({ limit }) });
  } catch (error) {
    if (!(error instanceof HtpasswdError)) throw error;
    console.error(`HTPASSWD_FILE cannot be used:\n  ${error.message}`);
    process.exit(1);
  }
}

export function serve(auth = authFromEnv()): void {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const { basePath } = getConfig();
  const outDir = process.env.ATLAS_OUT_DIR ?? 'out';
  const server = createStaticServer({ root: path.join(process.cwd(), outDir), basePath, auth });
  const access = auth ? ' to the users in HTPASSWD_FILE' : '';
  server.listen(port, host, () => console.log(`Serving ${outDir}/${access} at http://${host}:${port}${basePath}/`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (isMain(import.meta.url)) serve();
