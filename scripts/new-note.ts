/** `npm run new -- "Title" [--area <area>]`: creates `content/<area>/<slug>.mdx` from the template. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createNote } from '../lib/authoring/new-note';
import { getConfig } from '../lib/config';
import { noteHref } from '../lib/content/paths';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { area: { type: 'string' } } });
const result = await createNote({
  title: positionals.join(' '),
  area: values.area,
  areas: getConfig().areas.map((a) => a.id),
  contentDir: path.join(process.cwd(), 'content'),
});
if (result.ok) {
  console.log(`✓ Created ${path.relative(process.cwd(), result.file)}: write it, then \`npm run check\`. It appears at ${noteHref(result.slug)}.`);
} else {
  console.error(result.error);
  process.exitCode = 1;
}
