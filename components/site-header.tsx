import Link from 'next/link';
import { SearchButton } from './search/search-button';
import { ThemeToggle } from './theme-toggle';

/** `searchIndexUrl` is the hashed index file's address: the page's only search "manifest". */
export function SiteHeader({ name, searchIndexUrl }: { name: string; searchIndexUrl: string }) {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4">
        <Link href="/" prefetch={false} className="font-semibold tracking-tight text-ink no-underline">
          {name}
        </Link>
        <nav aria-label="Site" className="ml-auto flex items-center gap-1 text-sm">
          <SearchButton indexUrl={searchIndexUrl} />
          <Link href="/sagas/" prefetch={false} className="rounded-md px-3 py-2 text-muted hover:bg-raised hover:text-ink">
            Saga explorer
          </Link>
          <Link href="/links/" prefetch={false} className="rounded-md px-3 py-2 text-muted hover:bg-raised hover:text-ink">
            Reading list
          </Link>
          <Link href="/graph/" prefetch={false} className="rounded-md px-3 py-2 text-muted hover:bg-raised hover:text-ink">
            Graph
          </Link>
          <Link href="/tags/" prefetch={false} className="rounded-md px-3 py-2 text-muted hover:bg-raised hover:text-ink">
            Tags
          </Link>
          <Link href="/updates/" prefetch={false} className="rounded-md px-3 py-2 text-muted hover:bg-raised hover:text-ink">
            Updates
          </Link>
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
