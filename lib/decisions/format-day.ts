import { formatDate } from '../history/format-date';

/** `2026-03-01` → "1 March 2026", read as a UTC day like every other date on the site. */
export function formatDay(day: string): string {
  return formatDate(new Date(`${day}T00:00:00Z`));
}
