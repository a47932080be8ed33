/** Dates as readers see them: "25 November 2026", in UTC so a build reads the same everywhere. */
const formatter = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return formatter.format(date);
}
