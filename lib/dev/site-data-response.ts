/** `next dev` answers the site-data paths the build writes as files (see lib/build/site-data.ts). */
import { siteDataFile, type SiteDataItem } from '../build/site-data';
import { getSite } from '../content';

export async function siteDataResponse(item: SiteDataItem): Promise<Response> {
  const body = siteDataFile(await getSite(), item);
  return body === undefined ? new Response('Not found', { status: 404 }) : new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** The note slugs, as `[slug]` params of a `<slug>.json` route. */
export async function jsonSlugParams(): Promise<{ slug: string }[]> {
  return (await getSite()).notes.map((note) => ({ slug: `${note.slug}.json` }));
}

/** The note slug in a `<slug>.json` route's params. */
export async function slugOfJson(params: Promise<{ slug: string }>): Promise<string> {
  return (await params).slug.replace(/\.json$/, '');
}
