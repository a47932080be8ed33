import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startContentReload } from '@/lib/authoring/content-reload';

describe('npm run dev content reload', () => {
  it('serves the reload script and tells open pages when a note changes', async () => {
    const contentDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-dev-'));
    const reload = startContentReload(contentDir, { debounceMs: 20 });
    await new Promise<void>((resolve) => reload.server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(reload.server.address() as AddressInfo).port}`;
    try {
      const script = await fetch(`${origin}/reload.js`);
      expect(script.headers.get('access-control-allow-origin')).toBe('*');
      expect(await script.text()).toMatch(/EventSource[\s\S]*location\.reload\(\)/);

      const events = await fetch(`${origin}/events`);
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
});
