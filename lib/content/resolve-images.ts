/**
 * The images stage (after compile and diagrams): each note's local images and downloads, checked
 * and named by their content. A reference is resolved against the note's own folder, else by its
 * name anywhere in the wiki, as Obsidian resolves `![[diagram.png]]` (vault-files.ts); what it
 * finds must really lie inside the content folder, a symbolic link included. The file is hashed
 * (its URL changes when its bytes do, so it can be cached for good) and an image's size read, so
 * the page reserves the space before it loads. Kept apart from compile on purpose: compiled notes
 * are cached by their text, and an image can change without it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import { imageSize } from 'image-size';
import type { CompiledEntry } from './derive-links';
import { decodeAnchor, imageHref, isExternalHref, type Slug } from './paths';
import type { CollectedImage } from './plugins/atlas/rehype-images';
import type { ContentProblem } from './problems';
import { nearest } from './nearest';
import { findVaultFile, IMAGE_TYPES, isAttachment, listVaultFiles, type VaultFiles } from './vault-files';

/** What the page needs to show an image, and where the build copies it from. */
export interface SiteImage {
  /** Site path without the base path: `/assets/<name>.<hash>.<ext>`. */
  href: string;
  width: number;
  height: number;
  absolutePath: string;
  /** The note's first image: rendered eagerly, as it may be in view when the page opens. */
  first: boolean;
  /** A file offered for download (`![[spec.pdf]]`), not an image: it has no size. */
  download?: boolean;
}

/** Note slug → `src` exactly as the note's compiled MDX hands it to `img` → the image. */
export type ImageTable = ReadonlyMap<Slug, ReadonlyMap<string, SiteImage>>;

/**
 * A file beside the note. Remote images (`https:`, `data:`) are left alone, and so is a
 * site-absolute `/logo.png`: that names a file in `public/`, served as it is.
 */
export function isLocalImage(src: string): boolean {
  return !isExternalHref(src) && !src.startsWith('/');
}

export interface ResolveImagesOptions {
  contentDir: string;
  /** Messages name files relative to it, like every other problem. */
  projectRoot: string;
}

type ImageFile = { hash: string; width: number; height: number } | { error: string };

export async function resolveImages(
  entries: readonly CompiledEntry[],
  options: ResolveImagesOptions,
): Promise<{ images: ImageTable; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  // Symbolic links are compared by where they lead; a missing folder is the load stage's to report.
  const contentRoot = await realpath(options.contentDir).catch(() => path.resolve(options.contentDir));
  const display = (file: string) => path.relative(options.projectRoot, file).split(path.sep).join('/');
  // An image shown by several notes is read once.
  const files = new Map<string, Promise<ImageFile>>();
  const images = new Map<Slug, Map<string, SiteImage>>();
  // Listed once, and only when some reference is not beside its note.
  let vaultFiles: Promise<VaultFiles> | undefined;
  const inVault = async (name: string, fromPath: string) => {
    vaultFiles ??= listVaultFiles(options.contentDir);
    const found = findVaultFile(await vaultFiles, name, fromPath);
    return found === undefined ? undefined : path.join(options.contentDir, found);
  };

  for (const { note, compiled } of entries) {
    const table = new Map<string, SiteImage>();
    for (const [index, image] of (compiled?.images ?? []).entries()) {
      const problem = (code: ContentProblem['code'], message: string, hint?: string) =>
        problems.push({ file: note.file, line: image.line, column: image.column, code, message, ...(hint ? { hint } : {}) });
      if (image.alt === undefined && !image.download) problem('missing-alt', `Image without alt text: "${image.src}"`, altHint(image));
      if (!isLocalImage(image.src)) continue;

      const beside = path.resolve(path.dirname(note.absolutePath), filePathOf(image.src));
      const absolutePath = existsSync(beside) ? beside : ((await inVault(filePathOf(image.src), note.relativePath)) ?? beside);
      // Checked before the file is looked at, so a note cannot probe what exists outside.
      if (!isInside(path.resolve(options.contentDir), absolutePath)) {
        problem(
          'image-outside-content',
          `Image outside the content folder: "${image.src}"`,
          `move the image into ${display(options.contentDir)}/, beside the note or in a folder next to it`,
        );
        continue;
      }
      const ext = path.extname(absolutePath).slice(1).toLowerCase();
      if (image.download) {
        if (!isAttachment(absolutePath) && !IMAGE_TYPES[ext]) {
          problem(
            'invalid-image',
            `Not a file type the site offers for download: "${image.src}"`,
            'attach PDF, text, archive, audio, video or office files',
          );
          continue;
        }
      } else if (!IMAGE_TYPES[ext]) {
        problem('invalid-image', `Not an image type the site can show: "${image.src}"`, 'use PNG, JPEG, WebP, GIF or SVG');
        continue;
      }
      const real = await realpath(absolutePath).catch(() => undefined);
      if (!real) {
        const suggestion = await nearbyFile(absolutePath, image.src);
        problem(
          'missing-image',
          `Image not found: "${image.src}"`,
          suggestion ? `did you mean "${suggestion}"?` : `no file at ${display(absolutePath)}; paths are relative to the note's folder`,
        );
        continue;
      }
      // A symbolic link inside the content folder may still point outside it.
      if (!isInside(contentRoot, real)) {
        problem(
          'image-outside-content',
          `Image outside the content folder: "${image.src}" (a link to ${real})`,
          `copy the image into ${display(options.contentDir)}/`,
        );
        continue;
      }
      if (!files.has(real)) files.set(real, image.download ? readAttachment(real) : readImage(real));
      const file = await files.get(real)!;
      if ('error' in file) {
        problem(
          'invalid-image',
          `Cannot read the image's size: "${image.src}" (${file.error})`,
          `is it really a ${ext.toUpperCase()} file? Export it again`,
        );
        continue;
      }
      const name = slugify(path.basename(absolutePath, path.extname(absolutePath))) || 'image';
      // Shown again further down, it keeps the first showing's eager loading.
      if (!table.has(image.src))
        table.set(image.src, {
          href: imageHref(name, file.hash, ext),
          width: file.width,
          height: file.height,
          absolutePath: real,
          first: index === 0,
          ...(image.download ? { download: true } : {}),
        });
    }
    if (table.size > 0) images.set(note.slug, table);
  }
  return { images, problems };
}

/** Every image once, by its site path: a file shown by several notes, or twice in one, has one. */
export function imagesByHref(table: ImageTable): Map<string, SiteImage> {
  const byHref = new Map<string, SiteImage>();
  for (const images of table.values()) for (const image of images.values()) byHref.set(image.href, image);
  return byHref;
}

/** `./my%20pic.png?v=2#x` → `./my pic.png`: the page's URL back to a file path. */
function filePathOf(src: string): string {
  return decodeAnchor(src.replace(/[?#].*$/, ''));
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** A download: only its hash, for its name. */
async function readAttachment(file: string): Promise<ImageFile> {
  try {
    const hash = createHash('sha256')
      .update(await readFile(file))
      .digest('hex')
      .slice(0, 12);
    return { hash, width: 0, height: 0 };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function readImage(file: string): Promise<ImageFile> {
  try {
    // Inside the try: a folder named like an image is reported, not thrown.
    const bytes = await readFile(file);
    const size = imageSize(bytes);
    if (!size.width || !size.height) return { error: 'it has no width and height' };
    // EXIF orientations 5 to 8 turn a JPEG on its side: the browser shows it rotated.
    const turned = (size.orientation ?? 1) >= 5;
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    return { hash, width: turned ? size.height : size.width, height: turned ? size.width : size.height };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** `src` with its file name replaced by a file in the same folder that looks like a typo of it. */
async function nearbyFile(absolutePath: string, src: string): Promise<string | undefined> {
  const names = await readdir(path.dirname(absolutePath)).catch(() => []);
  const found = nearest(
    path.basename(absolutePath),
    names.filter((n) => IMAGE_TYPES[path.extname(n).slice(1).toLowerCase()]),
  );
  const bare = filePathOf(src);
  return found && `${bare.slice(0, bare.lastIndexOf('/') + 1)}${found}`;
}

function altHint(image: CollectedImage): string {
  return `say what the image shows: ![what it shows](${image.src}); for a purely decorative image, write <img src="${image.src}" alt="" /> on purpose`;
}
