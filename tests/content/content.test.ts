/**
 * The knowledge base itself: every required note exists in its area, says enough, links
 * enough, follows its kind's structure, cites every source address, and is our own prose.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@/lib/config';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import { loadSources } from '@/lib/content/load';
import { parseSource, type ParsedNote } from '@/lib/content/parse';
import type { Site } from '@/lib/content/site-model';
import { countWords } from '@/lib/content/word-count';
import { shingles } from '@/lib/content-quality/shingles';
import { BOOK_SAGA_VARIANTS } from './book-saga-variants';

const root = process.cwd();
const read = <T>(file: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, file), 'utf8')) as T;
interface Floors {
  words: number;
  sagaVariantWords: number;
  noteLinks: number;
  curatedLinks: number;
  sagaVariants: string[];
  /** Phrases about how the notes were made, never about their subject: matched in any case, as whole words. */
  forbiddenPhrases: string[];
  /** The deep notes: each reaches `longNoteWords`, links to `longNoteLinks` other notes and draws a diagram. */
  longNotes: string[];
  longNoteWords: number;
  longNoteLinks: number;
  /** Source addresses the third edition dropped as padding, each with why. */
  droppedSources: Record<string, string>;
  /** Slug → why the note has no primary source (a topic with no single author). */
  primarySourceExemptions: Record<string, string>;
}
const required = read<{
  areas: Record<string, string[]>;
  comparisons: string[];
  diagrams: string[];
  patterns: string[];
  patternSections: string[];
  floors: Floors;
}>('required-notes.json');
const { floors } = required;
const sourceAddresses = read<string[]>('source-addresses.json');
const seedShingles = new Set(read<{ hashes: string[] }>('seed-shingles.json').hashes);

let site: Site;
/** The notes of reference (everything but our decision records, which are records, not explanations): the floors are theirs. */
const referenceNotes = () => site.notes.filter((note) => !note.decision);
let parsed: Map<string, ParsedNote>;

beforeAll(async () => {
  const areas = getConfig().areas;
  const result = await buildContent({ projectRoot: root, areas, cache: memoryCache() });
  expect(result.problems).toEqual([]);
  site = result.site!;
  const { sources } = await loadSources(path.join(root, 'content'), root);
  parsed = new Map(sources.flatMap((s) => parseSource(s).note ?? []).map((n) => [n.slug, n]));
}, 120_000);

const allRequired = Object.entries(required.areas).flatMap(([area, slugs]) => slugs.map((slug) => ({ area, slug })));
const hasDiagram = (body: string) => /^```mermaid\s*$/m.test(body);

/** Everything of a note a reader sees as text: title, summary, aliases, curated link titles and notes, body. */
const readerText = (note: ParsedNote) => {
  const { title, summary, aliases, links } = note.frontmatter;
  return [title, summary, ...aliases, ...links.flatMap((l) => [l.title, l.note ?? '']), note.body].join('\n');
};
/** The forbidden phrases found in a text: any case, whole words only, a line break counting as a space. */
const forbiddenIn = (text: string) =>
  floors.forbiddenPhrases.filter((phrase) => {
    const words = phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  });

describe('the knowledge base', () => {
  it.each(allRequired)('has $slug in $area', ({ area, slug }) => {
    expect(site.bySlug.get(slug as never)?.area).toBe(area);
  });

  it('gives every note a summary, enough words (fewer for a saga variant) and links to enough other notes', () => {
    const short = referenceNotes().flatMap((note) => {
      const words = countWords(parsed.get(note.slug)!.body);
      const minWords = floors.sagaVariants.includes(note.slug) ? floors.sagaVariantWords : floors.words;
      const problems = [
        ...(note.summary.length < 40 ? ['summary is missing or too short'] : []),
        ...(words < minWords ? [`${words} words (at least ${minWords})`] : []),
        ...(note.outgoing.length < floors.noteLinks ? [`links to ${note.outgoing.length} notes`] : []),
      ];
      return problems.length ? [`${note.slug}: ${problems.join(', ')}`] : [];
    });
    expect(short).toEqual([]);
  });

  it('gives each deep note enough words, links to other notes and a diagram', () => {
    expect(floors.longNotes.length).toBeGreaterThan(0);
    const shallow = floors.longNotes.flatMap((slug) => {
      const note = site.bySlug.get(slug as never);
      const body = parsed.get(slug)?.body;
      if (!note || body === undefined) return [`${slug}: no such note`];
      const words = countWords(body);
      const problems = [
        ...(words < floors.longNoteWords ? [`${words} words (at least ${floors.longNoteWords})`] : []),
        ...(note.outgoing.length < floors.longNoteLinks
          ? [`links to ${note.outgoing.length} notes (at least ${floors.longNoteLinks})`]
          : []),
        ...(hasDiagram(body) ? [] : ['no diagram']),
      ];
      return problems.length ? [`${slug}: ${problems.join(', ')}`] : [];
    });
    expect(shallow).toEqual([]);
  });

  it('cites enough curated reading in every note, led by a primary source unless exempted with a reason', () => {
    const unsourced = referenceNotes().flatMap((note) => {
      const exempt = Boolean(floors.primarySourceExemptions[note.slug]);
      return [
        ...(note.links.length < floors.curatedLinks ? [`${note.slug}: ${note.links.length} curated links`] : []),
        ...(!note.links.some((l) => l.primary) && !exempt ? [`${note.slug}: no primary source`] : []),
        ...(note.links.some((l) => l.primary) && !note.links[0]?.primary ? [`${note.slug}: a primary source is cited, but not first`] : []),
      ];
    });
    expect(unsourced).toEqual([]);
    // An exemption says why the note has no single author; a bare or token reason is not one.
    expect(Object.entries(floors.primarySourceExemptions).filter(([, reason]) => reason.trim().split(/\s+/).length < 5)).toEqual([]);
    // An exemption for a note that is gone, or that has a primary source after all, is stale.
    expect(
      Object.keys(floors.primarySourceExemptions).filter((slug) => site.bySlug.get(slug as never)?.links.some((l) => l.primary) ?? true),
    ).toEqual([]);
  });

  it("records each of our decisions with MADR's sections, and links the notes it rests on", () => {
    const decisions = site.notes.filter((note) => note.decision);
    expect(decisions.length).toBeGreaterThanOrEqual(3);
    const off = decisions.flatMap((note) => {
      const h2 = note.headings.filter((h) => h.depth === 2).map((h) => h.text.toLowerCase());
      const missing = ['context', 'option', 'outcome', 'consequence'].filter((word) => !h2.some((h) => h.includes(word)));
      return [
        ...(missing.length ? [`${note.slug}: no section on ${missing.join(', ')}`] : []),
        ...(note.outgoing.length < 2 ? [`${note.slug}: links to ${note.outgoing.length} notes`] : []),
      ];
    });
    expect(off).toEqual([]);
  });

  it("speaks to readers, never of the project's own working notes", () => {
    const found = site.notes.flatMap((note) => forbiddenIn(readerText(parsed.get(note.slug)!)).map((p) => `${note.slug}: "${p}"`));
    expect(found).toEqual([]);
  });

  it('finds the forbidden phrases in any case, across line breaks and in frontmatter, but not inside other words', () => {
    const note = parsed.get('saga-pattern')!;
    const planted = (links: ParsedNote['frontmatter']['links'], body = note.body): ParsedNote => ({
      ...note,
      frontmatter: { ...note.frontmatter, links },
      body,
    });
    const withLinkNote = planted([{ ...note.frontmatter.links[0]!, note: 'Rephrased from the original chapter.' }]);
    expect(forbiddenIn(readerText(withLinkNote))).toEqual(['rephrased', 'rephrased from']);
    expect(forbiddenIn(readerText(planted(note.frontmatter.links, 'As the Source\nMaterial warns.')))).toEqual(['source material']);
    expect(forbiddenIn(readerText(planted(note.frontmatter.links, 'Keep the briefing short; in brief, the briefest.')))).toEqual([]);
  });

  it("shows every address of the source notes in some note's further reading, but the ones dropped for a reason", () => {
    const cited = new Set(site.notes.flatMap((n) => n.links.map((l) => l.url)));
    const dropped = floors.droppedSources;
    expect(sourceAddresses.filter((url) => !cited.has(url) && !dropped[url])).toEqual([]);
    // A dropped address is gone for good, and it was a source address: the list cannot hide a missing one.
    expect(Object.keys(dropped).filter((url) => cited.has(url) || !sourceAddresses.includes(url))).toEqual([]);
  });

  it('gives pattern notes the shared structure', () => {
    const off = required.patterns.flatMap((slug) => {
      const h2 =
        site.bySlug
          .get(slug as never)
          ?.headings.filter((h) => h.depth === 2)
          .map((h) => h.text) ?? [];
      const order = required.patternSections.map((s) => h2.indexOf(s));
      return order.includes(-1) || order.some((v, i) => i > 0 && v < order[i - 1]!) ? [`${slug}: ${h2.join(' / ')}`] : [];
    });
    expect(off).toEqual([]);
  });

  it("keeps a log of our own decisions, each in MADR's four sections, one superseding another", () => {
    const madr = ['Context and problem', 'Considered options', 'Decision outcome', 'Consequences'];
    expect(site.decisions.length).toBeGreaterThanOrEqual(3);
    const off = site.decisions.flatMap((note) => {
      const h2 = note.headings.filter((h) => h.depth === 2).map((h) => h.text);
      return h2.join(' / ') === madr.join(' / ') ? [] : [`${note.slug}: ${h2.join(' / ')}`];
    });
    expect(off).toEqual([]);
    expect(site.decisions.some((note) => note.decision?.supersededBy)).toBe(true);
  });

  it('puts a side-by-side table in every comparison note', () => {
    expect(required.comparisons.filter((slug) => !/^\|.+\|\s*\n\|\s*:?-{3,}/m.test(parsed.get(slug)?.body ?? ''))).toEqual([]);
  });

  it('draws a diagram where structure speaks louder than prose', () => {
    expect(required.diagrams.filter((slug) => !/^```mermaid\s*$/m.test(parsed.get(slug)?.body ?? ''))).toEqual([]);
  });

  it('declares the acronyms readers search for as aliases', () => {
    const aliases = new Set(site.notes.flatMap((n) => n.aliases.map((a) => a.toUpperCase())));
    expect(['CQRS', 'EDA', 'SCS', 'DDD', '2PC', 'ACID', 'BASE'].filter((a) => !aliases.has(a))).toEqual([]);
  });

  it("gives the eight saga variant notes the book's settings and ratings, in the book's order", () => {
    expect(site.sagas).toEqual(BOOK_SAGA_VARIANTS);
  });

  it('is written in our own words: no run of eight words is copied from the source notes', () => {
    const copied = site.notes.flatMap((note) => {
      // Prose only: code, diagrams and link targets are not sentences.
      const body = parsed
        .get(note.slug)!
        .body.replace(/^```[\s\S]*?^```/gm, ' ')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/https?:\/\/\S+/g, ' ');
      return [...shingles(`${note.summary}\n${body}`)]
        .filter(([hash]) => seedShingles.has(hash))
        .map(([, run]) => `${note.slug}: "${run}"`);
    });
    expect(copied).toEqual([]);
  });
});
