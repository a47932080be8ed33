import type { ComponentProps, ReactNode } from 'react';
import type { Site } from '@/lib/content/site-model';
import { noteHref } from '@/lib/content/paths';
import { Diagram, diagramHrefs, type DiagramProps } from '../diagrams/diagram';
import { SagaFacts } from '../sagas/saga-facts';
import { SagaLatency } from '../sagas/saga-latency';
import { CircuitBreakerSimulator, RetrySimulator } from '../simulators/lazy';
import { SmartLink } from './smart-link';

/** Components a note's MDX can use. Built per site, because wiki-links resolve against it. */
export function mdxComponents(site: Site) {
  function WikiLink({ target, anchor, children }: { target: string; anchor?: string; children?: ReactNode }) {
    const note = site.resolve(target);
    // The build already refused unresolved links; this guards a note rendered outside it.
    if (!note) return <span className="text-red-700 dark:text-red-300">{children ?? target}</span>;
    const label = children ?? (note.slug === target ? note.title : target);
    return (
      <SmartLink href={noteHref(note.slug, anchor)} data-wiki-link={note.slug}>
        {label}
      </SmartLink>
    );
  }

  const diagramHref = diagramHrefs(site);

  return {
    a: SmartLink,
    WikiLink,
    Diagram: (props: Omit<DiagramProps, 'hrefOf'>) => <Diagram {...props} hrefOf={diagramHref} />,
    // Reads the named note's `saga:` frontmatter from the site model.
    SagaFacts: ({ saga }: { saga: string }) => <SagaFacts saga={saga} site={site} />,
    SagaLatency,
    // Interactive simulators: client components, each loaded only by the notes that use it.
    CircuitBreakerSimulator,
    RetrySimulator,
    // Wide tables scroll inside a focusable region instead of widening the page.
    table: (props: ComponentProps<'table'>) => (
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table">
        <table {...props} />
      </div>
    ),
  };
}
