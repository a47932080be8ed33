/**
 * The vocabulary of saga variants, after *Software Architecture: The Hard Parts* (Ford, Richards,
 * Sadalage, Dehghani, ch. 12): three settings, four ratings, their labels and order. The variants
 * themselves are notes: each carries its settings and ratings in its `saga:` frontmatter
 * (lib/content/schema.ts), and the site model lists the ones that exist.
 */

/** Each setting's values in the book's order, which is also the matrix's default order. */
export const SETTINGS = {
  communication: ['sync', 'async'],
  consistency: ['atomic', 'eventual'],
  coordination: ['orchestrated', 'choreographed'],
} as const;

export type Dimension = keyof typeof SETTINGS;
export type Communication = (typeof SETTINGS.communication)[number];
export type Consistency = (typeof SETTINGS.consistency)[number];
export type Coordination = (typeof SETTINGS.coordination)[number];

export const DIMENSIONS = Object.keys(SETTINGS) as Dimension[];

export const RATING_LEVELS = ['very low', 'low', 'medium', 'high', 'very high'] as const;
export type Rating = (typeof RATING_LEVELS)[number];

export const RATING_NAMES = {
  coupling: 'Coupling',
  complexity: 'Complexity',
  responsiveness: 'Responsiveness/availability',
  scale: 'Scale/elasticity',
} as const;

export type RatingKey = keyof typeof RATING_NAMES;

/** One combination of the three settings: it names exactly one variant. */
export interface SagaSettings {
  communication: Communication;
  consistency: Consistency;
  coordination: Coordination;
}

/** A variant as the explorer shows it: a note's slug and title, with its `saga:` frontmatter. */
export interface SagaVariant extends SagaSettings {
  slug: string;
  name: string;
  /** The book's code, the settings' initials: s/a, a/e, o/c (`sao`). */
  code: string;
  ratings: Record<RatingKey, Rating>;
}

export const SETTING_LABELS = {
  communication: { sync: 'Synchronous', async: 'Asynchronous' },
  consistency: { atomic: 'Atomic', eventual: 'Eventual' },
  coordination: { orchestrated: 'Orchestrated', choreographed: 'Choreographed' },
} as const satisfies { [D in Dimension]: Record<(typeof SETTINGS)[D][number], string> };

/** `{ sync, atomic, orchestrated }` → `sao`: the initials of the three settings, as the book writes them. */
export function sagaCode(settings: SagaSettings): string {
  return DIMENSIONS.map((dimension) => settings[dimension].charAt(0)).join('');
}

export function sameSettings(a: SagaSettings, b: SagaSettings): boolean {
  return DIMENSIONS.every((dimension) => a[dimension] === b[dimension]);
}

/** The book's order (sao, sac, seo, sec, aao, aac, aeo, aec): communication first, then consistency, then coordination. */
export function compareSettings(a: SagaSettings, b: SagaSettings): number {
  for (const dimension of DIMENSIONS) {
    const order: readonly string[] = SETTINGS[dimension];
    const difference = order.indexOf(a[dimension]) - order.indexOf(b[dimension]);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function ratingLevel(rating: Rating): number {
  return RATING_LEVELS.indexOf(rating) + 1;
}
