/**
 * The book's comparison table (*Software Architecture: The Hard Parts*, ch. 12): what our eight
 * saga notes must say in their `saga:` frontmatter, and what the explorer's e2e spec expects.
 * Test data about our content, not engine code: the engine reads the notes.
 */
import type { Rating, SagaVariant } from '../../lib/sagas/variants';

function variant(
  slug: string,
  name: string,
  code: string,
  coupling: Rating,
  complexity: Rating,
  responsiveness: Rating,
  scale: Rating,
): SagaVariant {
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

export const BOOK_SAGA_VARIANTS: readonly SagaVariant[] = [
  variant('epic-saga', 'Epic Saga', 'sao', 'very high', 'low', 'low', 'very low'),
  variant('phone-tag-saga', 'Phone Tag Saga', 'sac', 'high', 'high', 'low', 'low'),
  variant('fairy-tale-saga', 'Fairy Tale Saga', 'seo', 'high', 'very low', 'medium', 'high'),
  variant('time-travel-saga', 'Time Travel Saga', 'sec', 'medium', 'low', 'medium', 'high'),
  variant('fantasy-fiction-saga', 'Fantasy Fiction Saga', 'aao', 'high', 'high', 'low', 'low'),
  variant('horror-story-saga', 'Horror Story Saga', 'aac', 'medium', 'very high', 'low', 'medium'),
  variant('parallel-saga', 'Parallel Saga', 'aeo', 'low', 'low', 'high', 'high'),
  variant('anthology-saga', 'Anthology Saga', 'aec', 'very low', 'high', 'high', 'very high'),
];
