/** The state of checking one paragraph: its text, folded text, sentences and what has been found. */
import { Model, PersonIndex } from '../model/model';
import { Confirmation, Finding } from '../types';
import { QuoteSpan } from '../extract/quotes';
import { Span } from '../text/sentences';
import { Word, escapeRegExp, execIn, normPhrase } from '../text/words';
import { STOP_WORDS } from '../lexicon';
import { DateExpr, DateHints, clauses, tenseOf } from '../extract/dates';
import { DayRange } from '../time/dates';
import type { CellDate } from '../time/story';
import type { Rule } from './rule';
import type { ParagraphScan } from './events';

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

/**
 * The day a paragraph's relative dates ("this month", "last week") are reckoned from: its scene's day, or its week,
 * when the scene is told in its present ("2022-W49 | … | Brazil has called this month for …" is December 2022's
 * month); else the draft's.
 */
export function reckonedFrom(ctx: Ctx): number {
  const c = ctx.contextDate;
  // (not a day after the draft's: "The exhibition runs to 14 Jan 2023" is no scene the copy is told in)
  return c && c.scene && c.present && c.range.end - c.range.start <= 6 && c.range.start <= ctx.asOf ? c.range.start : ctx.asOf;
}

export function clausesOf(s: SentenceInfo): Span[] {
  return (s.clauseList ??= clauses(s.masked, s.start, s.end));
}

export function tenseOfSentence(s: SentenceInfo): { present: boolean; past: boolean } {
  return (s.tense ??= tenseOf(s.masked.slice(s.start, s.end)));
}

export interface Ctx {
  m: Model;
  /** Every registered rule's index, as the engine checking this paragraph built them (see check/rule.ts). */
  indexes: ReadonlyMap<Rule<unknown>, unknown>;
  /** The engine's gates (see GateScan). */
  gateScan: GateScan;
  /** The paragraph's own text (offsets in findings are relative to it until the engine shifts them). */
  text: string;
  /** The paragraph is a quotation set off as a block ("> …" with no quotation marks of its own): see check/quotes.ts. */
  blockQuotation?: boolean;
  /** The block after this one denies it (text/answers.ts deniedFrames): nothing in it is claimed. */
  denied?: boolean;
  /** A table's row under a column of bodies: the body its cell names (text/answers.ts rowFrames). */
  rowAbout?: string;
  /** A block under a heading that may name a body alone: the heading (text/answers.ts rowFrames). */
  sectionAbout?: string;
  /** A block under a headline that names another place than the story's own: the headline (text/answers.ts rowFrames). */
  headline?: string;
  /** Whether the paragraph names no place the sources rate, nor the home (check/ratings.ts, found on first ask). */
  placeless?: boolean;
  /** The paragraph's surnames written after an initial or a titled given name, with those initials (check/people.ts, found on first ask). */
  initialled?: Map<string, Set<string>>;
  /** Of a row about a body: the index of its column of grades, whose cells tell grades (text/answers.ts rowFrames). */
  rowGraded?: number;
  f: string;
  /** `f` with the insides of long quotations blanked out, for claims made in the writer's own voice. */
  masked: string;
  asOf: number;
  asOfYear: number;
  asOfMonth: number;
  sentences: SentenceInfo[];
  quotes: QuoteSpan[];
  /** Where the masked text's date hints stand (extract/dates.ts: every digit among them), found once for all rules. */
  dateHints: DateHints;
  findings: Finding[];
  confirmations: Confirmation[];
  orgs: RegExpExecArray[] | undefined;
  /** Where the events' required words stand in the paragraph (check/events.ts), made on first use. */
  eventScan: ParagraphScan | undefined;
  /** The gates the paragraph passes (bits of Gate.bit), found on first ask. */
  gates: number | undefined;
  /**
   * The date the block's place in the document sets (a dated heading, list lead or table row above it), or the
   * story's scene date (`scene`: for what is told in the past tense only); see time/story.ts.
   */
  contextDate?: { range: DayRange; scene: boolean; present?: boolean; cells?: readonly CellDate[] };
  /** A table row's cells when only a "Then" column of no date marks them (no date for the row itself). */
  columnCells?: readonly CellDate[];
}

/**
 * A gate: a pattern a checker's claim cannot do without ("worst" for a ranking). A rule declares its gates and asks
 * paragraphHas before its sentence-by-sentence work, so a paragraph without the pattern costs it nothing.
 */
export interface Gate {
  /** Its pattern: no capturing groups, no flags. */
  readonly re: RegExp;
}

/** Declares a gate. Its pattern must have no capturing groups. */
export function gate(re: RegExp): Gate {
  return { re };
}

/** An engine's gates, asked all at once: the bit of each gate, and the patterns that answer them. */
export interface GateScan {
  readonly bits: ReadonlyMap<Gate, number>;
  readonly all: RegExp;
  readonly sticky: readonly RegExp[];
}

/** The scan for these gates (at most 30), made once per engine. */
export function gateScan(gates: readonly Gate[]): GateScan {
  const list = [...new Set(gates)];
  if (list.length > 30) throw new Error('too many gates');
  return {
    bits: new Map(list.map((g, k) => [g, 1 << k])),
    all: new RegExp(list.length ? list.map((g) => `(${g.re.source})`).join('|') : '$^', 'g'),
    sticky: list.map((g) => new RegExp(g.re.source, 'y')),
  };
}

/**
 * Which gates' patterns a paragraph's masked text holds (bits of GateScan.bits): every gate is asked at once, in
 * one scan of the paragraph, instead of one pass per gate.
 */
export function gatesOf(scan: GateScan, masked: string): number {
  const { all, sticky } = scan;
  const n = sticky.length;
  const full = (1 << n) - 1;
  let bits = 0;
  all.lastIndex = 0;
  for (let r = all.exec(masked); r !== null && bits !== full; r = all.exec(masked)) {
    // the gate that matched here, and any other that matches at the same place (an alternation reports one)
    for (let k = 0; k < n; k++) {
      if (bits & (1 << k)) continue;
      if (r[k + 1] !== undefined) bits |= 1 << k;
      else {
        sticky[k].lastIndex = r.index;
        if (sticky[k].test(masked)) bits |= 1 << k;
      }
    }
    all.lastIndex = r.index + 1;
  }
  return bits;
}

/** Does the paragraph's masked text match this gate's pattern? (The engine scans each paragraph for all gates first.) */
export function paragraphHas(ctx: Ctx, g: Gate): boolean {
  const bit = ctx.gateScan.bits.get(g);
  // a gate no rule declared is no fast path: the paragraph may hold it
  if (bit === undefined) return true;
  ctx.gates ??= gatesOf(ctx.gateScan, ctx.masked);
  return (ctx.gates & bit) !== 0;
}

/**
 * The cell of a table's row (`row`, its sentence) that holds [from, to): from past the pipe before it up to the pipe
 * after it, each bounded by the row's own ends.
 */
export function cellAround(masked: string, from: number, to: number, row: Span): Span {
  const b = masked.indexOf('|', to);
  return { start: Math.max(row.start, masked.lastIndexOf('|', from - 1) + 1), end: b < 0 || b > row.end ? row.end : b };
}

/** Does `at` stand on a table's row, a line opening with a pipe (a cell's full stops may cut the row into sentences)? */
export function inRow(masked: string, at: number): boolean {
  const line = masked.lastIndexOf('\n', at - 1) + 1;
  return masked.charCodeAt(line + Math.max(0, masked.slice(line, at).search(/\S/))) === 124;
}

/**
 * Is the line holding `at` a headline written in capitals: three words or more, none with a small letter ("LAST CHANCE
 * SALOON MP RACE WELCOMES GREEN SHOOTS", "'WE'VE NOT SEEN MUCH' — TORY CHIEF")? There every word looks like a name.
 */
export function lineInCapitals(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  const words = text.slice(from, to).match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => !/\p{Ll}/u.test(w));
}

export function isUpperAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function sentenceOf(ctx: Ctx, pos: number): SentenceInfo | undefined {
  for (const s of ctx.sentences) if (pos >= s.start && pos < s.end) return s;
  return undefined;
}

/** A capitalised name of one to four words right before a bracket ("Devon", "North Somerset Council"). */
const NAME_BEFORE_BRACKET = /[A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z][A-Za-z'\u2019-]+){0,3}\s*$/;

/**
 * "Discussed Devon (rated 'inadequate' since 2020) alongside Somerset": a bracket right after a name is an aside about
 * that name, whatever else its sentence names. The name and the bracket, when `pos` stands inside such a one.
 */
export function namedAside(ctx: Ctx, s: Span, pos: number): Span | undefined {
  // (within ASIDE_REACH either side: asked for every date and grade, a search to the paragraph's ends would grow with
  // a long paragraph that holds no bracket)
  const from = Math.max(s.start, pos - ASIDE_REACH);
  const before = ctx.text.slice(from, pos);
  const openAt = before.lastIndexOf('(');
  if (openAt < 0 || before.lastIndexOf(')') > openAt) return undefined;
  const closeAt = ctx.text.slice(pos, Math.min(s.end, pos + ASIDE_REACH)).indexOf(')');
  if (closeAt < 0) return undefined;
  const open = from + openAt;
  const r = NAME_BEFORE_BRACKET.exec(ctx.text.slice(Math.max(s.start, open - 40), open));
  return r ? { start: open - r[0].length, end: pos + closeAt + 1 } : undefined;
}
/** How far from a position its bracket's opening and closing may stand: an aside of a few words. */
const ASIDE_REACH = 120;

/**
 * Words alone in quotation marks ('The proof had “Jeffries”.', 'no basis for “January”'): the words themselves are
 * spoken of, not a person named or a date claimed.
 */
export function quotedAlone(masked: string, start: number, end: number): boolean {
  const open = masked.charCodeAt(start - 1);
  return (open === 34 || open === 39) && masked.charCodeAt(end) === open && !/[a-z]/.test(masked[start - 2] ?? '');
}

/** A body's name with its kind of council after it ("Devon County Council", "Somerset Council", "Torbay (unitary)"). */
const COUNCIL_KIND_AFTER = /\s*(?:\([^()]*\)|\b(?:county|city|borough|district|metropolitan|unitary)?\s*council|\bcounty)\s*$/;

/**
 * The body a table's row or a section is about (aboutBody), when it is not the story's own place: its name in lower
 * case with its kind of council taken off ("north somerset", "norfolk"); undefined for one about the home place
 * ("Devon", "Devon County Council") or none. What the sources tell of the home council is not this body's.
 */
export function rowElsewhere(ctx: Ctx): string | undefined {
  const about = aboutBody(ctx);
  return about && !about.home ? about.name : undefined;
}

/**
 * The body the block's table row or section is about, its name in lower case with its kind of council taken off, and
 * whether it is the story's own place. A section's heading counts only as a council's name ("Birmingham City Council")
 * or a place the data knows ("Devon", "Somerset"): "## Background" names no body.
 */
export function aboutBody(ctx: Ctx): { name: string; home: boolean } | undefined {
  const said = ctx.rowAbout ?? ctx.sectionAbout;
  if (!said) return undefined;
  const { name, known } = bodyName(ctx.m, said);
  if (name === '') return undefined;
  if (ctx.m.places.home.includes(name)) return { name, home: true };
  return ctx.rowAbout || known ? { name, home: false } : undefined;
}

/**
 * A body's name as said ("Devon County Council", "Norfolk"), in lower case with its kind of council taken off, and
 * whether it is known as a body: said with its kind of council, or a place the data knows.
 */
function bodyName(m: Model, said: string): { name: string; known: boolean } {
  const whole = normPhrase(said.replace(/[*_`]/g, ''));
  const name = whole.replace(COUNCIL_KIND_AFTER, '').trim();
  return { name, known: name !== '' && (name !== whole || m.places.home.includes(name) || m.places.others.includes(name)) };
}

/**
 * Whether a headline names a place of another council the data knows, and not the story's own ("Torbay children's
 * services upgraded …"), asked of the model's places: lent to the text layer's headline marks (text/answers.ts rowFrames).
 */
export function elsewhereReader(m: Model): (heading: string) => boolean {
  const home = wordsOf(m.places.home), others = wordsOf(m.places.others);
  return (heading) => {
    const t = normPhrase(heading);
    return !!others && others.test(t) && !(home && home.test(t));
  };
}
const wordsOf = (ps: string[]) => (ps.length ? new RegExp(`\\b(?:${ps.map(escapeRegExp).join('|')})\\b`) : undefined);

/** A record field's label opening its line, in folded text: markup, a few words (a figure among them) and a colon ("Role line: ", "L2: "). */
const FIELD_LABEL = String.raw`[ \t>*_-]*[a-z][a-z0-9' ]{0,24}:[ \t]*`;
/** A field's label opening a line: its value starts where the match ends. */
export const FIELD_AT = new RegExp(`^${FIELD_LABEL}`);
/** A record's field up to the name it holds: a label opening the line and a title at most ("Name: Cllr "). */
const NAME_FIELD_LEAD = new RegExp(`^${FIELD_LABEL}(?:(?:cllr|councillor|mr|mrs|ms|dr)\\.?[ \\t]+)?$`);
/** Nothing but markup after a field's value to its line's end. */
const FIELD_VALUE_END = /^[ \t*_.\r]*(?:\n|$)/;

/**
 * Is masked[start, end) a record's field whose value is the name alone ("Name: Cllr Carol Whitton", "Title: Su Aves"),
 * the label opening its line within a few words before it? A record's other fields then speak of that person.
 */
export function nameFieldAlone(masked: string, start: number, end: number): boolean {
  // (the line must start within the window, searched back no further: a label cut from a longer line is none)
  const from = Math.max(0, start - 40);
  let nl = start - 1;
  while (nl >= from && masked.charCodeAt(nl) !== 10) nl--;
  if (nl < from && from > 0) return false;
  return NAME_FIELD_LEAD.test(masked.slice(nl + 1, start)) && FIELD_VALUE_END.test(masked.slice(end, end + 40));
}

/** Does a heading's text name a body (bodyName)? Lent to the text layer's section marks (text/answers.ts rowFrames). */
export function namesBody(m: Model, heading: string): boolean {
  return bodyName(m, heading).known;
}

/** A council's name in capitals: a place's words, then "Council" ("Wyvern Council", "North Somerset District Council"). */
const COUNCIL_NAME = /\b([A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){0,2})[ \t]+(?:(?:County|City|Borough|District|Metropolitan)[ \t]+)?Council\b/g;

/** Does the sentence name a council the data does not know ("Wiltshire Council"), and no word of the home council's place? */
export function namesUnknownCouncil(ctx: Ctx, s: SentenceInfo): boolean {
  const { places } = ctx.m;
  const t = ctx.masked.slice(s.start, s.end);
  if (!ctx.text.includes('Council', s.start) || places.home.some((h) => t.includes(h))) return false;
  for (const r of execIn(COUNCIL_NAME, ctx.text, s.start, s.end)) {
    const place = normPhrase(r[1]);
    // (not "The Council", "Our Council": a determiner names no place)
    if ((STOP_WORDS as readonly string[]).includes(place.split(' ')[0])) continue;
    if (!places.others.includes(place) && !ctx.m.orgPhrases.some((o) => o.phrase.startsWith(place))) return true;
  }
  return false;
}
