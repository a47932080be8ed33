/** Small in-memory fixtures that pass through the real schema and pipeline stages. */
import { atFileLines, compileNote, type CompileResult } from '@/lib/content/compile';
import { parseSource, type ParsedNote } from '@/lib/content/parse';

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
