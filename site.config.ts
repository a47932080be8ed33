import type { SiteConfigInput } from './lib/config/schema';

/**
 * The one place a team makes the wiki its own. Validated at build time by
 * `lib/config/schema.ts`; `BASE_PATH`, `SITE_URL`, `CONTENT_DIR` and `BROKEN_LINKS` in the
 * environment override `basePath`, `url`, `contentDir` and `brokenLinks`.
 */
const config: SiteConfigInput = {
  name: 'Architecture Atlas',
  description:
    'A cross-linked knowledge base of software architecture: coupling, communication, consistency, sagas, CQRS, resilience and microservices.',
  url: 'http://localhost:3000',
  basePath: '',
  editUrl: '',
  contentDir: 'content',
  // Our notes all carry frontmatter; a team importing plain Markdown can leave this out ('optional').
  frontmatter: 'required',
  areas: [
    { id: 'foundations', title: 'Foundations', description: 'Coupling, communication styles and consistency: the vocabulary the rest of the atlas builds on.' },
    { id: 'sagas', title: 'Coordination and sagas', description: 'Orchestration, choreography and the eight ways to run a distributed transaction as a saga.' },
    { id: 'data', title: 'Data', description: 'Patterns for owning, querying and recording data across services.' },
    { id: 'distributed-systems', title: 'Distributed systems', description: 'What the network does to you, and the patterns that keep calls from taking a system down.' },
    { id: 'microservices', title: 'Microservices', description: 'Sizing, shaping and documenting services, and when a monolith is the better choice.' },
    { id: 'decisions', title: 'Decisions', description: "This atlas's own architecture decisions: what we chose, what else we weighed, and what it costs." },
  ],
  // The area whose notes are decision records (the default, written out to show where it is set).
  decisions: 'decisions',
};

export default config;
