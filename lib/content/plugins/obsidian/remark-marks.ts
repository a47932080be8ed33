/**
 * Obsidian's highlights: `==text==` becomes `<mark>text</mark>`. Parsed as micromark parses
 * GitHub's `~~strikethrough~~` (micromark-extension-gfm-strikethrough, whose resolver this
 * follows), so the same rules hold: a run of exactly two `=` that can open (not followed by a
 * space) pairs with the next that can close; code, `\==` and `a == b == c` stay as written;
 * and marks hold any inline Markdown (`==**bold**==`). A pass over text nodes with a regular
 * expression (remark-flexible-markers) would mark " b " in `a == b == c` and miss `==**x**==`.
 */
import type { Parent, PhrasingContent } from 'mdast';
import type { CompileContext, Extension as FromMarkdownExtension, Token as MdastToken } from 'mdast-util-from-markdown';
import { splice } from 'micromark-util-chunked';
import { classifyCharacter } from 'micromark-util-classify-character';
import { resolveAll } from 'micromark-util-resolve-all';
import type { Code, Construct, Effects, Event, Extension, Resolver, State, Token, TokenizeContext } from 'micromark-util-types';
import type {} from 'remark-parse';
import type { Processor } from 'unified';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mark: 'mark';
    markSequence: 'markSequence';
    markSequenceTemporary: 'markSequenceTemporary';
    markText: 'markText';
  }
}

declare module 'mdast' {
  /** Highlighted text, `==text==`: rendered as `<mark>`. */
  interface Mark extends Parent {
    type: 'mark';
    children: PhrasingContent[];
  }
  interface PhrasingContentMap {
    mark: Mark;
  }
  interface RootContentMap {
    mark: Mark;
  }
}

const EQUALS = 61;
/** What classifyCharacter says of punctuation (its "side after" constant). */
const PUNCTUATION = 2;

const markConstruct: Construct = { name: 'mark', tokenize: tokenizeMark, resolveAll: resolveAllMarks };

const syntax: Extension = {
  text: { [EQUALS]: markConstruct },
  insideSpan: { null: [markConstruct] },
  attentionMarkers: { null: [EQUALS] },
};

/** A run of `=`: an opener or closer when it has exactly two and the characters around it allow. */
function tokenizeMark(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const previous = this.previous;
  const events = this.events;
  let size = 0;
  const more: State = (code: Code) => {
    if (code === EQUALS) {
      if (size > 1) return nok(code);
      effects.consume(code);
      size += 1;
      return more;
    }
    if (size < 2) return nok(code);
    const token = effects.exit('markSequenceTemporary');
    const before = classifyCharacter(previous);
    const after = classifyCharacter(code);
    token._open = !after || (after === PUNCTUATION && Boolean(before));
    token._close = !before || (before === PUNCTUATION && Boolean(after));
    return ok(code);
  };
  return (code: Code) => {
    // The second `=` of a run is never a start (unless the first was escaped).
    if (previous === EQUALS && events.at(-1)?.[1].type !== 'characterEscape') return nok(code);
    effects.enter('markSequenceTemporary');
    return more(code);
  };
}

/** Pairs each closing run with the nearest opening one before it, as strikethrough does. */
function resolveAllMarks(...[events, context]: Parameters<Resolver>): ReturnType<Resolver> {
  for (let index = 0; index < events.length; index++) {
    const closer = events[index]!;
    if (closer[0] !== 'enter' || closer[1].type !== 'markSequenceTemporary' || !closer[1]._close) continue;
    for (let open = index - 1; open >= 0; open--) {
      const opener = events[open]!;
      if (opener[0] !== 'exit' || opener[1].type !== 'markSequenceTemporary' || !opener[1]._open) continue;
      closer[1].type = 'markSequence';
      opener[1].type = 'markSequence';
      const mark: Token = { type: 'mark', start: { ...opener[1].start }, end: { ...closer[1].end } };
      const text: Token = { type: 'markText', start: { ...opener[1].end }, end: { ...closer[1].start } };
      const insideSpan = context.parser.constructs.insideSpan.null;
      const between = insideSpan ? resolveAll(insideSpan, events.slice(open + 1, index), context) : events.slice(open + 1, index);
      const next: Event[] = [
        ['enter', mark, context],
        ['enter', opener[1], context],
        ['exit', opener[1], context],
        ['enter', text, context],
        ...between,
        ['exit', text, context],
        ['enter', closer[1], context],
        ['exit', closer[1], context],
        ['exit', mark, context],
      ];
      splice(events, open - 1, index - open + 3, next);
      index = open + next.length - 2;
      break;
    }
  }
  // Runs that found no partner are text.
  for (const event of events) if (event[1].type === 'markSequenceTemporary') event[1].type = 'data';
  return events;
}

const fromMarkdown: FromMarkdownExtension = {
  canContainEols: ['mark'],
  enter: {
    mark(this: CompileContext, token: MdastToken) {
      this.enter({ type: 'mark', children: [], data: { hName: 'mark' } }, token);
    },
  },
  exit: {
    mark(this: CompileContext, token: MdastToken) {
      this.exit(token);
    },
  },
};

export function remarkMarks(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(syntax);
  (data.fromMarkdownExtensions ??= []).push(fromMarkdown);
}
