/**
 * The one frontmatter schema. Strict: a key it does not know is an error, so a typo such
 * as `tilte` is caught instead of silently ignored. Descriptions feed `docs/authoring.md`.
 */
import { z } from 'zod';
import { slugOfName } from './note-place';
import { SLUG_PATTERN } from './paths';
import { isTag, tagKey } from './plugins/obsidian/tags';
import { RATING_LEVELS, SETTINGS } from '../sagas/variants';

const kebab = z.string().regex(SLUG_PATTERN, 'must be lowercase words joined by "-", e.g. "event-sourcing"');

/**
 * Tags as Obsidian reads them: a list, or one string (`tags: runbook`, or several split by commas
 * or spaces); a leading `#` is dropped and the case folded, as tags are case-insensitive.
 */
const tagList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value),
  z.array(
    z
      .string()
      .transform((tag) => tag.trim().replace(/^#/, ''))
      .refine(
        isTag,
        'must be letters, digits, "_" or "-", with "/" between nested levels and one character that is no digit, e.g. "plugin/emitter"',
      )
      .transform(tagKey),
  ),
);

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

const rating = z.enum(RATING_LEVELS);

export const sagaRatingsSchema = z.strictObject({
  /** How tightly the services are bound together: very low, low, medium, high or very high. Example: `very high`. */
  coupling: rating,
  /** How hard the variant is to build and debug, same scale. Example: `low`. */
  complexity: rating,
  /** How quickly and reliably the caller gets an answer, same scale. Example: `low`. */
  responsiveness: rating,
  /** How well it grows with load, same scale. Example: `very low`. */
  scale: rating,
});

export const sagaSchema = z.strictObject({
  /** How the services talk: sync or async. Example: `sync`. */
  communication: z.enum(SETTINGS.communication),
  /** How consistent the data must be: atomic or eventual. Example: `atomic`. */
  consistency: z.enum(SETTINGS.consistency),
  /** Who runs the workflow: orchestrated or choreographed. Example: `orchestrated`. */
  coordination: z.enum(SETTINGS.coordination),
  /** The four ratings of the book's comparison table. Example: `{ coupling: very high, complexity: low, responsiveness: low, scale: very low }`. */
  ratings: sagaRatingsSchema,
});

export const DECISION_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-03-01` as YAML reads it (a Date at UTC midnight) or as a quoted string, kept as the string. */
const isoDay = z
  .union([z.date(), z.string().trim()])
  .transform((value) => (value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value))
  .refine(
    (day) => ISO_DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
    'must be a date written YYYY-MM-DD, e.g. "2026-03-01"',
  );

/**
 * The fields of an architecture decision record. Allowed only on notes in the decisions area
 * (site.config.ts `decisions`), where `status` and `date` are required; checked in
 * `lib/content/check-decisions.ts`, since the rule depends on where the note lives. None has a
 * default, so a field written on a note outside that area can be told from one left out.
 */
export const decisionFieldsSchema = z.strictObject({
  /** Where the decision stands: proposed, accepted, rejected, deprecated or superseded. Required on a decision. Example: `accepted`. */
  status: z.enum(DECISION_STATUSES, { message: `must be one of ${DECISION_STATUSES.join(', ')}` }).optional(),
  /** The day it was decided, YYYY-MM-DD; the log's order and numbers come from it. Required on a decision. Example: `2026-03-01`. */
  date: isoDay.optional(),
  /** Who made the decision. Example: `[Ana Lima, Tom Berg]`. */
  deciders: z.array(z.string().trim().min(1)).optional(),
  /** Slugs of the decisions this one replaces; each must name this one in its `superseded-by`. Example: `[use-client-side-mermaid]`. */
  supersedes: z.array(kebab).optional(),
  /** Slug of the decision that replaced this one; needs `status: superseded`. Example: `render-mermaid-at-build-time`. */
  'superseded-by': kebab.optional(),
  /** Slugs of the pattern notes the decision applies; each of those lists it under "Decisions that apply this". Example: `[orchestration]`. */
  applies: z.array(kebab).optional(),
});

export const frontmatterSchema = z.strictObject({
  /** Page title. Example: `Event Sourcing`. */
  title: z.string().trim().min(1),
  /** One or two sentences: meta description, previews and lists. Example: `Store every change as an event.` */
  summary: z.string().trim().min(1).max(320, 'must be one or two sentences (320 characters at most)'),
  /**
   * Topics, as Obsidian reads them: nested with `/`, any case (folded), a leading `#` dropped; `#tags`
   * in the text are added. Example: `[data, patterns/messaging]`.
   */
  tags: tagList.default([]),
  /** Other names and acronyms; `[[CQRS]]` and search resolve them. Example: `[CQRS]`. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Slugs of closely related notes. Example: `[event-sourcing]`. */
  related: z.array(kebab).default([]),
  /** Curated external reading, shown under "Further reading". */
  links: z.array(curatedLinkSchema).default([]),
  /**
   * Slugs this note had before it was renamed; each old address redirects here and old links
   * keep working (with a warning). Example: `[fallacies-of-distributed-systems]`.
   */
  'moved-from': z.array(kebab).default([]),
  /**
   * A draft is checked but left out of the built site: no page, search entry, feed or sitemap
   * entry, and links to it read as text. Obsidian's `publish: false` means the same. Example: `true`.
   */
  draft: z.boolean().default(false),
  /**
   * The note's address instead of its file name's, as Obsidian Publish reads it (`/notes/<permalink>/`);
   * the file name's address redirects to it. Example: `payments-v2`.
   */
  permalink: z
    .string()
    .trim()
    .transform((value) =>
      slugOfName(
        value
          .replace(/^\/+|\/+$/g, '')
          .replace(/^notes\//, '')
          .replace(/\//g, '-'),
      ),
    )
    .pipe(kebab)
    .optional(),
  /** CSS classes put on the note's article, as Obsidian's `cssclasses`; letters, digits, `-` and `_`. Example: `[wide-tables]`. */
  cssclasses: z.array(z.string().regex(/^[A-Za-z_][\w-]*$/, 'must be a CSS class name, e.g. "wide-tables"')).default([]),
  /**
   * Makes the note a saga variant: the saga explorer, its matrix and `<SagaFacts>` are built from
   * the notes that have this block, each combination of settings claimed by one note only. Its code (`sao`) is the settings' initials.
   * Example: `{ communication: sync, consistency: atomic, coordination: orchestrated, ratings: { … } }`.
   */
  saga: sagaSchema.optional(),
  // A decision's fields (status, date…), documented in their own table.
  ...decisionFieldsSchema.shape,
});

export type Frontmatter = z.output<typeof frontmatterSchema>;
export type CuratedLink = z.output<typeof curatedLinkSchema>;
export type SagaFrontmatter = z.output<typeof sagaSchema>;
export type LinkKind = (typeof LINK_KINDS)[number];
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
