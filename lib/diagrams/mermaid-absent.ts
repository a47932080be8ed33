/**
 * Stands in for Mermaid in a build whose diagrams were all drawn at build time (next.config.ts
 * aliases `mermaid` to this then): no page can need it, and leaving it out spares Next compiling
 * Mermaid and its dependencies, several seconds of every build. A build with a diagram still to
 * draw in the browser keeps the real one (scripts/build.ts).
 */
const absent = (): never => {
  throw new Error('Mermaid is not part of this build: its diagrams were drawn when it was built');
};

const mermaid = { initialize: absent, render: absent };
export default mermaid;
