/**
 * Checks exported pages against HTML's content model with html-validate: which element may
 * contain which (a <div> in a <p>, a <figcaption> that is not a figure's first or last child),
 * elements closed out of order, and duplicate ids (which break anchors, labels and
 * aria-labelledby).
 *
 * Only those rules are on. html-validate's recommended set also judges style and things other
 * tests own: inline `style` attributes and attribute case (Mermaid's SVGs need both), React's
 * `<br/>`, raw `&` and `>` in text, accessibility rules (axe checks those in the browser, on
 * the rendered page), and preferences such as `prefer-native-element`. None of those is a
 * page that does not conform to the content model.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, type RuleConfig } from 'html-validate';
import { glob } from 'tinyglobby';

export const CONFORMANCE_RULES: RuleConfig = {
  'element-permitted-content': 'error',
  'element-permitted-occurrences': 'error',
  'element-permitted-order': 'error',
  'element-permitted-parent': 'error',
  'element-required-ancestor': 'error',
  'element-required-content': 'error',
  'close-order': 'error',
  'void-content': 'error',
  'no-dup-id': 'error',
};

const validator = new HtmlValidate({ root: true, extends: [], rules: CONFORMANCE_RULES });

/** Problems in one page's HTML, each as `file:line:column rule: message`. */
export async function conformanceProblems(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) => result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/** Every HTML file of an export, checked; returns how many pages and their problems. */
export async function exportConformance(outDir: string): Promise<{ pages: number; problems: string[] }> {
  const files = (await glob('**/*.html', { cwd: outDir, onlyFiles: true })).sort();
  const problems: string[] = [];
  for (const file of files) problems.push(...(await conformanceProblems(await readFile(path.join(outDir, file), 'utf8'), file)));
  return { pages: files.length, problems };
}
