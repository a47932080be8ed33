import Link from 'next/link';
import { getSite } from '@/lib/site/current';
import { hasTags, TAGS_HREF } from '@/lib/site/site-links';

export default async function NotFound() {
  // A wiki without tags has no tag pages to send the reader to.
  const tags = hasTags(await getSite());
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-20 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page does not exist</h1>
      <p className="mt-4 text-muted">The link may be old, or the note may have been renamed.</p>
      <p className="mt-8">
        <Link href="/" prefetch={false} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90">
          Go to the home page
        </Link>
        {tags ? (
          <Link href={TAGS_HREF} prefetch={false} className="ml-4 text-accent hover:underline">
            Browse tags
          </Link>
        ) : null}
      </p>
    </main>
  );
}
