/** Small in-memory fixtures that pass through the real schema and pipeline stages. */
import { compileNote } from '@/lib/content/compile';
import { backlinksOf, deriveLinks } from '@/lib/content/derive-links';
import { parseSource, type ParsedNote } from '@/lib/content/parse';
import { buildRegistry } from '@/lib/content/registry';
import { assembleSite, type Site } from '@/lib/content/site-model';

export const TEST_AREAS = ['patterns', 'data'];

export function source(relativePath: string, raw: string) {
  return { file: `content/${relativePath}`, relativePath, raw };
}

export function note(relativePath: string, frontmatter: string, body: string): ParsedNote {
  const result = parseSource(source(relativePath, `---\n${frontmatter}\n---\n${body}`), TEST_AREAS);
  if (!result.note || result.problems.length) throw new Error(`fixture ${relativePath} is invalid: ${JSON.stringify(result.problems)}`);
  return result.note;
}

/** The site model of in-memory notes, through registry, compile, link derivation and assembly. */
export async function siteOf(notes: readonly ParsedNote[], areas: readonly string[] = TEST_AREAS): Promise<Site> {
  const { registry } = buildRegistry(notes);
  const entries = await Promise.all(notes.map(async (n) => ({ note: n, compiled: (await compileNote(n)).compiled })));
  const { links } = deriveLinks(entries, registry);
  return assembleSite(entries, links, backlinksOf(links), areas.map((id) => ({ id, title: id, description: '' })));
}
