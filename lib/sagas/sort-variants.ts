/** Orders the variants for the comparison matrix; ties keep the order given (the book's, from the site model). */
import { ratingLevel, type RatingKey, type SagaVariant } from './variants';

export type SortDirection = 'ascending' | 'descending';

export interface SagaSort {
  key: RatingKey;
  direction: SortDirection;
}

export function sortVariants(variants: readonly SagaVariant[], sort?: SagaSort): SagaVariant[] {
  if (!sort) return [...variants];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Array.prototype.sort is stable, so equal ratings stay in the book's order.
  return [...variants].sort((a, b) => sign * (ratingLevel(a.ratings[sort.key]) - ratingLevel(b.ratings[sort.key])));
}

/** A header clicked again flips its direction; a new header starts ascending. */
export function nextSort(current: SagaSort | undefined, key: RatingKey): SagaSort {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}
