import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CompiledEntry } from '@/lib/content/derive-links';
import { asSlug } from '@/lib/content/paths';
import { resolveImages } from '@/lib/content/resolve-images';
import { compileAtFile, note } from './helpers';

/** A 1×1 PNG and a 40×20 SVG: the smallest real files image-size can read. */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const SVG_40X20 = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"></svg>';

let root: string;
let contentDir: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'atlas-images-'));
  contentDir = path.join(root, 'content');
  await mkdir(path.join(contentDir, 'patterns/img'), { recursive: true });
  await writeFile(path.join(contentDir, 'patterns/dot.png'), PNG_1X1);
  await writeFile(path.join(contentDir, 'patterns/img/Wide Figure.svg'), SVG_40X20);
});

async function entry(relativePath: string, body: string): Promise<CompiledEntry> {
  const parsed = { ...note(relativePath, 'title: T\nsummary: S.', body), absolutePath: path.join(contentDir, relativePath) };
  const { compiled } = await compileAtFile(parsed);
  return { note: parsed, compiled };
}

const resolve = async (...entries: CompiledEntry[]) => resolveImages(entries, { contentDir, projectRoot: root });

describe('resolveImages', () => {
  it('names each image beside a note, or in a folder beside it, by its content and reads its size', async () => {
    const { images, problems } = await resolve(await entry('patterns/a.mdx', '\n![A dot](./dot.png)\n\n![Wide](<img/Wide Figure.svg>)\n'));
    expect(problems).toEqual([]);
    const table = images.get(asSlug('a'));
    expect(table?.get('./dot.png')).toEqual({
      href: expect.stringMatching(/^\/assets\/dot\.[0-9a-f]{12}\.png$/),
      width: 1,
      height: 1,
      absolutePath: path.join(contentDir, 'patterns/dot.png'),
      first: true,
    });
    // The page receives the Markdown URL percent-encoded; the file name is slugged for the URL.
    expect(table?.get('img/Wide%20Figure.svg')).toMatchObject({
      href: expect.stringMatching(/^\/assets\/wide-figure\.[0-9a-f]{12}\.svg$/),
      width: 40,
      height: 20,
      first: false,
    });
  });

  it('gives one file one URL, whichever note shows it, and a new URL when its bytes change', async () => {
    const first = await resolve(
      await entry('patterns/a.mdx', '\n![A dot](./dot.png)\n'),
      await entry('data/b.mdx', '\n![Same dot](../patterns/dot.png)\n'),
    );
    const href = first.images.get(asSlug('a'))?.get('./dot.png')?.href;
    expect(first.images.get(asSlug('b'))?.get('../patterns/dot.png')?.href).toBe(href);
    await writeFile(path.join(contentDir, 'patterns/dot.png'), Buffer.concat([PNG_1X1, Buffer.from([0])]));
    const changed = await resolve(await entry('patterns/a.mdx', '\n![A dot](./dot.png)\n'));
    expect(changed.images.get(asSlug('a'))?.get('./dot.png')?.href).not.toBe(href);
  });

  it('leaves remote images and public/ files alone, and accepts an explicit alt="" as decorative', async () => {
    const body = '\n![Remote](https://example.com/a.png)\n\n![Logo](/logo.png)\n\n<img src="./dot.png" alt="" />\n';
    const { images, problems } = await resolve(await entry('patterns/a.mdx', body));
    expect(problems).toEqual([]);
    expect([...(images.get(asSlug('a'))?.keys() ?? [])]).toEqual(['./dot.png']);
  });

  it('reports a missing file with a did-you-mean, an image outside the content folder, and missing alt text', async () => {
    const body = '\n![A dot](./dott.png)\n\n![Secrets](../../etc/passwd.png)\n\n![](./dot.png)\n';
    const { problems } = await resolve(await entry('patterns/a.mdx', body));
    expect(problems).toEqual([
      {
        file: 'content/patterns/a.mdx',
        line: 6,
        column: 1,
        code: 'missing-image',
        message: 'Image not found: "./dott.png"',
        hint: 'did you mean "./dot.png"?',
      },
      {
        file: 'content/patterns/a.mdx',
        line: 8,
        column: 1,
        code: 'image-outside-content',
        message: 'Image outside the content folder: "../../etc/passwd.png"',
        hint: 'move the image into content/, beside the note or in a folder next to it',
      },
      expect.objectContaining({
        line: 10,
        column: 1,
        code: 'missing-alt',
        message: 'Image without alt text: "./dot.png"',
        hint: expect.stringContaining('<img src="./dot.png" alt="" />'),
      }),
    ]);
  });

  it('refuses other formats, files that are not what they say, and links that lead outside', async () => {
    await writeFile(path.join(contentDir, 'patterns/photo.bmp'), 'BM');
    await writeFile(path.join(contentDir, 'patterns/fake.png'), 'not a png');
    await writeFile(path.join(root, 'outside.png'), PNG_1X1);
    await symlink(path.join(root, 'outside.png'), path.join(contentDir, 'patterns/linked.png'));
    await mkdir(path.join(contentDir, 'patterns/folder.png'));
    const body = '\n![Photo](./photo.bmp)\n\n![Fake](./fake.png)\n\n![Linked](./linked.png)\n\n![Folder](./folder.png)\n';
    const { images, problems } = await resolve(await entry('patterns/a.mdx', body));
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [6, 'invalid-image'],
      [8, 'invalid-image'],
      [10, 'image-outside-content'],
      [12, 'invalid-image'],
    ]);
    expect(images.size).toBe(0);
  });
});
