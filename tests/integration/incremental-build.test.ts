/**
 * A build after an edit renders only the pages the edit changes and keeps the others from the last
 * export (lib/build/page-inputs.ts, keep-pages.ts). Correctness first: after each change (a
 * sentence edited, a title changed, a note renamed, a note deleted, a note added) the export is
 * compared, file by file, with a build of the same content that kept nothing.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build';

const root = process.cwd();
const content = mkdtempSync(path.join(os.tmpdir(), 'atlas-incremental-'));
const [INCREMENTAL, FRESH] = ['out-incremental', 'out-incremental-fresh'];
const env = { CONTENT_DIR: content };

/** Every file of an export with its bytes, but the stamp that records when it was built. */
function files(outDir: string): Map<string, Buffer> {
  const dir = path.join(root, outDir);
  return new Map(
    globSync('**/*', { cwd: dir, onlyFiles: true, dot: true })
      .filter((file) => file !== '.atlas-build.json')
      .sort()
      .map((file) => [file, readFileSync(path.join(dir, file))]),
  );
}

/** Builds the content as it is now twice, once keeping the last export's pages and once not, and compares. */
async function buildBothWays(): Promise<{ rendered: number; differences: string[] }> {
  const started = Date.now();
  expect(await build({ outDir: INCREMENTAL, env })).toBe(true);
  // A kept page keeps its file's time (keep-pages.ts): the notes rendered again are the newer ones.
  const rendered = globSync('notes/*/index.html', { cwd: path.join(root, INCREMENTAL) }).filter(
    (file) => statSync(path.join(root, INCREMENTAL, file)).mtimeMs >= started,
  ).length;
  rmSync(path.join(root, FRESH), { recursive: true, force: true });
  expect(await build({ outDir: FRESH, env })).toBe(true);
  const [kept, fresh] = [files(INCREMENTAL), files(FRESH)];
  const differences = [...new Set([...kept.keys(), ...fresh.keys()])].filter(
    (file) => !kept.get(file)?.equals(fresh.get(file) ?? Buffer.alloc(0)) || !fresh.has(file),
  );
  return { rendered, differences };
}

const note = (name: string) => path.join(content, name);
const edit = (name: string, change: (text: string) => string) => writeFileSync(note(name), change(readFileSync(note(name), 'utf8')));

beforeAll(async () => {
  cpSync(path.join(root, 'tests/fixtures/team-wiki/content'), content, { recursive: true });
  for (const out of [INCREMENTAL, FRESH]) rmSync(path.join(root, out), { recursive: true, force: true });
  expect(await build({ outDir: INCREMENTAL, env })).toBe(true);
}, 300_000);

describe('a build after an edit equals a build from nothing, file by file', () => {
  it('after a sentence is added to one note, rendering only a few pages', async () => {
    edit('team-handbook/onboarding.md', (text) => `${text}\nOne more sentence, to see what a rebuild renders.\n`);
    const { rendered, differences } = await buildBothWays();
    expect(differences).toEqual([]);
    // The edited note, and the notes whose page shows its words (its backlinks' sentences).
    expect(rendered).toBeGreaterThanOrEqual(1);
    expect(rendered).toBeLessThan(4);
  }, 300_000);

  it("after a note's title changes, which the pages linking to it show", async () => {
    edit('data/retention.mdx', (text) => text.replace(/^title: .*$/m, 'title: How long we keep data'));
    expect((await buildBothWays()).differences).toEqual([]);
  }, 300_000);

  it('after a note is renamed, its old address redirecting', async () => {
    renameSync(note('loose-note.md'), note('stray-note.md'));
    edit('stray-note.md', (text) =>
      text.startsWith('---') ? text.replace(/^---\n/, '---\nmoved-from: [loose-note]\n') : `---\nmoved-from: [loose-note]\n---\n${text}`,
    );
    expect((await buildBothWays()).differences).toEqual([]);
    expect(existsSync(path.join(root, INCREMENTAL, 'notes/loose-note/index.html'))).toBe(true);
  }, 300_000);

  it('after a note is deleted and another added', async () => {
    rmSync(note('stray-note.md'));
    writeFileSync(note('team-handbook/pairing.md'), '# Pairing\n\nTwo people, one keyboard: see [[onboarding]].\n');
    const { differences } = await buildBothWays();
    expect(differences).toEqual([]);
    expect(existsSync(path.join(root, INCREMENTAL, 'notes/stray-note'))).toBe(false);
  }, 300_000);
});
