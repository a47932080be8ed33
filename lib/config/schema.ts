import { z } from 'zod';
import { CALLOUT_NAMES, calloutType } from '../content/plugins/obsidian/callout-types';

const basePath = z.string().regex(/^(\/[a-z0-9._~-]+)*$/i, 'must be empty or start with "/" and have no trailing "/", e.g. "/kb"');

export const areaSchema = z.strictObject({
  /** Folder name under the content folder, e.g. `sagas`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, e.g. "distributed-systems"'),
  /** Heading shown on the home page and in the sidebar. */
  title: z.string().min(1),
  /** One sentence under the heading on the home page. */
  description: z.string().default(''),
});

export const siteConfigSchema = z.strictObject({
  /** The wiki's name, shown in the header and the title of every page. */
  name: z.string().min(1),
  /** One sentence for the home page and its meta description. */
  description: z.string().min(1),
  /** Public origin the site is served from, used for canonical URLs and feeds. */
  url: z.url({ message: 'must be an absolute URL such as "https://wiki.example.com"' }).transform((u) => u.replace(/\/+$/, '')),
  /** Sub-path the site is served under, e.g. `/kb`; empty for the root. */
  basePath: basePath.default(''),
  /**
   * Edit link pattern with `{path}` for the note's file from the project root, e.g.
   * `https://github.com/acme/kb/edit/main/{path}`, or `{contentPath}` for its path in the content folder.
   */
  editUrl: z
    .string()
    .refine(
      (v) => v === '' || (/^https?:\/\//.test(v) && /\{(path|contentPath)\}/.test(v)),
      'must be empty or an http(s) URL containing "{path}" or "{contentPath}"',
    )
    .default(''),
  /**
   * The folder holding the notes: absolute, or relative to the project root, e.g. `../team-wiki/docs`.
   * `CONTENT_DIR` in the environment overrides it.
   */
  contentDir: z.string().min(1).default('content'),
  /**
   * Topic areas in display order; each is a folder under the content folder. A folder not named here
   * is an area too, titled from its name and shown after these.
   */
  areas: z
    .array(areaSchema)
    .default([])
    .refine((areas) => new Set(areas.map((a) => a.id)).size === areas.length, 'each area id must appear once'),
  /**
   * The area (folder under the content folder) whose notes are architecture decision records, e.g.
   * `adr`: each needs `status` and `date`, and the site gains a decision log at `/decisions/`.
   */
  decisions: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, e.g. "decisions"')
    .default('decisions'),
  /**
   * `required`: every note starts with frontmatter (title and summary). `optional`: a Markdown file
   * without it is a note titled from its first `# heading` (else its file name), summarised by its
   * first paragraph, as docs folders usually are.
   */
  frontmatter: z.enum(['required', 'optional']).default('optional'),
  /**
   * Frontmatter keys that imported files carry and the wiki keeps but ignores, e.g.
   * `['sidebar_position', 'id']`; any other unknown key is still an error.
   */
  ignoredFrontmatterKeys: z.array(z.string().min(1)).default([]),
  /**
   * `ignore` (the default): a frontmatter key the engine does not read is kept in the file, ignored,
   * and listed once by the build, as Obsidian and GitHub carry keys of their own. `error`: every
   * such key is an error naming the file and line, for a wiki that wants its frontmatter exact.
   */
  unknownFrontmatterKeys: z.enum(['ignore', 'error']).default('ignore'),
  /**
   * Whether `.mdx` notes are allowed. MDX is code: it runs at build time and can put scripts in
   * pages. `false` makes every `.mdx` file an error, for a wiki whose writers should only write
   * Markdown (see docs/security.md).
   */
  mdx: z.boolean().default(true),
  /**
   * `error` stops the build at a link to a missing note or heading; `warn` builds anyway and lists
   * every broken link with file and line. `BROKEN_LINKS` in the environment overrides it.
   */
  brokenLinks: z.enum(['error', 'warn']).default('error'),
  /**
   * Callout types of your own, beside GitHub's and Obsidian's: each with its default title and
   * the known type whose colour and icon it takes, e.g.
   * `{ decision: { title: 'Decision', like: 'note' } }` for `> [!decision]` and `:::decision`.
   * An undeclared type still renders, titled by its name, and the check lists it once.
   */
  callouts: z
    .record(
      z.string(),
      z.strictObject({
        /** The title a callout of this type shows when it has none of its own. */
        title: z.string().trim().min(1),
        /** The known type it looks like: note, tip, warning, danger… */
        like: z.string().transform((like, context) => {
          const type = calloutType(like);
          if (!type) context.addIssue({ code: 'custom', message: `must be one of ${CALLOUT_NAMES.join(', ')}` });
          return type ?? 'note';
        }),
      }),
    )
    // Checked here rather than as the record's key schema, so a message names the key at fault.
    .superRefine((callouts, context) => {
      for (const name of Object.keys(callouts)) {
        const message = !/^[a-z][a-z0-9_-]*$/.test(name)
          ? 'must be a lowercase name, e.g. "decision"'
          : calloutType(name)
            ? 'is already a callout type'
            : undefined;
        if (message) context.addIssue({ code: 'custom', path: [name], message });
      }
    })
    .default({}),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type Area = z.output<typeof areaSchema>;
/** What the pipeline needs of the config to read content. */
export type ContentSettings = Pick<
  SiteConfig,
  'areas' | 'frontmatter' | 'ignoredFrontmatterKeys' | 'unknownFrontmatterKeys' | 'mdx' | 'brokenLinks' | 'decisions' | 'callouts'
>;
