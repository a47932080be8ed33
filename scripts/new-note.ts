/**
 * `npm run new -- "Title" [--area <area>]`: creates `<content folder>/<area>/<slug>.mdx` from the template.
 * `npm run new -- --decision "Title"`: a decision record, dated today, in the decisions area.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createNote, knownAreas } from '../lib/authoring/new-note';
import { getConfig } from '../lib/config';
import { contentLocations } from '../lib/content';
import { noteHref } from '../lib/content/paths';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { area: { type: 'string' }, decision: { type: 'boolean' } } });
const { contentDir } = contentLocations(process.cwd());
const result = await createNote({
  title: positionals.join(' '),
  area: values.area,
  areas: knownAreas(
    getConfig().areas.map((a) => a.id),
    contentDir,
  ),
  contentDir,
  frontmatterRequired: getConfig().frontmatter === 'required',
  ...(values.decision ? { decision: { area: getConfig().decisions, today: new Date().toISOString().slice(0, 10) } } : {}),
});
if (result.ok) {
  console.log(
    `✓ Created ${path.relative(process.cwd(), result.file)}: write it, then \`npm run check\`. It appears at ${noteHref(result.slug)}.\n  Callouts (> [!tip]), embedded sections (![[slug#heading]]) and titled code blocks: see docs/authoring.md.`,
  );
} else {
  console.error(result.error);
  process.exitCode = 1;
}
