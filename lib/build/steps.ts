/** Small pieces of the build script (scripts/build.ts): a timed step, and moving one folder's files into another. */
import { existsSync } from 'node:fs';
import { readdir, rename } from 'node:fs/promises';
import path from 'node:path';

/** Runs one build step and logs its time, in the same layout as the content stages. */
export async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`  ${name.padEnd(10)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
  return result;
}

/** Moves every file of `from` into the same place under `to`: whole folders by rename where `to` has none yet. */
export async function moveInto(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory() && existsSync(target)) await moveInto(source, target);
    else await rename(source, target);
  }
}
