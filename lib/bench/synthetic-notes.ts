/**
 * A deterministic synthetic corpus for build benchmarks: notes of realistic length and
 * structure (sections, lists, a table, wiki-links to other notes, curated links), spread
 * over the configured areas. No diagrams: rendering them needs a browser and is measured
 * separately.
 */
import { createRandom } from '../random';

const TERMS = [
  'service',
  'event',
  'saga',
  'queue',
  'broker',
  'consumer',
  'producer',
  'timeout',
  'retry',
  'orchestrator',
  'workflow',
  'read model',
  'projection',
  'aggregate',
  'boundary',
  'contract',
  'schema',
  'latency',
  'throughput',
  'replica',
  'partition',
  'transaction',
  'compensation',
  'idempotency key',
  'circuit',
  'fallback',
  'cache',
  'gateway',
  'deployment',
  'team',
];
const VERBS = [
  'publishes',
  'consumes',
  'retries',
  'compensates',
  'records',
  'routes',
  'validates',
  'caches',
  'isolates',
  'coordinates',
  'replays',
  'throttles',
];
const CONNECTIVES = ['Meanwhile', 'As a result', 'In practice', 'By contrast', 'Over time', 'Under load'];

/** Folders of a synthetic wiki: five areas, none of them the decision log's. */
export const SYNTHETIC_AREAS = ['architecture', 'platform', 'data', 'operations', 'practices'] as const;

export interface SyntheticNote {
  area: string;
  slug: string;
  source: string;
}

export function syntheticNotes(count: number, areas: readonly string[], seed = 42): SyntheticNote[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const slug = (i: number) => `synthetic-note-${i + 1}`;
  const sentence = () =>
    `${pick(CONNECTIVES)}, the ${pick(TERMS)} ${pick(VERBS)} each ${pick(TERMS)} before the ${pick(TERMS)} ${pick(VERBS)} it again.`;
  const paragraph = (links: string[]) => {
    const parts = Array.from({ length: 4 }, sentence);
    const link = links.pop();
    if (link) parts.splice(2, 0, `See [[${link}]] for how the ${pick(TERMS)} fits in.`);
    return parts.join(' ');
  };
  return Array.from({ length: count }, (_, i) => {
    const links = Array.from({ length: 4 }, () => slug(Math.floor(random() * count))).filter((s) => s !== slug(i));
    const title = `Synthetic ${pick(TERMS)} note ${i + 1}`;
    const sections = ['Problem', 'Solution', 'Trade-offs', 'When to use it and when not', 'Related'];
    const body = sections
      .map((heading, s) => {
        const text = [paragraph(links), paragraph(links)].join('\n\n');
        const extra =
          s === 2
            ? `\n\n| option | cost |\n| --- | --- |\n| ${pick(TERMS)} | low |\n| ${pick(TERMS)} | high |`
            : s === 4
              ? `\n\n- [[${slug((i + 1) % count)}]]: the next note.\n- [[${slug((i + count - 1) % count)}]]: the previous note.`
              : '';
        return `## ${heading}\n\n${text}${extra}`;
      })
      .join('\n\n');
    const frontmatter = [
      '---',
      `title: ${title}`,
      `summary: A generated note about the ${pick(TERMS)} and the ${pick(TERMS)}, used to measure builds at scale.`,
      `tags: [synthetic, ${pick(['data', 'resilience', 'sagas', 'patterns', 'messaging'])}]`,
      `links:\n  - title: Reference ${i % 50}\n    url: https://example.com/reference/${i % 50}\n    kind: article`,
      '---',
    ].join('\n');
    return { area: areas[i % areas.length] as string, slug: slug(i), source: `${frontmatter}\n\n${body}\n` };
  });
}
