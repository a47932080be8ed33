/**
 * The build's content step, in a process of its own (started by scripts/build.ts through
 * lib/build/prepare-site.ts): checks the content, writes the search index's files and the site
 * snapshot, and exits. The check's memory (about 1.6 GB at 10,000 notes: compiled notes,
 * the search index, what remark and esbuild left behind) is freed before Next's page workers
 * start, instead of being held by the build process for the rest of the build.
 *
 * Arguments: the project root, the snapshot file to write, the folder for the search files.
 * Exit code 0 when the content is fine, 1 when a problem was found (and printed).
 */
import { emitSearchApart, emitSnapshot } from '../lib/build/emit';
import { contentLocations } from '../lib/content/locations';
import { checkContent } from './check';

const [root, snapshot, searchDir] = process.argv.slice(2);
if (!root || !snapshot || !searchDir) throw new Error('usage: prepare-site.ts <project root> <snapshot file> <search files folder>');
const site = await checkContent({ projectRoot: root });
if (site) {
  // The build reads the snapshot once this process has exited, and moves the search files into the export.
  await emitSearchApart(searchDir, site);
  emitSnapshot(snapshot, site, contentLocations(root).contentDir);
}
process.exitCode = site ? 0 : 1;
