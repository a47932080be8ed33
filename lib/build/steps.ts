/** A small piece of the build script (scripts/build.ts): a timed step. */

/** Runs one build step and logs its time, in the same layout as the content stages. */
export async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`  ${name.padEnd(10)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
  return result;
}
