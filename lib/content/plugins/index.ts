/**
 * The plugins a note passes through, for `.md` and for `.mdx`, in order, in one place. Each
 * dialect keeps its plugins in a folder of its own (`github/`, `obsidian/`, `docusaurus/`), and
 * ours (`atlas/`) collect what later stages need; a new dialect is a folder and a line here.
 * Each plugin runs guarded (guard.ts): what it throws by mistake is reported at the note, with its name.
 */
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';
import type { TextSegment } from '../text-segments';
import type { NoteFormat } from '../note-place';
import { rehypeCollectHeadings, type CollectedHeading } from './atlas/rehype-collect-headings';
import { rehypeCollectSections, type CollectedSection } from './atlas/rehype-collect-sections';
import { rehypeImages, type CollectedImage } from './atlas/rehype-images';
import { remarkCollectComponents, type CollectedComponent } from './atlas/remark-collect-components';
import { remarkCollectLinks, type CollectedLink } from './atlas/remark-collect-links';
import { remarkCollectOpening } from './atlas/remark-collect-opening';
import { remarkCollectPageLinks, type CollectedPageLink } from './atlas/remark-collect-page-links';
import { remarkMermaid, type CollectedDiagram } from './atlas/remark-mermaid';
import { rehypeCodeBlocks } from './docusaurus/rehype-code-blocks';
import { remarkAdmonitions } from './docusaurus/remark-admonitions';
import { rehypeMarkdownHtml } from './github/rehype-markdown-html';
import { rehypeMathErrors, type CollectedMathError } from './github/rehype-math-errors';
import { remarkMathDollars } from './github/remark-math-dollars';
import { remarkRelativeLinks } from './github/remark-relative-links';
import { rehypeSanitizeHtml, type RemovedHtml } from './github/rehype-sanitize-html';
import { remarkBlockIds } from './obsidian/remark-block-ids';
import { remarkCallouts, type CustomCallout, type DeclaredCallouts } from './obsidian/remark-callouts';
import { remarkEmbeds } from './obsidian/remark-embeds';
import { remarkInlineTags } from './obsidian/remark-inline-tags';
import { remarkMarks } from './obsidian/remark-marks';
import { remarkWikiLinks } from './obsidian/remark-wiki-links';
import { guarded } from './guard';

/** What the plugins collect from one note while it compiles. */
export interface Collected {
  headings: CollectedHeading[];
  links: CollectedLink[];
  sections: CollectedSection[];
  diagrams: CollectedDiagram[];
  images: CollectedImage[];
  opening: { opening: TextSegment[] };
  components: CollectedComponent[];
  pageLinks: CollectedPageLink[];
  /** Callout types neither known nor declared in the settings, where they are used. */
  customCallouts: CustomCallout[];
  mathErrors: CollectedMathError[];
  /** Inline `#tags`, as keys (lower case), each once. */
  tags: string[];
  /** Obsidian block ids (`^quote-1`), without the `^`. */
  blockIds: string[];
  /** HTML a `.md` note wrote that the sanitizer took out. */
  removedHtml: RemovedHtml[];
}

export function emptyCollected(): Collected {
  return {
    headings: [],
    links: [],
    sections: [],
    diagrams: [],
    images: [],
    opening: { opening: [] },
    components: [],
    pageLinks: [],
    customCallouts: [],
    mathErrors: [],
    tags: [],
    blockIds: [],
    removedHtml: [],
  };
}

export interface PluginExtensions {
  remarkPlugins?: PluggableList;
  rehypePlugins?: PluggableList;
  /** Callout types the settings add (`callouts:` in site.config). */
  callouts?: DeclaredCallouts;
}

/**
 * rehype-highlight registers highlight.js's common languages each time it is attached, which
 * the compiler does once per note (about 1.7 ms, a tenth of a note's compile): attached once here,
 * every note shares its transform, which keeps no state between trees.
 */
const highlight = rehypeHighlight({ plainText: ['text'] });
const highlightCode = () => highlight;

/** The remark (Markdown tree) plugins, in the order they must run. */
export function remarkPlugins(
  { format, relativePath }: { format: NoteFormat; relativePath: string },
  collected: Collected,
  extensions: PluginExtensions = {},
): PluggableList {
  void format;
  return guarded([
    // Syntax first: GitHub's (tables, task lists…), Obsidian's `==highlights==`, and math. Before any
    // plugin, parse.ts has cut Obsidian's `%%comments%%` (obsidian/strip-comments.ts) and compile.ts
    // has read `:::tip Title` as `:::tip[Title]` (docusaurus/admonition-titles.ts).
    remarkGfm,
    remarkMarks,
    remarkMath,
    // After remark-math, so its rule for inline `$` is tried first.
    remarkMathDollars,
    // The writer's own components are collected first, before callouts, embeds, wiki-links and
    // diagrams add elements of ours.
    [remarkCollectComponents, { sink: collected.components }],
    [remarkCallouts, { declared: extensions.callouts, custom: collected.customCallouts }],
    // Docusaurus's, Starlight's and VitePress's `:::note` … `:::`, as the same callouts.
    [remarkAdmonitions, { declared: extensions.callouts, custom: collected.customCallouts }],
    // Relative Markdown-file links become note links before links are collected.
    [remarkRelativeLinks, { relativePath }],
    // Embeds before wiki-links, which would otherwise take the `[[…]]` of `![[…]]`.
    remarkEmbeds,
    remarkWikiLinks,
    // Before links and the opening are collected, so a block's `^id` is in neither.
    [remarkBlockIds, { sink: collected.blockIds }],
    ...(extensions.remarkPlugins ?? []),
    // Diagrams are taken out after wiki-links, so a caption's links are already elements.
    [remarkMermaid, { diagrams: collected.diagrams, links: collected.links }],
    [remarkCollectLinks, { sink: collected.links }],
    [remarkCollectPageLinks, { sink: collected.pageLinks }],
    // Tag links after page links are collected: they lead to pages the note's tags make, never missing.
    [remarkInlineTags, { sink: collected.tags }],
    [remarkCollectOpening, { sink: collected.opening }],
  ]);
}

/** The rehype (HTML tree) plugins, in the order they must run. */
export function rehypePlugins({ format }: { format: NoteFormat }, collected: Collected, extensions: PluginExtensions = {}): PluggableList {
  return guarded([
    // First: HTML written in a `.md` note becomes elements (or text), so what follows sees it, and
    // then the whole tree is cut to the allow-list, before our plugins add ids, classes and code blocks.
    ...(format === 'md' ? ([rehypeMarkdownHtml, [rehypeSanitizeHtml, { sink: collected.removedHtml }]] satisfies PluggableList) : []),
    ...(extensions.rehypePlugins ?? []),
    rehypeSlug,
    // Headings and sections are read after rehype-slug gives ids, before the '#' anchor is appended.
    [rehypeCollectHeadings, { sink: collected.headings }],
    [rehypeCollectSections, { sink: collected.sections }],
    [rehypeImages, { sink: collected.images }],
    [
      rehypeAutolinkHeadings,
      {
        behavior: 'append',
        properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
        content: { type: 'text', value: '#' },
      },
    ],
    // Math after headings and sections are read (they keep the TeX as written, not MathML's
    // text) and before code is highlighted, which would take `$$` blocks for code. TeX KaTeX
    // refuses is set as code first. MathML only: browsers draw it natively, so pages need no
    // KaTeX fonts, CSS or JavaScript.
    [rehypeMathErrors, { sink: collected.mathErrors }],
    [rehypeKatex, { output: 'mathml', strict: 'ignore' }],
    highlightCode,
    // After highlighting: marked lines are cut from highlight.js's spans.
    rehypeCodeBlocks,
  ]);
}
