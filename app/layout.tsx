import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { RELOAD_ENV } from '@/lib/authoring/reload-env';
import { getConfig } from '@/lib/config';
import { getSearchIndexUrl, getSite } from '@/lib/site/current';
import { searchExamples } from '@/lib/search/examples';
import { siteLinks } from '@/lib/site/site-links';
import { themeScript } from '@/lib/theme-script';
import './globals.css';

const config = getConfig();
const devReloadUrl = process.env.NODE_ENV === 'development' ? process.env[RELOAD_ENV] : undefined;

export const metadata: Metadata = {
  metadataBase: new URL(`${config.url}${config.basePath}/`),
  title: { default: config.name, template: `%s · ${config.name}` },
  description: config.description,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1115' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The header's search button learns the hashed index name from the HTML, never by fetching.
  const [searchIndexUrl, site] = await Promise.all([getSearchIndexUrl(), getSite()]);
  return (
    // The theme script sets data-theme before hydration, so React must not warn about it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
        {/* Only under `npm run dev`: reloads the page when a note changes (lib/authoring/content-reload.ts). */}
        {devReloadUrl ? <script src={`${devReloadUrl}reload.js`} async /> : null}
      </head>
      <body className="min-h-screen bg-surface text-ink antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent px-4 py-2 text-accent-ink focus:not-sr-only focus:fixed focus:left-4 focus:top-3"
        >
          Skip to content
        </a>
        <SiteHeader name={config.name} searchIndexUrl={searchIndexUrl} searchExamples={searchExamples(site)} siteLinks={siteLinks(site)} />
        {children}
        <footer className="mt-16 border-t border-line">
          <div className="mx-auto max-w-7xl px-4 py-8 text-sm text-muted">
            {config.name}: notes written in Markdown, compiled to a static site. Every link is checked at build.
          </div>
        </footer>
      </body>
    </html>
  );
}
