/** `next dev` answers the site-data paths the build writes as files (see lib/build/site-data.ts). */
import { siteDataFile } from '../build/site-data';
import { getSite } from '../content';

export async function siteDataResponse(sitePath: string): Promise<Response> {
  const body = siteDataFile(await getSite(), sitePath);
  return body === undefined ? new Response('Not found', { status: 404 }) : new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** The note slugs, as `[slug]` params of a `<slug>.json` route. */
export async function jsonSlugParams(): Promise<{ slug: string }[]> {
  return (await getSite()).notes.map((note) => ({ slug: `${note.slug}.json` }));
}
