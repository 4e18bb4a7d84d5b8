/** The state of checking one paragraph: its text, folded text, sentences and what has been found. */
import { Model, PersonIndex } from '../model/model';
import { Confirmation, Finding } from '../types';
import { QuoteSpan } from '../extract/quotes';
import { Span } from '../text/sentences';
import { Word } from '../text/words';
import { DateExpr, clauses, tenseOf } from '../extract/dates';
import { DayRange } from '../time/dates';

export interface Mention {
  person: PersonIndex;
  /** The whole mention, title and given name included. */
  start: number;
  end: number;
  /** The surname word (without a possessive ending). */
  surnameStart: number;
  surnameEnd: number;
  hasGiven: boolean;
  titled: boolean;
}

export interface SentenceInfo extends Span {
  /** Position in the paragraph's sentence list. */
  index: number;
  /** Capitalised words (candidates for names and titles). */
  words: Word[];
  /** Offset of the sentence's first word. */
  firstWord: number;
  mentions: Mention[];
  dates: DateExpr[];
  /** The paragraph's masked text (the sentence is masked[start, end)). */
  masked: string;
  /** Worked out on first use (see clausesOf, tenseOfSentence): most sentences never need them. */
  clauseList: Span[] | undefined;
  tense: { present: boolean; past: boolean } | undefined;
  /** The events checker's notes on this sentence, made on first use (plain fields: cheaper than a WeakMap per sentence). */
  events: ModelEvent[] | undefined;
  eventCues: Map<number, { e: ModelEvent; cuePos: number[] }[]> | undefined;
}

export type ModelEvent = Model['events'][number];

export function clausesOf(s: SentenceInfo): Span[] {
  return (s.clauseList ??= clauses(s.masked, s.start, s.end));
}

export function tenseOfSentence(s: SentenceInfo): { present: boolean; past: boolean } {
  return (s.tense ??= tenseOf(s.masked.slice(s.start, s.end)));
}

export interface Ctx {
  m: Model;
  /** The paragraph's own text (offsets in findings are relative to it until the engine shifts them). */
  text: string;
  f: string;
  /** `f` with the insides of long quotations blanked out, for claims made in the writer's own voice. */
  masked: string;
  asOf: number;
  asOfYear: number;
  asOfMonth: number;
  sentences: SentenceInfo[];
  quotes: QuoteSpan[];
  findings: Finding[];
  confirmations: Confirmation[];
  orgs: RegExpExecArray[] | undefined;
  /** The gates the paragraph passes (bits of Gate.bit), found on first ask. */
  gates: number | undefined;
  /**
   * The date the block's place in the document sets (a dated heading, list lead or table row above it), or the
   * story's scene date (`scene`: for what is told in the past tense only); see time/story.ts.
   */
  contextDate?: { range: DayRange; scene: boolean; present?: boolean };
}

/**
 * A gate: a pattern a checker's claim cannot do without ("worst" for a ranking). A checker asks paragraphHas before
 * its sentence-by-sentence work, so a paragraph without the pattern costs it nothing.
 */
export interface Gate {
  readonly bit: number;
}

const gateSources: string[] = [];
const gateSticky: RegExp[] = [];
let combined: RegExp | undefined;

/** Declares a gate (at module load). Its pattern must have no capturing groups. */
export function gate(re: RegExp): Gate {
  if (gateSources.length >= 30) throw new Error('too many gates');
  const sticky = new RegExp(re.source, 'y');
  gateSources.push(re.source);
  gateSticky.push(sticky);
  combined = undefined;
  return { bit: 1 << (gateSources.length - 1) };
}

/**
 * Which gates' patterns a paragraph's masked text holds (bits of Gate.bit): every gate is asked at once, in one
 * scan of the paragraph, instead of one pass per gate.
 */
export function gatesOf(masked: string): number {
  const all = (combined ??= new RegExp(gateSources.map((x) => `(${x})`).join('|'), 'g'));
  const n = gateSources.length;
  const full = (1 << n) - 1;
  let bits = 0;
  all.lastIndex = 0;
  for (let r = all.exec(masked); r !== null && bits !== full; r = all.exec(masked)) {
    // the gate that matched here, and any other that matches at the same place (an alternation reports one)
    for (let k = 0; k < n; k++) {
      if (bits & (1 << k)) continue;
      if (r[k + 1] !== undefined) bits |= 1 << k;
      else {
        gateSticky[k].lastIndex = r.index;
        if (gateSticky[k].test(masked)) bits |= 1 << k;
      }
    }
    all.lastIndex = r.index + 1;
  }
  return bits;
}

/** Does the paragraph's masked text match this gate's pattern? (The engine scans each paragraph for all gates first.) */
export function paragraphHas(ctx: Ctx, g: Gate): boolean {
  ctx.gates ??= gatesOf(ctx.masked);
  return (ctx.gates & g.bit) !== 0;
}

export function isUpperAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function sentenceOf(ctx: Ctx, pos: number): SentenceInfo | undefined {
  for (const s of ctx.sentences) if (pos >= s.start && pos < s.end) return s;
  return undefined;
}
