/**
 * The explorer's choice of three settings, and its form in the URL:
 * `?communication=async&consistency=eventual&coordination=choreographed`.
 */
import { readSettings } from '../simulators/url-settings';
import { SAGA_VARIANTS, SETTING_LABELS, type Communication, type Consistency, type Coordination, type SagaVariant } from './variants';

export interface SagaSelection {
  communication: Communication;
  consistency: Consistency;
  coordination: Coordination;
}

export const DIMENSIONS = ['communication', 'consistency', 'coordination'] as const;

const DEFAULT: SagaSelection = { communication: 'sync', consistency: 'atomic', coordination: 'orchestrated' };

/** The values each setting takes: the ones the explorer labels. */
const ALLOWED: { [K in keyof SagaSelection]: readonly SagaSelection[K][] } = {
  communication: Object.keys(SETTING_LABELS.communication) as Communication[],
  consistency: Object.keys(SETTING_LABELS.consistency) as Consistency[],
  coordination: Object.keys(SETTING_LABELS.coordination) as Coordination[],
};

/** Reads a query string; a missing or unknown value falls back to the Epic Saga's setting. */
export function selectionFromQuery(search: string): SagaSelection {
  return readSettings(search, DEFAULT, ALLOWED);
}

export function queryOf(selection: SagaSelection): string {
  return `?${new URLSearchParams({ ...selection }).toString()}`;
}

/** Every combination names exactly one of the eight variants. */
export function variantOf(selection: SagaSelection): SagaVariant {
  const found = SAGA_VARIANTS.find((v) => v.communication === selection.communication && v.consistency === selection.consistency && v.coordination === selection.coordination);
  if (!found) throw new Error(`no saga variant for ${queryOf(selection)}`);
  return found;
}
