import Link from 'next/link';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ name }: { name: string }) {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4">
        <Link href="/" prefetch={false} className="font-semibold tracking-tight text-ink no-underline">
          {name}
        </Link>
        <nav aria-label="Site" className="ml-auto flex items-center gap-1 text-sm">
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
