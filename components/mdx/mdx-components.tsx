import type { ComponentProps, ReactNode } from 'react';
import type { Note, Site } from '@/lib/content/site-model';
import { getConfig } from '@/lib/config';
import { resolveAnchor } from '@/lib/content/anchors';
import { decodeAnchor, noteHref, parseNoteHref, withBasePath, type Slug } from '@/lib/content/paths';
import { Diagram, diagramHrefs, type DiagramProps } from '../diagrams/diagram';
import { SagaFacts } from '../sagas/saga-facts';
import { SagaLatency } from '../sagas/saga-latency';
import { CircuitBreakerSimulator, RetrySimulator } from '../simulators/lazy';
import { CodeBlock } from '../code/code-block';
import { contentOf } from './note-content';
import { notePart } from './note-section';
import { NoteImage } from './note-image';
import { SmartLink } from './smart-link';

/**
 * Components a note's MDX can use. Built per note, because wiki-links and images resolve against the site and the note.
 * `embedding` lists the parts (`slug#heading`) being embedded around this one: the build refuses embed cycles, and this guards a note rendered outside it.
 */
export function mdxComponents(site: Site, { slug, path }: Pick<Note, 'slug' | 'path'>, embedding: readonly string[] = []) {
  /** The note a link names, seen from this note (Obsidian's "same folder first"); `[[#heading]]` names this note. */
  const linked = (target: string) => (target === '' ? (site.bySlug.get(slug) ?? site.home) : site.resolve(target, path));

  function WikiLink({ target, anchor, children }: { target: string; anchor?: string; children?: ReactNode }) {
    const note = linked(target);
    const id = note && anchor ? resolveAnchor(note, anchor) : undefined;
    const label = children ?? (note ? wikiLinkLabel(site, note, target, anchor) : target);
    // Built with `brokenLinks: 'warn'` (the build refuses it otherwise): a link that leads nowhere is its words, not a dead link.
    if (!note || (anchor && !id)) return <span className="broken-link">{label}</span>;
    return (
      <SmartLink href={noteHref(note.slug, id)} data-wiki-link={note.slug}>
        {label}
      </SmartLink>
    );
  }

  /**
   * A Markdown link to a former slug points straight at the renamed note (the build warned about
   * it); one to a note that does not exist (built with `brokenLinks: 'warn'`) is text, not a dead link.
   */
  function NoteLink({
    href = '',
    'data-note-path': notePath,
    'data-unpublished': unpublished,
    'data-attachment': attachment,
    ...rest
  }: ComponentProps<'a'> & { 'data-note-path'?: string; 'data-unpublished'?: string; 'data-attachment'?: string }) {
    if (unpublished) return <span className="broken-link">{rest.children}</span>;
    if (attachment !== undefined) {
      const file = site.images.get(slug)?.get(href);
      if (!file) return <span className="broken-link">{rest.children}</span>;
      return <SmartLink {...rest} href={withBasePath(file.href, getConfig().basePath)} download />;
    }
    if (href.startsWith('#')) {
      // A heading of this note, by id or text; ids the engine prefixed (footnotes, the writer's HTML) are its own.
      const anchor = decodeAnchor(href.slice(1));
      const self = site.bySlug.get(slug) ?? site.home;
      const id = anchor.startsWith('user-content-') ? anchor : self && resolveAnchor(self, anchor);
      if (!id) return <span className="broken-link">{rest.children}</span>;
      return <SmartLink {...rest} href={`#${id}`} />;
    }
    const parsed = parseNoteHref(href);
    // A relative link to a file names its note by path: two files of one name get different slugs.
    const target =
      notePath !== undefined
        ? site.byPath.get(notePath)
        : parsed && (site.bySlug.get(parsed.slug as Slug) ?? site.redirects.get(parsed.slug as Slug));
    const id = target && parsed?.anchor ? resolveAnchor(target, parsed.anchor) : undefined;
    // Built with `brokenLinks: 'warn'`: a link to a note or heading that does not exist is its words.
    if (parsed && (!target || (parsed.anchor && !id))) return <span className="broken-link">{rest.children}</span>;
    return <SmartLink {...rest} href={target && parsed ? noteHref(target.slug, id) : href} />;
  }

  /** `![[slug#heading]]`: that section of another note, rendered with that note's own components, and a link to it. */
  function Embed({ target, anchor: written }: { target: string; anchor?: string }) {
    const note = linked(target);
    const anchor = note && written ? resolveAnchor(note, written) : undefined;
    const part = note ? (anchor ? `${note.slug}#${anchor}` : note.slug) : target;
    if (!note || (written && !anchor)) return <p className="broken-link">{`![[${target}${written ? `#${written}` : ''}]]`}</p>;
    if (embedding.includes(part)) return null;
    const heading = anchor ? (note.headings.find((h) => h.id === anchor)?.text ?? written) : undefined;
    return (
      <div className="embed" data-embed={part}>
        <p className="embed-source">
          <SmartLink href={noteHref(note.slug, anchor)} data-wiki-link={note.slug}>
            {note.title}
            {heading ? ` › ${heading}` : ''}
          </SmartLink>
        </p>
        {notePart(contentOf(note), mdxComponents(site, note, [...embedding, part]), anchor)}
      </div>
    );
  }

  const diagramHref = diagramHrefs(site);

  return {
    a: NoteLink,
    // `src` stays as the note wrote it (the compiled note is cached by its text): the table maps it to the file.
    img: (props: ComponentProps<'img'>) => (
      <NoteImage {...props} image={typeof props.src === 'string' ? site.images.get(slug)?.get(props.src) : undefined} />
    ),
    WikiLink,
    Embed,
    CodeBlock,
    Diagram: (props: Omit<DiagramProps, 'hrefOf' | 'error' | 'svg'>) => (
      <Diagram {...props} hrefOf={diagramHref} error={site.diagramErrors.get(props.source)} svg={site.diagramSvgs.get(props.source)} />
    ),
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

/**
 * What an unlabeled wiki-link reads as: a slug, a path or a former slug as the note's title; a
 * file name or an alias as written, as Obsidian shows it; `[[#heading]]` as that heading.
 */
function wikiLinkLabel(site: Site, note: Note, target: string, anchor?: string): string {
  if (target === '' && anchor) return note.headings.find((h) => h.id === resolveAnchor(note, anchor))?.text ?? anchor.replace(/^\^/, '');
  const asTitle = target === note.slug || target.includes('/') || site.redirects.get(target as Slug) === note;
  return asTitle ? note.title : target;
}
