import type { ComponentProps, ReactNode } from 'react';
import type { Note, Site } from '@/lib/content/site-model';
import { noteHref, parseNoteHref, type Slug } from '@/lib/content/paths';
import { Diagram, diagramHrefs, type DiagramProps } from '../diagrams/diagram';
import { SagaFacts } from '../sagas/saga-facts';
import { SagaLatency } from '../sagas/saga-latency';
import { CircuitBreakerSimulator, RetrySimulator } from '../simulators/lazy';
import { NoteImage } from './note-image';
import { SmartLink } from './smart-link';

/** Components a note's MDX can use. Built per note, because wiki-links and images resolve against the site and the note. */
export function mdxComponents(site: Site, { slug }: Pick<Note, 'slug'>) {
  function WikiLink({ target, anchor, children }: { target: string; anchor?: string; children?: ReactNode }) {
    const note = site.resolve(target);
    // The build already refused unresolved links; this guards a note rendered outside it.
    if (!note) return <span className="text-red-700 dark:text-red-300">{children ?? target}</span>;
    // A slug, or a former slug, reads as the note's title; an alias reads as written.
    const label = children ?? (note.slug === target || site.redirects.get(target as Slug) === note ? note.title : target);
    return (
      <SmartLink href={noteHref(note.slug, anchor)} data-wiki-link={note.slug}>
        {label}
      </SmartLink>
    );
  }

  /**
   * A Markdown link to a former slug points straight at the renamed note (the build warned about
   * it); one to a note that does not exist (built with `brokenLinks: 'warn'`) is text, not a dead link.
   */
  function NoteLink({ href = '', 'data-note-path': notePath, ...rest }: ComponentProps<'a'> & { 'data-note-path'?: string }) {
    const parsed = parseNoteHref(href);
    // A relative link to a file names its note by path: two files of one name get different slugs.
    const target = notePath !== undefined ? site.byPath.get(notePath) : parsed && (site.bySlug.get(parsed.slug as Slug) ?? site.redirects.get(parsed.slug as Slug));
    if (parsed && !target) return <span className="text-red-700 dark:text-red-300">{rest.children}</span>;
    return <SmartLink {...rest} href={target && parsed ? noteHref(target.slug, parsed.anchor) : href} />;
  }

  const diagramHref = diagramHrefs(site);

  return {
    a: NoteLink,
    // `src` stays as the note wrote it (the compiled note is cached by its text): the table maps it to the file.
    img: (props: ComponentProps<'img'>) => <NoteImage {...props} image={typeof props.src === 'string' ? site.images.get(slug)?.get(props.src) : undefined} />,
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
