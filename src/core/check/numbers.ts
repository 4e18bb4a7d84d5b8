/**
 * Counts, percentages, durations and rankings the sources state ("four areas of significant concern",
 * "50 per cent more money over the last five years", "about two years", "third or fourth worst"),
 * in digits or words, compared wherever a clause is about the same thing.
 */
import { Ctx, SentenceInfo, clausesOf, gate, paragraphHas } from './context';
import { NumberFact } from '../data/schema';
import { escapeRegExp, execIn, hasAny, hasAnyIn } from '../text/words';
import { LONG_BEFORE, rangeOf } from '../time/dates';
import { addFinding } from './findings';
import { clauseAt } from './time';
import { Model } from '../model/model';
import { defineRule } from './rule';
import { otherCouncil } from './events';
import { DOZEN_WORDS, ORDINAL_WORDS as ORDINALS, TENS_WORDS as TENS, UNIT_WORDS as UNITS } from '../lexicon';

/**
 * Does text[start, end) hold a match of a pattern whose alternatives are plain words (as testing the slice would
 * say)? Sentences are asked about in order, so the pattern's leftmost match at or after a sentence's start is kept
 * for the next sentences of the paragraph: a paragraph costs one pass of the pattern, not a call (and a slice) per
 * sentence. The slice holds a match exactly when that leftmost match lies inside it — or, when it runs past `end`,
 * when a shorter one there does, which the slice itself is asked. (Exported for tests.)
 */
export class WordsIn {
  private text = '';
  private from = -1;
  private at = -1;
  private end = -1;
  /** `all` is `re` with the global flag. */
  constructor(private readonly re: RegExp, private readonly all: RegExp) {}

  test(text: string, start: number, end: number): boolean {
    // the kept match is the leftmost at or after `start` too when none starts in [from, start)
    if (this.text !== text || start < this.from || start > this.at) {
      this.all.lastIndex = start;
      const r = this.all.exec(text);
      this.from = start;
      this.at = r ? r.index : Infinity;
      this.end = r ? r.index + r[0].length : Infinity;
    }
    // kept even when equal to the last text: an equal text that is another string is compared character by character
    // each time, where the same string compares at once
    this.text = text;
    if (this.at >= end) return false;
    if (this.end <= end) return true;
    return this.re.test(text.slice(start, end));
  }
}

const WORDS_BY_VALUE: Record<number, string> = Object.fromEntries(
  [...Object.entries(UNITS), ...Object.entries(TENS)].map(([k, v]) => [v, k]),
);
const ORD_BY_VALUE: Record<number, string> = Object.fromEntries(Object.entries(ORDINALS).map(([k, v]) => [v, k]));

const NUM = `(\\d+(?:\\.\\d+)?|${Object.keys(DOZEN_WORDS).map((w) => w.replace(/ /g, '\\s+')).join('|')}|(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).slice(1, 10).join('|')}))?|${Object.keys(UNITS).join('|')})`;
/** The unit nouns a count is read with. */
const UNIT_NOUNS = "(years?|yrs?|months?|areas?|mps|members of parliament|councils?|concerns?|issues?|recommendations?)";
/**
 * A number, then a per-cent tail (group 2) or a unit noun (group 4) up to two words on, or after a dash (a "by the
 * numbers" list: "**3** — MPs who …", its dash folded to a hyphen). Exported for tests.
 */
/** Words between a number and its noun that make it a share of each one ("one per concern", "two for every area"). */
const SHARE_OF_EACH = /^(?:per|for\s+(?:each|every)|each|a|an)\s/;

export const NUMBER_RE = new RegExp(`\\b${NUM}(?:\\b|(?=pc\\b))(\\s*(?:%|per\\s*cent|percent|pc\\b))?(?:(?:\\s+|\\s*-+\\s+)((?:[a-z'-]+\\s+){0,2}?)${UNIT_NOUNS})?`, 'g');
/** A number word right after another: the rest of a year said in words ("twenty| eighteen"). */
const SAID_YEAR_AFTER = new RegExp(`^[ -](?:${[...Object.keys(TENS), ...Object.keys(UNITS).filter((w) => UNITS[w] >= 10)].join('|')})\\b`);
/** A ten's word right before a number word: a year said in words ("twenty |eighteen", "twenty |twenty-two"). */
const TENS_BEFORE = new RegExp(`\\b(?:${Object.keys(TENS).join('|')})[ ]$`);
/** A table row's first cell and the first unit noun in it ("| Areas of concern found | five |"). */
const ROW_NOUN = new RegExp(`^\\|?([^|]*?)\\b${UNIT_NOUNS}\\b[^|]*\\|`);
/** A number alone in its cell (with "about" or "around" before it). */
const CELL_BEFORE = /\|\s*(?:about\s+|around\s+)?$/;
/**
 * How each of NUMBER_RE's unit nouns starts (what its group 4 then holds) and the noun `singular` makes of it.
 * Keep in step with NUMBER_RE.
 */
const NOUN_STEMS: readonly (readonly [string, string])[] = [
  ['year', 'year'], ['yr', 'year'], ['month', 'month'], ['area', 'area'], ['mps', 'mps'], ['members of parliament', 'mps'], ['council', 'council'],
  ['concern', 'concern'], ['issue', 'issue'], ['recommendation', 'recommendation'],
];
const ORDINAL = `(${Object.keys(ORDINALS).join('|')}|\\d+(?:st|nd|rd|th))`;
export const RANK_RE = new RegExp(`\\b${ORDINAL}(?:\\s+or\\s+${ORDINAL})?[- ](?:worst|lowest|poorest|weakest)\\b`, 'g');

const RANK_GATE = gate(/worst|lowest|poorest|weakest/);

function valueOf(word: string): number {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return parseFloat(word);
  if (word.endsWith('dozen')) return DOZEN_WORDS[word.replace(/\s+/g, ' ')] ?? NaN;
  // "twenty-one", "forty five": two parts at the one hyphen or space (as split(/[- ]/) would cut them, with no array)
  let cut = -1, cuts = 0;
  for (let i = 0; i < word.length; i++) {
    const d = word.charCodeAt(i);
    if (d === 45 || d === 32) {
      cut = i;
      cuts++;
    }
  }
  if (cuts === 1) return (TENS[word.slice(0, cut)] ?? 0) + (UNITS[word.slice(cut + 1)] ?? 0);
  return UNITS[word] ?? TENS[word] ?? NaN;
}

function ordValue(word: string): number {
  return ORDINALS[word] ?? parseInt(word, 10);
}

/** A unit noun as one thing: "areas" -> "area"; "members of parliament" and "mps" are both "mps"; "yrs" is "year". */
export function singular(noun: string): string {
  if (noun === 'mps' || noun === 'members of parliament') return 'mps';
  // (a headline's short form: "4 yrs")
  if (noun === 'yr' || noun === 'yrs') return 'year';
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

function likeClaim(claimWord: string, value: number): string {
  return /^\d/.test(claimWord) ? String(value) : WORDS_BY_VALUE[value] ?? String(value);
}

/**
 * What a number's tail must start with for a fact of `numbers` to be compared with it: "%" or "per" (per cent,
 * percent) if a fact is a percentage, "year" if one counts years, and the nouns the count facts count. A number
 * whose tail no fact takes ("five councils", when no fact counts councils) is passed over with no finding.
 */
export function tailWords(numbers: readonly NumberFact[]): string[] {
  const out: string[] = [];
  if (numbers.some((n) => n.unit === 'percent')) out.push('%', 'per', 'pc');
  if (numbers.some((n) => n.unit === 'years')) out.push('year', 'yr', 'decade', 'month');
  for (const [stem, noun] of NOUN_STEMS) {
    // "years" (and "months") always mean the years facts, never a count
    if (noun !== 'year' && noun !== 'month' && numbers.some((n) => n.unit === 'count' && countsAs(n, noun))) out.push(stem);
  }
  return out;
}

/**
 * Does a count fact count things called `noun`: its own noun, or a one-word cue of it ("four areas of concern" are
 * four concerns)?
 */
function countsAs(n: NumberFact, noun: string): boolean {
  return (!!n.noun && singular(n.noun) === noun) || n.cues.includes(noun);
}

/** What the numbers checker derives from a model's facts, made once per model. */
interface ModelNumbers {
  /** The tail words some fact takes (none: no number can be compared). */
  tails: WordsIn | undefined;
  percent: NumberFact[];
  /** The years facts counted back from now ("the last five years") and the others. */
  yearsLast: NumberFact[];
  yearsOther: NumberFact[];
  /** The count facts by the singular of their noun. */
  counts: Map<string, NumberFact[]>;
  /** The adjectives a ranking needs. */
  rankWords: WordsIn;
}

function modelNumbers(m: Model): ModelNumbers {
  const words = tailWords(m.numbers);
  const source = words.map((w) => escapeRegExp(w)).join('|');
  // the fact lists in m.numbers order, as the filters they stand for would make them
  const counts = new Map<string, NumberFact[]>();
  for (const n of m.numbers) {
    if (n.unit !== 'count' || !n.noun) continue;
    for (const noun of new Set([singular(n.noun), ...n.cues])) {
      const list = counts.get(noun);
      if (list) list.push(n);
      else counts.set(noun, [n]);
    }
  }
  const v: ModelNumbers = {
    tails: words.length ? new WordsIn(new RegExp(source), new RegExp(source, 'g')) : undefined,
    percent: m.numbers.filter((n) => n.unit === 'percent'),
    yearsLast: m.numbers.filter((n) => n.unit === 'years' && n.noun === 'last'),
    yearsOther: m.numbers.filter((n) => n.unit === 'years' && n.noun !== 'last'),
    counts,
    rankWords: new WordsIn(/worst|lowest|poorest|weakest/, /worst|lowest|poorest|weakest/g),
  };
  return v;
}

/** Words that set a number in the future or make it an estimate: another number than the one the sources give. */
const FUTURE = /\b(?:next\s+year|will|plans?\s+to|planned|expected\s+to|forecasts?|estimates?|estimated|budgets?|budgeted)\b/;

/** Months between two day numbers, as a whole count. */
const MONTH_DAYS = 30.44;

/**
 * Is the number (at `at`) the fact's quantity? The paragraph names one of the fact's anchors (when it has any: who gave
 * it, what it was paired with), the number's verb phrase is not about the future, the draft is not written long before
 * the figure, any year the sentence writes is within a year of the fact's date ("six areas of concern after a visit in
 * 2024" is another count than the four of 2018), and the clause names no council the sources never mention.
 */
function sameQuantity(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, clauseText: string, n: NumberFact, at: number): boolean {
  if (n.anchors.length && !hasAny(ctx.f, n.anchors, 0, ctx.f.length)) return false;
  // (words of what is to come in the number's own verb phrase: "… the second worst in the country and could be placed …")
  if (FUTURE.test(toldPart(conjunctAt(clauseText, at - clause.start)))) return false;
  // "in Kent a joint visit identified three areas of concern": another council's count
  if (otherCouncil(ctx, clause)) return false;
  if (!n.date) return true;
  const fact = n.until ? { start: rangeOf(n.date).start, end: rangeOf(n.until).end } : rangeOf(n.date);
  // a draft written long before the figure was given cannot tell of it (a 2018 draft's "up 12 per cent over the last
  // five years" is about another five years than the five to 2022)
  if (ctx.asOf < fact.start - LONG_BEFORE) return false;
  // (the count's own clause's dates: "Three areas of concern – and a revisit in May 2022 found …" dates the revisit)
  const written = s.dates.filter((d) => d.range && d.year !== undefined && !d.yearInferred && d.start >= clause.start && d.end <= clause.end);
  if (!written.length) return true;
  return written.some((d) => {
    const r = d.range!;
    const gap = r.end < fact.start ? fact.start - r.end : fact.end < r.start ? r.start - fact.end : 0;
    return gap / MONTH_DAYS <= 12;
  });
}

/** A word that a reference's number follows: "para 9", "page 4", "item 12", "no. 3". */
// (a stop only after a short form: "the item. Three MPs …" ends a sentence)
const REFERENCE_BEFORE = /\b(?:(?:paras?|pp?|q|fig|no)\.?|paragraphs?|pages?|section|clause|item|lines?|point|step|question|figure|table|chapter|annex|appendix|footnote|note|slide|card|door|episode|part)[ \t]*$/;

/** Where a clause's verb phrases are joined: "… are the second worst in the country and could be placed into …". */
const CONJUNCT = /\s(?:and|but)\s+(?:could|would|will|may|might|can|should|must)\b/g;

/** The part of a clause (joined verb phrases, CONJUNCT) that holds offset `at`. */
/**
 * The part of a conjunct that tells the number: after a main clause's "that" or "when", where what follows has a past
 * verb of its own ("You will remember that a joint visit found three areas …", "Some of you will remember 2022, when
 * the leader said 40 per cent more …" tell the count in the past).
 */
function toldPart(conjunct: string): string {
  let rest = '';
  for (const r of conjunct.matchAll(THAT_OR_WHEN)) rest = conjunct.slice(r.index! + r[0].length);
  return rest && OWN_PAST_VERB.test(rest) ? rest : conjunct;
}
const THAT_OR_WHEN = /\s(?:that|when)\s/g;
const OWN_PAST_VERB = /\b(?:found|identified|was|were|had|said|told|gave|put|took|[a-z]{3,}ed)\b/;

function conjunctAt(text: string, at: number): string {
  let from = 0;
  for (const r of text.matchAll(CONJUNCT)) {
    if (r.index! >= at) return text.slice(from, r.index);
    from = r.index!;
  }
  return text.slice(from);
}

export const numbersRule = defineRule<ModelNumbers>({
  id: 'numbers',
  kinds: ['number'],
  description: 'Counts, percentages, numbers of years and rankings, against the figures the sources give.',
  gates: [RANK_GATE],
  build: modelNumbers,
  checkSentence: checkNumbers,
});

export function checkNumbers(ctx: Ctx, s: SentenceInfo, ms: ModelNumbers): void {
  // most sentences hold no tail word a fact takes: one short pattern rules them out, far cheaper than NUMBER_RE
  if (ms.tails && ms.tails.test(ctx.masked, s.start, s.end)) checkCounts(ctx, s, ctx.masked.slice(s.start, s.end), ms);
  if (ms.percent.length) checkProportions(ctx, s, ms.percent);
  checkRanks(ctx, s, ms.rankWords);
}

/**
 * A rise said as a fraction or a multiple, not a percentage: "a third more" (group 1, the fraction), "half as much
 * again", "twice as much", "double the" (group 2, the multiple: what it adds is one less), "three times as much".
 */
const PROPORTION_RE = new RegExp(
  '\\b(?:(?:an?\\s+)?(half|third|quarter|fifth|tenth)\\s+more\\b|half\\s+as\\s+much\\s+again\\b|' +
  '(twice|double|one\\s+and\\s+a\\s+half\\s+times|(?:two|three|four|five)\\s+times)\\s+(?:as\\s+much|more|the)\\b)',
  'g',
);
const FRACTIONS: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25, fifth: 20, tenth: 10 };
const MULTIPLES: Record<string, number> = { twice: 2, double: 2, two: 2, three: 3, four: 4, five: 5 };

/** The per cent a proportion adds ("a third more" is 33⅓, "twice as much" 100). */
function proportionPercent(r: RegExpExecArray): number {
  if (r[1]) return FRACTIONS[r[1]];
  if (!r[2]) return 50; // half as much again
  const times = /^one/.test(r[2]) ? 1.5 : MULTIPLES[r[2].split(/\s/)[0]];
  return (times - 1) * 100;
}

/** Rises said as fractions or multiples ("a third more money") against the percentages the sources give. */
function checkProportions(ctx: Ctx, s: SentenceInfo, facts: NumberFact[]): void {
  for (const r of execIn(PROPORTION_RE, ctx.masked, s.start, s.end)) {
    const value = proportionPercent(r);
    const clause = clauseAt(s, r.index);
    const clauseText = ctx.masked.slice(clause.start, clause.end);
    const n = facts.find((x) => comparable(ctx, s, clause, clauseText, x, r.index));
    if (!n || n.values.some((v) => Math.abs(v - value) < 1)) continue;
    const end = r.index + r[0].length;
    addFinding(ctx, {
      start: r.index, end, kind: 'number', severity: 'error',
      message: `Sources say ${n.text}, not ${ctx.text.slice(r.index, end)}.`,
      suggestions: [n.text],
      citations: [ctx.m.dataset.cite(n.evidence)],
      claimKey: `number:${n.id}:${Math.round(value)}`,
    });
  }
}

/** Counts, percentages and durations in the sentence (`hay` is its text). */
function checkCounts(ctx: Ctx, s: SentenceInfo, hay: string, ms: ModelNumbers): void {
  const { m, masked } = ctx;
  NUMBER_RE.lastIndex = 0;
  let r: RegExpExecArray | null;
  const decade = LAST_DECADE.exec(hay);
  if (decade) checkDecade(ctx, s, s.start + decade.index + decade[0].length - 6, ms.yearsLast);
  while ((r = NUMBER_RE.exec(hay)) !== null) {
    const pos = s.start + r.index;
    // the next number may stand inside this match ("2018 found five areas"): resume right after this one
    NUMBER_RE.lastIndex = r.index + r[1].length;
    // a number inside a date ("2018" in "June 2018", the day in "5 May") is the date's
    if (s.dates.some((d) => pos >= d.start && pos < d.end)) continue;
    const value = valueOf(r[1]);
    if (Number.isNaN(value)) continue;
    // (a year said in words is no count: "twenty eighteen", "twenty twenty-two" — a number word with another right
    // after it, or one after a ten's word)
    if (/^[a-z]/.test(r[1]) && (SAID_YEAR_AFTER.test(masked.slice(pos + r[1].length, pos + r[1].length + 12)) || TENS_BEFORE.test(masked.slice(Math.max(0, pos - 10), pos)))) continue;
    // (nor is a clock's minutes a count: "08:14" over a line about "four areas")
    if (sectionNumber(ctx.text, pos, pos + r[1].length) || /\d:$/.test(masked.slice(Math.max(0, pos - 2), pos))) continue;
    // (nor a reference's number: "para 9 says three MPs …", "page 4", "slide 12")
    if (REFERENCE_BEFORE.test(masked.slice(Math.max(0, pos - 12), pos))) continue;
    const percent = !!r[2];
    // ("one per concern", "one for each area": a share of each, no count of them)
    if (r[4] && r[3] && SHARE_OF_EACH.test(r[3])) continue;
    const noun = r[4] ? singular(r[4]) : percent ? undefined : rowNoun(masked, s, pos, pos + r[0].length);
    // ("Four years since X called for …", "two years on": the time since a happening, counted from the draft's day)
    if ((noun === 'year' || noun === 'month') && ELAPSED_AFTER.test(masked.slice(pos + r[0].length, pos + r[0].length + 12))) continue;
    // a number with neither a per cent nor a unit noun is no claim the sources state (most numbers in prose)
    if (!percent && !noun) continue;
    // (the clause of its noun: a dash before it ends a clause; but in a list of figures, "**12** – the years over
    // which, in the words of …, the council had failed", all that follows the dash says what the figure counts)
    const listed = DASH_LIST.test(r[0]) || (percent && DASH_AFTER.test(masked.slice(pos + r[0].length, pos + r[0].length + 8)));
    const clause = listed ? { start: pos, end: s.end } : asideWith(s, clauseAt(s, r[4] ? pos + r[0].length - 1 : pos));
    const before = masked.slice(Math.max(clause.start, pos - 25), pos);
    let facts: NumberFact[];
    // ("about 18 months" against "about two years": months are read as years, and the whole figure is the claim)
    const months = noun === 'month';
    if (percent) facts = ms.percent;
    else if (noun === 'year' || months) {
      const frameLast = COUNTED_BACK.test(before);
      facts = frameLast ? ms.yearsLast : ms.yearsOther;
    } else if (noun) facts = ms.counts.get(noun) ?? [];
    else continue;
    const claimed = months ? value / 12 : value;
    let clauseText: string | undefined;
    for (const n of facts) {
      // (a listed figure's words may be a quotation: "**12** – the years over which, in the words of X, the council had
      // 'spectacularly failed …'")
      clauseText ??= (listed ? ctx.f : masked).slice(clause.start, clause.end);
      if (!comparable(ctx, s, clause, clauseText, n, pos, months ? 'year' : noun)) continue;
      if (n.approximate ? withinLoose(n, claimed, before) : n.values.includes(claimed)) break;
      const numEnd = months ? pos + r[0].length : pos + r[1].length + (r[2] ? r[2].length : 0);
      const fix = months ? n.text : likeClaim(r[1], n.approximate ? Math.round((n.values[0] + n.values[1]) / 2) : n.values[0]) + (percent ? r[2] : '');
      addFinding(ctx, {
        start: pos, end: numEnd, kind: 'number', severity: 'error',
        message: `Sources say ${n.text}, not ${ctx.text.slice(pos, numEnd)}.`,
        suggestions: [fix],
        citations: [m.dataset.cite(n.evidence)],
        claimKey: `number:${n.id}:${value}`,
      });
      break;
    }
  }
}

/** The most words an aside of a figure alone holds ("— about three years —", "(about two years)"). */
const ASIDE_WORDS = 4;

/**
 * The clause, or, when it is an aside of a figure alone set off by dashes or brackets ("the time it takes to set up a
 * trust — about three years — would be …"), the aside with the clause before it, whose noun it measures.
 */
function asideWith(s: SentenceInfo, clause: { start: number; end: number }): { start: number; end: number } {
  if (clause.start <= s.start || s.masked.slice(clause.start, clause.end).trim().split(/\s+/).length > ASIDE_WORDS) return clause;
  const all = clausesOf(s);
  const k = all.findIndex((c) => c.start === clause.start);
  return k > 0 ? { start: all[k - 1].start, end: clause.end } : clause;
}

/** After a length of time: words that make it the time elapsed since something. */
const ELAPSED_AFTER = /^[\s*_]*(?:since|ago|on)\b/;

/**
 * A report's paragraph number opening its line ("3.2 Concerns about SEND are older still.", "5.1.2 The panel …"): a
 * label, not a figure — numbers of two or more parts parted by dots, before a capital; or an entry's number before its
 * headword in capitals ("14 CONCERN – after a joint visit", a puzzle's answer or a glossary's numbered term).
 */
function sectionNumber(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 4);
  const parts = /^\d+(?:\.\d+)+$/.test(text.slice(start, end)) && /^\.?[ \t]+[A-Z\u2018\u201c"']/.test(after);
  if (!parts && !(/^\d+$/.test(text.slice(start, end)) && /^[ \t]+[A-Z]{2,}(?![a-z])/.test(text.slice(end, end + 40)))) return false;
  const line = text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t>*_#-]*$/.test(text.slice(line, start));
}

/** A figure set off by a dash before what it counts ("**3** — MPs who …"), its dash folded to a hyphen. */
const DASH_LIST = /^[^\s-]+(?:\s*-+\s+)/;
/** The same dash after a percentage and its markup ("**60 per cent** – extra money …"). */
const DASH_AFTER = /^[\s*_]*-+\s/;

/** The noun of a count alone in a table cell: the row header's ("| Areas of concern found | five |" counts areas). */
function rowNoun(masked: string, s: SentenceInfo, pos: number, end: number): string | undefined {
  if (masked.charCodeAt(s.start) !== 124 || !CELL_BEFORE.test(masked.slice(Math.max(s.start, pos - 12), pos)) || !/^\s*(?:\||$)/.test(masked.slice(end, end + 8))) return undefined;
  const r = ROW_NOUN.exec(masked.slice(s.start, pos));
  return r ? singular(r[2]) : undefined;
}

/** The words that make a figure rough ("about 12 years"): it may mean a little more or less. */
export const ROUGH_WORDS: readonly string[] = ['about', 'around', 'some', 'roughly', 'approximately'];

/**
 * The span a rough figure may mean, as a reader takes it: a fifth either way (and a quarter of a year more for years,
 * as a length of time is said). The one rule for a source's rough figure and a claim's.
 */
export function roughSpan(value: number, unit: NumberFact['unit']): [number, number] {
  const slack = unit === 'years' ? 0.25 : 0;
  return [value * 0.8 - slack, value * 1.2 + slack];
}

/** A claim's own rough qualifier ("about 12 years"). */
const LOOSE_CLAIM = new RegExp(`\\b(?:${ROUGH_WORDS.join('|')})\\s+$`);

/**
 * Does a claim agree with a loose fact ("about two years", held as the span [1.35, 2.65]): its value falls in the span,
 * or, when it is rough itself, the span it may mean (roughSpan, as the fact's) meets the fact's: two rough
 * figures that may be the same are no contradiction.
 */
function withinLoose(n: NumberFact, value: number, before: string): boolean {
  const lo = n.values[0], hi = n.values[n.values.length - 1];
  if (!LOOSE_CLAIM.test(before)) return value >= lo && value <= hi;
  const [from, to] = roughSpan(value, n.unit);
  return from <= hi && to >= lo;
}

/**
 * Is a number in the clause the fact's quantity: the clause holds one of its cues (a count of the cue itself, "five
 * concerns", does: `noun`), none of its exclusions, and it is the same quantity (sameQuantity)?
 */
function comparable(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, clauseText: string, n: NumberFact, at: number, noun?: string): boolean {
  if (!(noun && n.cues.includes(noun)) && !hasAnyIn(ctx.masked, clauseText, clause.start, n.cues) && !quotedCue(ctx, clause, n, at)) return false;
  // "spending had nearly doubled over the past decade": a period paired with another size of change is another measure
  if (n.unit === 'years' && MULTIPLE_CHANGE.test(clauseText)) return false;
  if (n.exclude.length && hasAnyIn(ctx.masked, clauseText, clause.start, n.exclude)) return false;
  return sameQuantity(ctx, s, clause, clauseText, n, at);
}

/**
 * A quotation the number's own words finish ("had '… failed to get to grips with the problems' for some 15 years"):
 * its words are the figure's, whoever's they are, and may hold the cue the writer's clause leaves out.
 */
function quotedCue(ctx: Ctx, clause: { start: number; end: number }, n: NumberFact, at: number): boolean {
  // (the closing mark is found first, in the few characters before the figure: most figures follow no quotation)
  const r = QUOTE_THEN_FIGURE.exec(ctx.f.slice(Math.max(clause.start, at - 32), at));
  if (!r) return false;
  const end = at - r[0].length + 1;
  const q = ctx.quotes.find((x) => x.end === end && x.depth === 0);
  return !!q && hasAny(ctx.f, n.cues, q.innerStart, q.innerEnd);
}
/** A closing mark, then a preposition and a hedge at most before the figure ("' for some", "' over", "' in"). */
const QUOTE_THEN_FIGURE = /["'][ \t]*(?:for|over|in|after|within)(?:[ \t]+(?:some|about|around|nearly|almost|more\s+than|over))?[ \t]+$/;

/** A change by a multiple ("doubled", "trebled", "halved"): a count of years in its clause measures that change, no sourced one. */
const MULTIPLE_CHANGE = /\b(?:doubled|tripled|trebled|quadrupled|halved|doubling|tripling|trebling|halving)\b/;

/** "over the last decade", "the past decade": ten years counted back, as "the last ten years" (its word is the claim). */
const LAST_DECADE = /\b(?:last|past|previous|preceding|prior)\s+decade\b/;
/** Right before a count of years, words that count them back from a time: "the last five years", "the preceding four", "over". */
const COUNTED_BACK = /\b(?:last|past|previous|preceding|prior)\s+$|\bover\s+$/;

/** A "decade" at `pos` (ten years, no number written) against the facts that count years back from then. */
function checkDecade(ctx: Ctx, s: SentenceInfo, pos: number, facts: NumberFact[]): void {
  const word = 'decade', value = 10;
  const clause = clauseAt(s, pos);
  const clauseText = ctx.masked.slice(clause.start, clause.end);
  for (const n of facts) {
    if (!comparable(ctx, s, clause, clauseText, n, pos)) continue;
    if (n.values.includes(value)) return;
    addFinding(ctx, {
      start: pos, end: pos + word.length, kind: 'number', severity: 'error',
      message: `Sources say ${n.text} years, not a ${ctx.text.slice(pos, pos + word.length)}.`,
      // (in words, as the claim is)
      suggestions: [likeClaim('five', n.values[0]) + ' years'],
      citations: [ctx.m.dataset.cite(n.evidence)],
      claimKey: `number:${n.id}:${value}`,
    });
    return;
  }
}

/** The most words a quotation may have for a ranking in it to be read here (a longer one is the quotation check's). */
const QUOTED_RANK_WORDS = 4;
const RANK_WORD = /worst|lowest|poorest|weakest/;

/**
 * "Devon's services 'second or third worst' in country": a ranking that is a short quotation's words (a headline's
 * scare quotes), too short for the quotation check to weigh two changed words, is read as a ranking.
 */
function quotedRanks(ctx: Ctx, s: SentenceInfo): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const q of ctx.quotes) {
    if (!q.closed || q.innerStart < s.start || q.innerEnd > s.end) continue;
    const inner = ctx.f.slice(q.innerStart, q.innerEnd);
    if (inner.split(/\s+/).filter(Boolean).length > QUOTED_RANK_WORDS) continue;
    for (const r of execIn(RANK_RE, ctx.f, q.innerStart, q.innerEnd)) out.push(r);
  }
  return out;
}

/** Rankings ("third or fourth worst") in the sentence. */
function checkRanks(ctx: Ctx, s: SentenceInfo, rankWords: WordsIn): void {
  const { m, masked } = ctx;
  // a ranking needs its adjective: most paragraphs and sentences have none, and finding it is far cheaper than the pattern
  const plain = paragraphHas(ctx, RANK_GATE) && rankWords.test(masked, s.start, s.end);
  // (a quotation's words are blanked in masked: asked only of sentences with a quotation and the adjective)
  const quoted = ctx.quotes.length > 0 && RANK_WORD.test(ctx.f.slice(s.start, s.end)) ? quotedRanks(ctx, s) : [];
  if (!plain && quoted.length === 0) return;
  for (const r of plain ? [...execIn(RANK_RE, masked, s.start, s.end), ...quoted] : quoted) {
    const vals = [ordValue(r[1]), ...(r[2] ? [ordValue(r[2])] : [])];
    const fact = m.numbers.find((n) => n.unit === 'rank');
    if (!fact) break;
    const clause = clauseAt(s, r.index);
    if (!sameQuantity(ctx, s, clause, masked.slice(clause.start, clause.end), fact, r.index)) continue;
    if (vals.every((v) => fact.values.includes(v))) continue;
    const end = r.index + r[0].length - (r[0].match(/[- ](?:worst|lowest|poorest|weakest)$/)?.[0].length ?? 0);
    addFinding(ctx, {
      start: r.index, end, kind: 'number', severity: 'error',
      message: `Sources give the ranking as ‘${fact.text}${fact.noun ? ` ${fact.noun}` : ''}’, not ${ctx.text.slice(r.index, end)}.`,
      suggestions: [fact.values.map((v) => ORD_BY_VALUE[v] ?? String(v)).join(' or ')],
      citations: [m.dataset.cite(fact.evidence)],
      claimKey: `number:${fact.id}:${vals.join('-')}`,
    });
  }
}
