import path from 'node:path';
import type { NextConfig } from 'next';
import rawConfig from './site.config';
import { resolveConfig } from './lib/config';

const site = resolveConfig(rawConfig, process.env);
const FLEXSEARCH_COMPACT = 'node_modules/flexsearch/dist/flexsearch.compact.module.min.js';

const nextConfig: NextConfig = {
  output: 'export',
  // `/notes/<slug>/` is written as `notes/<slug>/index.html`, which every static host serves.
  trailingSlash: true,
  basePath: site.basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // NEXT_DIST_DIR lets the build script export into a staging folder and swap it in whole.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Search in the browser uses flexsearch's compact build (Document and export/import, no
  // workers or databases): about 11 KB gzip instead of 18 for the full bundle.
  webpack(config: { resolve: { alias: Record<string, string> } }, { isServer }: { isServer: boolean }) {
    if (!isServer) config.resolve.alias['flexsearch$'] = path.join(process.cwd(), FLEXSEARCH_COMPACT);
    return config;
  },
  turbopack: { resolveAlias: { flexsearch: { browser: `./${FLEXSEARCH_COMPACT}` } } },
};

export default nextConfig;
