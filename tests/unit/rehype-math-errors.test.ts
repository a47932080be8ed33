import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import { compileAtFile, note } from './helpers';
import { renderBody } from './render-helpers';

describe('rehypeMathErrors', () => {
  it('shows TeX that KaTeX refuses as its source in code, inline and as a block', async () => {
    for (const file of ['data/x.md', 'data/x.mdx']) {
      const html = await renderBody('Bad $\\frc{1}{2}$ here.\n\n$$\n\\begin{nothing}\n$$\n', file);
      expect(html).toContain('<p>Bad <code class="math-error">\\frc{1}{2}</code> here.</p>');
      expect(html).toContain('<code class="math-error">\\begin{nothing}</code>');
      expect(html).not.toMatch(/katex|mathcolor|style=/);
    }
  });

  it('records each with its file line and the reason KaTeX gives', async () => {
    const compiled = (await compileAtFile(note('data/x.md', 'title: T\nsummary: S.', '\nFine $x$.\n\nBad $\\frc{1}{2}$.\n'))).compiled;
    expect(compiled?.mathErrors).toEqual([{ reason: 'Undefined control sequence: \\frc', line: 8, column: 5 }]);
  });

  it('is a warning of the build, not an error, also when the note comes from the cache', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-math-'));
    await mkdir(path.join(root, 'content/notes'), { recursive: true });
    await writeFile(path.join(root, 'content/notes/m.md'), '---\ntitle: M\nsummary: S.\n---\n\n$$\n\\frc\n$$\n');
    const options = { projectRoot: root, cache: memoryCache(), fingerprint: 'test' };
    for (let run = 0; run < 2; run++) {
      const { problems, warnings, site } = await buildContent(options);
      expect(problems).toEqual([]);
      expect(site?.notes).toHaveLength(1);
      expect(warnings).toEqual([
        {
          file: 'content/notes/m.md',
          line: 6,
          column: 1,
          code: 'invalid-math',
          message: 'Math does not render: Undefined control sequence: \\frc',
          hint: expect.stringContaining('shows the TeX as code'),
        },
      ]);
    }
  });
});
