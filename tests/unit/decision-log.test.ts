/** The decision log: numbers from date order, the timeline, the status filter, and decisions in the site model. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import { asSlug } from '@/lib/content/paths';
import { decisionsApplying } from '@/lib/decisions/applying';
import { decisionLabel, decisionNumbers, statusCounts, timeline, withStatus } from '@/lib/decisions/log';
import { toRecords } from '@/lib/search/records';

const d = (slug: string, date: string, title = slug) => ({ slug, title, date });

describe('decision numbers and the timeline', () => {
  it('numbers decisions from the oldest, same-day decisions by title, whatever order the files come in', () => {
    const numbers = decisionNumbers([d('c', '2026-03-01', 'Zebra'), d('a', '2025-12-31'), d('b', '2026-03-01', 'Apple')]);
    expect([...numbers]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('lists the newest first, the later title first on the same day, so it reads as the numbers backwards', () => {
    const log = timeline([d('a', '2025-12-31'), d('c', '2026-03-01', 'Zebra'), d('b', '2026-03-01', 'Apple')]);
    expect(log.map((x) => x.slug)).toEqual(['c', 'b', 'a']);
  });

  it('writes the number as decision logs do', () => {
    expect(decisionLabel(7)).toBe('ADR-0007');
  });
});

describe('the status filter', () => {
  it('keeps the entries of the chosen status, all of them when none is chosen, and counts every status', () => {
    const entries = [{ status: 'accepted' as const }, { status: 'superseded' as const }, { status: 'accepted' as const }];
    expect(withStatus(entries, 'accepted')).toHaveLength(2);
    expect(withStatus(entries, undefined)).toHaveLength(3);
    expect(statusCounts(entries)).toEqual([
      ['proposed', 0],
      ['accepted', 2],
      ['rejected', 0],
      ['deprecated', 0],
      ['superseded', 1],
    ]);
  });
});

describe('decisions in the site model (fixture decision-log)', async () => {
  const projectRoot = path.join(import.meta.dirname, '../fixtures/decision-log');
  const result = await buildContent({
    projectRoot,
    areas: [{ id: 'patterns', title: 'Patterns', description: '' }],
    cache: memoryCache(),
    fingerprint: 'test',
  });
  const site = result.site;

  it('builds, with the decisions newest first and numbered by date, the README as the area intro only', () => {
    expect(result.problems).toEqual([]);
    expect(site?.decisions.map((n) => [n.slug, n.decision?.number])).toEqual([
      ['use-orchestration', 3],
      ['keep-the-monolith', 2],
      ['use-choreography', 1],
    ]);
    expect(site?.bySlug.get(asSlug('decisions'))?.decision).toBeUndefined();
  });

  it('carries status, date, deciders and both supersede directions', () => {
    expect(site?.bySlug.get(asSlug('use-orchestration'))?.decision).toEqual({
      number: 3,
      status: 'accepted',
      date: '2026-03-01',
      deciders: ['Ana Lima', 'Tom Berg'],
      supersedes: ['use-choreography'],
      applies: ['orchestration'],
    });
    expect(site?.bySlug.get(asSlug('use-choreography'))?.decision).toMatchObject({
      status: 'superseded',
      supersededBy: 'use-orchestration',
    });
  });

  it('lists on a pattern note the decisions that apply it; applies is an edge of the graph; the body link a backlink', () => {
    expect(decisionsApplying(site?.decisions ?? [], 'orchestration').map(({ note, decision }) => [note.slug, decision.status])).toEqual([
      ['use-orchestration', 'accepted'],
    ]);
    expect(site?.bySlug.get(asSlug('use-orchestration'))?.outgoing).toEqual(['use-choreography', 'orchestration']);
    expect(site?.bySlug.get(asSlug('use-choreography'))?.backlinks.map((l) => l.from)).toEqual(['use-orchestration']);
  });

  it('makes the status searchable with the note-level fields', () => {
    const note = site?.bySlug.get(asSlug('use-orchestration'));
    expect(note && toRecords([note])[0]?.tags).toBe('accepted');
  });

  it('has no decisions, and so no log, in a wiki without a decisions area', async () => {
    const plain = await buildContent({
      projectRoot: path.join(import.meta.dirname, '../fixtures/valid-site'),
      cache: memoryCache(),
      fingerprint: 'test',
    });
    expect(plain.site?.decisions).toEqual([]);
  });

  it('takes the decisions area from the config', async () => {
    const renamed = await buildContent({ projectRoot, decisions: 'adr', cache: memoryCache(), fingerprint: 'test' });
    expect(renamed.problems.map((p) => p.code)).toContain('invalid-decision');
    expect(renamed.site).toBeUndefined();
  });
});
