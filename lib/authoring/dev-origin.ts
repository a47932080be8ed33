/**
 * Where `npm run dev`'s pages come from, so the reload server lets only them read its event
 * stream (an EventSource to another port is a cross-origin request and needs CORS).
 */

const PORT_FLAG = /^(?:-p|--port)(?:=(\d+))?$/;

/**
 * Next's arguments with the port made explicit. Left to itself, Next moves to the next free
 * port when 3000 is taken, and the reload server could no longer name the pages' origin; with
 * an explicit port Next stops instead, saying the port is in use.
 */
export function devServerArgs(args: readonly string[], env: Record<string, string | undefined>): { port: number; args: string[] } {
  for (const [index, arg] of args.entries()) {
    const match = PORT_FLAG.exec(arg);
    if (match) return { port: Number(match[1] ?? args[index + 1]), args: [...args] };
  }
  const port = Number(env.PORT ?? 3000);
  return { port, args: [...args, '--port', String(port)] };
}

/** The names a browser on this machine may use for the dev server. */
export function devServerOrigins(port: number): string[] {
  return ['localhost', '127.0.0.1', '[::1]'].flatMap((host) => [`http://${host}:${port}`, `https://${host}:${port}`]);
}
