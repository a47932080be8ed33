/**
 * The files of a wiki that are not notes: images and attachments. Obsidian finds them by name
 * wherever they are (`![[diagram.png]]` in a note at the top, the file in `attachments/`), so a
 * reference that is not beside the note is looked up here by its name or the end of its path:
 * the file in the note's own folder first, else the one nearest the top, as Obsidian does.
 */
import { glob } from 'tinyglobby';
import { folderOf } from './link-table';

/** The images a note may show, by file extension, with the type they are served as. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
};
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(IMAGE_TYPES));

/**
 * Files a note may offer for download (`![[spec.pdf]]`). Only types a browser does not run as a
 * page of this site: an `.html` or `.js` attachment would run with the wiki's own origin.
 */
export const ATTACHMENT_EXTENSIONS: ReadonlySet<string> = new Set([
  'pdf',
  'txt',
  'csv',
  'tsv',
  'json',
  'zip',
  'gz',
  'tgz',
  '7z',
  'mp3',
  'm4a',
  'wav',
  'ogg',
  'flac',
  'mp4',
  'webm',
  'mov',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'odp',
  'epub',
  'drawio',
  'excalidraw',
  'canvas',
]);

function extensionOf(name: string): string {
  const file = name.split('/').at(-1) ?? '';
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(dot + 1).toLowerCase() : '';
}

/** Whether a `[[…]]` target names a note: no extension of a file type (a note's name may hold a dot: "v1.2 release"). */
export function isNoteName(target: string): boolean {
  const ext = extensionOf(target.trim());
  return !IMAGE_EXTENSIONS.has(ext) && !ATTACHMENT_EXTENSIONS.has(ext);
}

export function isAttachment(name: string): boolean {
  return ATTACHMENT_EXTENSIONS.has(extensionOf(name));
}

/** Lower-case path, and each end of it (`attachments/diagram.png`, `diagram.png`) → files, shortest path first. */
export type VaultFiles = ReadonlyMap<string, readonly string[]>;

/** Every file under the content folder that is not a note, dot-folders (`.obsidian`, `.trash`) left out. */
export async function listVaultFiles(contentDir: string): Promise<VaultFiles> {
  const files = await glob(['**/*'], {
    cwd: contentDir,
    onlyFiles: true,
    ignore: ['**/node_modules/**', '**/*.md', '**/*.mdx'],
    followSymbolicLinks: false,
  });
  return indexVaultFiles(files);
}

export function indexVaultFiles(relativePaths: readonly string[]): VaultFiles {
  const index = new Map<string, string[]>();
  const ordered = [...relativePaths].sort((a, b) => a.length - b.length || a.localeCompare(b));
  for (const file of ordered) {
    const parts = file.toLowerCase().split('/');
    for (let i = 0; i < parts.length; i++) {
      const key = parts.slice(i).join('/');
      index.set(key, [...(index.get(key) ?? []), file]);
    }
  }
  return index;
}

/** The file a name or path end means, seen from the note at `fromPath`: same folder first, then nearest the top. */
export function findVaultFile(files: VaultFiles, name: string, fromPath: string): string | undefined {
  const key = name.replace(/^(\.\/|\/)+/, '').toLowerCase();
  const candidates = files.get(key);
  if (!candidates) return undefined;
  const folder = folderOf(fromPath).toLowerCase();
  return candidates.find((file) => folderOf(file).toLowerCase() === folder) ?? candidates[0];
}
