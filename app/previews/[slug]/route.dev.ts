/** Dev only: `/previews/<slug>.json`, a note's link preview. The build writes these as files (lib/build/site-data.ts). */
import { jsonSlugParams, siteDataResponse, slugOfJson } from '@/lib/dev/site-data-response';

export const dynamic = 'force-static';
export const dynamicParams = false;
export function generateStaticParams() {
  return jsonSlugParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return siteDataResponse({ kind: 'preview', slug: await slugOfJson(params) });
}
