/** How many files an export holds, in all and per note page: what a host stores and uploads. */
import { globSync } from 'tinyglobby';

export function exportFiles(outDir: string): { total: number; perNote: number } {
  const total = globSync('**', { cwd: outDir, onlyFiles: true, dot: true }).length;
  const notes = globSync('notes/*/index.html', { cwd: outDir }).length;
  return { total, perNote: notes ? total / notes : 0 };
}
