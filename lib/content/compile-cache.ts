/**
 * Compiled notes keyed by a hash of their body and of the compiler (our plugins' source and
 * the versions of the libraries that shape the output), so a rebuild recompiles only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { installedVersion } from '../build/installed-version';
import type { CompiledNote } from './compile';

export interface CompileCache {
  get(key: string): Promise<CompiledNote | undefined>;
  set(key: string, value: CompiledNote): Promise<void>;
}

export function memoryCache(): CompileCache {
  const entries = new Map<string, CompiledNote>();
  return { get: async (key) => entries.get(key), set: async (key, value) => void entries.set(key, value) };
}

export function diskCache(dir: string): CompileCache {
  const fileOf = (key: string) => path.join(dir, `${key}.json`);
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(fileOf(key), 'utf8')) as CompiledNote;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      await mkdir(dir, { recursive: true });
      // Write then rename, so parallel build workers never read a half-written entry.
      const temp = `${fileOf(key)}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(value));
      await rename(temp, fileOf(key));
    },
  };
}

const SHAPING_PACKAGES = ['mdx-bundler', 'remark-gfm', 'rehype-slug', 'rehype-highlight', 'rehype-autolink-headings', 'esbuild'];

/** Changes whenever our compile code or a library that shapes its output changes. */
export function compilerFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  const contentDir = path.join(projectRoot, 'lib/content');
  const pluginDir = path.join(contentDir, 'plugins');
  const files = [path.join(contentDir, 'compile.ts'), ...(existsSync(pluginDir) ? readdirSync(pluginDir).sort().map((f) => path.join(pluginDir, f)) : [])];
  for (const file of files) if (existsSync(file)) hash.update(readFileSync(file));
  for (const name of SHAPING_PACKAGES) hash.update(`${name}@${installedVersion(projectRoot, name, '?')}`);
  return hash.digest('hex').slice(0, 16);
}

export function cacheKey(body: string, fingerprint: string): string {
  return createHash('sha256').update(fingerprint).update('\0').update(body).digest('hex').slice(0, 32);
}
