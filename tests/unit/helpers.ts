/** Small in-memory fixtures that pass through the real schema and pipeline stages. */
import { parseSource, type ParsedNote } from '@/lib/content/parse';

export const TEST_AREAS = ['patterns', 'data'];

export function source(relativePath: string, raw: string) {
  return { file: `content/${relativePath}`, relativePath, absolutePath: `/project/content/${relativePath}`, raw };
}

export function note(relativePath: string, frontmatter: string, body: string): ParsedNote {
  const result = parseSource(source(relativePath, `---\n${frontmatter}\n---\n${body}`), TEST_AREAS);
  if (!result.note || result.problems.length) throw new Error(`fixture ${relativePath} is invalid: ${JSON.stringify(result.problems)}`);
  return result.note;
}
