/** The explorer and matrix as the server renders them for a wiki with only some variant notes. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SagaExplorer } from '@/components/sagas/saga-explorer';
import { SagaMatrix } from '@/components/sagas/saga-matrix';
import type { SagaVariant } from '@/lib/sagas/variants';

const ratings = { coupling: 'low', complexity: 'low', responsiveness: 'high', scale: 'high' } as const;
const FAIRY: SagaVariant = {
  slug: 'our-fairy-tale',
  name: 'Our Fairy Tale',
  code: 'seo',
  communication: 'sync',
  consistency: 'eventual',
  coordination: 'orchestrated',
  ratings,
};
const PARALLEL: SagaVariant = {
  slug: 'our-parallel',
  name: 'Our Parallel',
  code: 'aeo',
  communication: 'async',
  consistency: 'eventual',
  coordination: 'orchestrated',
  ratings,
};

describe('the saga explorer with two variant notes', () => {
  it('starts on the first variant, links to its note, and marks the choices that lead to no note', () => {
    const html = renderToStaticMarkup(
      createElement(SagaExplorer, {
        variants: [FAIRY, PARALLEL],
        panels: { [FAIRY.slug]: 'fairy panel', [PARALLEL.slug]: 'parallel panel' },
      }),
    );
    expect(html).toContain('Our Fairy Tale</h2>');
    // Outside Next's build, next/link drops the trailing slash that trailingSlash adds back.
    expect(html).toMatch(/data-testid="saga-link" href="\/notes\/our-fairy-tale\/?">Read the Our Fairy Tale note/);
    expect(html).not.toMatch(/epic-saga|Epic/);
    // From sync/eventual/orchestrated: async leads to Our Parallel, atomic and choreographed to nothing.
    const labels = [...html.matchAll(/<label[^>]*>(.*?)<\/label>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(labels).toEqual(['Synchronous', 'Asynchronous', 'Atomic(no note)', 'Eventual', 'Orchestrated', 'Choreographed(no note)']);
  });

  it('lists only the variants that exist in the matrix, each linked to its note', () => {
    const html = renderToStaticMarkup(createElement(SagaMatrix, { variants: [FAIRY, PARALLEL] }));
    expect(html).toContain('2 saga variants and their ratings');
    expect([...html.matchAll(/data-saga-row="([^"]+)"/g)].map((m) => m[1])).toEqual(['our-fairy-tale', 'our-parallel']);
  });
});
