/**
 * Live reload for `npm run dev`. Next's dev server watches the module graph, but notes are
 * read from disk at request time, so an edit under `content/` would not show until a manual
 * reload. This server watches `content/` and pushes a `change` event (Server-Sent Events) to
 * a tiny script that the layout includes only in development; the script reloads the page.
 */
import { watch } from 'chokidar';
import { createServer, type Server, type ServerResponse } from 'node:http';

const CLIENT = `new EventSource(new URL('events', document.currentScript.src)).addEventListener('change', () => location.reload());`;

export interface ContentReload {
  server: Server;
  /** Settles once the watcher has scanned the folder: edits before then may go unnoticed. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface ContentReloadOptions {
  debounceMs?: number;
  /** Origins of the pages that may read the events (the dev server's, see dev-origin.ts). */
  pageOrigins: readonly string[];
  /** Runs after the edits settle and before pages reload, so they fetch what it writes (scripts/dev.ts re-emits public/). */
  beforeReload?: () => Promise<void>;
}

export function startContentReload(
  contentDir: string,
  { debounceMs = 150, pageOrigins, beforeReload }: ContentReloadOptions,
): ContentReload {
  const clients = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    // A <script src> needs no CORS. The EventSource does, and is allowed to the dev server's
    // pages only: with `*`, any site the author visits could follow their edits to content/.
    if (req.url === '/reload.js') return res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' }).end(CLIENT);
    if (req.url !== '/events') return res.writeHead(404).end();
    const origin = req.headers.origin;
    if (origin !== undefined && !pageOrigins.includes(origin)) return res.writeHead(403).end();
    const cors = origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};
    res.writeHead(200, { ...cors, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
  });
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(contentDir, { ignoreInitial: true }).on('all', (_event, file) => {
    clearTimeout(timer);
    // Editors write a file in several steps; one reload after they settle is enough.
    timer = setTimeout(async () => {
      // A failed re-emit (a broken note, say) still reloads: the page shows the problem.
      await beforeReload?.().catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
      for (const client of clients) client.write(`event: change\ndata: ${JSON.stringify(file)}\n\n`);
    }, debounceMs);
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    server,
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
      for (const client of clients) client.end();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
