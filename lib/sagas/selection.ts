/**
 * The explorer's choice of three settings, and its form in the URL:
 * `?communication=async&consistency=eventual&coordination=choreographed`.
 */
import { SAGA_VARIANTS, type Communication, type Consistency, type Coordination, type SagaVariant } from './variants';

export interface SagaSelection {
  communication: Communication;
  consistency: Consistency;
  coordination: Coordination;
}

export const DIMENSIONS = ['communication', 'consistency', 'coordination'] as const;

const DEFAULT: SagaSelection = { communication: 'sync', consistency: 'atomic', coordination: 'orchestrated' };

const ALLOWED: { [K in keyof SagaSelection]: readonly SagaSelection[K][] } = {
  communication: ['sync', 'async'],
  consistency: ['atomic', 'eventual'],
  coordination: ['orchestrated', 'choreographed'],
};

/** Reads a query string; a missing or unknown value falls back to the Epic Saga's setting. */
export function selectionFromQuery(search: string): SagaSelection {
  const params = new URLSearchParams(search);
  const pick = <K extends keyof SagaSelection>(key: K): SagaSelection[K] => {
    const value = params.get(key);
    return (ALLOWED[key] as readonly string[]).includes(value ?? '') ? (value as SagaSelection[K]) : DEFAULT[key];
  };
  return { communication: pick('communication'), consistency: pick('consistency'), coordination: pick('coordination') };
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
