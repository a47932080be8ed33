/** `/previews/<slug>.json`: what a link preview shows for a note, fetched when a reader hovers or focuses a link to it. */
import { getSite } from '@/lib/content';
import { asSlug } from '@/lib/content/paths';
import { previewOf } from '@/lib/crosslinks/preview-data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getSite()).notes.map((note) => ({ slug: `${note.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const note = (await getSite()).bySlug.get(asSlug(slug.replace(/\.json$/, '')));
  return note ? Response.json(previewOf(note)) : new Response('Not found', { status: 404 });
}
