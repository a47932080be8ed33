/**
 * Removes from an export the pages this site does not have (the saga explorer without variant
 * notes, the reading list without curated links, the tag pages without tags).
 *
 * Why after the export: the App Router cannot leave a static route out of `output: 'export'`.
 * A page calling `notFound()` is still written, as a copy of the 404 page that static hosts
 * serve with status 200; and a dynamic segment whose `generateStaticParams` returns nothing
 * stops the build ("returned an empty array from generateStaticParams()"; the tag pages then
 * generate one placeholder). So the page calls `notFound()`, which is
 * right in `next dev`, and this step deletes what the export wrote for it. Nothing links there:
 * the header and the sitemap come from the same `optionalPages`.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Site } from '../content/site-model';
import { optionalPages } from '../site/site-links';

/** Deletes each disabled page's folder (its HTML and RSC payloads); returns the site paths removed. */
export async function removeDisabledPages(outDir: string, site: Pick<Site, 'notes' | 'sagas' | 'tags' | 'decisions'>): Promise<string[]> {
  const disabled = optionalPages(site).filter((page) => !page.enabled);
  await Promise.all(disabled.map((page) => rm(path.join(outDir, page.href), { recursive: true, force: true })));
  return disabled.map((page) => page.href);
}
