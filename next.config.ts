import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import rawConfig from './site.config';
import { resolveConfig } from './lib/config';

const site = resolveConfig(rawConfig, process.env);
const FLEXSEARCH_COMPACT = 'node_modules/flexsearch/dist/flexsearch.compact.module.min.js';
// A build whose diagrams were all drawn at build leaves Mermaid out (scripts/build.ts decides): about 5 s less to compile.
const MERMAID_ABSENT = 'lib/diagrams/mermaid-absent.ts';
const WITHOUT_MERMAID = process.env.ATLAS_BROWSER_MERMAID === '0';

// Server code runs only while the build generates the pages: unminified and without source maps
// it compiles with about a fifth less CPU, and the page workers load no maps (docs/performance.md).
// `next dev` keeps its source maps, for readable errors.
const lightServerBuild = (phase?: string) => phase === PHASE_PRODUCTION_BUILD;

const nextConfig = (phase?: string): NextConfig => ({
  output: 'export',
  // `/notes/<slug>/` is written as `notes/<slug>/index.html`, which every static host serves.
  trailingSlash: true,
  basePath: site.basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // NEXT_DIST_DIR lets the build script export into a staging folder and swap it in whole.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // `npm test` type-checks first (`tsc --noEmit`, also `npm run typecheck`); the build does not
  // do it again, which saves about 7 s of every build.
  typescript: { ignoreBuildErrors: true },
  ...(lightServerBuild(phase) ? { enablePrerenderSourceMaps: false } : {}),
  experimental: {
    // Next keeps one core for itself while it generates pages, but its own process sits idle
    // then: every core gets a worker.
    cpus: os.availableParallelism(),
    // An extra render pass per page that measures gzip sizes to inline small prefetch segments;
    // our links do not prefetch, so it only cost build time.
    prefetchInlining: false,
    ...(lightServerBuild(phase) ? { serverMinification: false, turbopackSourceMaps: false } : {}),
  },
  // Search in the browser uses flexsearch's compact build (Document and export/import, no
  // workers or databases): about 11 KB gzip instead of 18 for the full bundle.
  webpack(config: { resolve: { alias: Record<string, string> } }, { isServer }: { isServer: boolean }) {
    if (!isServer) config.resolve.alias['flexsearch$'] = path.join(process.cwd(), FLEXSEARCH_COMPACT);
    if (WITHOUT_MERMAID) config.resolve.alias['mermaid$'] = path.join(process.cwd(), MERMAID_ABSENT);
    return config;
  },
  turbopack: {
    resolveAlias: {
      flexsearch: { browser: `./${FLEXSEARCH_COMPACT}` },
      ...(WITHOUT_MERMAID ? { mermaid: `./${MERMAID_ABSENT}` } : {}),
    },
  },
});

export default nextConfig;
