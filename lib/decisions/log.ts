/**
 * The decision log's order, numbers and status filter: pure, so the page, the filter in the
 * browser and the tests share one definition. A decision file carries no number (two branches
 * would pick the same one); its number is its place in date order.
 */
import { DECISION_STATUSES, type DecisionStatus } from '../content/schema';

export { DECISION_STATUSES, type DecisionStatus };

export interface DatedDecision {
  slug: string;
  title: string;
  /** YYYY-MM-DD, so text order is date order. */
  date: string;
}

/** Oldest first: by date, then title, then slug, so the order never depends on file order. */
export function byDate(a: DatedDecision, b: DatedDecision): number {
  return a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
}

/** Slug → display number, 1 for the oldest decision. */
export function decisionNumbers(decisions: readonly DatedDecision[]): Map<string, number> {
  return new Map([...decisions].sort(byDate).map((d, index) => [d.slug, index + 1]));
}

/** The log as a timeline: newest first. */
export function timeline<T extends DatedDecision>(decisions: readonly T[]): T[] {
  return [...decisions].sort((a, b) => byDate(b, a));
}

/** `ADR-0007`: the number as decision logs usually write it. */
export function decisionLabel(number: number): string {
  return `ADR-${String(number).padStart(4, '0')}`;
}

export function isDecisionStatus(value: unknown): value is DecisionStatus {
  return (DECISION_STATUSES as readonly unknown[]).includes(value);
}

export function withStatus<T extends { status: DecisionStatus }>(decisions: readonly T[], status: DecisionStatus | undefined): T[] {
  return status ? decisions.filter((d) => d.status === status) : [...decisions];
}

/** How many decisions have each status, every status listed (zero included), in the schema's order. */
export function statusCounts(decisions: readonly { status: DecisionStatus }[]): [DecisionStatus, number][] {
  return DECISION_STATUSES.map((status) => [status, decisions.filter((d) => d.status === status).length]);
}
