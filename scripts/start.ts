/** `npm start`: build when `out/` is missing or older than its inputs, then serve it. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_STAMP, hashBuildInputs } from '../lib/build/inputs-hash';
import { build } from './build';
import { authFromEnv, serve } from './serve';

// Before the build, so a wrong HTPASSWD_FILE is reported in a second, not after minutes.
const auth = authFromEnv();

const stampFile = path.join(process.cwd(), 'out', BUILD_STAMP);
const built = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { inputs?: string }).inputs : undefined;
const current = await hashBuildInputs(process.cwd());

if (built !== current) {
  console.log(built ? 'out/ is stale: rebuilding…' : 'No build yet: building…');
  if (!(await build())) process.exit(1);
}
serve(auth);
