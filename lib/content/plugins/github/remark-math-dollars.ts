/**
 * The rule GitHub and Obsidian keep for inline `$…$` (Pandoc's `tex_math_dollars`): the opening
 * `$` is not followed by a space, and the closing `$` is not preceded by one nor followed by a
 * digit. So "costs $5 and $10" stays text, where remark-math alone, which pairs dollars as
 * CommonMark pairs backticks (its maintainers keep it so), would set " 5 and " as math.
 *
 * A construct tried before remark-math's at every single `$`: it looks ahead for the dollar that
 * remark-math would close on, and when the pair breaks the rule, it takes the opening `$` as
 * text, so remark-math never sees it. `$$…$$` is left to remark-math as it is. Goes after
 * remark-math in the plugin list: micromark tries constructs added later first.
 */
import { markdownLineEndingOrSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type {} from 'remark-parse';
import type { Processor } from 'unified';

const DOLLAR = 36;

const isDigit = (code: Code) => code !== null && code >= 48 && code <= 57;
const isSpaceOrEnd = (code: Code) => code === null || markdownLineEndingOrSpace(code);

/** Succeeds when the `$` here opens math that keeps the rule; consumes only inside an `effects.check`. */
const ruleKept: Construct = {
  name: 'mathDollarsRuleKept',
  partial: true,
  tokenize(effects: Effects, ok: State, nok: State): State {
    let previous: Code = null;
    let beforeRun: Code = null;
    let run = 0;
    const done =
      (result: State): State =>
      (code) => {
        effects.exit('data');
        return result(code);
      };
    const dollars: State = (code) => {
      if (code === DOLLAR) {
        effects.consume(code);
        run += 1;
        return dollars;
      }
      // remark-math closes on the first run as long as the opening one: a single `$`.
      if (run === 1) return isSpaceOrEnd(beforeRun) || isDigit(code) ? done(nok)(code) : done(ok)(code);
      previous = DOLLAR;
      return inside(code);
    };
    const inside: State = (code) => {
      if (code === null) return done(nok)(code);
      if (code === DOLLAR) {
        beforeRun = previous;
        run = 0;
        return dollars(code);
      }
      previous = code;
      effects.consume(code);
      return inside;
    };
    const afterOpening: State = (code) => {
      // `$$`: remark-math's double-dollar math, which the rule does not concern.
      if (code === DOLLAR) return done(ok)(code);
      if (isSpaceOrEnd(code)) return done(nok)(code);
      return inside(code);
    };
    return (code) => {
      effects.enter('data');
      effects.consume(code);
      return afterOpening;
    };
  },
};

const literalDollar: Construct = {
  name: 'mathDollarsLiteral',
  // As remark-math: not in the middle of a run of dollars.
  previous(this: TokenizeContext, code: Code) {
    return code !== DOLLAR || this.events.at(-1)?.[1].type === 'characterEscape';
  },
  tokenize(effects: Effects, ok: State, nok: State): State {
    const asText: State = (code) => {
      effects.enter('data');
      effects.consume(code);
      effects.exit('data');
      return ok;
    };
    // Math that keeps the rule is remark-math's: this construct declines, and the next is tried.
    return (code) => effects.check(ruleKept, nok, asText)(code);
  },
};

const syntax: Extension = { text: { [DOLLAR]: literalDollar } };

export function remarkMathDollars(this: Processor) {
  (this.data().micromarkExtensions ??= []).push(syntax);
}
