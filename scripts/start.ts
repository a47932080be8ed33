/** `npm start`: build when the export is missing or older than its inputs, then serve it. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_STAMP, hashBuildInputs } from '../lib/build/inputs-hash';
import { build } from './build';
import { authFromEnv, serve } from './serve';

// Before the build, so a wrong HTPASSWD_FILE is reported in a second, not after minutes.
const auth = authFromEnv();

// The same folder the build writes and the server serves (ATLAS_OUT_DIR, `out` by default).
const outDir = process.env.ATLAS_OUT_DIR ?? 'out';
const stampFile = path.join(process.cwd(), outDir, BUILD_STAMP);
const built = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { inputs?: string }).inputs : undefined;
const current = await hashBuildInputs(process.cwd());

if (built !== current) {
  console.log(built ? `${outDir}/ is stale: rebuilding…` : 'No build yet: building…');
  if (!(await build({ outDir }))) process.exit(1);
}
serve(auth);
