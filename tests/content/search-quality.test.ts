/**
 * Search quality over the real content: the index is built from content/ through the real
 * pipeline (memory cache), and each query must find its note among the first three; a query
 * written word for word as a note has it must put that note first.
 */
import * as flexsearch from 'flexsearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@/lib/config';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import { openIndex, type SearchEngine } from '@/lib/search/engine';
import { buildPayload } from '@/lib/search/payload';

let engine: SearchEngine;

beforeAll(async () => {
  const { site, problems } = await buildContent({ projectRoot: process.cwd(), areas: getConfig().areas, cache: memoryCache() });
  if (!site) throw new Error(JSON.stringify(problems));
  engine = openIndex(buildPayload(site.notes), flexsearch);
}, 120_000);

const EXPECTED: [kind: string, query: string, slug: string][] = [
  ['exact', 'circuit breaker', 'circuit-breaker'],
  ['exact', 'idempotency', 'idempotency'],
  ['exact', 'transactional outbox', 'transactional-outbox'],
  ['exact', 'materialized view', 'materialized-view'],
  ['exact', 'information hiding', 'information-hiding'],
  ['exact', 'coupling', 'coupling'],
  ['exact', 'event sourcing', 'event-sourcing'],
  ['prefix', 'choreo', 'choreography'],
  ['prefix', 'orchestr', 'orchestration'],
  ['prefix', 'idempot', 'idempotency'],
  ['prefix', 'granul', 'microservice-granularity'],
  ['prefix', 'fallac', 'fallacies-of-distributed-computing'],
  ['typo', 'orchestartion', 'orchestration'],
  ['typo', 'choreograpy', 'choreography'],
  ['typo', 'idempotancy', 'idempotency'],
  ['typo', 'compensting transaction', 'compensating-transaction'],
  ['typo', 'materialised view', 'materialized-view'],
  ['acronym', 'CQRS', 'cqrs'],
  ['acronym', 'EDA', 'event-driven-architecture'],
  ['acronym', 'SCS', 'self-contained-systems'],
  ['acronym', 'DDD', 'domain-driven-design'],
  ['acronym', '2PC', 'two-phase-commit'],
  ['acronym', 'ACID', 'acid-vs-base'],
  // Short all-caps aliases match as written: the phonetic encoder turns "BFF" into "f" and "XA" into "sa".
  ['acronym', 'BFF', 'api-gateway-and-bff'],
  ['acronym', 'XA', 'two-phase-commit'],
  ['phrase', 'the network is reliable', 'fallacies-of-distributed-computing'],
  ['phrase', 'exponential backoff with jitter', 'timeouts-retries-and-backoff'],
  ['phrase', 'bounded context', 'domain-driven-design'],
  ['phrase', 'eventual consistency', 'atomic-vs-eventual-consistency'],
  ['phrase', 'load leveling queue', 'queue-based-load-leveling'],
  ['phrase', 'fantasy fiction saga', 'fantasy-fiction-saga'],
  ['phrase', 'modular monolith', 'monolith-vs-microservices'],
  // The newer notes, by the words a practitioner types: acronyms, jargon, misspellings.
  ['acronym', 'CDC', 'change-data-capture'],
  ['acronym', 'BFF', 'api-gateway-and-bff'],
  ['acronym', 'CAP', 'cap-and-pacelc'],
  ['acronym', 'PACELC', 'cap-and-pacelc'],
  ['acronym', '3PC', 'two-phase-commit'],
  ['acronym', 'mTLS', 'service-mesh-and-discovery'],
  ['acronym', 'OpenTelemetry', 'observability-and-tracing'],
  ['typo', 'bulkead', 'bulkhead'],
  ['typo', 'conways law', 'conways-law'],
  ['typo', 'idempotant', 'idempotency'],
  ['typo', 'conascence', 'connascence'],
  ['typo', 'observabilty', 'observability-and-tracing'],
  ['typo', 'strangler pattern', 'strangler-fig'],
  ['phrase', 'saga isolation', 'saga-isolation'],
  ['phrase', 'semantic lock', 'saga-isolation'],
  ['phrase', 'pivot transaction', 'saga-isolation'],
  ['phrase', 'saga state machine', 'saga-state-machine'],
  ['phrase', 'two phase commit', 'two-phase-commit'],
  ['phrase', 'connascence of meaning', 'connascence'],
  ['phrase', 'architecture quantum', 'architecture-quantum'],
  ['phrase', 'inverse conway maneuver', 'conways-law'],
  ['phrase', 'token bucket', 'rate-limiting-and-load-shedding'],
  ['phrase', 'load shedding', 'rate-limiting-and-load-shedding'],
  ['phrase', 'distributed tracing', 'observability-and-tracing'],
  ['phrase', 'traceparent header', 'observability-and-tracing'],
  ['phrase', 'exactly once delivery', 'message-delivery-guarantees'],
  ['phrase', 'dead letter queue', 'message-delivery-guarantees'],
  ['phrase', 'api gateway', 'api-gateway-and-bff'],
  ['phrase', 'backends for frontends', 'api-gateway-and-bff'],
  ['phrase', 'service discovery', 'service-mesh-and-discovery'],
  ['phrase', 'consumer driven contracts', 'contract-versioning-and-testing'],
  ['phrase', 'api versioning', 'contract-versioning-and-testing'],
  ['phrase', 'strangler fig', 'strangler-fig'],
  ['phrase', 'joint data ownership', 'data-ownership'],
  ['phrase', 'change data capture', 'change-data-capture'],
  ['phrase', 'debezium', 'change-data-capture'],
  // Issue 13's notes on saga internals, data ownership and messaging.
  ['phrase', 'paxos commit', 'two-phase-commit'],
  ['acronym', 'DLQ', 'message-delivery-guarantees'],
  ['phrase', 'dirty read saga', 'saga-isolation'],
  ['phrase', 'stuck saga timeout', 'saga-state-machine'],
  ['phrase', 'joint ownership', 'data-ownership'],
  ['typo', 'two phase comit', 'two-phase-commit'],
  // Issue 18: our decisions, and a decision's status as a search word.
  ['status', 'superseded', 'draw-mermaid-diagrams-at-build-time'],
  ['status', 'accepted', 'export-a-static-site'],
  ['phrase', 'flexsearch', 'search-in-the-browser-with-flexsearch'],
  // The third edition's distributed-data notes: consensus, replication, partitioning, caching, clocks.
  ['phrase', 'leader election', 'consensus-and-leader-election'],
  ['phrase', 'raft consensus', 'consensus-and-leader-election'],
  ['phrase', 'paxos', 'consensus-and-leader-election'],
  ['phrase', 'fencing token', 'consensus-and-leader-election'],
  ['phrase', 'split brain', 'consensus-and-leader-election'],
  ['acronym', 'FLP', 'consensus-and-leader-election'],
  ['typo', 'concensus algorithm', 'consensus-and-leader-election'],
  ['phrase', 'leaderless replication', 'replication-and-quorums'],
  ['phrase', 'sloppy quorum', 'replication-and-quorums'],
  ['phrase', 'hinted handoff', 'replication-and-quorums'],
  ['phrase', 'read repair', 'replication-and-quorums'],
  ['acronym', 'CRDT', 'replication-and-quorums'],
  ['typo', 'replicaton lag', 'replication-and-quorums'],
  ['phrase', 'consistent hashing', 'partitioning-and-sharding'],
  ['phrase', 'sharding', 'partitioning-and-sharding'],
  ['phrase', 'hot key', 'partitioning-and-sharding'],
  ['phrase', 'secondary index by term', 'partitioning-and-sharding'],
  ['typo', 'shardng', 'partitioning-and-sharding'],
  ['phrase', 'cache aside', 'caching-strategies'],
  ['phrase', 'write behind cache', 'caching-strategies'],
  ['phrase', 'cache stampede', 'caching-strategies'],
  ['phrase', 'thundering herd', 'caching-strategies'],
  ['acronym', 'TTL', 'caching-strategies'],
  ['typo', 'cache invalidaton', 'caching-strategies'],
  ['phrase', 'vector clocks', 'clocks-and-event-ordering'],
  ['phrase', 'lamport timestamps', 'clocks-and-event-ordering'],
  ['phrase', 'happens before', 'clocks-and-event-ordering'],
  ['phrase', 'clock skew', 'clocks-and-event-ordering'],
  ['phrase', 'truetime', 'clocks-and-event-ordering'],
  ['acronym', 'LWW', 'clocks-and-event-ordering'],
  ['acronym', 'HLC', 'clocks-and-event-ordering'],
  ['typo', 'vector clcoks', 'clocks-and-event-ordering'],
  // The third edition's notes on TCC, data access, fitness functions, deployments and the ACL.
  ['acronym', 'TCC', 'try-confirm-cancel'],
  ['phrase', 'try confirm cancel', 'try-confirm-cancel'],
  ['phrase', 'reservation timeout', 'try-confirm-cancel'],
  ['typo', 'try confim cancel', 'try-confirm-cancel'],
  ['phrase', 'column schema replication', 'distributed-data-access'],
  ['phrase', 'replicated caching', 'distributed-data-access'],
  ['phrase', 'data domain pattern', 'distributed-data-access'],
  ['phrase', 'read data owned by another service', 'distributed-data-access'],
  ['phrase', 'fitness function', 'architecture-characteristics-and-fitness-functions'],
  ['phrase', 'architecture characteristics', 'architecture-characteristics-and-fitness-functions'],
  ['phrase', 'non-functional requirements', 'architecture-characteristics-and-fitness-functions'],
  ['phrase', 'ArchUnit', 'architecture-characteristics-and-fitness-functions'],
  ['typo', 'fitnes function', 'architecture-characteristics-and-fitness-functions'],
  ['phrase', 'blue green deployment', 'deployment-strategies'],
  ['phrase', 'canary release', 'deployment-strategies'],
  ['phrase', 'feature flags', 'deployment-strategies'],
  ['phrase', 'dark launch', 'deployment-strategies'],
  ['phrase', 'rolling update', 'deployment-strategies'],
  ['typo', 'canery release', 'deployment-strategies'],
  ['acronym', 'ACL', 'anti-corruption-layer'],
  ['phrase', 'anticorruption layer', 'anti-corruption-layer'],
  ['phrase', 'legacy translation layer', 'anti-corruption-layer'],
  ['typo', 'anti-coruption layer', 'anti-corruption-layer'],
];

/**
 * Phrases written word for word in one note (a heading, an alias, a defined term), which must
 * rank it first as the dialog shows it. Other notes mention the fallacies too, in quotation
 * marks or brackets beside a link to the list ("the network is reliable, latency is zero").
 */
const FIRST: [where: string, query: string, slug: string][] = [
  ['fallacy', 'the network is reliable', 'fallacies-of-distributed-computing'],
  ['fallacy', 'latency is zero', 'fallacies-of-distributed-computing'],
  ['fallacy', 'bandwidth is infinite', 'fallacies-of-distributed-computing'],
  ['fallacy', 'the network is secure', 'fallacies-of-distributed-computing'],
  ['fallacy', "topology doesn't change", 'fallacies-of-distributed-computing'],
  ['fallacy', 'there is one administrator', 'fallacies-of-distributed-computing'],
  ['fallacy', 'transport cost is zero', 'fallacies-of-distributed-computing'],
  ['fallacy', 'the network is homogeneous', 'fallacies-of-distributed-computing'],
  ['fallacy', 'versioning is easy', 'fallacies-of-distributed-computing'],
  ['fallacy', 'compensating updates always work', 'fallacies-of-distributed-computing'],
  ['fallacy', 'observability is optional', 'fallacies-of-distributed-computing'],
  ['heading', 'why microservices avoid it', 'two-phase-commit'],
  ['heading', 'the data is the hard part', 'strangler-fig'],
  ['heading', 'when duplication is the lesser evil', 'dry-vs-wet'],
  ['heading', 'trying to fly before you can walk', 'microservices-antipatterns'],
  ['heading', 'magic pixie dust', 'microservices-antipatterns'],
  ['heading', 'the more the merrier', 'microservices-antipatterns'],
  ['heading', 'a single point of failure, unless state is persisted', 'orchestration'],
  ['heading', 'should the data be split at all?', 'data-ownership'],
  ['heading', 'do you need to distribute at all?', 'distributed-systems'],
  ['heading', 'what lag looks like to a user', 'replication-and-quorums'],
  ['heading', 'model the states, not just the steps', 'saga-state-machine'],
  ['heading', 'changes that travel in convoys', 'microservice-granularity'],
  ['heading', 'the case against needless distribution', 'monolith-vs-microservices'],
  ['heading', 'a false dichotomy', 'monolith-vs-microservices'],
  ['heading', "test the contract from the consumer's side", 'contract-versioning-and-testing'],
  ['heading', 'event-carried state transfer', 'event-driven-architecture'],
  ['heading', 'compensatable, pivot and retriable steps', 'saga-isolation'],
  ['heading', 'a distributed system by design', 'microservices'],
  ['heading', 'the inbox pattern', 'message-delivery-guarantees'],
  ['alias', 'expand and contract', 'contract-versioning-and-testing'],
  ['alias', 'last write wins', 'clocks-and-event-ordering'],
  ['alias', 'request coalescing', 'caching-strategies'],
  ['alias', 'branch by abstraction', 'strangler-fig'],
  ['body', 'read your writes', 'replication-and-quorums'],
];

describe('exact phrases over the real content', () => {
  it.each(FIRST)('%s: "%s" puts %s first', (_where, query, slug) => {
    expect(engine.search(query, { limit: 8 })[0]?.slug).toBe(slug);
  });
});

describe('search over the real content', () => {
  it.each(EXPECTED)('%s: "%s" finds %s in the top 3', (_kind, query, slug) => {
    const top = engine.search(query, { limit: 3 }).map((hit) => hit.slug);
    expect(top).toContain(slug);
  });
});
