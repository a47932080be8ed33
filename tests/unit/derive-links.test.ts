import { describe, expect, it } from 'vitest';
import { compileNote } from '@/lib/content/compile';
import { deriveLinks } from '@/lib/content/derive-links';
import { buildRegistry } from '@/lib/content/registry';
import { note, siteOf } from './helpers';

async function linksOf(body: string) {
  const notes = [
    note('patterns/cqrs.mdx', 'title: Command Query Responsibility Segregation\nsummary: S.', '\nBody.\n'),
    note('patterns/t.mdx', 'title: T\nsummary: S.', body),
  ];
  const { registry } = buildRegistry(notes);
  const entries = await Promise.all(notes.map(async (n) => ({ note: n, compiled: (await compileNote(n)).compiled })));
  return deriveLinks(entries, registry).links;
}

describe('deriveLinks contexts', () => {
  it('narrows a paragraph to the sentence with the link, even when it starts with a lowercase slug', async () => {
    const [link] = await linksOf('\nFirst we write. [[cqrs]] splits the models. Then we read.\n');
    expect(link?.context).toBe('Command Query Responsibility Segregation splits the models.');
    expect(link?.highlight).toEqual([0, 'Command Query Responsibility Segregation'.length]);
  });

  it('marks the words of a labelled link inside its sentence', async () => {
    const [link] = await linksOf('\nIntro here. Reads go to [[cqrs|the read side]] today.\n');
    expect(link?.context).toBe('Reads go to the read side today.');
    expect(link?.context.slice(...(link.highlight ?? [0, 0]))).toBe('the read side');
  });
});

describe("the site model's openings", () => {
  it('reads an unlabeled wiki-link in the first paragraph as the title of the note it names', async () => {
    const cqrs = note('patterns/cqrs.mdx', 'title: Command Query Responsibility Segregation\nsummary: S.\naliases: [CQRS]', '\nBody.\n');
    const es = note(
      'patterns/es.mdx',
      'title: Event Sourcing\nsummary: S.',
      '\nIt pairs with [[cqrs]], also called [[CQRS]],\nand [[cqrs|its read side]].\n',
    );
    const site = await siteOf([cqrs, es]);
    expect(site.bySlug.get('es' as never)?.opening).toBe(
      'It pairs with Command Query Responsibility Segregation, also called CQRS, and its read side.',
    );
  });
});
