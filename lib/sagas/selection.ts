/**
 * The explorer's choice of three settings, kept in the URL with lib/client/url-state.ts:
 * `?communication=async&consistency=eventual&coordination=choreographed`, each setting left out
 * when it is the first variant's (the plain `/sagas/` shows the first variant).
 */
import { sameSettings, type SagaSettings, type SagaVariant } from './variants';

export type SagaSelection = SagaSettings;

/** A variant's three settings alone: the explorer's defaults are the first variant's. */
export function selectionOf({ communication, consistency, coordination }: SagaSettings): SagaSelection {
  return { communication, consistency, coordination };
}

/** The variant note with these settings; a wiki need not have a note for every combination. */
export function variantOf(variants: readonly SagaVariant[], selection: SagaSelection): SagaVariant | undefined {
  return variants.find((variant) => sameSettings(variant, selection));
}
