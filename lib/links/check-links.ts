/** Checks many links with bounded concurrency and sums the results up for the report. */
import pLimit from 'p-limit';
import { checkLink, type CheckOptions, type LinkResult } from './check-link';

export interface LinkReport {
  checkedAt: string;
  counts: Record<LinkResult['status'], number>;
  /** Each link with the notes that cite it. */
  results: (LinkResult & { notes: string[] })[];
}

export async function checkLinks(
  citations: ReadonlyMap<string, string[]>,
  options: CheckOptions & { concurrency?: number },
): Promise<LinkReport> {
  const limit = pLimit(options.concurrency ?? 6);
  const results = await Promise.all(
    [...citations].map(([url, notes]) => limit(async () => ({ ...(await checkLink(url, options)), notes }))),
  );
  const counts = { ok: 0, redirected: 0, broken: 0 };
  for (const r of results) counts[r.status] += 1;
  return { checkedAt: new Date().toISOString(), counts, results };
}

export function formatReport(report: LinkReport): string {
  const lines = [`Links: ${report.counts.ok} fine, ${report.counts.redirected} redirected, ${report.counts.broken} broken`];
  for (const r of report.results.filter((x) => x.status !== 'ok')) {
    const detail = r.status === 'redirected' ? `→ ${r.finalUrl}` : (r.error ?? `HTTP ${r.httpStatus}`);
    lines.push(`  ${r.status.padEnd(10)} ${r.url} ${detail}\n             cited in ${r.notes.join(', ')}`);
  }
  return lines.join('\n');
}
