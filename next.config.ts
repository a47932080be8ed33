import type { NextConfig } from 'next';
import rawConfig from './site.config';
import { resolveConfig } from './lib/config';

const site = resolveConfig(rawConfig, process.env);

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
};

export default nextConfig;
