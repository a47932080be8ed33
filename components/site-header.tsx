import Link from 'next/link';
import type { SiteLink } from '@/lib/site/site-links';
import { SearchButton } from './search/search-button';
import { ThemeToggle } from './theme-toggle';

const linkClass = 'rounded-md px-3 py-2 text-muted hover:bg-raised hover:text-ink';

/**
 * `searchIndexUrl` is the hashed index file's address: the page's only search "manifest".
 * `siteLinks` come from the site model, so a page this build does not write is never linked.
 */
export function SiteHeader({
  name,
  searchIndexUrl,
  searchExamples,
  siteLinks,
}: {
  name: string;
  searchIndexUrl: string;
  searchExamples: readonly string[];
  siteLinks: readonly SiteLink[];
}) {
  const links = (className: string) =>
    siteLinks.map((link) => (
      <Link key={link.href} href={link.href} prefetch={false} className={className}>
        {link.label}
      </Link>
    ));
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-4">
        {/* One line at any width: a long name is cut with an ellipsis and given whole in the title. */}
        <Link
          href="/"
          prefetch={false}
          title={name}
          className="mr-auto min-w-0 truncate font-semibold tracking-tight text-ink no-underline"
        >
          {name}
        </Link>
        <SearchButton indexUrl={searchIndexUrl} examples={searchExamples} />
        <nav aria-label="Site" className="flex items-center gap-1 text-sm">
          <div className="hidden items-center gap-1 lg:flex">{links(linkClass)}</div>
          {/* Small screens: the same links behind a native disclosure, usable without JavaScript. */}
          <details className="relative lg:hidden">
            <summary className="cursor-pointer list-none rounded-md px-3 py-2 text-muted hover:bg-raised hover:text-ink">Menu</summary>
            <div className="absolute right-0 mt-2 flex w-48 flex-col rounded-lg border border-line bg-surface p-2 shadow-lg">
              {links(`block ${linkClass}`)}
            </div>
          </details>
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
