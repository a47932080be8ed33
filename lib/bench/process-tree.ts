/** Runs a command and reports its wall time and the peak memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

function treeRssKb(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may itself contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * 4);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, kb] of rss) {
    for (let p: number | undefined = pid; p; p = parents.get(p)) {
      if (p === root) {
        total += kb;
        break;
      }
    }
  }
  return total;
}

export interface Measured {
  ok: boolean;
  seconds: number;
  peakMb: number;
}

export function measureCommand(
  command: string,
  args: string[],
  env: Record<string, string>,
  options: { cwd?: string } = {},
): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, 200);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ok: code === 0, seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 1024) });
    });
  });
}
