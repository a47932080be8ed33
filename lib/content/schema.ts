/**
 * The one frontmatter schema. Strict: a key it does not know is an error, so a typo such
 * as `tilte` is caught instead of silently ignored. Descriptions feed `docs/authoring.md`.
 */
import { z } from 'zod';
import { SLUG_PATTERN } from './paths';

const kebab = z.string().regex(SLUG_PATTERN, 'must be lowercase words joined by "-", e.g. "event-sourcing"');

export const LINK_KINDS = ['article', 'book', 'video', 'talk', 'repo', 'docs', 'site', 'course', 'paper'] as const;

export const curatedLinkSchema = z.strictObject({
  /** The resource's own title. Example: `Pattern: Saga`. */
  title: z.string().trim().min(1),
  /** Absolute http(s) address. Example: `https://microservices.io/patterns/data/saga.html`. */
  url: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }),
  /** What it is: article, book, video, talk, repo, docs, site, course or paper. Example: `article`. */
  kind: z.enum(LINK_KINDS),
  /** One line on why it is worth reading. Example: `The pattern's canonical description, with an example.` */
  note: z.string().trim().min(1).optional(),
  /**
   * The primary source: the paper, book or author's own article the idea comes from, as opposed
   * to a summary of it. Readers see it labelled; content tests ask for one per note. Example: `true`.
   */
  primary: z.boolean().optional(),
});

export const frontmatterSchema = z.strictObject({
  /** Page title. Example: `Event Sourcing`. */
  title: z.string().trim().min(1),
  /** One or two sentences: meta description, previews and lists. Example: `Store every change as an event.` */
  summary: z.string().trim().min(1).max(320, 'must be one or two sentences (320 characters at most)'),
  /** Lowercase kebab-case topics. Example: `[data, patterns]`. */
  tags: z.array(kebab).default([]),
  /** Other names and acronyms; `[[CQRS]]` and search resolve them. Example: `[CQRS]`. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Slugs of closely related notes. Example: `[event-sourcing]`. */
  related: z.array(kebab).default([]),
  /** Curated external reading, shown under "Further reading". */
  links: z.array(curatedLinkSchema).default([]),
  /** A draft is checked but left out of the built site. Example: `true`. */
  draft: z.boolean().default(false),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;
export type CuratedLink = z.output<typeof curatedLinkSchema>;
export type LinkKind = (typeof LINK_KINDS)[number];
