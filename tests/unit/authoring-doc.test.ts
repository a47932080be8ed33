import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAuthoringDoc, schemaFields } from '@/lib/authoring/schema-docs';

const root = path.join(import.meta.dirname, '../..');

describe('docs/authoring.md', () => {
  it('is up to date with the schema (run `npm run docs:authoring` when this fails)', async () => {
    const doc = await readFile(path.join(root, 'docs/authoring.md'), 'utf8');
    const schema = await readFile(path.join(root, 'lib/content/schema.ts'), 'utf8');
    expect(renderAuthoringDoc(doc, schema)).toBe(doc);
  });

  it('reads JSDoc, required keys and defaults from a zod strictObject', () => {
    const fields = schemaFields(`const s = z.strictObject({
      /** The name. Example: \`x\`. */
      name: z.string().min(1),
      /** Optional bit. */
      note: z.string().optional(),
      /** Flags. */
      flags: z.array(z.string()).default([]),
    });`);
    expect(fields.get('s')).toEqual([
      { name: 'name', description: 'The name. Example: `x`.', required: true },
      { name: 'note', description: 'Optional bit.', required: false },
      { name: 'flags', description: 'Flags.', required: false, defaultValue: '[]' },
    ]);
  });
});
