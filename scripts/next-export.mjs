/**
 * Writes Next's static export from a build that `next build --experimental-build-mode generate`
 * has just finished: the export Next runs at the end of that mode reads the prerender manifest
 * the compile step left (it was loaded before the pages were generated), and so copies none of
 * the pages. Run in a process of its own, Next's exporter reads the manifest as generated.
 * Usage: node scripts/next-export.mjs <project folder> <export folder, inside it>
 */
import { createRequire } from 'node:module';
import process from 'node:process';
import os from 'node:os';
import path from 'node:path';

const [root = process.cwd(), outDir = 'out'] = process.argv.slice(2);
const require = createRequire(path.join(root, 'package.json'));
const { default: loadConfig } = require('next/dist/server/config');
const { PHASE_PRODUCTION_BUILD } = require('next/constants');
const { default: exportApp } = require('next/dist/export');
const { trace } = require('next/dist/trace');

const nextConfig = await loadConfig(PHASE_PRODUCTION_BUILD, root);
await exportApp(
  root,
  {
    buildExport: false,
    nextConfig,
    enabledDirectories: { app: true, pages: false },
    silent: true,
    outdir: path.join(root, outDir),
    numWorkers: os.availableParallelism(),
    appDirOnly: true,
    bundler: process.env.ATLAS_BUNDLER === 'webpack' ? 'webpack' : 'turbopack',
  },
  trace('atlas-export'),
);
