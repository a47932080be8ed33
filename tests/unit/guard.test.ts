import { describe, expect, it } from 'vitest';
import { compileNote } from '@/lib/content/compile';
import { note } from './helpers';

const FM = 'title: T\nsummary: S.';

function remarkBroken() {
  return () => {
    throw new TypeError("Cannot read properties of undefined (reading 'line')");
  };
}

function remarkFailsOnPurpose() {
  return (_tree: unknown, file: { fail: (reason: string, options: { place: { line: number; column: number } }) => never }) => {
    file.fail('Not allowed here', { place: { line: 2, column: 1 } });
  };
}

describe('guarded plugins', () => {
  it("report a plugin's own error at the note, naming the plugin, at the first body line, with a hint to report it", async () => {
    for (const file of ['data/t.md', 'data/t.mdx']) {
      const result = await compileNote(note(file, FM, 'Body.\n'), { remarkPlugins: [remarkBroken] });
      expect(result.problems).toEqual([
        {
          file: `content/${file}`,
          line: 5,
          code: 'internal-error',
          message: "Plugin remark-broken failed on this note: Cannot read properties of undefined (reading 'line')",
          hint: 'a bug in the engine, not in the note: please report it with this note attached',
        },
      ]);
    }
  });

  it('report it from a note that mdx-bundler bundles too', async () => {
    const body = "import { Fragment } from 'react';\n\n<Fragment>x</Fragment>\n";
    const result = await compileNote(note('data/t.mdx', FM, body), { remarkPlugins: [remarkBroken] });
    expect(result.problems?.[0]).toMatchObject({ code: 'internal-error', message: expect.stringContaining('remark-broken') });
  });

  it('let a message about the note through as it is, with its line', async () => {
    const result = await compileNote(note('data/t.mdx', FM, 'One.\n\nTwo.\n'), { remarkPlugins: [remarkFailsOnPurpose] });
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'mdx-compile', line: 6, message: 'MDX does not compile: Not allowed here' }),
    ]);
  });
});
