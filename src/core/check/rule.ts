/**
 * The contract of a check. A rule is one file under check/ exporting one object: its id, the kinds of finding it
 * reports, a line saying what it checks, the paragraph gates it asks (if any), `build`, which derives from the
 * dataset's model whatever the rule looks things up in (its index: patterns, tables, messages), and the claim logic,
 * called with that index. `createEngine` builds every registered rule's index once and holds them: nothing a rule
 * derives from data lives outside the engine that built it, so two engines over different data never share it.
 *
 * A rule checks either a whole paragraph (`checkParagraph`: the paragraph rules run first, in the registry's order)
 * or one sentence at a time (`checkSentence`: for each sentence, every sentence rule in the registry's order). The
 * registry (check/registry.ts) is the list of rules; adding a check is one file and one line there.
 */
import type { Model } from '../model/model';
import type { FindingKind } from '../kinds';
import type { Ctx, Gate, SentenceInfo } from './context';

export interface Rule<I = unknown> {
  /** A short, stable name ("events", "quotes"). */
  readonly id: string;
  /** The kinds of finding it may report (a test holds it to them). */
  readonly kinds: readonly FindingKind[];
  /** What it checks, in one line. */
  readonly description: string;
  /** Patterns its claims cannot do without: every rule's gates are asked of a paragraph in one scan (paragraphHas). */
  readonly gates?: readonly Gate[];
  /** Derives the rule's index from the dataset's model: called once per engine. */
  build(model: Model): I;
  checkParagraph?(ctx: Ctx, index: I): void;
  checkSentence?(ctx: Ctx, s: SentenceInfo, index: I): void;
}

/** A rule with the type of its index checked (the registry holds rules of any index). */
export function defineRule<I>(rule: Rule<I>): Rule<I> {
  return rule;
}

/** The rule's index in the engine checking this paragraph (for helpers a rule exports to others). */
export function indexOf<I>(ctx: Ctx, rule: Rule<I>): I {
  return ctx.indexes.get(rule as Rule<unknown>) as I;
}
