/**
 * `npm run bench:graph`: the concept graph at 1,000 notes. Builds a synthetic corpus's graph
 * with the real modules and times the build-time layout; then serves out/, hands the graph
 * page that corpus instead of the site's, and times in Chromium how long the first drawing
 * takes and how long panning frames take, recording long tasks (over 50 ms) while panning.
 * Writes the figures into docs/performance.md, replacing its own section.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { longTasksSince, recordLongTasks } from '../lib/bench/long-tasks';
import { replaceSection } from '../lib/bench/markdown-section';
import { getConfig } from '../lib/config';
import { createStaticServer } from '../lib/server/static-server';
import { findBrowser } from '../lib/browser/find-browser';
import { adjacency, graphOf } from '../lib/graph/graph-data';
import { layoutGraph } from '../lib/graph/layout';
import { placeNeighbourhood } from '../lib/graph/local-graph';
import { neighbourhood } from '../lib/graph/neighbourhood';
import { syntheticNotes } from '../lib/graph/synthetic-notes';

const NOTES = 1000;
const RUNS = 3;
const DOC = path.join(process.cwd(), 'docs/performance.md');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => `${value.toFixed(0)} ms`;

function buildFigures() {
  const { areas } = getConfig();
  const notes = syntheticNotes(
    NOTES,
    areas.map((a) => a.id),
  );
  const laidOut = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    return { graph: layoutGraph(graphOf(notes, areas)), ms: performance.now() - started };
  });
  const graph = laidOut[0]!.graph;
  const layoutTimes = laidOut.map((run) => run.ms);
  // What the build spends on every note's neighbourhood, and what the browser spends placing one.
  const started = performance.now();
  const neighbours = adjacency(graph);
  const picked = notes.map((note) => neighbourhood(graph, note.slug, neighbours)!);
  const locals = performance.now() - started;
  const placeTimes = picked.map((local) => {
    const placing = performance.now();
    placeNeighbourhood(local);
    return performance.now() - placing;
  });
  return { graph, layout: median(layoutTimes), locals, place: median(placeTimes), placeMax: Math.max(...placeTimes) };
}

async function browserFigures(graphJson: string) {
  const browser = findBrowser();
  if (!browser) throw new Error('No Chromium found (see lib/browser/find-browser.ts).');
  const { basePath } = getConfig();
  const server = createStaticServer({ root: path.join(process.cwd(), 'out'), basePath });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const chrome = await chromium.launch(browser);
  try {
    const runs: { firstDraw: number; render: number; panFrames: number[]; longTasks: number[]; zoomTasks: number[] }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await chrome.newPage({ viewport: { width: 1280, height: 800 } });
      await recordLongTasks(page);
      await page.addInitScript(() => {
        // Frame costs are collected in the page, so the harness does not poke the page while it pans.
        const f = window as unknown as { frameMs: number[] };
        f.frameMs = [];
        new MutationObserver((records) => records.forEach((r) => f.frameMs.push(Number((r.target as HTMLElement).dataset.drawMs)))).observe(
          document,
          { subtree: true, attributeFilter: ['data-draw-ms'] },
        );
      });
      const now = () => page.evaluate(() => performance.now());
      await page.route('**/graph/data.json', (route) => route.fulfill({ contentType: 'application/json', body: graphJson }));
      await page.goto(`http://127.0.0.1:${port}${basePath}/graph/`);
      const canvas = page.locator('canvas');
      await canvas.and(page.locator('[data-drawn]')).waitFor();
      const firstDraw = await page.evaluate(() => performance.getEntriesByName('graph:first-draw')[0]?.startTime ?? NaN);
      const render = Number(await canvas.getAttribute('data-draw-ms'));
      // Pan for about two seconds in small steps at the fitted view, then zoom in (labels appear) and pan again.
      const box = (await canvas.boundingBox())!;
      const panFrames: number[] = [];
      const longTasks: number[] = [];
      const zoomTasks: number[] = [];
      for (const zoom of [false, true]) {
        if (zoom) {
          const zoomStart = await now();
          for (let i = 0; i < 5; i += 1) await page.mouse.wheel(0, -200);
          await page.waitForTimeout(200);
          zoomTasks.push(...(await longTasksSince(page, zoomStart)));
        }
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForTimeout(200);
        const panStart = await now();
        await page.mouse.down();
        for (let step = 0; step < 60; step += 1) {
          await page.mouse.move(box.x + box.width / 2 + Math.sin(step / 6) * 300, box.y + box.height / 2 + Math.cos(step / 6) * 200);
        }
        await page.mouse.up();
        await page.waitForTimeout(200);
        longTasks.push(...(await longTasksSince(page, panStart)));
        panFrames.push(...(await page.evaluate(() => (window as unknown as { frameMs: number[] }).frameMs.splice(0))));
      }
      runs.push({ firstDraw, render, panFrames, longTasks, zoomTasks });
      await page.close();
    }
    const frames = runs.flatMap((r) => r.panFrames).filter(Number.isFinite);
    return {
      firstDraw: median(runs.map((r) => r.firstDraw)),
      render: median(runs.map((r) => r.render)),
      panMedian: median(frames),
      panMax: Math.max(...frames),
      longTasks: runs.flatMap((r) => r.longTasks),
      zoomTasks: runs.flatMap((r) => r.zoomTasks),
    };
  } finally {
    await chrome.close();
    server.close();
  }
}

const built = buildFigures();
const json = JSON.stringify(built.graph);
console.log(
  `layout of ${NOTES} notes: ${ms(built.layout)} (median of ${RUNS}); neighbourhoods: ${ms(built.locals)}; placing one: ${built.place.toFixed(1)} ms`,
);
const inBrowser = await browserFigures(json);
console.log(inBrowser);

const { gzipSync } = await import('node:zlib');
const section = `## Concept graph at 1,000 notes (\`npm run bench:graph\`)

A synthetic corpus (\`lib/graph/synthetic-notes.ts\`: ${NOTES} notes, ${built.graph.edges.length} links,
five areas, hubs) run through the real graph modules, and drawn by the real graph page in
system Chromium (headless, 1280×800), medians of ${RUNS} runs. Machine: ${os.cpus().length} cores, Node ${process.versions.node},
load average ${os.loadavg()[0]?.toFixed(1)} when the run ended (other work on a shared machine inflates every figure).

| figure | value |
| --- | --- |
| build-time layout (d3-force, 300 ticks) | ${ms(built.layout)} |
| all ${NOTES} neighbourhoods (two hops, written at build, not laid out) | ${ms(built.locals)} |
| placing one neighbourhood (in the browser, 40 ticks; median / worst, in Node) | ${built.place.toFixed(1)} ms / ${built.placeMax.toFixed(1)} ms |
| graph JSON | ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzip |
| navigation start → first frame of the graph drawn | ${ms(inBrowser.firstDraw)} |
| drawing all ${NOTES} nodes (one frame, fitted view) | ${inBrowser.render.toFixed(1)} ms |
| one frame while panning (median / worst) | ${inBrowser.panMedian.toFixed(1)} ms / ${inBrowser.panMax.toFixed(1)} ms |
| long tasks (> 50 ms) while panning, all runs | ${inBrowser.longTasks.length}${inBrowser.longTasks.length ? ` (longest ${ms(Math.max(...inBrowser.longTasks))})` : ''} |
| long tasks while zooming in with the wheel (labels first drawn), all runs | ${inBrowser.zoomTasks.length}${inBrowser.zoomTasks.length ? ` (longest ${ms(Math.max(...inBrowser.zoomTasks))})` : ''} |`;

const doc = await readFile(DOC, 'utf8');
await writeFile(DOC, replaceSection(doc, 'graph', section));
console.log('✓ docs/performance.md updated');
