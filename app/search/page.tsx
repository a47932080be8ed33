import type { Metadata } from 'next';
import { PageShell } from '@/components/page-shell';
import { SearchPage } from '@/components/search/search-page';
import { getSearchIndexUrl, getSite } from '@/lib/site/current';
import { searchExamples } from '@/lib/search/examples';

export const metadata: Metadata = { title: 'Search', description: 'Search every note, section and acronym in the wiki.' };

/** `/search/?q=…`: the query lives in the URL, so results can be shared and survive a reload. */
export default async function SearchRoute() {
  const [site, indexUrl] = await Promise.all([getSite(), getSearchIndexUrl()]);
  return (
    <PageShell areas={site.areas}>
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      {/* The query is only known in the browser; the static HTML holds the empty form. */}
      <SearchPage indexUrl={indexUrl} examples={searchExamples(site)} />
    </PageShell>
  );
}
