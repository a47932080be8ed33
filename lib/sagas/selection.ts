/**
 * The explorer's choice of three settings, and its form in the URL:
 * `?communication=async&consistency=eventual&coordination=choreographed`.
 */
import { readSettings } from '../simulators/url-settings';
import { SETTINGS, sameSettings, type SagaSettings, type SagaVariant } from './variants';

export type SagaSelection = SagaSettings;

/** Reads a query string; a missing or unknown value keeps the setting of `fallback`. */
export function selectionFromQuery(search: string, fallback: SagaSelection): SagaSelection {
  return readSettings(search, { communication: fallback.communication, consistency: fallback.consistency, coordination: fallback.coordination }, SETTINGS);
}

export function queryOf(selection: SagaSelection): string {
  return `?${new URLSearchParams({ ...selection }).toString()}`;
}

/** The variant note with these settings; a wiki need not have a note for every combination. */
export function variantOf(variants: readonly SagaVariant[], selection: SagaSelection): SagaVariant | undefined {
  return variants.find((variant) => sameSettings(variant, selection));
}
