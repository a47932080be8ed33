/** `npm start`: build when the export is missing or older than its inputs, then serve it. */
import { staleReason } from '../lib/build/inputs-hash';
import { build } from './build';
import { authFromEnv, serve } from './serve';

// Before the build, so a wrong HTPASSWD_FILE is reported in a second, not after minutes.
const auth = authFromEnv();

// The same folder the build writes and the server serves (ATLAS_OUT_DIR, `out` by default).
const outDir = process.env.ATLAS_OUT_DIR ?? 'out';
const reason = await staleReason(process.cwd(), outDir);
if (reason) {
  console.log(`${reason}: building…`);
  if (!(await build({ outDir }))) process.exit(1);
}
serve(auth);
