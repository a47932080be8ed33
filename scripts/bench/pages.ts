/** Bytes each page type loads on first visit (gzip), and Lighthouse scores, from the served export. */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median, table } from '../../lib/bench/markdown-section';
import { measurePage } from '../../lib/build/page-weight';
import { createStaticServer } from '../../lib/server/static-server';
import { findBrowser, SYSTEM_CHROMIUM_FLAGS } from '../../lib/browser/find-browser';
import { sandboxFlags } from '../../lib/browser/sandbox';
import { PAGE_TYPES } from '../../lib/testing/page-types';

const OUT = path.join(process.cwd(), 'out');
const KB = (bytes: number) => (bytes / 1024).toFixed(1);
const benchPages = () => PAGE_TYPES.filter((p) => p.bench && existsSync(path.join(OUT, p.path, 'index.html')));

export function weightSection(): string {
  const rows = benchPages().map((p) => {
    const w = measurePage(OUT, path.join(OUT, p.path, 'index.html'));
    return [p.name, `/${p.path}`, KB(w.js), KB(w.css), KB(w.html)];
  });
  return ['### Bytes on first load, per page type (gzip, KB)', '', table(['page', 'path', 'JavaScript', 'CSS', 'HTML'], rows)].join('\n');
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function lighthouseSection(runs: number): Promise<string> {
  const server = createStaticServer({ root: OUT });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = findBrowser();
  const chrome = await chromeLauncher.launch({
    chromePath: browser?.executablePath,
    chromeFlags: [...SYSTEM_CHROMIUM_FLAGS, ...sandboxFlags(), '--headless=new'],
  });
  const rows: (string | number)[][] = [];
  try {
    for (const preset of ['mobile', 'desktop'] as const) {
      for (const page of benchPages()) {
        const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
        for (let i = 0; i < runs; i += 1) {
          const result = await lighthouse(
            `${origin}/${page.path}`,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          for (const c of CATEGORIES) scores[c]?.push(Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
        }
        rows.push([preset, page.name, ...CATEGORIES.map((c) => median(scores[c] ?? []))]);
        console.log(`  lighthouse ${preset} ${page.name}: ${rows.at(-1)?.slice(2).join(' / ')}`);
      }
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  return [
    `### Lighthouse (median of ${runs} runs, system Chromium, served by the \`npm start\` server)`,
    '',
    table(['preset', 'page', 'performance', 'accessibility', 'best practices', 'SEO'], rows),
    '',
    'Goals: performance at least 95 on mobile and 100 on desktop; 100 for accessibility, best practices and SEO on every page type.',
  ].join('\n');
}
