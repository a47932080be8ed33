/** Dev only: `/search-index/<file>`, the search index's parts. The build writes them as files (lib/build/search-files.ts). */
import path from 'node:path';
import { getSite } from '@/lib/content';
import { searchIndexHref } from '@/lib/content/paths';
import { searchFiles } from '@/lib/search/site-index';

export const dynamic = 'force-static';

// `output: 'export'` wants every path listed, in dev too; a file from an older site model is a 404.
export async function generateStaticParams() {
  return searchFiles(await getSite()).map((file) => ({ file: path.posix.basename(file.path) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const wanted = searchIndexHref((await params).file);
  const file = searchFiles(await getSite()).find((f) => f.path === wanted);
  return file ? new Response(file.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } }) : new Response('Not found', { status: 404 });
}
