import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startContentReload } from '@/lib/authoring/content-reload';
import { devServerArgs, devServerOrigins } from '@/lib/authoring/dev-origin';

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
      expect((await reader.read()).value).toContain(': connected');
      // chokidar needs a moment to start watching before the edit.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await writeFile(path.join(contentDir, 'cqrs.mdx'), 'edited');
      let received = '';
      while (!received.includes('event: change')) received += (await reader.read()).value ?? '';
      expect(received).toContain('cqrs.mdx');
      await reader.cancel();
    } finally {
      await reload.close();
    }
  });

  it('lets only the dev server\'s pages read the event stream, not any site the author visits', async () => {
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

  it('pins the dev server\'s port, so its origin is known: -p, --port, PORT, else 3000', () => {
    expect(devServerArgs(['--turbopack'], {})).toEqual({ port: 3000, args: ['--turbopack', '--port', '3000'] });
    expect(devServerArgs([], { PORT: '4100' })).toEqual({ port: 4100, args: ['--port', '4100'] });
    expect(devServerArgs(['-p', '4200'], { PORT: '4100' })).toEqual({ port: 4200, args: ['-p', '4200'] });
    expect(devServerArgs(['--port=4300'], {})).toEqual({ port: 4300, args: ['--port=4300'] });
  });
});
