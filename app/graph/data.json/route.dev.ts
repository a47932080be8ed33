/** `/graph/data.json`: the whole concept graph with build-time positions, fetched by the graph page. */
import { getSite } from '@/lib/content';
import { siteGraph } from '@/lib/graph/site-graph';

export const dynamic = 'force-static';

export async function GET() {
  return Response.json(siteGraph(await getSite()).graph);
}
