/**
 * Writes the search index as a static file with a content-hashed name. A route handler
 * (rather than a step in scripts/build.ts) serves it the same way in `next dev` and in the
 * export, and the name is computed by the same code the pages use to point at it.
 */
import { getSearchIndexFile } from '@/lib/search/site-index';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return [{ file: (await getSearchIndexFile()).fileName }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const [{ file }, index] = await Promise.all([params, getSearchIndexFile()]);
  if (file !== index.fileName) return new Response('Not found', { status: 404 });
  return new Response(index.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
