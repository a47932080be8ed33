/** `/graph/local/<slug>.json`: a note's two-hop neighbourhood, laid out at build, for its local graph. */
import { getSite } from '@/lib/content';
import { localGraph } from '@/lib/graph/local-graph';
import { siteGraph } from '@/lib/graph/site-graph';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getSite()).notes.map((note) => ({ slug: `${note.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { graph, neighbours } = siteGraph(await getSite());
  const local = localGraph(graph, slug.replace(/\.json$/, ''), neighbours);
  return local ? Response.json(local) : new Response('Not found', { status: 404 });
}
