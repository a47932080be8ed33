import { formatDate } from '@/lib/history/format-date';

/** "Last updated" from git history, and an edit link when the site config has an edit URL. */
export function PageHistory({ updated, editUrl }: { updated: Date; editUrl?: string }) {
  return (
    <p className="mt-10 flex flex-wrap gap-x-6 gap-y-2 text-sm text-muted">
      <span>
        Last updated <time dateTime={updated.toISOString()}>{formatDate(updated)}</time>
      </span>
      {editUrl ? (
        <a href={editUrl} className="text-accent underline underline-offset-2" rel="noopener noreferrer" target="_blank">
          Edit this page<span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : null}
    </p>
  );
}
