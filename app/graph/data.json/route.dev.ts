/** Dev only: `/graph/data.json`, the whole concept graph. The build writes it as a file (lib/build/site-data.ts). */
import { siteDataResponse } from '@/lib/dev/site-data-response';

export const dynamic = 'force-static';

export function GET() {
  return siteDataResponse({ kind: 'graph' });
}
