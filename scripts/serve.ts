/** `npm run serve`: serve `out/` (or ATLAS_OUT_DIR, as the build names it) as it is, on PORT (3000) and HOST (127.0.0.1). */
import path from 'node:path';
import { getConfig } from '../lib/config';
import { createStaticServer } from '../lib/server/static-server';
import { isMain } from '../lib/build/is-main';

export function serve(): void {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const { basePath } = getConfig();
  const outDir = process.env.ATLAS_OUT_DIR ?? 'out';
  const server = createStaticServer({ root: path.join(process.cwd(), outDir), basePath });
  server.listen(port, host, () => console.log(`Serving ${outDir}/ at http://${host}:${port}${basePath}/`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (isMain(import.meta.url)) serve();
