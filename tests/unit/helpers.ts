/** Small in-memory fixtures that pass through the real schema and pipeline stages. */
import { atFileLines, compileNote, type CompileResult } from '@/lib/content/compile';
import { backlinksOf, deriveLinks } from '@/lib/content/derive-links';
import { parseSource, type ParsedNote } from '@/lib/content/parse';
import { buildRegistry } from '@/lib/content/registry';
import { assembleSite, type Site } from '@/lib/content/site-model';

/** Area folders of the in-memory fixtures. */
export const TEST_AREAS = ['patterns', 'data'];

export function source(relativePath: string, raw: string) {
  return { file: `content/${relativePath}`, relativePath, absolutePath: `/project/content/${relativePath}`, raw };
}

export function note(relativePath: string, frontmatter: string, body: string): ParsedNote {
  const result = parseSource(source(relativePath, `---\n${frontmatter}\n---\n${body}`));
  if (!result.note || result.problems.length) throw new Error(`fixture ${relativePath} is invalid: ${JSON.stringify(result.problems)}`);
  return result.note;
}

/** Compiles a fixture note, with collected lines counted in the file as the pipeline reports them. */
export async function compileAtFile(parsed: ParsedNote): Promise<CompileResult> {
  const result: CompileResult = await compileNote(parsed);
  return result.compiled ? { ...result, compiled: atFileLines(result.compiled, parsed.bodyLineOffset) } : result;
}

/** The site model of in-memory notes, through registry, compile, link derivation and assembly. */
export async function siteOf(notes: readonly ParsedNote[], areas: readonly string[] = TEST_AREAS): Promise<Site> {
  const { registry } = buildRegistry(notes);
  const entries = await Promise.all(notes.map(async (n) => ({ note: n, compiled: (await compileAtFile(n)).compiled })));
  const { links } = deriveLinks(entries, registry);
  return assembleSite({
    entries,
    registry,
    links,
    backlinks: backlinksOf(links),
    areas: areas.map((id) => ({ id, title: id, description: '', declared: true })),
    images: new Map(),
  });
}
