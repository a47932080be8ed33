/** Dev only: `/search-index/<file>`, the search index's parts. The build writes them as files (lib/build/search-files.ts). */
import { getSite } from '@/lib/content';
import { searchIndexHref } from '@/lib/content/paths';
import { searchFiles } from '@/lib/search/site-index';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const wanted = searchIndexHref((await params).file);
  const file = searchFiles(await getSite()).find((f) => f.path === wanted);
  return file ? new Response(file.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } }) : new Response('Not found', { status: 404 });
}
