/**
 * `npm run links:check`: visits every curated link in the notes' frontmatter and reports what
 * is fine, redirected or broken, also as `reports/links.json`. It always exits 0 when the
 * check ran: a dead site out on the network is news for the writers, not a broken build.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getConfig } from '../lib/config';
import { contentLocations } from '../lib/content';
import { loadSources } from '../lib/content/load';
import { parseSource } from '../lib/content/parse';
import { checkLinks, formatReport } from '../lib/links/check-links';

const root = process.cwd();
const config = getConfig();
const citations = new Map<string, string[]>();
for (const source of (await loadSources(contentLocations(root).contentDir, root)).sources) {
  const { note } = parseSource(source, config);
  for (const link of note?.frontmatter.links ?? []) citations.set(link.url, [...(citations.get(link.url) ?? []), source.file]);
}

console.log(`Checking ${citations.size} links…`);
const report = await checkLinks(citations, {
  userAgent: `${config.name} link checker (${config.url}; checks each curated link about once a run)`,
  timeoutMs: 15_000,
  retries: 1,
  backoffMs: 2_000,
  concurrency: 6,
});
const out = path.join(root, 'reports/links.json');
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`${formatReport(report)}\nReport written to ${path.relative(root, out)}`);
