/**
 * The eight saga variants of *Software Architecture: The Hard Parts* (Ford, Richards,
 * Sadalage, Dehghani, ch. 12) and their ratings from the book's comparison table.
 * One source for the notes, the explorer and the tests.
 */
export type Communication = 'sync' | 'async';
export type Consistency = 'atomic' | 'eventual';
export type Coordination = 'orchestrated' | 'choreographed';
export type Rating = 'very low' | 'low' | 'medium' | 'high' | 'very high';

export const RATING_LEVELS: readonly Rating[] = ['very low', 'low', 'medium', 'high', 'very high'];

export const RATING_NAMES = {
  coupling: 'Coupling',
  complexity: 'Complexity',
  responsiveness: 'Responsiveness/availability',
  scale: 'Scale/elasticity',
} as const;

export type RatingKey = keyof typeof RATING_NAMES;

export interface SagaVariant {
  slug: string;
  name: string;
  /** The book's code: s/a, a/e, o/c. */
  code: string;
  communication: Communication;
  consistency: Consistency;
  coordination: Coordination;
  ratings: Record<RatingKey, Rating>;
}

function variant(slug: string, name: string, code: string, coupling: Rating, complexity: Rating, responsiveness: Rating, scale: Rating): SagaVariant {
  const [c, k, o] = code;
  return {
    slug,
    name,
    code,
    communication: c === 's' ? 'sync' : 'async',
    consistency: k === 'a' ? 'atomic' : 'eventual',
    coordination: o === 'o' ? 'orchestrated' : 'choreographed',
    ratings: { coupling, complexity, responsiveness, scale },
  };
}

export const SAGA_VARIANTS: readonly SagaVariant[] = [
  variant('epic-saga', 'Epic Saga', 'sao', 'very high', 'low', 'low', 'very low'),
  variant('phone-tag-saga', 'Phone Tag Saga', 'sac', 'high', 'high', 'low', 'low'),
  variant('fairy-tale-saga', 'Fairy Tale Saga', 'seo', 'high', 'very low', 'medium', 'high'),
  variant('time-travel-saga', 'Time Travel Saga', 'sec', 'medium', 'low', 'medium', 'high'),
  variant('fantasy-fiction-saga', 'Fantasy Fiction Saga', 'aao', 'high', 'high', 'low', 'low'),
  variant('horror-story-saga', 'Horror Story Saga', 'aac', 'medium', 'very high', 'low', 'medium'),
  variant('parallel-saga', 'Parallel Saga', 'aeo', 'low', 'low', 'high', 'high'),
  variant('anthology-saga', 'Anthology Saga', 'aec', 'very low', 'high', 'high', 'very high'),
];

export function sagaBySlug(slug: string): SagaVariant | undefined {
  return SAGA_VARIANTS.find((v) => v.slug === slug);
}

export function ratingLevel(rating: Rating): number {
  return RATING_LEVELS.indexOf(rating) + 1;
}

export const SETTING_LABELS = {
  communication: { sync: 'Synchronous', async: 'Asynchronous' },
  consistency: { atomic: 'Atomic', eventual: 'Eventual' },
  coordination: { orchestrated: 'Orchestrated', choreographed: 'Choreographed' },
} as const;
