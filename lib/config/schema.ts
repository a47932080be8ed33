import { z } from 'zod';

const basePath = z
  .string()
  .regex(/^(\/[a-z0-9._~-]+)*$/i, 'must be empty or start with "/" and have no trailing "/", e.g. "/kb"');

export const areaSchema = z.strictObject({
  /** Folder name under `content/`, e.g. `sagas`. */
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
  /** Edit link pattern with `{path}` for the note's file, e.g. `https://github.com/acme/kb/edit/main/{path}`. */
  editUrl: z
    .string()
    .refine((v) => v === '' || (/^https?:\/\//.test(v) && v.includes('{path}')), 'must be empty or an http(s) URL containing "{path}"')
    .default(''),
  /** Topic areas in display order; each is a folder under `content/`. */
  areas: z
    .array(areaSchema)
    .min(1)
    .refine((areas) => new Set(areas.map((a) => a.id)).size === areas.length, 'each area id must appear once'),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type Area = z.output<typeof areaSchema>;
