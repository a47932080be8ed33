import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startContentReload } from '@/lib/authoring/content-reload';
import { devServerArgs, devServerOrigins } from '@/lib/authoring/dev-origin';

/** The stream's text up to and including `marker`; fails when the stream ends or `ms` pass first. */
async function readUntil(reader: ReadableStreamDefaultReader<string>, marker: string, ms: number): Promise<string> {
  const deadline = AbortSignal.timeout(ms);
  const timedOut = new Promise<never>((_, reject) =>
    deadline.addEventListener('abort', () => reject(new Error(`no "${marker}" within ${ms} ms`))),
  );
  // Handled here too, so a deadline that passes after the marker arrived is no unhandled rejection.
  timedOut.catch(() => {});
  let received = '';
  while (!received.includes(marker)) {
    const { value, done } = await Promise.race([reader.read(), timedOut]);
    if (done) throw new Error(`the stream ended without "${marker}": ${received}`);
    received += value;
  }
  return received;
}

describe('npm run dev content reload', () => {
  it('serves the reload script and tells open pages when a note changes', async () => {
    const contentDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-dev-'));
    const reload = startContentReload(contentDir, { debounceMs: 20, pageOrigins: ['http://localhost:3000'] });
    await new Promise<void>((resolve) => reload.server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(reload.server.address() as AddressInfo).port}`;
    try {
      const script = await fetch(`${origin}/reload.js`);
      // A <script src> needs no CORS, so the script is sent without any.
      expect(script.headers.get('access-control-allow-origin')).toBeNull();
      expect(await script.text()).toMatch(/EventSource[\s\S]*location\.reload\(\)/);

      const events = await fetch(`${origin}/events`, { headers: { Origin: 'http://localhost:3000' } });
      expect(events.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
      const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
      await readUntil(reader, ': connected', 5_000);
      // An edit before chokidar has scanned the folder could go unnoticed.
      await reload.ready;
      await writeFile(path.join(contentDir, 'cqrs.mdx'), 'edited');
      expect(await readUntil(reader, 'event: change', 5_000)).toContain('cqrs.mdx');
      await reader.cancel();
    } finally {
      await reload.close();
    }
  });

  it('runs beforeReload (the re-emit of public/) before telling pages to reload', async () => {
    const contentDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-dev-'));
    const order: string[] = [];
    const beforeReload = async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push('emitted');
    };
    const reload = startContentReload(contentDir, { debounceMs: 20, pageOrigins: ['http://localhost:3000'], beforeReload });
    await new Promise<void>((resolve) => reload.server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(reload.server.address() as AddressInfo).port}`;
    try {
      const events = await fetch(`${origin}/events`, { headers: { Origin: 'http://localhost:3000' } });
      const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
      await readUntil(reader, ': connected', 5_000);
      await reload.ready;
      await writeFile(path.join(contentDir, 'cqrs.mdx'), 'edited');
      await readUntil(reader, 'event: change', 5_000);
      order.push('reload');
      expect(order).toEqual(['emitted', 'reload']);
      await reader.cancel();
    } finally {
      await reload.close();
    }
  });

  it("lets only the dev server's pages read the event stream, not any site the author visits", async () => {
    const reload = startContentReload(await mkdtemp(path.join(os.tmpdir(), 'atlas-dev-')), { pageOrigins: devServerOrigins(4000) });
    await new Promise<void>((resolve) => reload.server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(reload.server.address() as AddressInfo).port}`;
    try {
      const other = await fetch(`${origin}/events`, { headers: { Origin: 'https://evil.example' } });
      expect(other.status).toBe(403);
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const sameMachineOtherPort = await fetch(`${origin}/events`, { headers: { Origin: 'http://localhost:3000' } });
      expect(sameMachineOtherPort.status).toBe(403);
      const dev = await fetch(`${origin}/events`, { headers: { Origin: 'http://127.0.0.1:4000' } });
      expect(dev.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4000');
      await dev.body?.cancel();
    } finally {
      await reload.close();
    }
  });

  it("pins the dev server's port, so its origin is known: -p, --port, PORT, else 3000", () => {
    expect(devServerArgs(['--turbopack'], {})).toEqual({ port: 3000, args: ['--turbopack', '--port', '3000'] });
    expect(devServerArgs([], { PORT: '4100' })).toEqual({ port: 4100, args: ['--port', '4100'] });
    expect(devServerArgs(['-p', '4200'], { PORT: '4100' })).toEqual({ port: 4200, args: ['-p', '4200'] });
    expect(devServerArgs(['--port=4300'], {})).toEqual({ port: 4300, args: ['--port=4300'] });
  });
});
