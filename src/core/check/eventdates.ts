/**
 * Which sourced event a date belongs to, and whether the date agrees with it: identified from what the sentence says,
 * never from the order of the data.
 *
 * - Choosing: a candidate's distance is its nearest cue to the date (a cue after the date counts double: a date
 *   usually follows what it dates). A cue that stands nearer another date of the sentence dates that one ("led it in
 *   2023 and returned in December 2024": "returned" is December's), and dates joined by "and", "or" or "to" ("in
 *   October and November 2024") are measured as one. Events told of the same happening (`sameAs`) are one candidate.
 *   When two happenings are equally near and the sentence does not tell them apart (it identifies neither, or both,
 *   as the occurrence the sources describe), nothing is said about the date.
 * - Agreeing: a date agrees with a happening when it agrees with any date a source gives it (sources may disagree,
 *   and then neither is flagged); with a range, when it falls inside it (a "from" date with its start, a "to" or
 *   "until" date with its end); with a reported event, with the event's date or its report's publication date, or
 *   with the publication date alone when the clause speaks of publishing.
 */
import { Ctx, ModelEvent, SentenceInfo } from './context';
import { DateExpr } from '../extract/dates';
import { MONTH_NAMES, PartialDateParts, boundsOf, formatPartialDate, parsePartialDate, rangeOf } from '../time/dates';
import { findPhraseIn } from '../text/words';
import { ARROWS } from '../lexicon';

export interface Candidate {
  e: ModelEvent;
  cuePos: number[];
}

type Span = { start: number; end: number };

/** What stands between two dates said together: "October and November 2024", "January to September 2023", "2015 → 2022". */
const JOINED = new RegExp(String.raw`^\s*,?\s*(?:and|or|to|until|till|through|-|–|—|${ARROWS})\s*$`);

/** The dates of the sentence said together with `d` ("in October and November 2024"), as one span. */
export function dateSpan(ctx: Ctx, s: SentenceInfo, d: DateExpr): Span {
  const ds = s.dates;
  let i = ds.indexOf(d);
  let j = i;
  while (i > 0 && ds[i - 1].end <= ds[i].start && JOINED.test(ctx.masked.slice(ds[i - 1].end, ds[i].start))) i--;
  while (j >= 0 && j + 1 < ds.length && ds[j].end <= ds[j + 1].start && JOINED.test(ctx.masked.slice(ds[j].end, ds[j + 1].start))) j++;
  return i < 0 ? d : { start: ds[i].start, end: ds[j].end };
}

/** Does no comma, semicolon or line break stand between the cue at p and the date span? */
function sameItem(masked: string, p: number, span: Span): boolean {
  return !/[,;\n]/.test(between(masked, { start: p, end: p }, span));
}

/** The text between two spans. */
function between(masked: string, a: Span, b: Span): string {
  return a.end <= b.start ? masked.slice(a.end, b.start) : masked.slice(b.end, a.start);
}

/** Words of a clause before its date, besides a preposition of time: "rated inadequate in", not "In". */
const WORDS_BEFORE = /\b[a-z]{3,}(?<!\b(?:from|since|until|during|early|late|mid|the|and))\b[^a-z]*[a-z]*[^a-z]*$/;

/** A new conjunct after a date: "… and remain …", "… but …" (not an apposition: "…, the day …"); a stop ends the search. */
const CONJUNCT_AFTER = /\b(?:and|but)\b|[.;]/;
/** How far before a date its clause's words are looked for, and after it a new conjunct. */
const WORDS_REACH = 40;
const CONJUNCT_REACH = 200;

/** What sets a date beside another as the same day: "14 December 2022, a Thursday". */
const APPOSED = /^\s*,\s*(?:an?\s+)?$/;

/** A cue's distance from a date: a cue after the date counts double. */
function distance(p: number, span: Span): number {
  return p >= span.end ? (p - span.end) * 2 + 3 : span.start >= p ? span.start - p : 0;
}

/**
 * The candidate the date belongs to, or undefined when the sentence does not tell the nearest apart. `identified`
 * says whether the sentence is about the occurrence an event describes (see isThisOccurrence).
 */
export function chooseEvent(ctx: Ctx, s: SentenceInfo, clause: Span, d: DateExpr, given: Candidate[], identified: (e: ModelEvent) => boolean): Candidate | undefined {
  const span = dateSpan(ctx, s, d);
  // ("rated inadequate since January 2020 and remain subject to intervention, with a Commissioner in place": a date
  // after the words it dates is theirs, not a happening told only in a conjunct after it; a date opening its clause,
  // "In May 2025 X … and Y …", dates both)
  // (both asked of a few words around the date, not of the clause: a long clause has many dates, and a search of the
  // clause for each made a paragraph of them quadratic — test:growth, generated #10)
  const afterWords = span.start - clause.start > WORDS_REACH || WORDS_BEFORE.test(ctx.masked.slice(clause.start, span.start));
  const next = afterWords ? CONJUNCT_AFTER.exec(ctx.masked.slice(span.end, Math.min(clause.end, span.end + CONJUNCT_REACH))) : null;
  const conjunct = next && next[0] !== '.' && next[0] !== ';' ? next : null;
  const cands = conjunct ? given.filter((c) => c.cuePos.some((p) => p < span.start || p < span.end + conjunct.index)) : given;
  if (!cands.length) return undefined;
  const others: Span[] = [];
  for (const x of s.dates) if (x.range && (x.end <= span.start || x.start >= span.end) && x.start >= clause.start && x.end <= clause.end) others.push(dateSpan(ctx, s, x));
  // (one candidate: the date is its own unless each of its cues stands in another item of a list parted by commas,
  // beside a date of its own: "four areas of concern from the December 2019 joint visit, a change of control in May
  // 2025" — May 2025 dates no visit)
  if (cands.length === 1) return cands[0].cuePos.some((p) => !others.some((o) => sameItem(ctx.masked, p, o) && !sameItem(ctx.masked, p, span) && !APPOSED.test(between(ctx.masked, o, span)))) ? cands[0] : undefined;
  // each identity's nearest cue (a cue nearer another date is that date's)
  const best = new Map<string, { c: Candidate; dist: number; before: boolean }>();
  // (a cue that is another candidate's anchor, "four areas of significant concern" after "the revisit … found", names
  // what that one looks back to, not a happening of its own, unless the date is the phrase's own: "the four areas of
  // concern from 2018")
  const ownDate = (c: Candidate, p: number) => {
    const cue = c.e.cueList.find((x) => ctx.masked.startsWith(x, p));
    return !!cue && p + cue.length <= span.start && OWN_PHRASE_DATE.test(ctx.masked.slice(p + cue.length, span.start));
  };
  const anchorOfOther = (c: Candidate, p: number) => !ownDate(c, p) && cands.some((o) => o.e.identity !== c.e.identity && o.e.anchors.some((a) => ctx.masked.startsWith(a, p)));
  for (const c of cands) {
    for (const p of c.cuePos) {
      const dist = distance(p, span);
      if (others.some((o) => distance(p, o) < dist) || anchorOfOther(c, p)) continue;
      const b = best.get(c.e.identity);
      // (of one happening's events equally near, the one named first by id: no order of the data counts)
      if (!b || dist < b.dist || (dist === b.dist && c.e.id < b.c.e.id)) best.set(c.e.identity, { c, dist, before: p < span.start });
    }
  }
  // an event the sentence does not identify (another occurrence of its kind) is no candidate, unless none is identified:
  // then the nearest stands, as ever, for "not this one" (and the date is left alone)
  const all = [...best.values()];
  const told = all.filter((b) => identified(b.c.e));
  const pool = told.length ? told : all;
  if (pool.length === 0) return undefined;
  const min = Math.min(...pool.map((b) => b.dist));
  const nearest = pool.filter((b) => b.dist === min);
  // equally near: a date dates what stands before it ("from inadequate in 2016 to good"); else nothing to say
  const before = nearest.length > 1 ? nearest.filter((b) => b.before) : nearest;
  if (before.length === 1) return before[0].c;
  // (a "since" date, "rated inadequate since January 2021", starts what still holds: of happenings it may start, the
  // one nearest it in time, when one is)
  return d.relation === 'since' && d.range ? nearestInTime(before.map((b) => b.c), d.range) : undefined;
}

/**
 * What stands between a phrase and a date of its own: at most a preposition ("concerns from 2018", "identified in
 * 2018"; the date's own "from" may open it).
 */
const OWN_PHRASE_DATE = /^[a-z]*['"]?\s*(?:(?:first\s+)?(?:identified|found|raised)\s+)?(?:(?:from|of|in|since|dating\s+from|back\s+in)\s+)?$/;

/** The one candidate whose happening is nearest the range in time, or undefined on a tie. */
function nearestInTime(cands: Candidate[], r: { start: number; end: number }): Candidate | undefined {
  const gap = (c: Candidate) => (c.e.range.end < r.start ? r.start - c.e.range.end : c.e.range.start > r.end ? c.e.range.start - r.end : 0);
  const min = Math.min(...cands.map(gap));
  const at = cands.filter((c) => gap(c) === min);
  return at.length === 1 ? at[0] : undefined;
}

/** The events told of the same happening as `e` (itself first). */
export function sameHappening(ctx: Ctx, e: ModelEvent): ModelEvent[] {
  // in the order of their dates, not of the data
  return [e, ...ctx.m.events.filter((x) => x !== e && x.identity === e.identity).sort((a, b) => a.range.start - b.range.start || (a.id < b.id ? -1 : 1))];
}

/** One date the sources give a happening, in the sense it is true in. */
export interface SourcedDate {
  e: ModelEvent;
  date: string;
  published: boolean;
}

/**
 * Is the date the publication's: is a word of publishing ("published in May", "came out") the nearest of the event's
 * words to it? (Any other word — "inspection", "rated" — may be said of either date.)
 */
function aboutPublication(ctx: Ctx, s: SentenceInfo, clause: Span, d: DateExpr, x: ModelEvent, cuePos: number[]): boolean {
  if (x.publishedCues.length === 0) return false;
  const span = dateSpan(ctx, s, d);
  const hay = ctx.masked.slice(clause.start, clause.end);
  let pub = Infinity;
  const at = new Set<number>();
  for (const c of x.publishedCues) {
    for (let p = findPhraseIn(ctx.masked, hay, clause.start, c, 0); p >= 0; p = findPhraseIn(ctx.masked, hay, clause.start, c, p + 1 - clause.start)) {
      pub = Math.min(pub, distance(p, span));
      at.add(p);
    }
  }
  if (pub === Infinity) return false;
  let own = Infinity;
  for (const p of cuePos) if (!at.has(p)) own = Math.min(own, distance(p, span));
  return pub < own;
}

/**
 * The dates the date is compared with: every source's date for the happening, each event's publication date beside
 * its own — or, when a word of publishing is the nearest to the date, the publication dates alone.
 */
export function sourcedDates(ctx: Ctx, s: SentenceInfo, clause: Span, d: DateExpr, chosen: Candidate): SourcedDate[] {
  const all = sameHappening(ctx, chosen.e);
  const pub = all.filter((x) => x.published && aboutPublication(ctx, s, clause, d, x, chosen.cuePos));
  if (pub.length) return pub.map((x) => ({ e: x, date: x.published!.date, published: true }));
  return all.flatMap((x) => [
    { e: x, date: x.date, published: false },
    ...(x.published ? [{ e: x, date: x.published.date, published: true }] : []),
  ]);
}

/** A "to", "until" or "till" right before the date: the date is the end of a span ("from January to June 2023"). */
export function endsSpan(ctx: Ctx, d: DateExpr): boolean {
  return d.relation === 'until' || /\b(?:to|until|till)\s+$/.test(ctx.masked.slice(Math.max(0, d.start - 10), d.start));
}

/** Does the date agree with one date (or range) the sources give? */
export function agrees(ctx: Ctx, d: DateExpr, date: string, approximate: boolean): boolean {
  // a time reckoned from another event ("two years after the joint visit") is a span of days: it must meet the date's
  if (d.reference && d.range) {
    const r = rangeOf(date), loose = approximate ? 365 : 0;
    return d.range.end >= r.start - loose && d.range.start <= r.end + loose;
  }
  const writtenYear = d.year !== undefined && !d.yearInferred;
  if (date.includes('/')) {
    const { first, last } = boundsOf(date);
    if (d.relation === 'from' || d.relation === 'since') return agreesWith(d, first, approximate, writtenYear);
    if (endsSpan(ctx, d)) return agreesWith(d, last, approximate, writtenYear);
    return inside(d, first, last, writtenYear);
  }
  return agreesWith(d, parsePartialDate(date), approximate, writtenYear);
}

/** A date against a single date: year, month and day wherever both give them. */
function agreesWith(d: DateExpr, ev: PartialDateParts, approximate: boolean, writtenYear: boolean): boolean {
  if (approximate) return !(writtenYear && Math.abs(d.year! - ev.year) >= 2);
  let wrong = false;
  if (writtenYear && d.year !== ev.year) wrong = true;
  if (d.month !== undefined && ev.month !== undefined && d.month !== ev.month) wrong = true;
  if (d.day !== undefined && ev.day !== undefined && d.month === ev.month && d.day !== ev.day) wrong = true;
  if (d.relation === 'since' && !writtenYear) wrong = false;
  return !wrong;
}

/** A date inside a range: its days meet the range's (by month alone when its year is not written). */
function inside(d: DateExpr, first: PartialDateParts, last: PartialDateParts, writtenYear: boolean): boolean {
  const a = first.year * 12 + (first.month ?? 1), b = last.year * 12 + (last.month ?? 12);
  if (writtenYear) {
    const lo = d.year! * 12 + (d.month ?? 1), hi = d.year! * 12 + (d.month ?? 12);
    return hi >= a && lo <= b;
  }
  if (d.month === undefined) return true;
  for (let k = a; k <= b; k++) if (((k - 1) % 12) + 1 === d.month) return true;
  return false;
}

/** A sourced date as a suggestion, in the form the draft wrote its date (the range's nearer end for a range). */
export function suggestionFor(d: DateExpr, date: string): string {
  const { first, last } = boundsOf(date);
  const p = !date.includes('/') || d.relation === 'from' || d.relation === 'since' ? first
    : d.month !== undefined && last.month !== undefined && Math.abs(d.month - last.month) < Math.abs(d.month - (first.month ?? 1)) ? last : first;
  return writtenLike(d, p);
}

/** A date's parts written with as much as the draft's date wrote (its day, month, year); at least a year. */
export function writtenLike(d: DateExpr, p: { year: number; month?: number; day?: number }): string {
  const parts: string[] = [];
  if (d.day !== undefined && p.day !== undefined) parts.push(String(p.day));
  if (d.month !== undefined && p.month !== undefined) parts.push(MONTH_NAMES[p.month - 1]);
  if (d.year !== undefined && !d.yearInferred) parts.push(String(p.year));
  if (!parts.length) {
    if (p.month !== undefined) parts.push(MONTH_NAMES[p.month - 1]);
    parts.push(String(p.year));
  }
  return parts.join(' ');
}

/** How a sourced date reads in a message: "January to September 2023 (Julian Wooster ran …)". */
export function describeDate(x: SourcedDate): string {
  const note = x.published ? '' : x.e.dateNote ? `; ${x.e.dateNote}` : '';
  return `${formatPartialDate(x.date)} (${x.published ? `publication: ${x.e.summary}` : x.e.summary}${note})`;
}

/**
 * Words that speak of something still to come: a planned event's date is compared only in such a sentence. (A paper
 * that "goes to cabinet on 11 February" is to come, as one that "will go" is.)
 */
const TO_COME = /\b(?:will|would|might|is due|are due|due to|expected|expects|expect|planned|plans\s+to|set to|scheduled|to begin|to start|should|next|upcoming|coming|(?:goes|go|comes|come|heads|returns)\s+(?:to|before)\s+(?:the\s+)?(?:full\s+)?(?:cabinet|council|committee|scrutiny))\b/;

export function speaksOfPlan(ctx: Ctx, s: { start: number; end: number }): boolean {
  return TO_COME.test(ctx.masked.slice(s.start, s.end));
}

/** Marking words that stand before a noun ("a further visit", "the latest report"), not on their own as "again" does. */
const NOUN_MARKERS = new Set(['further', 'a further', 'fresh', 'latest', 'most recent', 'previous', 'prior', 'separate', 'subsequent', 'a new', 'a different']);

/**
 * Does masked[from, to) hold a word marking another occurrence ("again", "second", "latest") that is not part of one
 * of the event's anchors ("for the second time" names the occurrence an event describes)?
 */
export function marksAnother(ctx: Ctx, words: readonly string[], anchors: readonly string[], from: number, to: number): boolean {
  const hay = ctx.masked.slice(from, to);
  // the anchors are looked for only once a marking word is found: most windows hold none, and a profile of one-word
  // edits showed the anchors' search (for every candidate event of every date) as the largest cost of an event's date
  let own: Span[] | undefined;
  for (const w of words) {
    for (let p = findPhraseIn(ctx.masked, hay, from, w, 0); p >= 0; p = findPhraseIn(ctx.masked, hay, from, w, p + 1 - from)) {
      // (a word that marks a noun marks none where its phrase ends after it: "the problems go back further: a joint visit …")
      if (NOUN_MARKERS.has(w) && /^\s*[:;,.!?)]/.test(ctx.masked.slice(p + w.length, p + w.length + 3))) continue;
      own ??= anchorSpans(ctx.masked, hay, from, anchors);
      if (!own.some((o) => p >= o.start && p + w.length <= o.end)) return true;
    }
  }
  return false;
}

/** Where the anchors stand in masked[from, from + hay.length). */
function anchorSpans(masked: string, hay: string, from: number, anchors: readonly string[]): Span[] {
  const own: Span[] = [];
  for (const a of anchors) {
    for (let p = findPhraseIn(masked, hay, from, a, 0); p >= 0; p = findPhraseIn(masked, hay, from, a, p + 1 - from)) own.push({ start: p, end: p + a.length });
  }
  return own;
}
