import Link from 'next/link';
import { noteHref } from '@/lib/content/paths';

/** A note as lists show it: its title linking to it, and its summary beneath. */
export function NoteSummary({ note }: { note: { slug: string; title: string; summary: string } }) {
  return (
    <>
      <Link href={noteHref(note.slug)} prefetch={false} className="block font-medium text-accent underline-offset-2 hover:underline">
        {note.title}
      </Link>
      <p className="mt-1 text-sm text-muted">{note.summary}</p>
    </>
  );
}
