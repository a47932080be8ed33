/**
 * A deterministic synthetic corpus for size budgets and the benchmark: notes of about 500
 * words in an intro and five sections, whose words follow a Zipf distribution (as words in
 * real prose do) over English function words, this field's vocabulary and a long tail of
 * rarer made-up words, so index sizes grow with the corpus the way a real wiki's would.
 */
import { createRandom } from '../random';
import type { SearchableNote } from './records';

const FUNCTION_WORDS = `the of and to a in is that for it as with be on not this by are or from at an which
but can when each one all more their they its one if so other only then there than these such also into
what how every two may must without has have was were will would should could does do because while
where after before both same own any no some most many own between about through over under again`.split(/\s+/);

const DOMAIN_WORDS = `service services event events message messages queue broker consumer producer command query
saga sagas transaction transactions compensation compensating orchestration orchestrator choreography
consistency eventual atomic database schema table replica replication partition latency throughput
timeout retry retries backoff jitter circuit breaker fallback bulkhead idempotent idempotency key outbox
inbox publish subscribe topic stream log projection read model write model aggregate entity value object
bounded context domain ubiquitous language team teams ownership coupling cohesion interface contract api
gateway client server request response synchronous asynchronous polling webhook callback status workflow
state machine step steps failure failures error errors network reliable unreliable bandwidth topology
deployment deploy release pipeline container cluster node nodes scale scaling load balancer cache caching
invalidation view views materialized snapshot version versions migration monolith modular module modules
boundary boundaries granularity size split merge data ownership private shared library libraries
duplication abstraction encapsulation hiding information change changes cost trade offs risk test tests
contract consumer driven observability tracing metrics logging alert alerts incident recovery rollback
forward fix order orders payment payments inventory shipping customer customers account accounts booking
hotel flight travel reservation ticket refund notification email user users session token security`.split(/\s+/);

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tor',
  'vu',
  'sel',
  'dra',
  'pin',
  'qua',
  'zo',
  'bel',
  'mar',
  'nix',
  'ost',
  'cre',
  'fal',
  'gun',
  'hep',
  'ju',
];

/** Function words, then domain words, then the made-up tail: the order is the Zipf rank. */
function vocabulary(tailSize: number): string[] {
  const tail: string[] = [];
  for (let i = 0; tail.length < tailSize; i++) {
    let n = i;
    let word = '';
    do {
      word += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    if (word.length >= 4) tail.push(word);
  }
  return [...FUNCTION_WORDS, ...DOMAIN_WORDS, ...tail];
}

function zipfSampler(size: number, next: () => number): (words: readonly string[]) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= size; rank++) cumulative.push((total += 1 / rank));
  return (words) => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return words[low]!;
  };
}

const SYNTHETIC_TAGS = [
  'data',
  'patterns',
  'messaging',
  'resilience',
  'design',
  'microservices',
  'consistency',
  'events',
  'api',
  'testing',
  'operations',
  'security',
];

/** `count` notes, ~500 words each: a 30-word summary and intro, then five sections of ~90 words. */
export function syntheticNotes(count: number, seed = 1): SearchableNote[] {
  const next = createRandom(seed); // seeded, so every run builds the same corpus
  const words = vocabulary(20_000);
  const word = zipfSampler(words.length, next);
  const domain = () => DOMAIN_WORDS[Math.floor(next() * DOMAIN_WORDS.length)]!;
  const phrase = (n: number, pick: () => string) => Array.from({ length: n }, pick).join(' ');
  const sentence = (n: number) => {
    const text = phrase(n, () => word(words));
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const prose = (n: number) => {
    const sentences: string[] = [];
    for (let left = n; left > 0;) {
      const length = Math.min(left, 8 + Math.floor(next() * 14));
      sentences.push(sentence(length));
      left -= length;
    }
    return sentences.join(' ');
  };
  return Array.from({ length: count }, (_, i) => {
    const title = phrase(2 + Math.floor(next() * 3), domain);
    const sections = [{ id: '', heading: '', text: prose(30) }];
    for (let s = 0; s < 5; s++) {
      const heading = phrase(2 + Math.floor(next() * 3), domain);
      sections.push({ id: `${heading.replaceAll(' ', '-')}-${s}`, heading, text: prose(80 + Math.floor(next() * 20)) });
    }
    return {
      slug: `synthetic-${i}`,
      title,
      area: 'synthetic',
      summary: prose(20),
      aliases: next() < 0.4 ? [phrase(2, domain)] : [],
      tags: Array.from(
        new Set(Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYNTHETIC_TAGS[Math.floor(next() * SYNTHETIC_TAGS.length)]!)),
      ),
      links: Array.from({ length: 2 }, () => ({ title: phrase(4, domain) })),
      sections,
    };
  });
}
