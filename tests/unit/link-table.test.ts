import { describe, expect, it } from 'vitest';
import { buildLinkTable, resolveName, type NamedNote } from '@/lib/content/link-table';
import type { Slug } from '@/lib/content/paths';

const named = (path: string, slug: string, extra: Partial<NamedNote> = {}): NamedNote => ({
  slug: slug as Slug,
  path,
  aliases: [],
  title: slug,
  movedFrom: [],
  ...extra,
});

const table = buildLinkTable([
  named('Runbooks/Incident response.md', 'incident-response', { aliases: ['IR'], title: 'Responding to incidents' }),
  named('Design docs/Payments v2.md', 'payments-v2', { movedFrom: ['payments'] }),
  named('Archive/Payments v2.md', 'archive-payments-v2'),
  named('Team/Setup.md', 'team-setup'),
  named('Tools/Setup.md', 'tools-setup'),
  named('Glossary.md', 'glossary', { aliases: ['Incident response'], title: 'Setup' }),
]);

describe('links resolve as Obsidian resolves them', () => {
  it('by file name, in any case, with its spaces', () => {
    expect(resolveName(table, 'Incident response').slug).toBe('incident-response');
    expect(resolveName(table, 'incident RESPONSE').slug).toBe('incident-response');
    expect(resolveName(table, 'Incident response.md').slug).toBe('incident-response');
  });

  it('by path, or the end of one', () => {
    expect(resolveName(table, 'Design docs/Payments v2').slug).toBe('payments-v2');
    expect(resolveName(table, '/Archive/Payments v2.md').slug).toBe('archive-payments-v2');
    expect(resolveName(table, 'runbooks/incident response').slug).toBe('incident-response');
  });

  it('by slug, alias and title, a file name winning over an alias and an alias over a title', () => {
    expect(resolveName(table, 'incident-response').slug).toBe('incident-response');
    expect(resolveName(table, 'ir').slug).toBe('incident-response');
    expect(resolveName(table, 'Responding to incidents').slug).toBe('incident-response');
    // "Incident response" is Glossary's alias too, but a file's name is the stronger claim.
    expect(resolveName(table, 'Incident response').slug).toBe('incident-response');
  });

  it("takes the name in the linking note's folder, and lists the candidates when none is there", () => {
    expect(resolveName(table, 'Setup', 'Team/Onboarding.md').slug).toBe('team-setup');
    expect(resolveName(table, 'Setup', 'Tools/Linting.md').slug).toBe('tools-setup');
    expect(resolveName(table, 'Setup', 'Elsewhere.md')).toEqual({ ambiguous: ['team-setup', 'tools-setup'] });
    expect(resolveName(table, 'Payments v2', 'Notes.md')).toEqual({ ambiguous: ['archive-payments-v2', 'payments-v2'] });
  });

  it('by a former slug last, saying so, and nothing for an unknown name', () => {
    expect(resolveName(table, 'payments')).toEqual({ slug: 'payments-v2', former: true });
    expect(resolveName(table, 'Nowhere')).toEqual({});
  });

  it('resolves every link by one lookup, however large the wiki', () => {
    const notes = Array.from({ length: 10_000 }, (_, i) => named(`area-${i % 50}/Note ${i}.md`, `note-${i}`));
    const big = buildLinkTable(notes);
    expect(big.names.get('note 9999')).toEqual(['note-9999']);
    expect(resolveName(big, 'area-49/Note 9999').slug).toBe('note-9999');
  });
});
