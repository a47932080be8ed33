import type { MetadataRoute } from 'next';
import { getConfig } from '@/lib/config';
import { withBasePath } from '@/lib/content/paths';
import { absoluteUrl } from '@/lib/site/absolute-url';

// Written to `robots.txt` at build; a static export needs metadata routes to be static.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  const config = getConfig();
  return { rules: { userAgent: '*', allow: withBasePath('/', config.basePath) }, sitemap: absoluteUrl('/sitemap.xml', config) };
}
