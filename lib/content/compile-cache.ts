/**
 * Compiled notes keyed by a hash of their body and of the compiler (our plugins' source and
 * the versions of the libraries that shape the output), so a rebuild recompiles only what changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { installedVersion } from '../build/installed-version';
import type { CompileInput, CompiledNote } from './compile';

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

const SHAPING_PACKAGES = [
  'mdx-bundler',
  '@mdx-js/mdx',
  'remark-gfm',
  'rehype-slug',
  'rehype-highlight',
  'rehype-autolink-headings',
  'rehype-raw',
  'remark-math',
  'rehype-katex',
  'katex',
  'micromark-extension-directive',
  'mdast-util-directive',
  'esbuild',
];

/**
 * Our code that shapes compiled output: the whole content pipeline (compile, its plugins and
 * every module they import, such as paths.ts and note-place.ts) and the diagram-source module
 * the Mermaid plugin uses. Hashing folders, not a list, keeps a new import from being missed.
 */
const COMPILER_SOURCES = ['lib/content/**/*.ts', 'lib/diagrams/diagram-source.ts'];

/** Changes whenever our compile code or a library that shapes its output changes. */
export function compilerFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const file of globSync(COMPILER_SOURCES, { cwd: projectRoot, onlyFiles: true }).sort())
    hash.update(file).update(readFileSync(path.join(projectRoot, file)));
  for (const name of SHAPING_PACKAGES) hash.update(`${name}@${installedVersion(projectRoot, name, '?')}`);
  return hash.digest('hex').slice(0, 16);
}

/** The note's text, format and place: everything of the note that compiling reads. */
export function cacheKey(note: Pick<CompileInput, 'body' | 'format' | 'relativePath'>, fingerprint: string): string {
  return createHash('sha256')
    .update(fingerprint)
    .update('\0')
    .update(note.format)
    .update('\0')
    .update(note.relativePath)
    .update('\0')
    .update(note.body)
    .digest('hex')
    .slice(0, 32);
}
