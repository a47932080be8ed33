/** `npm run docs:authoring`: regenerates the frontmatter reference in docs/authoring.md from the schema's JSDoc. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderAuthoringDoc } from '../lib/authoring/schema-docs';

const AUTHORING_DOC = 'docs/authoring.md';
const SCHEMA_SOURCE = 'lib/content/schema.ts';

const root = process.cwd();
const doc = await readFile(path.join(root, AUTHORING_DOC), 'utf8');
const next = renderAuthoringDoc(doc, await readFile(path.join(root, SCHEMA_SOURCE), 'utf8'));
if (next === doc) console.log(`${AUTHORING_DOC} is up to date.`);
else {
  await writeFile(path.join(root, AUTHORING_DOC), next);
  console.log(`✓ Regenerated the frontmatter reference in ${AUTHORING_DOC}`);
}
