/**
 * Per-page metadata: absolute canonical URL (origin + base path), OpenGraph and Twitter
 * cards from the page's title and summary. Absolute URLs are built here rather than left
 * to `metadataBase`, so the base path is applied by the one helper in lib/content/paths.ts.
 */
import type { Metadata } from 'next';
import { getConfig } from '../config';
import { absoluteUrl } from './absolute-url';

export interface PageMetadataInput {
  title: string;
  description: string;
  /** Site path, e.g. `/notes/cqrs/`. */
  path: string;
  type?: 'website' | 'article';
}

export function pageMetadata({ title, description, path, type = 'website' }: PageMetadataInput): Metadata {
  const config = getConfig();
  const url = absoluteUrl(path, config);
  return {
    title,
    description,
    alternates: { canonical: url, types: { 'application/atom+xml': absoluteUrl('/feed.xml', config) } },
    openGraph: { type, url, title, description, siteName: config.name, locale: 'en' },
    twitter: { card: 'summary', title, description },
  };
}
