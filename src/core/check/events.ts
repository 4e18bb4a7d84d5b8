/**
 * Events of the sources and their dates: a date in a clause that is about a sourced event must agree
 * with it (year, month, day, weekday), and so must the organisation said to have carried it out.
 */
import { Ctx, ModelEvent, SentenceInfo, cellAround, clausesOf, inRow, isUpperAt, namedAside, namesUnknownCouncil, quotedAlone, rowElsewhere } from './context';
import { Model } from '../model/model';
import { DateExpr, OWN_RELATIVE } from '../extract/dates';
import { LONG_BEFORE, MONTH_NAMES, PartialDateParts, WEEKDAYS, boundsOf, formatPartialDate, rangeOf, weekdayOf } from '../time/dates';
import { agrees, chooseEvent, dateSpan, describeDate, endsSpan, marksAnother, sameHappening, sourcedDates, speaksOfPlan, suggestionFor, writtenLike } from './eventdates';
import { boundaryAfter, boundaryBefore, escapeRegExp, execIn, findPhraseIn, hasAny, lineBefore, normPhrase } from '../text/words';
import { addConfirmation, addFinding } from './findings';
import { LATER, cellAt, clauseAt, dateOnlyClause } from './time';
import { ADDRESS_LINE } from '../time/story';
import { RATING_RE, aboutLeadInBody, ratesOtherBodies, ratingValue } from './ratings';
import { ARROWS, BACK_IN_TIME, DATES_THE_COPY, EVENT_NOUNS, INSPECTION_GRADES, INSTRUCTION_VERBS, KIND_WORDS, NAME_OF_BODY_ENDS, OTHER_REGIME, POLAR_QUESTION, SPEECH_VERBS, STOP_WORDS, TITLES } from '../lexicon';
import { fold } from '../text/fold';
import { defineRule, indexOf } from './rule';
import { dateReach, withinReach } from './attach';


/**
 * Events a clause may be about: all of the event's required words in the sentence, one of its cues in the
 * clause, and none of its excluding words nearer to `at` (the date or "by") than its own nearest cue.
 */
/** Does the text name a council or service the sources never mention (Torbay, Cornwall…)? Then it is about that one. */
export function otherCouncil(ctx: Ctx, span: { start: number; end: number }): boolean {
  const re = indexOf(ctx, eventsRule).otherCouncil;
  let hay = ctx.masked.slice(span.start, span.end);
  // (a place in a person's former post, "X, Cornwall's former children's lead, was put in interim charge", says where
  // the person came from, not whose happening the clause tells of: the clause is read on past it)
  for (let r = re.exec(hay); r; r = re.exec(hay)) {
    const rest = hay.slice(r.index + r[0].length);
    if (!FORMER_POST_AFTER.test(rest)) return true;
    hay = rest;
  }
  return false;
}
/** A former post after a place's name: "'s former children's lead", "'s ex-director". */
const FORMER_POST_AFTER = /^['\u2019]s?\s+(?:former|ex-|previous|one-time)\s*(?:children's\s+)?(?:services\s+)?(?:lead|boss|chief|director|head)\b/;

/** The councils and services the sources never mention, as one pattern, and a neighbour named as such ("a neighbouring council"). */
function otherCouncilRe(m: Model): RegExp {
  const names = m.orgPhrases.filter((o) => o.org.notInSources && (o.org.kind === 'council' || o.org.kind === 'service')).map((o) => o.phrase);
  return new RegExp(`\\b(?:${names.map((n) => escapeRegExp(n)).join('|')}|${NEIGHBOUR})\\b`);
}

/** A council named only as a neighbour of the story's ("a neighbouring council", "nearby authorities"). */
const NEIGHBOUR = "(?:neighbouring|neighboring|nearby)\\s+(?:local\\s+)?(?:councils?|authorit(?:y|ies)|count(?:y|ies))";

/**
 * Phrases by their first character, each list in the phrases' order (ASCII in an array, anything else in a map), with
 * each phrase's second character (-1 for a phrase of one) so most candidates are turned away without a string compare.
 */
interface ByFirst {
  ascii: (number[] | undefined)[];
  other: Map<number, number[]>;
  second: Int32Array;
}

function byFirst(phrases: readonly string[]): ByFirst {
  const b: ByFirst = { ascii: new Array<number[] | undefined>(128).fill(undefined), other: new Map(), second: new Int32Array(phrases.length) };
  phrases.forEach((p, k) => {
    const c = p.charCodeAt(0);
    let list = c < 128 ? b.ascii[c] : b.other.get(c);
    if (!list) {
      list = [];
      if (c < 128) b.ascii[c] = list;
      else b.other.set(c, list);
    }
    list.push(k);
    b.second[k] = p.length > 1 ? p.charCodeAt(1) : -1;
  });
  return b;
}

function listOf(b: ByFirst, c: number): number[] | undefined {
  return c < 128 ? b.ascii[c] : b.other.get(c);
}

/** What the paragraph scan looks for, built once per model. */
interface ScanIndex {
  /** Where a required word may start (see paragraphScan). */
  re: RegExp;
  /** Does a match take in the character before the word (true unless some word starts with another character)? */
  consumes: boolean;
  /** Every required word of every event: a word's number is its index here. */
  words: string[];
  /** The word numbers by first character: a match is checked only against the words it can be. */
  wordsByFirst: ByFirst;
  /** For each word number, the events that need it (indexes into the model's events). */
  eventsOf: number[][];
  /** For each event of the model, its required groups as word numbers. */
  groups: number[][][];
  /** The organisation names (numbered as the model's orgPhrases), for what follows "by" or "from". */
  orgsByFirst: ByFirst;
  /** Scratch for one sentence: which words it holds (cleared after use), and which events need one of them. */
  present: Uint8Array;
  touched: number[];
  cand: Uint8Array;
}

function scanIndex(m: Model): ScanIndex {
  const words = [...new Set(m.events.flatMap((e) => e.requiredGroups.flat()))];
  const number = new Map(words.map((w, i) => [w, i]));
  const eventsOf = words.map((): number[] => []);
  const groups = m.events.map((e) => e.requiredGroups.map((g) => g.map((w) => number.get(w)!)));
  groups.forEach((gs, i) => {
    for (const id of new Set(gs.flat())) eventsOf[id].push(i);
  });
  // The pattern only says where to look: every word standing there is then checked one by one. It is found only
  // where a word starts (what findPhrase accepts is a subset of "no letter or digit before"); the character before
  // is matched rather than looked behind or ahead at, which runs twice as fast (every word starts with a letter or
  // digit, so the match's first character tells which it was). Should a word not, every position is tried.
  const all = words.filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  const consumes = all.every((w) => /^[a-z0-9]/.test(w));
  const alts = all.map((w) => escapeRegExp(w)).join('|');
  const re = new RegExp(`${consumes ? '(?:^|[^a-z0-9])' : ''}(?:${alts})`, 'g');
  return {
    re, consumes, words, wordsByFirst: byFirst(words), eventsOf, groups, orgsByFirst: byFirst(m.orgPhrases.map((o) => o.phrase)),
    present: new Uint8Array(words.length), touched: [], cand: new Uint8Array(m.events.length),
  };
}

/** What one scan of a paragraph found, in the order it stands (plain arrays of numbers: no object per find). */
export interface ParagraphScan {
  ix: ScanIndex;
  /** Required words (by number) and where they stand, at word boundaries as findPhrase would find them. */
  reqId: number[];
  reqAt: number[];
  /** Whether the paragraph names each event's anchors, as asked. */
  anchored: Map<ModelEvent, boolean> | undefined;
  /** The events whose press names (`names`) the paragraph holds, as asked. */
  named: ModelEvent[] | undefined;
}

/** Where the events' required words stand in the paragraph: one scan per paragraph for all of them (kept on the Ctx). */
function paragraphScan(ctx: Ctx): ParagraphScan {
  if (ctx.eventScan) return ctx.eventScan;
  const ix = indexOf(ctx, eventsRule).scan;
  const { re, words, wordsByFirst } = ix;
  const { masked } = ctx;
  const ps: ParagraphScan = { ix, reqId: [], reqAt: [], anchored: undefined, named: undefined };
  re.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = re.exec(masked)) !== null) {
    // every word starting here, not only the longest ("local elections" and "local election")
    const cp = masked.charCodeAt(r.index);
    const i = !ix.consumes || (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) ? r.index : r.index + 1;
    re.lastIndex = i + 1;
    const c0 = masked.charCodeAt(i);
    const c1 = i + 1 < masked.length ? masked.charCodeAt(i + 1) : -2;
    const ws = listOf(wordsByFirst, c0);
    if (ws && boundaryBefore(masked, i)) {
      for (const id of ws) {
        const w = words[id];
        const w1 = wordsByFirst.second[id];
        if ((w1 === c1 || w1 === -1) && masked.startsWith(w, i) && boundaryAfter(masked, i + w.length) && !(w === 'back' && BACK_IN_TIME.test(masked.slice(i + 4, i + 40)))) {
          ps.reqId.push(id);
          ps.reqAt.push(i);
        }
      }
    }
  }
  ctx.eventScan = ps;
  return ps;
}

/** The first index of the sorted `at` holding a position at or after `pos`. */
function lowerBound(at: number[], pos: number): number {
  let lo = 0, hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Events whose required words all stand in the sentence (a word counts where findPhrase would find it in the
 * sentence), and none of its sentence-wide excludes; worked out once per sentence, from the paragraph's scan.
 */
function sentenceLevelEvents(ctx: Ctx, s: SentenceInfo): ModelEvent[] {
  let evs = s.events;
  if (evs) return evs;
  const ps = paragraphScan(ctx);
  const { reqId, reqAt, ix } = ps;
  const k0 = lowerBound(reqAt, s.start);
  // most sentences hold none
  if (k0 === reqAt.length || reqAt[k0] >= s.end) return (s.events = withNamed(ctx, s, NO_EVENTS));
  const { words, present, touched, cand } = ix;
  for (let k = k0; k < reqAt.length && reqAt[k] < s.end; k++) {
    const id = reqId[k];
    if (present[id] === 0 && reqAt[k] + words[id].length <= s.end) {
      present[id] = 1;
      touched.push(id);
    }
  }
  evs = NO_EVENTS;
  if (touched.length) {
    // only the events that need a word found here can have all of theirs (tested in the model's order)
    for (const id of touched) for (const k of ix.eventsOf[id]) cand[k] = 1;
    const events = ctx.m.events;
    for (let k = 0; k < cand.length; k++) {
      if (cand[k] === 0) continue;
      cand[k] = 0;
      if (!allGroupsPresent(ix.groups[k], present)) continue;
      const e = events[k];
      if (e.excludeSentence.length && excludedBySentence(ctx, s, e)) continue;
      // (an other council's service is no event's subject where its place only says where a person worked)
      if (e.requiredGroups.some((g) => g.every((w) => ctx.m.places.others.includes(w)) && onlyInPosts(ctx.masked, s, g))) continue;
      if (evs === NO_EVENTS) evs = [];
      evs.push(e);
    }
    for (const id of touched) present[id] = 0;
    touched.length = 0;
  }
  s.events = withNamed(ctx, s, evs);
  return s.events;
}

/**
 * The sentence's events and those it names by the press's name for them ("final notice"): told for who did them, not
 * for their date (see namedOnly). The paragraph is searched for the names once; most hold none.
 */
function withNamed(ctx: Ctx, s: SentenceInfo, evs: ModelEvent[]): ModelEvent[] {
  const ps = paragraphScan(ctx);
  const named = (ps.named ??= ctx.m.events.filter((e) => e.nameList.length && hasAny(ctx.f, e.nameList)));
  let out = evs;
  for (const e of named) {
    if (!out.includes(e) && hasAny(ctx.f, e.nameList, s.start, s.end)) (out = out === evs ? [...evs] : out).push(e);
  }
  return out;
}

/** Is the event in the sentence's list only by its press name (no required words): not to be dated there? */
function namedOnly(ctx: Ctx, s: SentenceInfo, e: ModelEvent): boolean {
  return e.nameList.length > 0 && !e.requiredGroups.every((g) => hasAny(ctx.f, g, s.start, s.end));
}

/**
 * Does the sentence hold one of the event's sentence-wide excluding words? In a table row, only a cell that also holds
 * one of its required words counts: "| The threat | Special measures next year | Service could be removed from April |"
 * tells of two threats, one a cell.
 */
function excludedBySentence(ctx: Ctx, s: SentenceInfo, e: ModelEvent): boolean {
  const { masked } = ctx;
  if (!hasAny(masked, e.excludeSentence, s.start, s.end) || onlyInPosts(masked, s, e.excludeSentence)) return false;
  if (masked.charCodeAt(s.start) !== 124 /* | */) return true;
  let excluded = true;
  for (let a = s.start + 1; a < s.end; ) {
    let b = masked.indexOf('|', a);
    if (b < 0 || b > s.end) b = s.end;
    if (e.requiredGroups.some((g) => hasAny(masked, g, a, b)) && !hasAny(masked, e.excludeSentence, a, b)) excluded = false;
    a = b + 1;
  }
  return excluded;
}

/** A place's possessive before a post: "Somerset's children's lead", "Somerset's former director". */
const POST_AFTER_PLACE = /^(?:['\u2019]s?)?\s+(?:(?:former|then|ex|previous|one-time|interim|children['\u2019]s|social|care)[\s-]+){0,3}(?:lead|leader|director|boss|chief|head|officer|manager)\b/;

/**
 * Does every place of `words` in the sentence stand before a post ("Julian Wooster, formerly Somerset's children's
 * lead")? Then it says where a person worked, not which council's service a rating or visit was of.
 */
function onlyInPosts(masked: string, s: SentenceInfo, words: readonly string[]): boolean {
  const hay = masked.slice(s.start, s.end);
  let any = false;
  for (const w of words) {
    for (let p = findPhraseIn(masked, hay, s.start, w, 0); p >= 0; p = findPhraseIn(masked, hay, s.start, w, p + w.length - s.start)) {
      if (!POST_AFTER_PLACE.test(masked.slice(p + w.length, p + w.length + 48))) return false;
      any = true;
    }
  }
  return any;
}

/** The events of a sentence about none (shared: never added to). */
const NO_EVENTS: ModelEvent[] = [];

/** Does every group have one of its words present? */
function allGroupsPresent(groups: number[][], present: Uint8Array): boolean {
  for (const g of groups) {
    let any = false;
    for (const id of g) if (present[id] === 1) { any = true; break; }
    if (!any) return false;
  }
  return true;
}

/** The candidates of a sentence with no events (shared: never added to). */
const NO_CANDIDATES: { e: ModelEvent; cuePos: number[] }[] = [];

/**
 * "warned first in December 2022 and again in the final notice": a cue after the date with "again" between them is
 * a later occurrence's, not the date's.
 */
function notAgain(masked: string, cuePos: number[], at: number): number[] {
  if (!cuePos.some((p) => p > at)) return cuePos;
  return cuePos.filter((p) => p < at || !/\bagain\b/.test(masked.slice(at, p)));
}

/** "since the", "since its first": a happening named as the point a span runs from. */
const SINCE_BEFORE = /\bsince\s+(?:the|its|their|that|this|a|an)\s+(?:[a-z'-]+\s+){0,2}$/;
/**
 * "| 19 Feb 2026 | Progress since the improvement notice |", "by 2024, progress since the visit was slow": a happening
 * named after "since" is the point a span runs from; a date outside the "since" phrase dates the span, not it. A date
 * inside it, or in brackets right after it, is its own ("since the improvement notice of March 2022", "since the Lib
 * Dems took charge in May").
 */
function sinceReferred(masked: string, cuePos: number[], at: number): number[] {
  return cuePos.filter((p) => {
    const r = SINCE_BEFORE.exec(masked.slice(Math.max(0, p - 40), p));
    if (!r) return true;
    const since = p - r[0].length;
    const end = PHRASE_END.exec(masked.slice(p, p + 160));
    // (a date in brackets right after the phrase is its own: "since the revisit … (May 2022)")
    const stop = p + (end ? end.index + (end[0] === '(' ? 2 : 0) : 160);
    return at >= since && at < stop;
  });
}

/** Where a "since" phrase ends: a stop, a comma, a dash, a cell's pipe or a bracket. */
const PHRASE_END = /[.,;:!?|()\u2013\u2014]|\s-+\s/;

/** Does one of the event's required groups stand in the sentence only as a happening after "since"? */
function onlySinceReferred(masked: string, s: SentenceInfo, e: ModelEvent, at: number): boolean {
  const hay = masked.slice(s.start, s.end);
  const from = s.start;
  return e.requiredGroups.some((g) => {
    const found = g.flatMap((w) => {
      const ps: number[] = [];
      for (let p = findPhraseIn(masked, hay, from, w, 0); p >= 0; p = findPhraseIn(masked, hay, from, w, p + 1 - from)) ps.push(p);
      return ps;
    });
    return found.length > 0 && sinceReferred(masked, found, at).length === 0;
  });
}

/**
 * "I first wrote to this paper in 2022", "we wrote again": outside quotation marks (the masked text blanks them) a
 * first-person subject right before a cue is the writer of the draft, not the source's actor; and "as first
 * published" tells of the piece itself going out (a reprint's note: "it appears as first published").
 */
const WRITER_SUBJECT = /\b(?:(?:i|we)(?:\s+(?:first|then|also|again|last|once|later|have|had|never|already|[a-z]+ly))?|as\s+(?:first|originally))\s+$/;

function byTheWriter(masked: string, p: number): boolean {
  return WRITER_SUBJECT.test(masked.slice(Math.max(0, p - 24), p));
}

/** A kind of happening's noun right after a word ("a budget monitoring report"): group 1. */
const NOUN_AFTER = new RegExp(`^\\s+(${EVENT_NOUNS.join('|')})\\b`);

/**
 * "a budget monitoring report": a cue standing before another kind of happening's noun only says which one that is
 * (a report, not a monitoring visit), unless the noun is one of the event's own words.
 */
function modifiesOtherNoun(masked: string, cueEnd: number, e: ModelEvent): boolean {
  // (or before a body's noun: "England's inspection agency", "a monitoring body" name who does it, not a time it was done)
  if (BODY_NOUN_AFTER.test(masked.slice(cueEnd, cueEnd + 16))) return true;
  const r = NOUN_AFTER.exec(masked.slice(cueEnd, cueEnd + 24));
  return r !== null && !e.cueList.some((c) => c.split(' ').includes(r[1]));
}

/**
 * A word before a cue naming another kind of the happening, not the sources' ("a study visit", "a home visit", "the
 * school inspection", "a family meeting").
 */
const OTHER_KIND_BEFORE = /\b(?:study|site|home|school|royal|ministerial|state|exchange|fact-finding|field|family|hospital|ward|staff)\s+$/;

/** Another kind of body's possessive: "the hospital's", "our practice's", "the trust's" (what it did or had done to it). */
const OTHER_BODY_OWNS = /\b(?:the|this|our|its|their|a)\s+(?:[a-z]+\s+)?(?:hospital|hospitals|trust|school|practice|surgery|nursery|hospice|academy|college|clinic|ward|unit|provider|pharmacy)'s?\s/;

/**
 * "The PCC spent most of its April meeting on …": a happening owned by a possessive pronoun whose owner the clause
 * names before it, in a clause that names no body the data knows nor a word of the story's bodies, is that owner's own
 * (the cabinet's meeting is told "the cabinet's", "its" after "the cabinet", or by the council's name; "Their report
 * was published …" takes its owner from the sentence before).
 */
const OWNED_OCCASION = /\b(?:its|their|our)\s+(?:[a-z0-9]+\s+){0,2}?(?:meeting|meetings|visit|visits|letter|report|review|audit)\b/;
const STORY_BODY_WORD = /\b(?:council|cabinet|authority|county|department|government|minister|inspectors?|inspectorate|task\s+group)\b/;
function unnamedOwnersOccasion(ctx: Ctx, clause: { start: number; end: number }): boolean {
  const hay = ctx.masked.slice(clause.start, clause.end);
  const r = OWNED_OCCASION.exec(hay);
  if (!r || !/[a-z]{3,}.*\s$/.test(hay.slice(0, r.index)) || STORY_BODY_WORD.test(hay)) return false;
  return !paragraphOrgs(ctx).some((o) => o.index >= clause.start && o.index < clause.end);
}

/**
 * A body's noun after an indefinite article and a word of its class, with no kind of happening after it: "the language
 * of failure in a county cabinet" names a body of that kind, not the sources' one, nor any of its meetings ("a cabinet
 * meeting" may be theirs; so may "a trust", as a happening to come is told).
 */
function indefiniteBody(masked: string, p: number, cue: string): boolean {
  return (NAME_OF_BODY_ENDS as readonly string[]).includes(cue) && INDEFINITE_BODY_BEFORE.test(masked.slice(Math.max(0, p - 30), p)) && !EVENT_NOUN_AFTER.test(masked.slice(p + cue.length, p + cue.length + 14));
}
const INDEFINITE_BODY_BEFORE = /\b(?:a|an|any|every|each|another)\s+(?:county|city|borough|district|unitary|local|town|parish|national|regional|typical)\s+$/;
const EVENT_NOUN_AFTER = new RegExp(`^\\s+(?:${EVENT_NOUNS.join('|')})\\b`);

/** A body's or a scheme's noun right after a word: "inspection agency", "inspection regime", "monitoring body". */
const BODY_NOUN_AFTER = /^\s+(?:agency|agencies|body|bodies|regime|framework|regulator|watchdog|authority|system|handbook)\b/;

/**
 * A cue that is a part of an identifier, joined to figures by a hyphen, an underscore or a dot ("cabinet-2022",
 * "cabinet_14dec", "final-notice-2025"): a record's key or a file's name, no happening told.
 */
function inIdentifier(masked: string, start: number, end: number): boolean {
  return IDENTIFIER_AFTER.test(masked.slice(end, end + 12)) || IDENTIFIER_BEFORE.test(masked.slice(Math.max(0, start - 12), start));
}
const IDENTIFIER_AFTER = /^(?:[-_.][a-z]*)*[-_.][a-z]*\d/;
const IDENTIFIER_BEFORE = /\d[a-z]*(?:[-_.][a-z]*)*[-_.]$/;

/** "the SEND task group": a cue that is part of a longer organisation's name is that body's name, not the event. */
function insideName(ctx: Ctx, start: number, end: number): boolean {
  for (const o of paragraphOrgs(ctx)) {
    const oEnd = o.index + o[0].length;
    if (o.index > start) break;
    if (oEnd >= end && oEnd - o.index > end - start) return true;
  }
  return false;
}

function eventsFor(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, at: number): { e: ModelEvent; cuePos: number[] }[] {
  const { masked } = ctx;
  const evs = sentenceLevelEvents(ctx, s);
  if (!evs.length) return NO_CANDIDATES;
  const out: { e: ModelEvent; cuePos: number[] }[] = [];
  const perClause = (s.eventCues ??= new Map());
  const key = clause.start * 1048576 + (clause.end - clause.start);
  let cued = perClause.get(key);
  // the clause alone is searched for cues and excluding words (a search of the paragraph would run on past the
  // clause for every one it lacks)
  let hay: string | undefined;
  if (!cued) {
    cued = [];
    // a clause about another council, or another kind of body's own happening ("the hospital's latest CQC
    // inspection"), is about none of these events (an empty list, kept like any other)
    if (otherCouncil(ctx, clause) || OTHER_BODY_OWNS.test(masked.slice(clause.start, clause.end)) || unnamedOwnersOccasion(ctx, clause)) {
      perClause.set(key, cued);
      return out;
    }
    hay = masked.slice(clause.start, clause.end);
    const row = hay.indexOf('|') < 0 && inRow(masked, clause.start);
    for (const e of evs) {
      const cuePos: number[] = [];
      for (const c of e.cueList) {
        // every place the cue stands (up to a few), so the nearest one is measured
        let p = findPhraseIn(masked, hay, clause.start, c, 0);
        for (let k = 0; p >= 0 && k < 6; k++) {
          if (!byTheWriter(masked, p) && !modifiesOtherNoun(masked, p + c.length, e) && !OTHER_KIND_BEFORE.test(masked.slice(Math.max(0, p - 16), p)) && !indefiniteBody(masked, p, c) && !insideName(ctx, p, p + c.length) && !gradeCell(masked, s, p) && !inIdentifier(masked, p, p + c.length)) cuePos.push(p);
          p = findPhraseIn(masked, hay, clause.start, c, p + c.length - clause.start);
        }
      }
      // (in a table's row each cell is an entry of its own: the event's required words must stand in the date's cell)
      if (row && !e.requiredGroups.every((g) => g.some((w) => findPhraseIn(masked, hay!, clause.start, w, 0) >= 0))) continue;
      if (cuePos.length && (!twoOfAKind(ctx, s, e) || ownWordsIn(ctx, hay, clause.start, e))) cued.push({ e, cuePos });
    }
    perClause.set(key, cued);
  }
  const sinceAt = masked.indexOf('since', s.start);
  const since = sinceAt >= 0 && sinceAt < s.end;
  for (const c of cued) {
    const { e } = c;
    let cuePos = notAgain(masked, c.cuePos, at);
    // (asked only of a sentence that says "since"; and when its words that say what happened stand only after
    // "since", the date is not their happening's)
    if (since) {
      cuePos = sinceReferred(masked, cuePos, at);
      if (cuePos.length && onlySinceReferred(masked, s, e, at)) continue;
    }
    if (!cuePos.length) continue;
    if (e.exclude.length) {
      hay ??= masked.slice(clause.start, clause.end);
      // "a follow-up visit": a cue inside an excluding phrase is that phrase's word, not the event's
      cuePos = outsideExcludes(masked, hay, clause.start, cuePos, e.exclude);
      if (!cuePos.length) continue;
      let nearestCue = Infinity;
      for (const p of cuePos) if (Math.abs(p - at) < nearestCue) nearestCue = Math.abs(p - at);
      // the excluding words' distances first: most clauses hold none, and then nothing more is asked
      let nearestExclude = Infinity;
      for (const x of e.exclude) {
        for (let p = findPhraseIn(masked, hay, clause.start, x, 0); p >= 0; p = findPhraseIn(masked, hay, clause.start, x, p + 1 - clause.start)) {
          nearestExclude = Math.min(nearestExclude, Math.abs(p - at));
        }
      }
      // (nearer than the nearest cue, or than the nearest of its required words, which say what happened: "2024-11-06:
      // Ofsted monitoring visit letter published" — "monitoring" stands nearer than "published", whatever a body's
      // name stands nearer still)
      if (nearestExclude !== Infinity && (nearestExclude <= nearestCue || nearestExclude <= nearestRequired(masked, hay, clause.start, e, at))) continue;
    }
    out.push({ e, cuePos });
  }
  return out;
}

/** How far from `at` the nearest of the event's required words stands in the clause (0 when it has none there). */
function nearestRequired(masked: string, hay: string, from: number, e: ModelEvent, at: number): number {
  let best = Infinity;
  for (const g of e.requiredGroups) for (const w of g) {
    for (let p = findPhraseIn(masked, hay, from, w, 0); p >= 0; p = findPhraseIn(masked, hay, from, w, p + 1 - from)) best = Math.min(best, Math.abs(p - at));
  }
  return best === Infinity ? 0 : best;
}

/** The cue positions that stand inside none of the excluding phrases found in masked[from, from + hay.length). */
function outsideExcludes(masked: string, hay: string, from: number, cuePos: number[], exclude: readonly string[]): number[] {
  let out = cuePos;
  for (const x of exclude) {
    for (let p = findPhraseIn(masked, hay, from, x, 0); p >= 0; p = findPhraseIn(masked, hay, from, x, p + 1 - from)) {
      const end = p + x.length;
      if (out.some((c) => c >= p && c < end)) out = out.filter((c) => c < p || c >= end);
    }
  }
  return out;
}

/**
 * Does the sentence name two happenings of the event's kind ("an improvement notice over children's services in 2013,
 * and a second improvement notice, over special needs")? Then the clause, not the sentence, must hold all its required words.
 */
function twoOfAKind(ctx: Ctx, s: SentenceInfo, e: ModelEvent): boolean {
  const hay = ctx.masked.slice(s.start, s.end);
  return e.requiredGroups.some((g) => g.some((w) => {
    const first = findPhraseIn(ctx.masked, hay, s.start, w, 0);
    return first >= 0 && findPhraseIn(ctx.masked, hay, s.start, w, first + w.length - s.start) >= 0;
  }));
}

/** Does masked[from, from + hay.length) hold a word of each of the event's required groups? */
function ownWordsIn(ctx: Ctx, hay: string, from: number, e: ModelEvent): boolean {
  return e.requiredGroups.every((g) => g.some((w) => findPhraseIn(ctx.masked, hay, from, w, 0) >= 0));
}

/** "and" opening a second noun phrase: a determiner after it. */
const AND_NOUN_PHRASE = /^\s+and\s+(?:a|an|the|its|their|his|her|our)\s/;

/**
 * "a service rated inadequate since January 2020 and a SEND improvement notice", "a joint visit in December 2018 and a
 * revisit this year": a date that ends its phrase, with a second noun phrase joined after it by "and", dates the
 * phrase it ends, not the one joined on. The clause cut there (a date that opens its clause is left whole).
 */
function endsItsPhrase(ctx: Ctx, clause: { start: number; end: number }, d: DateExpr): { start: number; end: number } {
  if (!AND_NOUN_PHRASE.test(ctx.masked.slice(d.end, d.end + 12))) return clause;
  return /[a-z]+\W+[a-z]+/.test(ctx.masked.slice(clause.start, d.start)) ? { start: clause.start, end: d.end } : clause;
}

/**
 * The clause of a date; a clause that is only the date (a timeline's "May 2021 – …") reaches over the sentence, up to
 * the semicolons around it: a semicolon parts a note's items ("inadequate Jan 2020; SEND notice — get date").
 */
function dateClause(ctx: Ctx, s: SentenceInfo, d: DateExpr): { start: number; end: number } {
  const cell = wordyCell(ctx.masked, s, d);
  const clause = dateOnlyClause(ctx, s, d) ? entryClause(ctx.masked, s, d) : pastAside(ctx.masked, endsItsPhrase(ctx, clauseAt(s, d.start), d), d);
  return cell ? { start: Math.max(clause.start, cell.start), end: Math.min(clause.end, cell.end) } : clause;
}

/**
 * "Julian Wooster, who took Somerset from ‘inadequate’ to ‘good’, was put in interim charge in December 2022": a clause
 * opened by "who" or "which" is closed by its comma; a date after that comma is the main clause's, which goes on there.
 */
function pastAside(masked: string, clause: { start: number; end: number }, d: DateExpr): { start: number; end: number } {
  if (!/\b(?:who|which)\s*$/.test(masked.slice(Math.max(0, clause.start - 7), clause.start))) return clause;
  const comma = masked.lastIndexOf(',', d.start);
  return comma > clause.start && /^\s+[a-z]/.test(masked.slice(comma + 1, comma + 3)) ? { start: comma + 1, end: clause.end } : clause;
}

/**
 * A date alone in its cell, in a row where a cell of words gives a date of its own ("| Thu 27 Nov | 08:30 | The Lib Dems
 * took charge of the council in June … |"): the lone date labels the row (a post's slot, a log's line), the other
 * dates the happening the words tell of.
 */
function labelsItsRow(ctx: Ctx, s: SentenceInfo, d: DateExpr): boolean {
  if (!inRow(ctx.masked, d.start) || wordyCell(ctx.masked, s, d)) return false;
  // (a date the row's words reckon from the label, "from this month", is the label's own)
  return s.dates.some((x) => x !== d && x.range !== undefined && !OWN_RELATIVE.test(ctx.masked.slice(x.start, x.start + 12)) && wordyCell(ctx.masked, s, x) !== undefined);
}

/** A date labelling its entry ("May 2021: …; July: …"): its clause reaches to the next semicolon. */
function entryClause(masked: string, s: SentenceInfo, d: DateExpr): { start: number; end: number } {
  const before = masked.lastIndexOf(';', d.start);
  const after = masked.indexOf(';', d.end);
  return { start: before >= s.start ? before + 1 : s.start, end: after >= 0 && after < s.end ? after : s.end };
}

/**
 * The cell of a table's row a date stands in with words of its own ("| December: joint visit … | January: rated
 * inadequate |", "| Requires improvement (January 2020) |"): what the date dates stands in it. A date alone in its
 * cell dates the row, and gets none.
 */
function wordyCell(masked: string, s: SentenceInfo, d: DateExpr): { start: number; end: number } | undefined {
  if (!inRow(masked, d.start)) return undefined;
  const { start: a, end: b } = cellAround(masked, d.start, d.end, s);
  const rest = masked.slice(a, d.start) + ' ' + masked.slice(d.end, b);
  const words = (rest.match(/[a-z]{2,}/g) ?? []).length;
  // (or a date in brackets after its cell's words: "| Requires improvement (January 2020) |")
  return words >= 3 || (words >= 1 && /\(\s*$/.test(masked.slice(a, d.start)) && /^\s*\)/.test(masked.slice(d.end, b))) ? { start: a, end: b } : undefined;
}

/**
 * For an event that is a rating ("rated good"), the rating a date belongs to is the one written nearest before it
 * ("from inadequate in 2015 to good in July"): a date nearer another rating is not this event's.
 */

/** Does the paragraph (quotations included) name one of the event's anchors? Asked once per paragraph and event. */
function anchoredInParagraph(ctx: Ctx, e: ModelEvent): boolean {
  const ps = paragraphScan(ctx);
  const memo = (ps.anchored ??= new Map());
  let a = memo.get(e);
  if (a === undefined) memo.set(e, (a = hasAny(ctx.f, lowerAnchors(ctx, e), 0, ctx.f.length)));
  return a;
}

/** What the events check derives from one event, made once per engine and event (see notesOf). */
interface EventNotes {
  /** Its anchors in lower case. */
  anchors: string[];
  /** The rating it is, for an event that is a rating ("rated good"). */
  rating: string | undefined;
  date: EventDate;
  /** "in Somerset", "at Cornwall": a clause set in another place the data knows, one the event's own words do not name. */
  elsewhere: RegExp | undefined;
  /** Its own words (those its sentence must hold, and its cues) and its anchors: a participle before a date may be any. */
  ownOrAnchor: string[];
  /** The other places (not the story's own) among the event's own words: where it happened ("somerset"). */
  places: string[];
}

function notesOf(ctx: Ctx, e: ModelEvent): EventNotes {
  const { notes } = indexOf(ctx, eventsRule);
  let n = notes.get(e);
  if (!n) {
    const own = [...e.requiredGroups.flat(), ...e.cueList];
    const anchors = [...e.anchors.map((x) => x.toLowerCase()), ...sayingAnchors(ctx.m, e)];
    n = {
      anchors,
      // (the grade among its required words, or the one its summary gives: "… inspected … and rated them inadequate again")
      rating: e.requiredGroups.flat().find((w) => (INSPECTION_GRADES as readonly string[]).includes(w)) ??
        INSPECTION_GRADES.find((g) => new RegExp(`\\brated\\s+(?:\\w+\\s+){0,3}?${g}\\b`).test(e.summary.toLowerCase())),
      date: datesOf(e),
      elsewhere: elsewhereOf(ctx.m, own),
      places: ctx.m.places.others.filter((p) => own.join(' ').includes(p)),
      ownOrAnchor: [...own, ...anchors],
    };
    notes.set(e, n);
  }
  return n;
}

/**
 * The opening words (three or four, up to a stop) of what the event's anchored people say in its source: "Back at the
 * cabinet meeting on 14 November 2022 the then cabinet member said that would be 'no good for Devon'" names the meeting
 * the sources tell by a saying made there, as a name would.
 */
function sayingAnchors(m: Model, e: ModelEvent): string[] {
  const out: string[] = [];
  for (const { quote } of m.quotes) {
    const who = quote.speaker?.person && m.people.find((p) => p.person.id === quote.speaker!.person);
    if (quote.source !== e.evidence.source || !who || !e.anchors.some((a) => normPhrase(a) === who.surname)) continue;
    // (to the second content word of four letters or more, within five words: "what we found was shocking")
    const words = normPhrase(quote.text.split(/[.,;:!?\u2013\u2014]/)[0]).split(' ').filter(Boolean).slice(0, 5);
    let content = 0;
    const end = words.findIndex((w) => w.length >= 4 && !(STOP_WORDS as readonly string[]).includes(w) && ++content === 2);
    if (end >= 2) out.push(words.slice(0, end + 1).join(' '));
  }
  return [...new Set(out)];
}

function elsewhereOf(m: Model, ownWords: string[]): RegExp | undefined {
  const own = ownWords.join(' ');
  const others = m.places.others.filter((p) => !own.includes(p));
  return others.length ? new RegExp(`\\b(?:in|at|across)\\s+(?:${others.map(escapeRegExp).join('|')})\\b`) : undefined;
}

const RELATIVE_ASIDE = /,\s*(?:who|which|where|whose)\b[^,]*,/g;
const RELATIVE_BEFORE = /,\s*(?:who|which|where|whose)\s*$/;

/**
 * "In 2015 he took over a service in Somerset": a clause that sets the happening in another place the data knows, and
 * does not name the story's own, tells of a happening there.
 */
function setElsewhere(ctx: Ctx, e: ModelEvent, clause: { start: number; end: number }): boolean {
  const re = notesOf(ctx, e).elsewhere;
  if (!re) return false;
  // (a relative clause between commas tells of something else: ", who had run services in Somerset,")
  const whole = ctx.masked.slice(clause.start, clause.end);
  if (hasAny(whole, ctx.m.places.home)) return false;
  let text = whole.replace(RELATIVE_ASIDE, ',');
  if (RELATIVE_BEFORE.test(ctx.masked.slice(Math.max(0, clause.start - 8), clause.start))) text = text.slice(text.indexOf(',') + 1);
  return re.test(text);
}

/**
 * "The July 2022 rating was Somerset's; Devon was rated inadequate in January 2020": a clause that names the story's own
 * place and not the other place where the event happened tells of a happening at home.
 */
function atHomeInstead(ctx: Ctx, e: ModelEvent, clause: { start: number; end: number }): boolean {
  const { places } = notesOf(ctx, e);
  if (places.length === 0) return false;
  const whole = ctx.masked.slice(clause.start, clause.end);
  return hasAny(whole, ctx.m.places.home) && !hasAny(whole, places);
}

/** An event's anchors in lower case. */
function lowerAnchors(ctx: Ctx, e: ModelEvent): string[] {
  return notesOf(ctx, e).anchors;
}

/**
 * "Somerset rated 'good' by Ofsted in 2015": a rating's date that is the date the sources give the same place another
 * grade: the grade, not the date, is what conflicts, and the ratings check tells it.
 */
function gradeOfOtherDate(ctx: Ctx, d: DateExpr, e: ModelEvent): boolean {
  const own = notesOf(ctx, e);
  // (a date with its year written: "this June" agrees in no part with a year alone)
  if (!own.rating || d.year === undefined || d.yearInferred) return false;
  return ctx.m.events.some((x) => {
    if (x === e) return false;
    const other = notesOf(ctx, x);
    return other.rating !== undefined && other.rating !== own.rating && other.places.join() === own.places.join() && agrees(ctx, d, x.date, !!x.approximate);
  });
}

function ratingMismatch(ctx: Ctx, s: SentenceInfo, e: ModelEvent, d: DateExpr): boolean {
  const own = notesOf(ctx, e).rating;
  if (!own) return false;
  let nearest: string | undefined;
  let bestDist = Infinity;
  for (const r of execIn(RATING_RE, ctx.masked, s.start, s.end)) {
    const w = ratingValue(r[1]);
    const dist = r.index < d.start ? d.start - (r.index + r[0].length) : (r.index - d.end) * 2 + 3;
    if (dist < bestDist) {
      bestDist = dist;
      nearest = w;
    }
  }
  // a question's blank for the grade ("rose from inadequate in 2015 to what rating in July 2022?") is a grade too,
  // one the sentence does not give
  for (const r of execIn(GRADE_ASKED, ctx.masked, s.start, s.end)) {
    const dist = r.index < d.start ? d.start - (r.index + r[0].length) : (r.index - d.end) * 2 + 3;
    if (dist < bestDist) return true;
  }
  return nearest !== undefined && nearest !== own;
}

/** The longest line read as a label of its own ("**Children's Scrutiny Committee — Tuesday 24 January 2023, 10am**"). */
const LABEL_LINE_MAX = 100;

/**
 * A date on a short line of its own, in a paragraph of several lines, with none of the event's words on it: it labels
 * its line ("**Scrutiny Committee — Tuesday 24 January 2023, 10am**⏎Session with the interim director …"), not the
 * happenings the lines under it tell.
 */
function labelsOwnLine(ctx: Ctx, d: DateExpr, cuePos: number[]): boolean {
  const { text } = ctx;
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  let lineEnd = text.indexOf('\n', d.end);
  if (lineEnd < 0) return false;
  if (text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  if (lineEnd - lineStart > LABEL_LINE_MAX || /[.!?]["'\u2019\u201d*_]*\s*$/.test(text.slice(lineStart, lineEnd))) return false;
  return cuePos.length > 0 && cuePos.every((p) => p < lineStart || p >= lineEnd);
}

/** What parts dates listed together: a comma, "and", "or", "&". */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/;

/**
 * Is d one of several dates listed together before a plural noun ("the 2018, 2020 and 2022 milestones"), another of
 * which fits the event? Each of the dates is one member's, and the one fitting is the happening's: the others date the rest.
 */
function listedWithFitting(ctx: Ctx, s: SentenceInfo, d: DateExpr, e: ModelEvent): boolean {
  const ds = s.dates.filter((x) => x.range).sort((a, b) => a.start - b.start);
  let k = ds.indexOf(d);
  if (k < 0) return false;
  const joined = (a: DateExpr, b: DateExpr) => LIST_JOIN.test(ctx.masked.slice(a.end, b.start));
  let first = k;
  while (first > 0 && joined(ds[first - 1], ds[first])) first--;
  let fits = false;
  for (k = first; k < ds.length && (k === first || joined(ds[k - 1], ds[k])); k++) {
    const x = ds[k];
    if (x !== d && x.range!.start <= e.range.end && x.range!.end >= e.range.start) fits = true;
  }
  // (the list before a plural noun, each date one of them: "in October and November 2024" is one happening's span)
  return fits && k - first >= 2 && PLURAL_AFTER.test(ctx.masked.slice(ds[k - 1].end, ds[k - 1].end + 30));
}
/** A plural noun right after a list of dates ("… and 2022 milestones", "… and 2025 elections"). */
const PLURAL_AFTER = /^\s+(?:[a-z-]+\s+)?[a-z]{3,}s\b/;

/** A plural noun, a comma, and the years before this one of a list in apposition to it ("administrations, 2022 and "). */
const YEARS_IN_APPOSITION = /\b[a-z]{3,}s\s*,\s*(?:(?:19|20)\d\d\s*(?:,|and)\s*)*$/;

/** Right before an event's word: "four years before that", "months after the": the event is a point a time is reckoned from. */
const RECKONED_FROM = /\b(?:[a-z]+|\d+)\s+(?:years?|months?)\s+(?:before|after|earlier\s+than|prior\s+to)\s+(?:that|this|the|its|their)\s+(?:same\s+|[a-z]+\s+)?$/;

/** A field's key that dates the copy, with its colon ("Paper of:", "Filed:", "Published:"). */
const COPY_DATE_FIELD = new RegExp(String.raw`\b(?:${DATES_THE_COPY})[ \t]*:[ \t]*(?:[a-z]+,?[ \t]+)?$`);

/** A noun of the copy itself with its date set after a comma: "the web version of the cabinet story, 19 Dec 2022" dates the story, not the meeting. */
// (or a note on the copy with its date in brackets: "Correction (12 March 2026): …")
const COPY_NOUN_BEFORE = /\b(?:story|article|piece|version|edition|feature|post|episode|podcast|bulletin|newsletter|update)\s*,\s*(?:dated\s+|published\s+|updated\s+)?$|\b(?:correction|clarification|update|editor's\s+note)\s*[(\[]\s*$/;

/** A separator of a slug line's or header line's fields: " -- ", " · ", " / ", " • " (a pipe parts a table's cells). */
const FIELD_SEPARATOR = /\s(?:--|\u00b7|\/|\u2022)\s/g;

/**
 * Is the date a field alone on a line of four or more fields parted by one separator ("DEVON KIDS -- CABINET -- take
 * 1 -- 15.12.22 -- c.400 words")? Such a line labels the copy under it: its date is the copy's, no happening's.
 */
function slugField(ctx: Ctx, d: DateExpr): boolean {
  const { masked } = ctx;
  const lineStart = masked.lastIndexOf('\n', d.start) + 1;
  let lineEnd = masked.indexOf('\n', d.end);
  if (lineEnd < 0) lineEnd = masked.length;
  const line = masked.slice(lineStart, lineEnd);
  const seps = [...line.matchAll(FIELD_SEPARATOR)];
  if (seps.length < 3 || seps.some((x) => x[0].trim() !== seps[0][0].trim())) return false;
  // (fields opening in lower case are terms typed into a search box or tags, not a sentence's words; a draft in lower
  // case has its names capitalised in ctx.text, so the line's first letter is asked)
  if (/^[^\p{L}]*\p{Ll}/u.test(ctx.text.slice(lineStart, lineEnd))) return true;
  const a = d.start - lineStart, b = d.end - lineStart;
  const opens = a === 0 || seps.some((x) => x.index! + x[0].length === a);
  const closes = b === line.trimEnd().length || seps.some((x) => x.index! === b);
  return opens && closes;
}

/**
 * A date opening the line under a web address ("news.example.co.uk › devon⏎15 Dec 2022 — Labour group leader …"), or
 * under a title under one, a search result's: the day its page went out, not the day of what the snippet tells.
 */
function pageDate(text: string, d: DateExpr): boolean {
  let lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  if (text.slice(lineStart, d.start).trim() !== '' || lineStart === 0 || !/^[\s,]*[\u2013\u2014-]/.test(text.slice(d.end, d.end + 4))) return false;
  // (the address on one of the two lines above: a result's title may stand between)
  for (let k = 0; k < 2 && lineStart > 0; k++) {
    const from = text.lastIndexOf('\n', lineStart - 2) + 1;
    const above = text.slice(from, lineStart).replace(/\r?\n$/, '');
    // (a bare address is blanked as no prose: a line of spaces inside the paragraph)
    if (ADDRESS_LINE.test(above) || (above.length > 0 && above.trim() === '')) return true;
    lineStart = from;
  }
  return false;
}

/**
 * A record's own stamp, not a happening's date: a date in figures with its time of day ("time=2026-06-09T08:28:13Z", a
 * blame line's "2026-07-14 09:18:26 +0100", a form's "12/08/2026 19:09:12"), one of the dates opening a task list's line ("x 2026-02-10 2026-02-09
 * Send …", done and added), or a field of its own after a row's words ("…<tab>John Hart<tab>2026-02-09<tab>ok").
 */
function recordStamp(masked: string, text: string, d: DateExpr): boolean {
  const figures = masked.slice(d.start, d.end);
  const iso = ISO_DAY.test(figures);
  // (a day in figures of either order with its time of day: a form's "12/08/2026 19:09:12" too)
  if ((iso || DAY_IN_FIGURES.test(figures)) && CLOCK_AFTER.test(masked.slice(d.end, d.end + 10))) return true;
  if (!iso) return false;
  const task = lineBefore(masked, d.start, 25);
  if (task !== undefined && TASK_DATES.test(masked.slice(d.start - task.length, d.start - task.length + 40))) return true;
  // (or a field of its own after the row's words, in a row parted by tabs, as written: a dump's "checked_on" column)
  if (text[d.start - 1] !== '\t' || !/^(?:[ \t]*(?:\r?\n|$)|\t)/.test(text.slice(d.end, d.end + 2))) return false;
  return (lineBefore(text, d.start, ROW_CHARS) ?? '').split('\t').some((field) => field.trim().split(/\s+/).length >= 4);
}
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_IN_FIGURES = /^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})$/;
/** How long a row of tab-parted fields is read back for its words. */
const ROW_CHARS = 2000;
const CLOCK_AFTER = /^(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2})?/;
const TASK_DATES = /^[ \t]*(?:x[ \t]+|\([A-Za-z]\)[ \t]+)?\d{4}-\d{2}-\d{2}[ \t]+(?:\d{4}-\d{2}-\d{2}[ \t]+)?\S/;

/** Is the word at p (a cue) followed at once by a date of its own other than d ("published 15 December 2025", "updated: May 2024", "published mid-Dec 2022")? */
function cueDatedOwn(ctx: Ctx, s: SentenceInfo, p: number, d: DateExpr): boolean {
  const wordEnd = p + (/^[a-z'-]+/.exec(ctx.masked.slice(p, p + 30))?.[0].length ?? 0);
  return s.dates.some((x) => x !== d && x.start >= wordEnd && /^[\s:,-]{0,3}(?:on\s+|in\s+)?(?:(?:early|mid|late)[\s-]*)?$/.test(ctx.masked.slice(wordEnd, x.start)));
}

/** What joins a span's two ends after "between": "and", and a few words of the second end's own ("and the summer of"). */
const BETWEEN_AND = /^\s*and\s+(?:[a-z]+\s+){0,3}$/;

/**
 * "between December 2022 and late 2025", "| 2015 – July 2022 |": the two dates bound one stretch of time, and a
 * happening inside it is told rightly, whichever end stands nearer its words.
 */
function betweenHolds(ctx: Ctx, s: SentenceInfo, d: DateExpr, e: ModelEvent): boolean {
  const span = dateSpan(ctx, s, d);
  let ends = s.dates.filter((x) => x.range && x.start >= span.start && x.end <= span.end);
  // ("between 2015 and the summer of 2022": the second end after "and" and a few words of its own)
  if (ends.length < 2 && d.range && /\bbetween\s+$/.test(ctx.masked.slice(Math.max(s.start, d.start - 10), d.start))) {
    const next = s.dates.find((x) => x.start > d.end && x.range && BETWEEN_AND.test(ctx.masked.slice(d.end, x.start)));
    if (next) ends = [d, next];
  }
  if (ends.length < 2) return false;
  // (after "between", or two ends joined by a dash or "to" alone)
  const joined = ends.length === 2 && SPAN_JOIN.test(ctx.masked.slice(ends[0].end, ends[1].start));
  if (!joined && !/\bbetween\s+$/.test(ctx.masked.slice(Math.max(s.start, span.start - 10), span.start))) return false;
  const from = ends[0].range!.start, to = ends[ends.length - 1].range!.end;
  return e.range.start <= to && e.range.end >= from;
}

/** A table's cell of a grade alone (a bracket after it allowed): "| 2021 | … | Inadequate |". */
const GRADE_CELL = new RegExp(`^\\|\\s*['"\u2018\u201c]?(?:${INSPECTION_GRADES.join('|')})['"\u2019\u201d]?\\s*(?:\\([^()|]*\\)\\s*)?(?:\\||$)`);

/** A row's first cell of a year, or a month and year: "| 2021 |", "| May 2022 |". */
const YEAR_CELL = /^\|\s*(?:[a-z]+\s+)?(?:19|20)\d\d\s*\|/;

/**
 * "| 2021 | Conservative | Inadequate |": in a row a year heads (each a year's state), a grade alone in a cell is the
 * grade that year stood at, no happening of that year (as "rated inadequate in 2021" would tell one). A row a place
 * heads, with the year in a column, tells when its grade was given: "| Somerset | Good | 2022 |".
 */
function gradeCell(masked: string, s: SentenceInfo, p: number): boolean {
  if (masked.charCodeAt(s.start) !== 124 || !YEAR_CELL.test(masked.slice(s.start, s.start + 24))) return false;
  const a = masked.lastIndexOf('|', p);
  return a >= s.start && GRADE_CELL.test(masked.slice(a, Math.min(s.end + 1, a + 60)));
}

/**
 * "| 2026-01-12 | … | Ofsted rated the service inadequate in January 2020 |": in a table row, a date in one cell does
 * not date a happening whose every cue stands in another cell with a date of its own (or its column's).
 */
function cellDatedOwn(ctx: Ctx, s: SentenceInfo, d: DateExpr, cuePos: number[]): boolean {
  const { masked } = ctx;
  if (masked.charCodeAt(s.start) !== 124 || !cuePos.length) return false;
  const own = cellAround(masked, d.start, d.start, s);
  return cuePos.every((p) => {
    const c = cellAround(masked, p, p, s);
    // (a relative date there, "from this month", is reckoned from the row's own: no date of its own; a column's date
    // over it, another than this one, is one: "| Oversight | DfE improvement plan | Commissioner, late 2025 |" under
    // "| | December 2022 | Now |")
    if (c.start === own.start) return false;
    const col = cellAt(ctx, p)?.range;
    return s.dates.some((x) => x !== d && x.range && !x.relative && x.start >= c.start && x.end <= c.end) || (!!col && !!d.range && (col.start !== d.range.start || col.end !== d.range.end));
  });
}

/**
 * "put the council on 'final notice' in late 2025 and warned the service could be taken off it from March": a date
 * before the happening's words, when a date right after them is the happening's own, dates something else; so does
 * one before a date the happening's words are led by ("met on 14 February 2019 to talk about December's joint visit").
 */
function ownDateAfter(ctx: Ctx, s: SentenceInfo, d: DateExpr, e: ModelEvent, cuePos: number[]): boolean {
  if (!cuePos.length) return false;
  const first = Math.min(...cuePos);
  if (d.end > first) return false;
  // (a date of its own written out, or a month: "late last year", reckoned from the draft's day, may be another verb's)
  return s.dates.some((x) => x !== d && x.range && (!x.relative || (x.month !== undefined && x.yearInferred)) && x.range.start <= e.range.end && x.range.end >= e.range.start &&
    ((x.start > first && x.start - first <= OWN_DATE_REACH) || (x.start > d.end && x.end <= first && OWN_DATE_BEFORE.test(ctx.masked.slice(x.end, first)))));
}
/** What stands between a happening's own date and its words: "December's joint visit", "the December 2018 visit". */
const OWN_DATE_BEFORE = /^(?:['\u2019]s)?\s+$/;
/** How far after a happening's first word its own date may stand. */
const OWN_DATE_REACH = 60;

/** A kind of happening in the plural right before "since": a run of them began then ("Ofsted monitoring visits since 2020"). */
const RUN_SINCE = new RegExp(`\\b(?:${EVENT_NOUNS.filter((n) => n.endsWith('s')).join('|')})\\s+(?:since\\s+)?$`);

/** A grade, or one told again ("rated that way"), right before a "since" date: "rated 'inadequate' since", "'inadequate' in place since". */
const GRADE_SINCE = new RegExp(`\\b(?:${INSPECTION_GRADES.join('|')}|rated\\s+(?:that\\s+way|so|as\\s+such|the\\s+same))['"\u2019\u201d]?\\s+(?:(?:in\\s+place|in\\s+force|unchanged|ever|repeatedly|consistently|continuously|throughout|again)\\s+)?since\\s+$`);

/** A grade right before an "in" date: "from 'inadequate' in 2015". */
const GRADE_IN = new RegExp(`\\b(?:${INSPECTION_GRADES.join('|')})['"\u2019\u201d]?\\s+in\\s+$`);

/** What joins the two ends of a stretch of time: a dash, "to", or an arrow ("2015 → 2022"). */
const SPAN_JOIN = new RegExp(String.raw`^\s*(?:[\u2013\u2014-]+|to|${ARROWS})\s*$`);

/** A question asking the grade. */
const GRADE_ASKED = /\b(?:what|which)\s+(?:rating|grade|judgement|judgment|verdict)\b/g;

/**
 * Words that mark a clause as about another occurrence of a kind of event that recurs ("a monitoring visit in March
 * and again in October", "the latest report", "still rated inadequate"): the sources describe one occurrence only.
 */
const OTHER_OCCURRENCE = [
  'again', 'still', 'latest', 'most recent', 'another', 'a further', 'further', 'fresh', 'a new', 'second', 'subsequent',
  'monitoring visit', 'monitoring visits', 'remained', 'remains', 're-inspection', 'reinspection', 'each year', 'every year',
  'annual', 'repeatedly', 'separate', 'a different', 'previous', 'prior', 'our own', 'its own', 'their own',
];

/**
 * A happening its clause calls someone's own ("our own first inspection", "its own review") or someone's first of its
 * kind ("its first inspection"; group 1: "own" or "first").
 */
const OWNED_OCCURRENCE = new RegExp(`\\b(?:our|my|its|their|your|his|her)\\s+(own|(?:very\\s+)?first)\\s+(?:[a-z'-]+\\s+){0,3}(?:${EVENT_NOUNS.join('|')})\\b`);

/** Counts of occurrences: what they stand with happened more than once. */
const MANY_TIMES = ['many times', 'several times', 'a number of times', 'numerous times', 'twice', 'three times', 'four times', 'five times',
  'repeated', 'time and again', 'year after year'];

/** Does the sentence (or, in a table row, the row) name one of the event's anchors? Quotations count. */
function anchored(ctx: Ctx, s: SentenceInfo, e: ModelEvent): boolean {
  if (e.anchors.length === 0) return false;
  // anchors may stand anywhere in the paragraph, quotations included ("Cllr Whitton… told Tuesday's cabinet"); a
  // table row's, or a dated entry's of a diary's lines ("2025-05-22: Annual council meeting; …"), in it alone
  const table = ctx.masked.charCodeAt(s.start) === 124;
  if (table) return hasAny(ctx.f, lowerAnchors(ctx, e), s.start, s.end);
  const entry = datedEntryOf(ctx, s);
  return entry ? hasAny(ctx.f, lowerAnchors(ctx, e), entry.start, entry.end) : anchoredInParagraph(ctx, e);
}

/** A sentence opening with a date in figures or a month and year, then a colon or dash: an entry of dated lines. */
const DATED_ENTRY = /^[\s*_]*(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4})[\s*_]*[:\u2013\u2014-]/;

/** The entry a sentence opens, up to the next sentence that opens one, when the paragraph is such entries. */
function datedEntryOf(ctx: Ctx, s: SentenceInfo): { start: number; end: number } | undefined {
  const opens = (x: SentenceInfo) => DATED_ENTRY.test(ctx.masked.slice(x.start, x.start + 32));
  if (!opens(s)) return undefined;
  const next = ctx.sentences.find((x) => x.index > s.index && opens(x));
  if (!next) return ctx.sentences[0] === s ? undefined : { start: s.start, end: ctx.masked.length };
  return { start: s.start, end: next.start };
}

/** What bounds a span rather than dating a happening: "by Thursday", "until Friday". */
const BOUND_BEFORE = /\b(?:by|until|till|since|from)\s+$/;

/** A line's field that names where a record comes from, before a date on it ("source: … report, late 2025", "Via: …"). */
const SOURCE_FIELD = /^[\s*_>-]*(?:sources?|cited(?:\s+in)?|citation|ref(?:erence)?s?|via)[*_]*\s*:/;

/** Right before a date: the deadline it is, of a task ("due 9 Jun", "deadline: 12 March", "due date 4 May"). */
const DEADLINE_BEFORE = /\b(?:due|deadline|due\s+date|target\s+date)\s*:?\s*$/;

/**
 * "the first since", "for the first time since", "the only one since", "the twelfth since": what comes before a "since"
 * date that counts occurrences from it.
 */
const FIRST_SINCE = /\b(?:first|only|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|\d+(?:st|nd|rd|th))(?:\s+[a-z'-]+){0,8}\s*,?\s*$/;

/** Is the date a day, month and year (written or implied) with the weekday that day fell on? */
function namesRealDay(d: DateExpr): boolean {
  return d.weekday !== undefined && d.day !== undefined && d.month !== undefined && d.year !== undefined &&
    WEEKDAYS[d.weekday] === weekdayOf(d.year, d.month, d.day);
}

/** An ordinal right before a date: "the first January meeting", "the last March sitting". */
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|last|final)\s+$/;

/** "every administration since", "each of the reports since", "all the visits since": what a "since" date then bounds. */
const EVERY_SINCE = /\b(?:every|each|all|successive|any)\s+(?:of\s+)?(?:the\s+)?((?:[a-z'\u2019-]+\s+){1,5})$/;

/** Months between the draft's date and the event's (0 when they overlap). */
function monthsApart(d: DateExpr, e: ModelEvent): number {
  const r = d.range!;
  const days = r.end < e.range.start ? e.range.start - r.end : e.range.end < r.start ? r.start - e.range.end : 0;
  return days / 30.44;
}

/**
 * Is the date about the occurrence the sources describe? An event of a kind that recurs (meetings, inspections,
 * visits) is identified by an anchor, or by a date that agrees with it in some part; one the data marks `recurs` is
 * also taken for a slip when its date is near (within `withinMonths`) and nothing marks another occurrence.
 * Anything else may be an occurrence the sources do not describe: no conflict.
 */
function isThisOccurrence(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, e: ModelEvent, d: DateExpr): boolean {
  // a draft written before an occurrence of a recurring kind cannot tell of it ("not inspected since 2015", in 2018,
  // is no word on an inspection of 2024)
  if (e.recurs && !e.expected && ctx.asOf < e.range.start) return false;
  // nor can one written long before a happening of any kind ("an interim director in place from August", in 2019, is
  // not the interim of December 2022); a preview weeks before may still tell of it
  if (!e.expected && ctx.asOf < e.range.start - LONG_BEFORE) return false;
  // "the first full inspection since 2024": the date is an earlier occurrence's, the one the sentence tells of is later
  if (d.relation === 'since' && FIRST_SINCE.test(ctx.masked.slice(Math.max(clause.start, d.start - 80), d.start))) return false;
  // "Sidebar on the 2018 visit — due 9 Jun": a task's deadline on a planning card or list dates the task, no happening
  if (DEADLINE_BEFORE.test(ctx.masked.slice(Math.max(clause.start, d.start - 16), d.start))) return false;
  // "decision at the first January meeting": an ordinal before a month that modifies a noun picks one of several
  // happenings in that month, none of them the one occurrence the sources tell
  if (d.day === undefined && ORDINAL_BEFORE.test(ctx.masked.slice(Math.max(clause.start, d.start - 10), d.start)) && /^\s[a-z]/.test(ctx.masked.slice(d.end, d.end + 2))) return false;
  // "  source: final notice report, late 2025": a record's field that names where it comes from dates the source
  if (SOURCE_FIELD.test(ctx.masked.slice(ctx.masked.lastIndexOf('\n', d.start) + 1, d.start))) return false;
  // "every administration since 2020": the date bounds the things counted, not a happening (unless they are
  // happenings: "rated inadequate in every inspection since 2018" dates the rating)
  if (d.relation === 'since') {
    const every = EVERY_SINCE.exec(ctx.masked.slice(Math.max(clause.start, d.start - 70), d.start));
    if (every && !every[1].trim().split(/\s+/).some((w) => (EVENT_NOUNS as readonly string[]).includes(w))) return false;
  }
  // "their latest visit in 2024", "a second improvement notice in 2024": words just before the date that mark another
  // occurrence make it that one's, whatever else is named, even of a kind the data does not mark as recurring
  // (unless the words are part of one of the event's own anchors: "rated inadequate for the second time")
  if (d.relation !== 'since' && marksAnother(ctx, OTHER_OCCURRENCE, lowerAnchors(ctx, e), markerWindow(ctx, clause, d), d.start)) return false;
  // ("Our own first Ofsted inspection under the new rules took place in June": one the clause says is the writer's own,
  // however far before the date, the sources tell of none such; "our Stonehouse service had its first inspection in
  // September": of a kind that recurs, the sourced occurrence is no one's first unless the sources say so)
  const owned = OWNED_OCCURRENCE.exec(ctx.masked.slice(clause.start, d.start));
  if (owned && (owned[1] === 'own' || (e.recurs && !lowerAnchors(ctx, e).some((a) => a.includes('first'))))) return false;
  // "inspected many times since 2009": a "since" date that starts a run of occurrences dates none of them
  if (d.relation === 'since' && marksAnother(ctx, MANY_TIMES, lowerAnchors(ctx, e), markerWindow(ctx, clause, d), d.start)) return false;
  // ("Devon (rated 'inadequate' since 2020) alongside Somerset": a bracket after a name is about that name)
  const aside = namedAside(ctx, s, d.start);
  if (aside && (setElsewhere(ctx, e, aside) || atHomeInstead(ctx, e, aside))) return false;
  if (setElsewhere(ctx, e, clause) || atHomeInstead(ctx, e, clause) || aboutLeadInBody(ctx, s) || anotherNounIn(ctx, e, clause) || yearOfAnotherNoun(ctx, e, d)) return false;
  // ("Food hygiene rating 5, inspected March 2025": another regime's inspection, whatever its date)
  if (e.recurs && OTHER_REGIME.test(ctx.masked.slice(s.start, s.end))) return false;
  // "the letter will be published later this month", "might be back for a visit in February", "would bring a plan to
  // cabinet in May" (written in 2024): a happening already past when the draft was written, told as to come at a date
  // to come (a month of no year in such words is the coming one), is another occurrence
  // (asked of the date's own clause, "In April the Lib Dems took over the council, and who should turn up …" tells of
  // no plan in its first clause; of a table's whole row, whose status may stand in another cell: "| … | Scheduled |")
  if (!e.expected && d.range && (d.range.end > ctx.asOf || (d.yearInferred && d.month !== undefined)) && e.range.end < ctx.asOf && speaksOfPlan(ctx, ctx.masked.charCodeAt(s.start) === 124 ? s : clause)) return false;
  if (e.anchors.length === 0 && !e.recurs) return true;
  // "told a scrutiny meeting in March": another kind of the event's happening is another occurrence, whoever spoke
  if (otherKindBefore(ctx, e, markerWindow(ctx, clause, d), d.start)) return false;
  // "Meeting: Wednesday 11 January 2023", a diary's "Tuesday 10 February": a weekday right for its own day names a real
  // day; more than a fortnight from the event's, it is another occurrence unless its own sentence names one of the
  // event's anchors (those elsewhere in the paragraph may tell of the occurrence the sources describe, recalled)
  if (namesRealDay(d) && d.range && monthsApart(d, e) > 0.5 && !hasAny(ctx.f, lowerAnchors(ctx, e), s.start, s.end)) return false;
  const ev = eventDate(ctx, e).parts;
  if (bareNounOnOtherDay(ctx, s, clause, e, d, ev) || datedNounOfOther(ctx, s, e, d, ev)) return false;
  if (anchored(ctx, s, e)) return true;
  const writtenYear = d.year !== undefined && !d.yearInferred;
  // (a year agrees only where no other month is given: "the meeting held on 9 November 2022" is another meeting of that year)
  const agrees = (writtenYear && d.year === ev.year && (d.month === undefined || ev.month === undefined || d.month === ev.month)) ||
    (d.day !== undefined && d.day === ev.day && d.month === ev.month) ||
    (d.weekday !== undefined && ev.day !== undefined && d.month === ev.month && WEEKDAYS[d.weekday] === weekdayOf(ev.year, ev.month!, ev.day));
  if (!e.recurs) return agrees;
  // "rated inadequate since 2019": the start of what still holds happened once (what a "since" dates stands before it)
  // (not a practice going on since: "a framework known as ILACS – inspecting local authority children's services –
  // since 2018")
  if (d.relation === 'since' && hasAny(ctx.masked, e.cueList.filter((c) => !c.endsWith('ing')), clause.start, d.start) && !RUN_SINCE.test(ctx.masked.slice(Math.max(clause.start, d.start - 40), d.start))) return true;
  // a draft cannot tell of an occurrence that had not happened when it was written: a near date is no slip then
  if (!agrees && ctx.asOf < e.range.start) return false;
  return agrees || (!!d.range && monthsApart(d, e) <= e.recurs.withinMonths);
}

/**
 * "Minutes of the meeting held online, Monday 19 December 2022": a clause naming the happening by its kind's noun alone
 * (none of the event's other words: not "cabinet") on a whole day that is not the event's is another occurrence of
 * that kind, unless its own sentence names one of the event's anchors.
 */
function bareNounOnOtherDay(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, e: ModelEvent, d: DateExpr, ev: { day?: number; month?: number }): boolean {
  if (d.day === undefined || d.month === undefined || ev.day === undefined || (d.day === ev.day && d.month === ev.month)) return false;
  const hay = ctx.masked.slice(clause.start, clause.end);
  const cues = e.cueList.filter((c) => findPhraseIn(ctx.masked, hay, clause.start, c) >= 0);
  if (!cues.length || !cues.every((c) => (EVENT_NOUNS as readonly string[]).includes(c))) return false;
  return !hasAny(ctx.f, lowerAnchors(ctx, e), s.start, s.end);
}

/** What follows a date that names a happening by it: "the March 2023 meeting", "its October 2026 cabinet meeting". */
const DATED_NOUN = new RegExp(`^\\s+(?:[a-z'-]+\\s+)?(${EVENT_NOUNS.join('|')})\\b`);

/**
 * "to report back to the March 2023 meeting", "invites the cabinet member to its October 2026 meeting": a date worn by
 * a happening's noun as its name, in a month or year that is not the event's, names another occurrence of that kind,
 * unless the sentence names one of the event's anchors (then it may be the event, dated wrong) — and always when it is
 * still to come on the draft's day and the event is past.
 */
function datedNounOfOther(ctx: Ctx, s: SentenceInfo, e: ModelEvent, d: DateExpr, ev: { year?: number; month?: number }): boolean {
  if (d.year === undefined || d.yearInferred || (d.year === ev.year && (d.month === undefined || d.month === ev.month))) return false;
  const noun = DATED_NOUN.exec(ctx.masked.slice(d.end, d.end + 40));
  if (!noun || !e.cueList.includes(noun[1])) return false;
  // (one still to come when the draft was written, of a happening already past, is another whatever the sentence names)
  if (d.range && d.range.start > ctx.asOf && e.range.end < ctx.asOf) return true;
  return !hasAny(ctx.f, lowerAnchors(ctx, e), s.start, s.end);
}

/** A determiner, a possessive or a spaced dash before a year; a word of lower case after it. */
const YEAR_AS_WORD_BEFORE = /(?:\b(?:the|a|an|its|their|our|his|her|this|that|[a-z]+'s)|\s[\u2013\u2014-]|:)\s*$/;
const NEXT_WORD = /^\s+(?!(?:and|or|nor|to|till|until|through|onwards?|with|for|in|on|at|of|by|as|when|where|while|after|before|since)\b)([a-z][a-z-]+)\b/;

/**
 * "Children's services improvement plan — 2026 refresh", "the council's 2026 budget": a year alone worn before a noun
 * that is none of the event's words names that thing's year, not the event's date.
 */
function yearOfAnotherNoun(ctx: Ctx, e: ModelEvent, d: DateExpr): boolean {
  if (d.year === undefined || d.yearInferred || d.month !== undefined || !YEAR_AS_WORD_BEFORE.test(ctx.masked.slice(Math.max(0, d.start - 12), d.start))) return false;
  const next = NEXT_WORD.exec(ctx.masked.slice(d.end, d.end + 30));
  return !!next && !e.cueList.some((c) => c === next[1] || c.startsWith(next[1] + ' '));
}

/** A kind word before a happening's noun: "scrutiny meeting", "committee's meeting" (kind in group 1, noun in group 2). */
const KIND_BEFORE_NOUN = new RegExp(`\\b(${KIND_WORDS.join('|')})(?:'s)?\\s+(${EVENT_NOUNS.join('|')})\\b`, 'g');

/** "a meeting of the council's scrutiny committee": the noun (group 1) and, after "of", the kind (group 2). */
const KIND_AFTER_NOUN = new RegExp(`\\b(${EVENT_NOUNS.join('|')})\\s+of\\s+(?:the\\s+)?(?:[a-z'-]+\\s+){0,4}?(${KIND_WORDS.join('|')})\\b`, 'g');

/**
 * Does masked[from, to) name the event's kind of happening with a kind word that is not the event's own ("a scrutiny
 * meeting" for a cabinet meeting; "a cabinet meeting" is its own)?
 */
function otherKindBefore(ctx: Ctx, e: ModelEvent, from: number, to: number): boolean {
  if (from >= to) return false;
  const own = (w: string) => e.cueList.some((c) => c.split(' ').includes(w));
  const other = (kind: string, noun: string) => own(noun) && !own(kind) && !e.requiredGroups.some((g) => g.includes(kind));
  for (const r of execIn(KIND_BEFORE_NOUN, ctx.masked, from, to)) if (other(r[1], r[2])) return true;
  for (const r of execIn(KIND_AFTER_NOUN, ctx.masked, from, to)) if (other(r[2], r[1])) return true;
  return false;
}

/**
 * Where words before a date that mark another occurrence may stand: up to 60 characters back in its clause, but not
 * before a "having" that opens the date's own participle clause ("at their latest inspection, having been judged
 * inadequate in 2015": "latest" is the main clause's).
 */
function markerWindow(ctx: Ctx, clause: { start: number; end: number }, d: DateExpr): number {
  const from = Math.max(clause.start, d.start - 60);
  // searched in the window alone: a search back from the date ran on over the whole paragraph before it (profiled)
  const having = ctx.masked.slice(from, d.start + 8).lastIndexOf(' having ');
  return having >= 0 ? from + having + 1 : from;
}

/** Words naming a post: a date right after one ("leader of the council since 2009") dates the tenure, not an event. */
const TENURE = /\b(?:leader|chief executive|director|chair|chairman|cabinet member|councillor|mp|minister|commissioner|in post|in charge|in the post|in the role|member)(?: of [a-z'& -]{1,40}?| for [a-z'& -]{1,40}?)?\s*$/;

/** Does the date follow a post in a stretch (between commas) holding none of the event's cues? */
function datesTenure(ctx: Ctx, s: SentenceInfo, d: DateExpr, cuePos: number[]): boolean {
  const { masked } = ctx;
  let a = d.start;
  while (a > s.start && masked.charCodeAt(a - 1) !== 44) a--;
  let b = d.end;
  while (b < s.end && masked.charCodeAt(b) !== 44) b++;
  if (cuePos.some((p) => p >= a && p < b)) return false;
  const before = masked.slice(a, d.start).replace(/\s*(?:since|from|in)\s*$/, '');
  return TENURE.test(before);
}

/**
 * A word (group 1) before a date's "in", "on", "during" or "from" (group 2), or right before the date as notes, cover
 * sheets and headlines write it ("reissued 20 December 2022", "updated 3 May"), past an infinitive of purpose ("to
 * run the service").
 */
const PARTICIPLE_BEFORE_DATE = /([a-z]+)(?:\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my)\b)[a-z]+(?:\s+(?:the|its|a|an|their|his|her))?(?:\s+[a-z'-]+){0,2}|\s+(?:under|by|through|via|with|to|into|at)\s+(?:(?:the|a|an|its|their)\s+)?[a-z'-]+)?\s+(?:(in|on|during|from)\s+)?(?:(?:early|late|mid-?)\s*)?$/;

/**
 * "since the committee last met in March 2026": another body's sitting before the date dates that sitting (not
 * "the cabinet met", which may be the sourced meeting, nor "the council", which may mean it).
 */
const OTHER_BODY_MET = /\b(?:committee|panel|board|forum|assembly|governors|trustees|subcommittee|sub-committee)\s+(?:(?:last|first|next|then|had|has|have)\s+)?(?:met|meets|sat|sits|convened)\s+(?:(?:in|on)\s+)?(?:(?:early|late|mid-?)\s*)?$/;

/** Past participles that do not end in -ed. */
const IRREGULAR_PARTICIPLES = new Set(['made', 'set', 'held', 'sent', 'found', 'given', 'written', 'taken', 'put', 'begun', 'won', 'lost', 'left', 'brought', 'drawn', 'seen', 'done', 'known', 'shown']);

/**
 * "concerns raised in 2018", "a report published in May", "a warning given in late 2025", "a transcript released under FOI
 * in 2026": a date right after a participle (and a short phrase of its own) dates that action, not the event the sentence
 * is about, unless the participle is one of the event's own words ("rated in", "identified in").
 */
function datedByOtherVerb(ctx: Ctx, s: SentenceInfo, d: DateExpr, e: ModelEvent): boolean {
  // (the participle may have an infinitive of purpose before the date: "appointed to oversee the service in 2023")
  const from = Math.max(s.start, d.start - 60);
  const before = ctx.masked.slice(from, dateStartWord(ctx, d));
  if (OTHER_BODY_MET.test(before)) return true;
  const r = PARTICIPLE_BEFORE_DATE.exec(before);
  if (!r) return false;
  const w = r[1];
  if (!(w.endsWith('ed') && w.length > 3) && !IRREGULAR_PARTICIPLES.has(w)) return false;
  // (the word may be a body's name that ends like a participle: "Ofsted 2019", "rated 'good' by Ofsted in July 2021";
  // with no preposition, a word of one: "Ofsted 2019")
  if (ctx.m.orgPhrases.some((o) => o.phrase === w || (!r[2] && o.phrase.split(' ').includes(w)))) return false;
  const stem = w.replace(/(?:ed|d)$/, '');
  // (one of the event's own words, required, a cue or an anchor: "handed to a trust from April", "first given in …")
  if (notesOf(ctx, e).ownOrAnchor.some((c) => c.includes(w) || c.split(' ').some((x) => x.startsWith(stem)))) return false;
  // (a grade's own giving: "'inadequate' – awarded in January 2021" dates the grade the event gives)
  const grade = notesOf(ctx, e).rating;
  if (grade && ctx.masked.slice(Math.max(s.start, from + r.index - 40), from + r.index).replace(GRADE_TO_PARTICIPLE, '').endsWith(grade)) return false;
  return !ownAction(ctx, s, w, from + r.index, e);
}

/** What may stand between a grade and the participle that gives it: a closing quotation mark, a comma or dash, "was". */
const GRADE_TO_PARTICIPLE = /['"\u2019\u201d]?[\s,\u2013\u2014-]*(?:(?:was|is|were|first)\s+)*$/;

/** "when" opening a clause right after a date (and its comma). */
const WHEN_AFTER = /^\s*,?\s*when\s/;

/**
 * "Control of the council changed in May 2024, when the Lib Dems took charge": a "when" clause right after the date
 * tells what happened at it, so the date is its happening's as much as the verb's before it.
 */
function toldInWhenClause(ctx: Ctx, s: SentenceInfo, d: DateExpr, cuePos: number[]): boolean {
  const when = WHEN_AFTER.exec(ctx.masked.slice(d.end, Math.min(s.end, d.end + 8)));
  return !!when && cuePos.length > 0 && cuePos.every((p) => p >= d.end + when[0].length);
}

/** A reporting verb and up to three words before a date ("warned in", "were told on", "pointed out last"): group 1. */
const SAYING_BEFORE = new RegExp(`\\b(${[...SPEECH_VERBS, 'pointed out', 'heard', 'learned', 'learnt', 'confirmed', 'agreed', 'suggested', 'predicted'].join('|')})(?:\\s+[a-z'\u2019-]+){0,3}\\s*$`);
/** What opens the reported words after the date: "that". */
const THAT_AFTER = /^\s*,?\s*that\b/;

/**
 * "The Department warned in late 2025 that the service could be taken off the council from March": a date between a
 * reporting verb and its "that" dates the saying; an event whose cues all stand in the reported words is not dated
 * by it (unless the verb is one of the event's own words: "wrote in 2025 that" dates a letter).
 */
function datesTheSaying(ctx: Ctx, s: SentenceInfo, d: DateExpr, e: ModelEvent, cuePos: number[]): boolean {
  const { masked } = ctx;
  const that = THAT_AFTER.exec(masked.slice(d.end, Math.min(s.end, d.end + 12)));
  if (!that) return false;
  const r = SAYING_BEFORE.exec(masked.slice(Math.max(s.start, d.start - 40), d.start));
  if (!r) return false;
  const verb = r[1];
  if (e.cueList.some((c) => c.split(' ').includes(verb))) return false;
  const thatEnd = d.end + that[0].length;
  return cuePos.every((p) => p >= thatEnd);
}


/** Participles that say a thing was done, as its noun's own happening ("a notice issued in", "the meeting held on"). */
const DONE = /^(?:issued|sent|served|handed|imposed|held|conducted|carried|made|delivered|signed|written|given)$/;
/** What may stand between a noun and its participle: "notice was issued", "the letter, sent", "visit had been carried". */
const AUXILIARY_TAIL = /(?:\s*,|\s+(?:was|were|is|are|has|have|had|been|being|first|finally|formally|only|later|eventually))*\s*$/;

/**
 * Is the participle `w` (at `at`) the doing of the event's own noun: "the SEND improvement notice was issued in 2019",
 * "the joint visit, carried out in 2019"? The event's cue ends the words before it.
 */
function ownAction(ctx: Ctx, s: SentenceInfo, w: string, at: number, e: ModelEvent): boolean {
  if (!DONE.test(w)) return false;
  // (the noun may have a short phrase of its own: "a notice over SEND services was issued")
  const before = ctx.masked.slice(Math.max(s.start, at - 80), at).replace(AUXILIARY_TAIL, '').replace(NOUN_PHRASE_TAIL, '');
  // a cue that is a noun of a happening ("meeting") or a phrase ("improvement notice"), not a topic word ("send")
  const nouns = e.cueList.filter((c) => c.includes(' ') || (EVENT_NOUNS as readonly string[]).includes(c));
  return nouns.some((c) => before.endsWith(c) && !/[a-z]/.test(before.charAt(before.length - c.length - 1)));
}

/** A short phrase after a noun: "over SEND services", "to the council". */
const NOUN_PHRASE_TAIL = /\s+(?:over|on|about|for|into|to|from)(?:\s+[a-z'\u2019-]+){1,3}$/;

/** Occasions of their own the sources tell of none of: "invited to a governors' forum in June". */
const OCCASION_NOUNS = ['forum', 'forums', 'conference', 'conferences', 'summit', 'workshop', 'workshops', 'seminar', 'webinar', 'hustings', 'surgery', 'briefing', 'briefings', 'session', 'sessions', 'festival', 'awards', 'launch',
  // (and the nights a play, a reading or a show is put on: "for the spoken word night, 31 December 2022")
  'night', 'evening', 'performance', 'performances', 'show', 'concert', 'gig', 'screening', 'premiere', 'exhibition', 'party'];

/**
 * "the monitoring visit of February 2023", "a meeting on 16 January", "a governors' forum in June": a noun of a
 * recurring kind or of another occasion right before the date; an occasion's with a comma too ("the poetry night,
 * 31 December 2022"; not "meeting report, 14 Dec": a report of the meeting, dated).
 */
const NOUN_BEFORE_DATE = new RegExp(`\\b(${[...EVENT_NOUNS, ...OCCASION_NOUNS].join('|')})\\s+(?:held\\s+)?(?:of|in|on|dated)\\s+(?:(?:early|late|mid-?)\\s*)?$|\\b(${OCCASION_NOUNS.join('|')})\\s*,\\s*$`);

/**
 * A date right after a noun of a kind of happening dates that happening ("the letter from the monitoring visit of
 * February 2023"), not the event the sentence is otherwise about, unless the noun is one of the event's own words.
 */
function datedByOtherNoun(ctx: Ctx, s: SentenceInfo, d: DateExpr, e: ModelEvent): boolean {
  const r = NOUN_BEFORE_DATE.exec(ctx.masked.slice(Math.max(s.start, d.start - 30), dateStartWord(ctx, d)));
  if (!r) return false;
  // ("Ofsted's inspection in January 2021 found the service inadequate": the inspection a grade was given at comes
  // before the grade, never after it; one dated before may be its own, "the inspection in late 2019")
  if (/^inspections?$/.test(r[1] ?? '') && notesOf(ctx, e).rating && d.range && d.range.start > e.range.end) return false;
  return !isEventWord(e, r[1] ?? r[2]);
}

/**
 * "issue 41 (March 2020) reports the rating": a date alone in brackets after a noun, or a noun and its number, with
 * the clause going on after it, dates that noun (an issue, an edition, a file), not a happening, unless the noun is one
 * of the event's own words ("the visit (December 2018) found"); a name before the bracket is no such noun ("Hart (14
 * December 2022) said"), unless numbered.
 */
function bracketDatesNoun(ctx: Ctx, s: SentenceInfo, d: DateExpr, e: ModelEvent): boolean {
  if (!CLOSING_BRACKET.test(ctx.masked.slice(d.end, d.end + 3))) return false;
  const from = Math.max(s.start, d.start - 30);
  const r = NOUN_BRACKET_BEFORE.exec(ctx.masked.slice(from, dateStartWord(ctx, d)));
  if (!r || (r[2] === undefined && isUpperAt(ctx.text, from + r.index))) return false;
  return !NOT_A_NOUN.test(r[1]) && !isEventWord(e, r[1]);
}
/**
 * A closing bracket with the clause going on after it (a bracket that closes a clause may date all of it: "… found no
 * progress (May 2022).").
 */
const CLOSING_BRACKET = /^\s*\)\s+[a-z]/;
/** A noun, any number after it, and an opening bracket: "issue 41 (", "the newsletter (" (group 1 the noun, 2 the number). */
const NOUN_BRACKET_BEFORE = /\b([a-z][a-z'\u2019-]+)(\s+(?:no\.?\s*)?\d+[a-z]?)?\s*\(\s*$/;

/** Is the noun (singular or plural) one of the words of the event's cues? */
function isEventWord(e: ModelEvent, noun: string): boolean {
  const stem = noun.replace(/s$/, '');
  return e.cueList.some((c) => c.split(' ').some((x) => x.replace(/s$/, '') === stem));
}

/** What stands before a date used as an adjective: a determiner or a possessive ("the 2022 framing", "the DfE's late-2025 warning", "a spring 2026 report"). */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those)|['\u2019]s)\s+(?:(?:early|late|mid|spring|summer|autumn|winter)[\s-]*)?$/;
/** Nouns writers date that are never a happening: what is written or counted ("in 2026 copy", "2023 figures"). */
const WRITING_NOUN = /^(?:copy|coverage|framing|headlines?|stories|story|articles?|pieces?|editions?|figures|data|statistics|budgets?|accounts|rules|guidance|versions?|season|intake|cohort|style|language|wording|terms)\b/;
/** Words after a date that are no noun it modifies: a verb ("this June found"), a joining or function word. */
const NOT_A_NOUN = /^(?:[a-z]+ed|found|said|saw|was|were|is|are|has|have|had|came|took|made|began|led|met|told|and|or|to|when|as|after|before|until|for|with|by|of|in|on|at|but|than|then)$/;
/** A possessive's noun right after a date ("last month's notice"): group 1. */
const POSSESSIVE_NOUN = /^['\u2019]s\s+([a-z][a-z'\u2019-]*)/;
/** The word right after a date ("2022 framing", "late-2025 warning"). */
const WORD_AFTER = /^[-\s]\s*([a-z][a-z'\u2019-]*)/;

/**
 * A date used as an adjective dates the noun after it ("the 2022 framing", "in 2026 copy", "the Department's late-2025
 * warning that … from March 2026"), not the event the sentence tells of, unless that noun is one of the event's own
 * words ("the December 2022 meeting"). As an adjective: after a determiner or possessive, or before a noun of writing.
 */
function datesTheNounAfter(ctx: Ctx, s: SentenceInfo, d: DateExpr, e: ModelEvent): boolean {
  const after = ctx.masked.slice(d.end, Math.min(s.end, d.end + 24));
  // ("last month's notice", "2022's report": a date's possessive dates the noun it owns)
  const owned = POSSESSIVE_NOUN.exec(after);
  if (owned) return !isEventWord(e, owned[1]);
  const w = WORD_AFTER.exec(after);
  if (!w) return false;
  const noun = w[1];
  if (!WRITING_NOUN.test(noun) && (NOT_A_NOUN.test(noun) || !DETERMINER_BEFORE.test(ctx.masked.slice(Math.max(s.start, d.start - 12), d.start)))) return false;
  return !isEventWord(e, noun);
}

/** Words that make what follows a point of reference ("after the inadequate judgement"), a few words before the cue. */
const REFERENCE_BEFORE = /\b(?:after|following|since|before|prior to|ahead of)\s+(?:[a-z'\u2019-]+\s+){0,3}$/;

/**
 * Do the event's cues all stand after the date, in a phrase that only refers to the event ("**September:** The first
 * monitoring visit after the inadequate judgement …", "In 2019, before the inspection that rated it inadequate")? The
 * date is then of what happened after (or before) it, not its own — unless the sources tell the event in those words
 * ("took charge … after the local elections").
 */
function cuedAsReference(ctx: Ctx, d: DateExpr, e: ModelEvent, cuePos: number[]): boolean {
  if (cuePos.length === 0) return false;
  const p = Math.min(...cuePos);
  if (p < d.end) return false;
  const r = REFERENCE_BEFORE.exec(ctx.masked.slice(Math.max(d.end, p - 40), p));
  if (!r) return false;
  const word = /^[a-z'\u2019-]+/.exec(ctx.masked.slice(p, p + 30))?.[0] ?? '';
  return !fold(e.evidence.text).includes(ctx.masked.slice(p - r[0].length, p) + word);
}

function dateStartWord(ctx: Ctx, d: DateExpr): number {
  // skip a leading relation word ("in", "since", "this"…)
  const t = ctx.masked.slice(d.start, d.end);
  const r = /^(?:(?:since|from|until|till|by|in|on|during|of|this|last|next|early|late|mid-|mid|earlier this|later this|the end of|the start of)\s+)/.exec(t);
  return d.start + (r ? r[0].length : 0);
}

/** An event's date in parts, and as written in messages ("Thursday 14 December 2023"), made once per event. */
interface EventDate {
  parts: PartialDateParts;
  when: string;
}

function datesOf(e: ModelEvent): EventDate {
  // (a range's parts are its start's; it reads as the range)
  const p = boundsOf(e.date).first;
  const wd = p.day !== undefined ? `${weekdayOf(p.year, p.month!, p.day)} ` : '';
  return { parts: p, when: e.date.includes('/') ? formatPartialDate(e.date) : `${wd}${p.day !== undefined ? p.day + ' ' : ''}${p.month !== undefined ? MONTH_NAMES[p.month - 1] + ' ' : ''}${p.year}` };
}

function eventDate(ctx: Ctx, e: ModelEvent): EventDate {
  return notesOf(ctx, e).date;
}

function formatLike(ctx: Ctx, d: DateExpr, e: ModelEvent): string {
  return writtenLike(d, eventDate(ctx, e).parts);
}

function eventWhen(ctx: Ctx, e: ModelEvent): string {
  return eventDate(ctx, e).when;
}

/** What the events check derives from the data, once per engine. */
interface EventsIndex {
  scan: ScanIndex;
  otherCouncil: RegExp;
  /** Every organisation name, longest first. */
  orgs: RegExp;
  notes: Map<ModelEvent, EventNotes>;
}

export const eventsRule = defineRule<EventsIndex>({
  id: 'events',
  kinds: ['date', 'organisation'],
  description: 'The date of a sourced event, and the organisation said to have carried it out.',
  build: (m) => ({
    scan: scanIndex(m),
    otherCouncil: otherCouncilRe(m),
    orgs: new RegExp(`\\b(${m.orgPhrases.map((o) => escapeRegExp(o.phrase)).join('|')})\\b`, 'g'),
    notes: new Map(),
  }),
  checkSentence: (ctx, s) => checkEvents(ctx, s),
});

/** Does the sentence name a council the data does not know, and no word of the home council's place? */
function aboutUnknownCouncil(ctx: Ctx, s: SentenceInfo): boolean {
  // (a table's row about a body not the home one, and none the data knows: "| North Somerset | Good | 2023 |")
  const row = rowElsewhere(ctx);
  if (row !== undefined) return !ctx.m.places.others.includes(row);
  return namesUnknownCouncil(ctx, s);
}

/**
 * A task to find something out ("Check whether the Department has published anything since …", "Ask Race if he …"):
 * what it asks about is not told as having happened.
 */
const ASKS_WHETHER = new RegExp(`^[\\s*_\\d.)\u2022-]*(?:${INSTRUCTION_VERBS.join('|')})\\s+(?:[a-z'-]+\\s+){0,5}?(?:whether|if)\\s`);

/** A question of yes or no whose next sentence answers "No". */
function answeredNo(ctx: Ctx, s: SentenceInfo): boolean {
  const next = ctx.sentences[s.index + 1];
  return !!next && /^[\s*_]*no\b/.test(ctx.masked.slice(next.start, next.end)) && POLAR_QUESTION.test(ctx.masked.slice(s.start, s.end));
}

/** A happening said not to have come about: "never came", "did not happen", "has not materialised". */
const NEVER_CAME = /\b(?:never|did\s+not|didn't|has\s+not|hasn't|have\s+not|haven't)\s+(?:yet\s+)?(?:came|come|happened|happen|materiali[sz]ed?|arrived|arrive|took\s+place|take\s+place)\b/;
/** What opens a clause of its own after a date: a verb of saying, or an aim ("to make sure", "to ensure", "so that"). */
const OWN_CLAUSE_AFTER = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')}|to\\s+(?:make\\s+sure|ensure)|so\\s+that)\\b`);

/**
 * Does the date's clause say its happening never came ("The trust threatened for 2023 never came")? Not when what
 * never came is in a saying or an aim after the date ("On 14 December X said the council would work to make sure
 * special measures did not happen"): that is another happening's.
 */
function neverCame(masked: string, clause: { start: number; end: number }, d: DateExpr): boolean {
  const m = NEVER_CAME.exec(masked.slice(clause.start, clause.end));
  if (!m) return false;
  const at = clause.start + m.index;
  return at < d.end || !OWN_CLAUSE_AFTER.test(masked.slice(d.end, at));
}

export function checkEvents(ctx: Ctx, s: SentenceInfo): void {
  // every claim below is about one of the sentence's events (all of an event's required words in it), and most
  // sentences have none: asked first, before any date's clause is worked out (of the others, only a partner told of
  // a pronoun that refers back to the sentence before)
  if (sentenceLevelEvents(ctx, s).length === 0) return referredPartners(ctx, s);
  const { m } = ctx;
  // (a question of yes or no answered "No" asserts nothing: "Was that first rating given in 2021? No – …"); nor does a
  // sentence about a council the data does not know, with no word of the home one ("Wyvern Council has been issued …")
  if (answeredNo(ctx, s) || aboutUnknownCouncil(ctx, s) || ASKS_WHETHER.test(ctx.masked.slice(s.start, s.end))) return;
  for (const d of s.dates) {
    const clause = dateClause(ctx, s, d);
    const dateStart = dateStartWord(ctx, d);
    // (a date in words alone in quotation marks is a word spoken of: "no basis for “January”"; '2021-01' is a value)
    if (labelsItsRow(ctx, s, d) || (quotedAlone(ctx.masked, dateStart, d.end) && /[a-z]/.test(ctx.masked[dateStart]))) continue;
    // (a happening its clause says never came dates nothing that happened: "The trust threatened for 2023 never came")
    if (neverCame(ctx.masked, clause, d)) continue;
    // (dates said together, "in October and November 2024", are measured from the first)
    // (an arrangement standing when its source was written has no date of its own to compare)
    const all = eventsFor(ctx, s, clause, dateSpan(ctx, s, d).start).filter((c) => !c.e.standing && !namedOnly(ctx, s, c.e));
    if (!all.length) continue;
    // only the words the date stands with can be what it dates
    // (a time reckoned from an event, "two years after the joint visit", is not that event's own)
    const cands = withinReach(all, dateReach(ctx, s, clause, d, dateStart, paragraphOrgs(ctx))).filter((c) => c.e.id !== d.reference);
    if (!cands.length) continue;
    // the event whose cue stands nearest the date, unless the sentence cannot tell it from another as near
    const best = chooseEvent(ctx, s, clause, d, cands, (x) => isThisOccurrence(ctx, s, clause, x, d));
    if (!best) continue;
    const e = best.e;
    if (datesSomethingElse(ctx, s, clause, d, e, best.cuePos)) continue;
    const ev = eventDate(ctx, e).parts;
    const writtenYear = d.year !== undefined && !d.yearInferred;
    const cite = m.dataset.cite(e.evidence);
    // a weekday alone after "by", "until" or "since" ("by Thursday evening") bounds something else, not the event's day
    if (d.weekday !== undefined && d.day === undefined && BOUND_BEFORE.test(ctx.masked.slice(Math.max(s.start, d.start - 8), d.start))) continue;
    // Weekday against the day it fell on.
    if (d.weekday !== undefined && ev.day !== undefined && d.weekdayStart !== undefined) {
      const actual = weekdayOf(ev.year, ev.month!, ev.day);
      // a weekday on its own ("…, a Thursday") is this event's when the sentence gives its day and month, or the draft is written within weeks of it
      const dayInSentence = s.dates.some((x) => x !== d && x.day === ev.day && x.month === ev.month);
      const sameDay = d.day === undefined
        ? e.anchors.length === 0 || dayInSentence || Math.abs(ctx.asOf - new Date(Date.UTC(ev.year, ev.month! - 1, ev.day)).getTime() / 86400000) <= 21
        : d.day === ev.day && d.month === ev.month;
      // a weekday that is right for the year the draft implies ("Thursday 14 December" written in 2023) may be another meeting
      // ("The cabinet meets on Thursday 14 December", written in November 2023, is the coming one)
      const future = /\b(will|meets|meet|is due|are due|is to|next|upcoming|to be held|coming)\b/.test(ctx.masked.slice(s.start, s.end));
      const years = d.year === undefined ? [] : [d.year, ...(future && d.month !== undefined ? [d.month >= ctx.asOfMonth ? ctx.asOfYear : ctx.asOfYear + 1] : [])];
      const selfConsistent = !writtenYear && d.day !== undefined && years.some((y) => y !== ev.year && WEEKDAYS[d.weekday!] === weekdayOf(y, d.month!, d.day!));
      if (sameDay && !selfConsistent && WEEKDAYS[d.weekday] !== actual && (!writtenYear || d.year === ev.year)) {
        addFinding(ctx, {
          start: d.weekdayStart, end: d.weekdayEnd!, kind: 'date', severity: 'error',
          message: `${e.summary} was on ${eventWhen(ctx, e)}: ${ev.day} ${MONTH_NAMES[ev.month! - 1]} ${ev.year} was a ${actual}, not a ${WEEKDAYS[d.weekday]}.`,
          suggestions: [actual],
          citations: [cite],
          claimKey: `date:${e.id}:weekday:${d.weekday}`,
        });
        continue;
      }
    }
    // every date a source gives the happening (and its report's publication): wrong only when it agrees with none
    const dates = sourcedDates(ctx, s, clause, d, best);
    const wrong = dates.every((x) => !agrees(ctx, d, x.date, !!x.e.approximate));
    const end = d.weekdayStart !== undefined && d.day === undefined ? d.end : d.end;
    if (wrong) {
      const single = dates.length === 1 && !dates[0].published && !e.date.includes('/');
      addFinding(ctx, {
        start: dateStart, end, kind: 'date', severity: 'error',
        message: single
          ? `Sources date this to ${eventWhen(ctx, e)} (${e.summary}${e.dateNote ? `; ${e.dateNote}` : ''}), not ${ctx.text.slice(dateStart, end)}.`
          : `Sources date this to ${dates.map(describeDate).join(', and to ')}; not ${ctx.text.slice(dateStart, end)}.`,
        suggestions: single ? [formatLike(ctx, d, e)] : [...new Set(dates.map((x) => suggestionFor(d, x.date)))],
        citations: single ? [cite] : [...new Set(dates.map((x) => m.dataset.cite(x.published && x.e.published!.evidence ? x.e.published!.evidence : x.e.evidence)))],
        claimKey: `date:${e.identity}:${ctx.masked.slice(dateStart, end)}`,
      });
    } else if (writtenYear || d.month !== undefined) {
      addConfirmation(ctx, { start: dateStart, end, kind: 'fact', message: `Matches the sources: ${e.summary}, ${eventWhen(ctx, e)}.`, citations: [cite] });
    }
  }
  checkAgents(ctx, s);
}

/** An arrow, or "to" after a "from" before the date, right before the event's first cue (a quotation mark, bracket or article between). */
const NEXT_STATE = new RegExp(String.raw`^[\s)'",]*(?:${ARROWS}|\bto\s)\s*(?:['"(]\s*)?(?:(?:the|a)\s+)?(?:['"(]\s*)?$`);
const FROM_BEFORE = /\bfrom\b[^.;:]*$/;

/**
 * "inadequate 2015 → good this July", "climbed from the bottom grade in 2015 to 'good'": a date before a change's arrow
 * or "to" dates the state it changed from, not the event whose words come after it.
 */
function datesEarlierState(ctx: Ctx, s: SentenceInfo, d: DateExpr, cuePos: number[]): boolean {
  if (cuePos.length === 0) return false;
  const first = Math.min(...cuePos);
  if (first < d.end) return false;
  const r = NEXT_STATE.exec(ctx.masked.slice(d.end, first));
  if (!r) return false;
  return !/\bto\s/.test(r[0]) || FROM_BEFORE.test(ctx.masked.slice(Math.max(s.start, d.start - 60), d.start));
}

/** Does the date open its sentence (after a line's label, if any) as a phrase of its own, closed by a comma ("By December 2021, …")? */
function fronted(ctx: Ctx, s: SentenceInfo, d: DateExpr): boolean {
  return /^[\s*_>-]*(?:[a-z][a-z ]{0,20}:[\s*_]*)?$/.test(ctx.masked.slice(s.start, d.start)) && /^\s*,/.test(ctx.masked.slice(d.end, d.end + 3));
}

/**
 * "… went from 'inadequate' to 'good' by July 2021", "had found four areas of concern by June 2017": a "by" closing a
 * clause that tells a deed done (a cue before it; no wish, duty, plan or prospect in the clause) sets its latest day.
 * "must improve by March", "was due to be rated good by 2023", "aimed to be good by July" set a goal, not a day.
 */
function doneBy(ctx: Ctx, clause: { start: number; end: number }, d: DateExpr, cuePos: number[]): boolean {
  const told = ctx.masked.slice(clause.start, d.start);
  return cuePos.some((p) => p >= clause.start && p < d.start) && PAST_DEED.test(told) && !GOAL_WORDS.test(told) && /^\s*(?:[.;,)]|$)/.test(ctx.masked.slice(d.end, d.end + 2));
}
/** A verb in the past in the clause: "went", "turned", "had found", "was rated". */
const PAST_DEED = /\b(?:[a-z]{2,}ed|went|had|was|were|got|rose|won|made|took|found|gave|came|became|saw)\b/;
/** Words of a wish, duty, plan or prospect, under which a "by" date is a goal (an infinitive: "to be good by"; not "went to 'good'"). */
const GOAL_WORDS = /\b(?:will|would|must|should|shall|could|can|might|may|to\s+(?:be|get|reach|become|improve|achieve|have|make|turn|move|rise|go|hit|meet)|aim|aims|aimed|target|targets|targeted|expected|due|plan|plans|planned|hope|hopes|hoped|need|needs|needed|want|wants|wanted|promised|pledged|vowed|deadline|goal|intended|ordered|told|asked)\b/;

/** A negation right before a happening's words: "hasn't been rated", "was never inspected", "did not visit". */
const NEGATED_BEFORE = /(?:\b(?:not|never)|n['\u2019]t)\s+(?:(?:been|be|ever|yet|once)\s+){0,2}$/;

/** "as of" or "as at" before a date (or opening it): the time a status is told at. */
const AS_OF_BEFORE = /\bas\s+(?:of|at)\s+(?:early\s+|mid-?\s*|late\s+)?[a-z0-9]/;

/**
 * "In 2025 the Department sent the council a 'final notice', warning that the service could be taken off the council":
 * a date opening the sentence (or a clause of it) dates its main clause; a happening told as a prospect in a clause
 * of "that" under a modal ("could be taken off") is no happening of that date.
 */
function prospectTold(ctx: Ctx, s: SentenceInfo, d: DateExpr, cuePos: number[]): boolean {
  // (or opening a clause after a comma and its conjunction: "…, and in late 2025 the Department made clear that …")
  if ((d.start - s.firstWord > OPENING_DATE && !CLAUSE_OPENS.test(ctx.masked.slice(Math.max(s.start, d.start - 16), d.start))) || cuePos.length === 0) return false;
  // (the happening's words one run, "taken off", the first of them right after the modal)
  const first = Math.min(...cuePos);
  return first > d.end && cuePos.every((p) => p - first <= 40) && MODAL_BEFORE_CUE.test(ctx.masked.slice(Math.max(d.end, first - 24), first)) &&
    /\bthat\b/.test(ctx.masked.slice(d.end, first));
}
/**
 * A verb of asking, deciding or intending, its object, and the infinitive of the deed asked for, up to the date
 * ("asked officers to respond to its recommendations at the ", "agreed to report back in ").
 */
const LATER_DEED_BEFORE = /\b(?:asked|invited|instructed|urged|agreed|decided|resolved|voted|promised|pledged|planned|intends|intended|wants|wanted|aims|aimed|hopes|hoped)\s+(?:[a-z'\u2019]+\s+){0,3}?to\s+(?!the\b|a\b|an\b|be\b)[a-z]+\b[^,;:]*$/;

/** A happening a deed's words are reckoned from: "after the cabinet", "following the visit". */
const RECKONED_AFTER = /\b(?:after|following|since)\s+(?:the|a|an|that|this|last)\s/;

/**
 * "Cabinet noted the report and asked officers to respond to it at the February meeting": a date in the infinitive of
 * a deed asked for, agreed or intended dates that deed, still to come, not a happening the sources tell (a plan the
 * sources hold, "expected", is compared as a plan).
 */
function inLaterDeed(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, d: DateExpr, e: ModelEvent): boolean {
  if (e.expected) return false;
  const at = dateStartWord(ctx, d);
  // (not the date of a happening the deed is reckoned from: "asked us to note the coverage after the cabinet on 13
  // December" dates the cabinet)
  const deed = LATER_DEED_BEFORE.exec(ctx.masked.slice(Math.max(clause.start, d.start - 100), at));
  return (!!deed && !RECKONED_AFTER.test(deed[0])) || DEED_MANDATED.test(ctx.masked.slice(Math.max(s.start, d.start - 240), at));
}
/**
 * "RESOLVED (29 for, 2 against): that the team explore a scheme and report to the March meeting": a deed a resolution
 * or a request mandates, its verb in the bare form after "that", up to the occasion it is to be done at.
 */
const DEED_MANDATED = /\b(?:resolved|agreed|decided|recommended|proposed|requested|asked|moved|urged|directed|instructed)\b[^.;]{0,60}?\bthat\s+[^.;:]*?\b(?:report|return|come|bring|present|respond|update|refer|submit)\s+(?:back\s+)?(?:(?:it|this|them|findings|proposals)\s+)?(?:to|at|in|by|before)\s+(?:the|its|their|a)\s+$/;

/** Where a clause opens after a comma or semicolon and its conjunction (a date's preposition after it). */
const CLAUSE_OPENS = /[,;]\s*(?:and|but|yet|while)?\s*(?:(?:in|on|during)\s+)?$/;
/** A modal right before a happening's words ("could be ", "would have been ", "might "). */
const MODAL_BEFORE_CUE = /\b(?:could|would|might|may|will|can)\s+(?:(?:still|soon|yet|even)\s+)?(?:be\s+|have\s+been\s+)?$/;

/** How far after a date its sentence's past perfect is looked for. */
const PAST_PERFECT_REACH = 200;
/** A verb in the past perfect: "had found", "had already been rated", "had long since made". */
const PAST_PERFECT = /\bhad\s+(?:(?:already|earlier|previously|long|once|just|then|since|by\s+then|first)\s+){0,2}(?:been\s+)?(?!not\b)[a-z]{2,}(?:ed|en|t|und|ade|id|ld|ne|wn|ught|ook)\b/;

/**
 * "In December 2022, when councillors were told …, a joint visit had already found four areas": the past perfect of the
 * happening's words, after the date, sets the happening before the date (the time the sentence stands at) — wrong only
 * when the sources set it after. (A date after the verb, "had been rated inadequate in 2021", is the happening's own.)
 */
function toldBeforeDate(ctx: Ctx, s: SentenceInfo, d: DateExpr, e: ModelEvent, cuePos: number[]): boolean {
  // (the happening's words all after the date: "a joint visit in December 2019 had found …" dates the visit itself)
  if (!d.range || d.yearInferred || cuePos.some((p) => p < d.end)) return false;
  if (rangeOf(e.date).end >= d.range.start) return false;
  // (looked for within a clause's reach of the date: a scan to the sentence's end for each date is quadratic on one
  // long line of them)
  const after = ctx.masked.slice(d.end, Math.min(s.end, d.end + PAST_PERFECT_REACH));
  if (after.indexOf('had ') < 0) return false;
  const m = PAST_PERFECT.exec(after);
  if (!m) return false;
  const at = d.end + m.index;
  // (the happening's own verb: its words the subject right before "had", "a joint SEND visit had already found"; not a
  // clause told of it, "told the cabinet meeting that MPs had been told")
  return cuePos.some((p) => p < at && SUBJECT_BEFORE_HAD.test(ctx.masked.slice(p, at)));
}
/** A cue's noun phrase running up to a "had": a few words, no verb or conjunction of a clause of its own between. */
const SUBJECT_BEFORE_HAD = /^[a-z'\u2019-]+(?:\s+(?!that\b|which\b|who\b|and\b|when\b)[a-z'\u2019-]+){0,3}\s+$/;

/** Does the date, though near the event's words, date something else: the end of a span, another rating, a tenure, a saying, another occurrence…? */
function datesSomethingElse(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, d: DateExpr, e: ModelEvent, cuePos: number[]): boolean {
  // "held it until 2005", "runs to 2027": an "until" or "to" date ends a span, and an event that happened on a day
  // or in a month is no span
  // (but "By December 2021, X had told the cabinet …": a "by" opening the sentence, its own phrase, bounds what the
  // sentence tells from above, and dates it wrongly only when the sources set it after)
  // ("Somerset went from 'inadequate' to 'good' by July 2021": a "by" after a deed done, told in the past, bounds it too)
  const bound = d.relation === 'until' && !e.date.includes('/');
  if (bound) {
    if (!d.range || !/^by\s/.test(ctx.masked.slice(d.start, d.start + 3)) || rangeOf(e.date).start <= d.range.end) return true;
    if (fronted(ctx, s, d)) return false;
    if (!doneBy(ctx, clause, d, cuePos)) return true;
  }
  if (toldBeforeDate(ctx, s, d, e, cuePos) || prospectTold(ctx, s, d, cuePos) || inLaterDeed(ctx, s, clause, d, e)) return true;
  // "| Write to the cabinet member … before the meeting | Mandy | 16 Feb | Open |" under "Due": a task's or a record's date
  if (cellAt(ctx, d.start)?.holds === 'deadline') return true;
  // "no trust imposed as of late 2025": a status told at a time, no date of a happening
  if (AS_OF_BEFORE.test(ctx.masked.slice(Math.max(s.start, d.start - 8), d.start + 6))) return true;
  if (!bound && endsSpan(ctx, d) && !sameHappening(ctx, e).some((x) => x.date.includes('/'))) return true;
  if (ratingMismatch(ctx, s, e, d) || gradeOfOtherDate(ctx, d, e) || betweenHolds(ctx, s, d, e) || labelsOwnLine(ctx, d, cuePos) || cellDatedOwn(ctx, s, d, cuePos) || ownDateAfter(ctx, s, d, e, cuePos)) return true;
  // "the council hasn't been rated 'inadequate' since 2018": a date denied is no date claimed
  if (cuePos.some((p) => p > clause.start && NEGATED_BEFORE.test(ctx.masked.slice(Math.max(clause.start, p - 24), p)))) return true;
  // "Ofsted has rated 35 councils 'inadequate' since 2013", "authorities rated inadequate between 2014 and 2019": a count
  // of bodies, or bodies in general, not the sourced one
  if (ratesOtherBodies(ctx.masked.slice(clause.start, clause.end))) return true;
  // "services, rated 'inadequate' since 2020, remain under a Commissioner": a grade's "since" dates the grade held
  // (the ratings check reads it), not a happening of the sentence that is no rating
  // (and "took Somerset from 'requires improvement' in 2015 to 'good'": a year right after a grade dates that grade)
  if (!notesOf(ctx, e).rating && (d.relation === 'since' ? GRADE_SINCE : GRADE_IN).test(ctx.masked.slice(Math.max(s.start, d.start - 40), dateStartWord(ctx, d)))) return true;
  if (datesTenure(ctx, s, d, cuePos) || (datedByOtherVerb(ctx, s, d, e) && !toldInWhenClause(ctx, s, d, cuePos)) || datedByOtherNoun(ctx, s, d, e) || datesTheNounAfter(ctx, s, d, e) || bracketDatesNoun(ctx, s, d, e)) return true;
  if (datesTheSaying(ctx, s, d, e, cuePos) || cuedAsReference(ctx, d, e, cuePos) || datesEarlierState(ctx, s, d, cuePos)) return true;
  if (!isThisOccurrence(ctx, s, clause, e, d) || toldWithAnotherDate(ctx, s, clause, d, e) || toldInAside(ctx, s, clause, e) || inOpeningTimeClause(ctx, s, d, cuePos)) return true;
  // (a grade's own date is found by ratingMismatch: a history pairs grades with dates)
  if (laterHappening(ctx, s, d, e) || (!notesOf(ctx, e).rating && nearerDate(ctx, s, d, e, cuePos))) return true;
  // "Two administrations, 2022 and 2025, have heard …": years in apposition to a plural noun date its members
  // (a bare year: "…, the lowest of Ofsted's four grades, in January 2021" sets a time of the clause, no apposition)
  if (/\d/.test(ctx.masked.charAt(d.start)) && YEARS_IN_APPOSITION.test(ctx.masked.slice(Math.max(s.start, d.start - 60), d.start))) return true;
  // "the 2018, 2020 and 2022 milestones, including the joint visit": one of dates listed together is the happening's
  if (listedWithFitting(ctx, s, d, e)) return true;
  // "Four years before that meeting, in December 2018, …": an event named only as the point a time is reckoned from
  if (cuePos.length && cuePos.every((p) => RECKONED_FROM.test(ctx.masked.slice(Math.max(s.start, p - 32), p)))) return true;
  // "DEVON KIDS -- CABINET -- take 1 -- 15.12.22 -- c.400 words": a slug line's field of a date is the copy's own
  // (and "devon trust model march 2026 · devon send improvement notice · …": a line of search terms claims nothing)
  // (and "Slug: DEVON-CABINET   Page: 5   Paper of: Friday 16 December 2022": a field that dates the copy itself)
  if (slugField(ctx, d) || pageDate(ctx.text, d) || recordStamp(ctx.masked, ctx.text, d) || COPY_DATE_FIELD.test(ctx.masked.slice(Math.max(0, d.start - 40), d.start)) || COPY_NOUN_BEFORE.test(ctx.masked.slice(Math.max(0, d.start - 30), d.start))) return true;
  // "Published 15 December 2025 · Covers January to April 2026": a cue with its own date right after it is that date's
  if (cuePos.length && cuePos.every((p) => cueDatedOwn(ctx, s, p, d))) return true;
  // "ask, at every meeting, what has changed this month": any occurrence, none in particular
  if (cuePos.length && cuePos.every((p) => EVERY_BEFORE.test(ctx.masked.slice(Math.max(0, p - 24), p)))) return true;
  // a plan is compared only where the sentence speaks of it as a plan; and once its time has passed, a later date is
  // the plan's slip or its sequel, of which the sources know nothing
  if (e.expected && d.range && ctx.asOf > e.range.end && d.range.start > e.range.end) return true;
  return !!e.expected && !speaksOfPlan(ctx, s);
}

/**
 * "… 'good' in July 2022, with Julian Wooster in charge; he then took interim charge in Devon in December 2022": a
 * date whose clause holds none of the words that tell what happened (only who it happened to) does not date the
 * event when another clause of the sentence tells it with a date of its own.
 */
function toldWithAnotherDate(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, d: DateExpr, e: ModelEvent): boolean {
  const happening = happeningGroups(ctx, e);
  if (happening.length === 0 || tellsHappening(ctx, happening, clause.start, clause.end)) return false;
  return s.dates.some((x) => {
    if (x === d || !x.range) return false;
    const c = dateClause(ctx, s, x);
    return (c.start >= clause.end || c.end <= clause.start) && tellsHappening(ctx, happening, c.start, c.end);
  });
}

/** A relative pronoun after a comma, opening a clause (", who …", ", which …"). */
const ASIDE_OPENER = /,\s*(?:who|which)\s*$/;

/**
 * "… to 'outstanding' in July 2022 under Julian Wooster, who then took interim charge in Devon": a happening told only
 * in a relative clause after the date's, an aside on its antecedent with no date of its own, is not dated by the date
 * of the clause it hangs on (a relative clause keeps its own dates: see attach.ts).
 */
function toldInAside(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, e: ModelEvent): boolean {
  const happening = happeningGroups(ctx, e);
  if (happening.length === 0 || tellsHappening(ctx, happening, clause.start, clause.end)) return false;
  const c = clausesOf(s).find((x) => x.start >= clause.end && tellsHappening(ctx, happening, x.start, x.end));
  return !!c && ASIDE_OPENER.test(ctx.masked.slice(Math.max(s.start, c.start - 10), c.start)) &&
    !s.dates.some((x) => x.start >= c.start && x.end <= c.end);
}

/** The groups of an event's required words that tell what happened, not who it happened to (a group naming a person). */
function happeningGroups(ctx: Ctx, e: ModelEvent): string[][] {
  return e.requiredGroups.filter((g) => !g.some((w) => ctx.m.surnames.includes(w)));
}

/** Does masked[from, to) hold a word of one of the groups? */
function tellsHappening(ctx: Ctx, groups: string[][], from: number, to: number): boolean {
  const hay = ctx.masked.slice(from, to);
  return groups.some((g) => g.some((w) => findPhraseIn(ctx.masked, hay, from, w, 0) >= 0));
}

/**
 * "… in July 2022, under the leadership of Julian Wooster, who later moved to Devon as interim director": words that
 * move the time on (LATER) after the date and before every word that tells what happened.
 */
function laterHappening(ctx: Ctx, s: SentenceInfo, d: DateExpr, e: ModelEvent): boolean {
  const later = LATER.exec(ctx.masked.slice(d.end, s.end));
  if (!later) return false;
  const happening = happeningGroups(ctx, e);
  return happening.length > 0 && !tellsHappening(ctx, happening, d.end, d.end + later.index);
}

/** A field's label alone before a date that opens its line's words ("deadline note: late 2025 warning: …"). */
const FIELD_LABEL_BEFORE = /^[a-z][a-z'\u2019 -]{0,30}:[\s*_]*(?:(?:early|mid|late)[\s-]*)?$/;

/**
 * "In late 2025 the DfE put Devon on 'final notice', warning the service could be taken off the council from March": a
 * date opening the sentence dates its main clause; a later date, nearer every cue of the event and fitting it, is the
 * event's, and the opening one is left to the main clause.
 */
function nearerDate(ctx: Ctx, s: SentenceInfo, d: DateExpr, e: ModelEvent, cuePos: number[]): boolean {
  if (cuePos.length === 0) return false;
  const dist = (x: { start: number; end: number }, p: number) => (p >= x.end ? p - x.end : x.start - p);
  const ev = eventDate(ctx, e).parts;
  // (a month of no year fits by its month, and a day by its day too: its year is a guess)
  const fits = (x: DateExpr) => !!x.range && ((x.range.start <= e.range.end && x.range.end >= e.range.start) ||
    (!!x.yearInferred && x.month !== undefined && x.month === ev.month && (x.day === undefined || x.day === ev.day)));
  // (and a weekday alone by the weekday of the event's day)
  const fitsDay = (x: DateExpr) => fits(x) || (x.weekday !== undefined && x.day === undefined && ev.day !== undefined && WEEKDAYS[x.weekday] === weekdayOf(ev.year, ev.month!, ev.day));
  if (fitsDay(d)) return false;
  // (not the year a month written with none took from the sentence's opening: "In 2022 a revisit in March …" is March 2022)
  const lent = (x: DateExpr) => x.month === undefined && d.month !== undefined && x.year === d.year && !/\d/.test(ctx.masked.slice(d.start, d.end));
  const others = s.dates.filter((x) => x !== d && !lent(x));
  // "Thursday's meeting … followed Wednesday's cabinet session": two dates written alike, each before a word for the
  // event's kind of happening and one fitting the event, tell two happenings apart; a writer gives one happening one day
  const standsWith = (x: DateExpr) => hasAny(ctx.masked, e.cueList, x.end, Math.min(s.end, x.end + CUE_AFTER_DATE));
  if (standsWith(d) && others.some((x) => fitsDay(x) && sameShape(x, d) && standsWith(x))) return true;
  // (otherwise only a date opening the sentence, for a later date that fits the event: the opening one dates the main clause)
  if ((d.start - s.firstWord <= OPENING_DATE || FIELD_LABEL_BEFORE.test(ctx.masked.slice(s.firstWord, d.start))) && others.some((x) => x.start > d.end && fits(x) && cuePos.every((p) => dist(x, p) < dist(d, p)))) return true;
  // (or a date that fits the event standing nearer every word that tells the happening: a writer gives one happening
  // one date, and the farther one dates another clause's — "rated … in 2015 and judged good in July 2022, on the watch
  // of X, by whom interim charge … was taken in December 2022")
  // (a weekday alone is said of the date beside it: "on 14 December 2022, a Thursday")
  if (d.weekday !== undefined && d.day === undefined) return false;
  const told = happeningWordsIn(ctx, e, s.start, s.end);
  // (a date opening the sentence as an entry's, a dash or colon after it, gives way to the happening's own date even
  // where that one is wrong: it is flagged where it stands — "12 Mar 2024 — Four areas … after a joint visit … in
  // December 2019")
  const opening = d.start <= s.firstWord && /^[\s*_]*[:\u2013\u2014-]/.test(ctx.masked.slice(d.end, d.end + 4));
  return told.length > 0 && others.some((x) => x.range && !x.yearInferred && x.year !== undefined && (fits(x) || opening) && told.every((p) => dist(x, p) < dist(d, p)));
}

/** Where the words that tell an event's happening (not who took part) stand in masked[from, to). */
function happeningWordsIn(ctx: Ctx, e: ModelEvent, from: number, to: number): number[] {
  const hay = ctx.masked.slice(from, to);
  const out: number[] = [];
  for (const w of happeningGroups(ctx, e).flat()) {
    for (let j = findPhraseIn(ctx.masked, hay, from, w); j >= 0; j = findPhraseIn(ctx.masked, hay, from, w, j - from + 1)) out.push(j);
  }
  return out;
}

/** How far after a date ("Wednesday's cabinet session") the word for its happening may stand. */
const CUE_AFTER_DATE = 24;

/** Are two dates written alike: each a weekday alone, a day of a month, a month, a year? */
function sameShape(a: DateExpr, b: DateExpr): boolean {
  return (a.weekday === undefined) === (b.weekday === undefined) && (a.day === undefined) === (b.day === undefined) &&
    (a.month === undefined) === (b.month === undefined) && (a.year === undefined || !!a.yearInferred) === (b.year === undefined || !!b.yearInferred);
}

/** How far into its sentence a date may start and still open it ("In late 2025, …"). */
const OPENING_DATE = 12;

/** A sentence that opens with a clause of time: "(About a year) before …", "Two months after …", "When …", "By the time …". */
const OPENING_TIME_CLAUSE = /^[^a-z0-9]*(?:(?:about|around|some|almost|nearly|just|shortly|long|only|more\s+than|less\s+than|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+){0,3}(?:(?:years?|months?|weeks?|days?)\s+)?(?:before|after|until|since|when|once|by\s+the\s+time)\s/;

/** Where the words that open the sentence's clause of time end ("About a year before "), or -1 where none does. */
function openingTimeClauseEnd(masked: string, s: SentenceInfo): number {
  const opening = OPENING_TIME_CLAUSE.exec(masked.slice(s.start, Math.min(s.end, s.start + 60)));
  return opening ? s.start + opening[0].length : -1;
}

/** Does the comma that closes the sentence's opening clause of time stand between `from` and `to`? */
function closesOpeningClause(masked: string, s: SentenceInfo, from: number, to: number): boolean {
  const opened = openingTimeClauseEnd(masked, s);
  if (opened < 0) return false;
  const comma = masked.indexOf(',', opened);
  return comma > from && comma < to;
}

/**
 * "About a year before Ofsted rated the service 'inadequate' in January 2020, a joint visit found …": a date in a
 * sentence's opening clause of time (closed by a comma) dates what that clause tells, not an event told after it.
 */
function inOpeningTimeClause(ctx: Ctx, s: SentenceInfo, d: DateExpr, cuePos: number[]): boolean {
  const { masked } = ctx;
  if (cuePos.length === 0) return false;
  const opened = openingTimeClauseEnd(masked, s);
  // ("A month before the meeting, X had called …": a time reckoned in the opening words is the main clause's)
  if (opened < 0 || d.start < opened) return false;
  const comma = masked.indexOf(',', d.end);
  return comma >= 0 && comma < s.end && cuePos.every((p) => p > comma);
}

/** "every", "each" or "any" right before an event's word ("at every meeting", "each monitoring visit"). */
const EVERY_BEFORE = /\b(?:every|each|any)\s+(?:[a-z'-]+\s+)?$/;

/** Every organisation named in the paragraph, found in one scan. */
function paragraphOrgs(ctx: Ctx): RegExpExecArray[] {
  return (ctx.orgs ??= execIn(indexOf(ctx, eventsRule).orgs, ctx.masked, 0, ctx.masked.length));
}

/**
 * "The Department for Work and Pensions wrote…", "NHS England and the council have both apologised",
 * "Ofsted's instruction…": an organisation as the subject of an event's verb, or owning its noun.
 */
function checkSubjectAgents(ctx: Ctx, s: SentenceInfo): void {
  const { m, masked } = ctx;
  // only a sentence about an event someone carried out can name the wrong one
  if (!sentenceLevelEvents(ctx, s).some(hasAgents)) return;
  const all = paragraphOrgs(ctx);
  // the names standing wholly inside the sentence: a run of the paragraph's (names do not overlap, so once one
  // reaches past the end, so do all after it)
  let lo = 0, hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].index < s.start) lo = mid + 1;
    else hi = mid;
  }
  hi = lo;
  while (hi < all.length && all[hi].index < s.end && all[hi].index + all[hi][0].length <= s.end) hi++;
  for (let k = lo; k < hi; k++) {
    const first = k;
    // the subject may be a list: "X and Y", "X, Y and Z"
    let end = all[k].index + all[k][0].length;
    while (k + 1 < hi && /^\s*(?:,|and|&)\s*(?:the\s+)?$/.test(masked.slice(end, all[k + 1].index))) {
      k++;
      end = all[k].index + all[k][0].length;
    }
    // (a department's name goes on after a comma: "the Department for Levelling Up, Housing and Communities wrote")
    const tail = NAME_TAIL.exec(ctx.text.slice(end, Math.min(s.end, end + 60)));
    if (tail) end += tail[0].length;
    // (a body the data does not know may close the list: "Ofsted and the Care Inspectorate found …")
    const unknown = unknownLast(ctx, end);
    if (unknown) end = unknown.end;
    const after = masked.slice(end, Math.min(s.end, end + 50));
    // (a cleft's relative too: "It was the Department of Health that sent the letter"; not another noun's, "the visit
    // by Ofsted and the CQC that found …")
    const cleft = CLEFT_BEFORE.test(masked.slice(Math.max(s.start, all[first].index - 16), all[first].index));
    const v = (cleft ? CLEFT_VERB : SUBJECT_VERB).exec(after);
    if (!v) continue;
    // ("made a joint visit", "carried out an inspection": the happening is the light verb's object)
    const object = LIGHT_VERB.test(v[1] || v[2]) ? LIGHT_OBJECT.exec(after.slice(v[0].length)) : null;
    const word = object ? object[1] : v[1] || v[2];
    // ("Ofsted and CQC inspection history": the word modifies a noun of many occurrences, and names none of them)
    if (SERIES_NOUN.test(after.slice(v[0].length))) continue;
    // (or a verb of finding, where the clause tells what was found: "Ofsted and NHS England found four areas of significant concern")
    const verbOf = (e: ModelEvent) => e.agents.length > 0 && (FINDING_VERB.test(word) || e.cueList.some((cue) => cue === word || cue.startsWith(word + ' ') || (word.length >= 5 && cue.startsWith(word.slice(0, -1)))));
    // the word after the organisation must be a cue of one of the sentence's events before the clause is searched
    if (!sentenceLevelEvents(ctx, s).some(verbOf)) continue;
    const clause = clauseAt(s, all[first].index);
    const cands = eventsFor(ctx, s, clause, end).filter((c) => verbOf(c.e));
    if (!cands.length || happensAfterDraft(ctx, s, cands[0].e)) continue;
    if (!identifiedForAgents(ctx, s, clause, cands[0].e) || anotherBefore(masked, s.start, all[first].index)) continue;
    // "An Ofsted letter after a visit …": a body's name as an indefinite noun's modifier introduces one of many
    // occurrences of a kind that recurs, unless the paragraph names one of the sourced one's anchors
    if (cands[0].e.recurs && INDEFINITE_BEFORE.test(masked.slice(Math.max(s.start, all[first].index - 4), all[first].index)) && !anchored(ctx, s, cands[0].e)) continue;
    const named: { org: Org; start: number; end: number }[] = [];
    for (let g = first; g <= k; g++) named.push({ org: m.orgPhrases.find((o) => o.phrase === all[g][1])!.org, start: all[g].index, end: all[g].index + all[g][0].length });
    if (jointOccurrence(ctx, s, cands[0].e, named)) continue;
    reportWrongOrganisations(ctx, cands[0].e, named, false);
    if (unknown) reportUnknownAgent(ctx, cands[0].e, named, unknown.start, unknown.end);
  }
}

/** The verb after a body named as the subject (group 1 after a possessive, else 2), and after a cleft's relative. */
const SUBJECT_VERB = /^(?:'s?\s+([a-z]+)|\s+(?:has\s+|have\s+|had\s+)?(?:both\s+|also\s+|now\s+|previously\s+|already\s+)?([a-z]+))/;
const CLEFT_VERB = /^()\s+(?:that|which|who)\s+(?:had\s+)?(?:also\s+|first\s+)?([a-z]+)/;
const CLEFT_BEFORE = /\bit\s+(?:was|is|had\s+been)\s+(?:the\s+)?$/;
/** A verb whose object is the happening ("made a joint visit", "carried out an inspection"), and that object's first word. */
const LIGHT_VERB = /^(?:made|make|makes|carried|carries|carry|conducted|conducts|undertook|undertakes|paid|pays)$/;
const LIGHT_OBJECT = /^\s+(?:out\s+)?(?:a|an|the|their|its)\s+([a-z]+)/;

/** A body the data does not know after a known one and "and" at `end`: where its name stands. */
function unknownLast(ctx: Ctx, end: number): { start: number; end: number } | undefined {
  const and = /^\s+(?:and|&)\s+(?:the\s+)?/.exec(ctx.masked.slice(end, end + 12));
  if (!and) return undefined;
  const at = end + and[0].length;
  const len = unknownBodyAt(ctx, at);
  return len ? { start: at, end: at + len } : undefined;
}

/** The length of a body's name the data does not know at `pos`, in any of the shapes read (0 for none). */
function unknownBodyAt(ctx: Ctx, pos: number): number {
  return bodyNameAt(ctx.text, pos) || nameInCapitalsAt(ctx, pos) || oneWordBodyAt(ctx, pos);
}

/**
 * "Inspectors from Ofsted, the CQC and HMI Probation look together at …": a list that has an event's one doer in it,
 * with other bodies, in a sentence with no date and none of the event's anchors, tells of a joint occurrence of the
 * kind, not of the one the doer carried out alone (a date names the occurrence: "an inspection by Ofsted and the CQC in
 * autumn 2024" is still compared).
 */
function jointOccurrence(ctx: Ctx, s: SentenceInfo, e: ModelEvent, named: { org: Org }[]): boolean {
  return e.agents.length === 1 && named.length > 1 && named.some((n) => n.org.id === e.agents[0]) && s.dates.length === 0 && !anchored(ctx, s, e);
}

const FINDING_VERB = /^(?:found|find|finds|identified|raised|flagged)$/;

/** A noun for a run of happenings, after the word of one: "inspection history", "visit record", "report timeline". */
const SERIES_NOUN = /^\s+(?:history|histories|record|records|timeline|timelines|regime|framework|calendar|cycle|programme|schedule)\b/;

type Org = Model['orgPhrases'][number]['org'];
/** The rest of a body's name after a comma, capitalised words up to a word in lower case: ", Housing and Communities". */
const NAME_TAIL = /^,[ \t]+(?:[A-Z][A-Za-z'\u2019-]+[ \t]+(?:and|&)[ \t]+)?[A-Z][A-Za-z'\u2019-]+(?=[ \t]+[a-z])/;
/** An indefinite article right before a word: "an Ofsted letter". */
const INDEFINITE_BEFORE = /(?:^|[^a-z])an?\s+$/;
const CHECKED_KINDS = ['regulator', 'government', 'nhs'];

/** An event's summary inside a sentence: "The joint visit …" as "the joint visit …". */
function inSentence(summary: string): string {
  return /^(The|A|An) /.test(summary) ? summary.charAt(0).toLowerCase() + summary.slice(1) : summary;
}

/**
 * The organisations a sentence says carried out (or partnered in) a sourced event, against the sources: a named
 * regulator, government body or NHS body that is not one of them is a conflict; a generic name ("the Government")
 * fits any body of its kind. The suggestion is the sourced body the sentence left out.
 */
function reportWrongOrganisations(ctx: Ctx, e: ModelEvent, named: { org: Org; start: number; end: number }[], partner: boolean): void {
  const { m } = ctx;
  const ids = partner ? e.partners : e.agents;
  const agents = ids.map((a) => m.dataset.orgById.get(a)!);
  for (const n of named) {
    // (an event's partner named beside it is no wrong doer: "improvement notice, NHS Devon partnership")
    if (ids.includes(n.org.id) || (!partner && e.partners.includes(n.org.id))) continue;
    // (a body fits one of its kind where either is named only by its kind: "the Government", or the sources' "a
    // government improvement notice", which may be the Department for Education's)
    if (agents.some((a) => a.kind === n.org.kind && (n.org.generic || a.generic))) continue;
    // (a partner may be another council, never the home one: "in partnership with Torbay Council")
    if (!CHECKED_KINDS.includes(n.org.kind) && !(partner && n.org.kind === 'council' && n.org.id !== m.places.homeCouncil)) continue;
    const missing = agents.filter((a) => !named.some((x) => x.org.id === a.id) && CHECKED_KINDS.includes(a.kind));
    const right = (missing.length ? missing : agents.filter((a) => a.kind !== 'council')).map((a) => a.name);
    const names = agents.map((a) => a.name).join(' and ');
    addFinding(ctx, {
      start: n.start, end: n.end, kind: 'organisation', severity: 'error',
      message: wrongBodyMessage(e, names, ctx.text.slice(n.start, n.end), partner),
      suggestions: right,
      citations: [m.dataset.cite(e.evidence)],
      claimKey: `organisation:${e.id}:${n.org.id}`,
    });
  }
}

/**
 * A draft cannot tell who did what had not happened when it was written ("under government monitoring" in 2019 is not
 * the monitoring visits a 2025 article expects), unless it speaks of it as a plan.
 */
function happensAfterDraft(ctx: Ctx, s: SentenceInfo, e: ModelEvent): boolean {
  return e.range.start > ctx.asOf && !speaksOfPlan(ctx, s);
}

/** What the sources say of an event's doers (or, `partner`, of the council's partners) against the body the draft names. */
function wrongBodyMessage(e: ModelEvent, names: string, named: string, partner: boolean): string {
  return partner
    ? `Sources say the council runs these services in partnership with ${names}, not ${named}.`
    : `Sources say ${inSentence(e.summary)} — ${names}, not ${named}.`;
}

/** The first organisation name (in the model's order) standing at `pos` and not running on into a letter or digit. */
function firstOrgAt(m: Model, orgsByFirst: ByFirst, masked: string, pos: number): Model['orgPhrases'][number] | undefined {
  const ks = listOf(orgsByFirst, masked.charCodeAt(pos));
  if (ks) for (const k of ks) {
    const op = m.orgPhrases[k];
    if (!masked.startsWith(op.phrase, pos)) continue;
    const c = pos + op.phrase.length < masked.length ? masked.charCodeAt(pos + op.phrase.length) : 32;
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return op;
  }
  return undefined;
}

const hasAgents = (e: ModelEvent) => e.agents.length > 0;
const hasAgentsOrPartners = (e: ModelEvent) => e.agents.length > 0 || e.partners.length > 0;

/** A verb of inspecting or judging: what a regulator does with another ("inspects … jointly with Ofsted"). */
const INSPECTING_BEFORE = /\b(?:inspect|inspects|inspected|inspecting|visit|visits|visited|assess|assesses|assessed|judge|judges|judged|rate|rates|rated|regulate|regulates|regulated)\b/;

/** What introduces the organisations that carried out an event, or partnered in it (group 1; "run with our partners at …" too). */
// ("run jointly by the council and NHS Devon": the partners of a thing run, the council among them; not "carried out
// jointly by Ofsted and the CQC", its doers)
// (a dash or a colon may stand before the partner, as a line of notes sets it: "run in partnership with — X")
const AGENT_LINK = /\b(?:by|from|((?:run|ran|runs|managed|delivered|provided)\s+jointly\s+by|(?:in\s+partnership|jointly|together|closely|working|worked|work|runs|run|ran|partnered)\s+with(?:\s+(?:our|its|their)\s+partners?\s+(?:at|in|from))?))(?:\s*[:\u2013\u2014]\s*|\s+-+\s+|\s+)(?:the\s+)?/g;
const LINK_WORDS = /by|from|with/;

/** "a joint visit by Ofsted and NHS Devon", "a letter from Ofsted": the organisations said to have done it. */
/** How far before a "by" or "from" an event's cue may stand for the phrase to name its doer (a wider reach gave a "by" to the grade of an earlier conjunct). */
const AGENT_REACH = 45;
/** A noun's complement up to a "by": " of special educational needs services " (after "inspection"). */
const COMPLEMENT = String.raw`\s+(?:of|into)\s+(?:the\s+)?(?:[a-z'-]+\s+){1,6}$`;
/** Between an event's words and its "by": only the noun's complement ("joint inspection of special educational needs services "). */
const OF_COMPLEMENT = new RegExp(String.raw`^(?:[a-z]+\s+)?[a-z]+${COMPLEMENT}`);

function checkAgents(ctx: Ctx, s: SentenceInfo): void {
  // both checks below are about one of the sentence's events, and most sentences have none
  if (sentenceLevelEvents(ctx, s).length === 0) return;
  checkSubjectAgents(ctx, s);
  const { masked } = ctx;
  // the pattern below needs a "by", "from" or "with" inside the sentence: the scan has them all, except where the
  // sentence starts without a boundary before it (its slice's \b)
  if (!sentenceLevelEvents(ctx, s).some(hasAgentsOrPartners)) return;
  const { orgsByFirst } = indexOf(ctx, eventsRule).scan;
  // every match holds "by", "from" or "with": a search for those alone (a few literals: fast) turns most sentences away
  if (!LINK_WORDS.test(masked.slice(s.start, s.end))) return;
  for (const r of execIn(AGENT_LINK, masked, s.start, s.end)) {
    const partner = r[1] !== undefined;
    // "jointly with" after a verb of inspecting tells of an inspection, not the partnership: "it inspects SEND
    // provision jointly with Ofsted"
    if (partner && /^jointly/.test(r[1]) && INSPECTING_BEFORE.test(masked.slice(Math.max(s.start, r.index - 50), r.index))) continue;
    const found = bodiesNamedAt(ctx, orgsByFirst, r.index + r[0].length);
    const { pos } = found;
    // (the home council among partners "jointly by" names runs the thing: the others are its partners)
    const named = partner ? found.named.filter((n) => n.org.id !== ctx.m.places.homeCouncil) : found.named;
    // (a partner may be a body named in capitals with no word bodies are named with: "runs it with Livewell Southwest")
    const sole = found.sole || (partner && !named.length ? nameInCapitalsAt(ctx, pos) : 0);
    if (!named.length && !sole) continue;
    const clause = clauseAt(s, r.index);
    if (/\b(told|informed|warned|advised|written to|contacted|criticised|urged)\s*$/.test(masked.slice(Math.max(s.start, r.index - 20), r.index))) continue;
    // (who published a report is its publisher, not who carried out what it reports: "the report … was published by
    // the Department for Education")
    if (/\b(?:published|republished|released)\s*$/.test(masked.slice(Math.max(s.start, r.index - 16), r.index))) continue;
    const near = (c: { e: ModelEvent; cuePos: number[] }) => (partner ? c.e.partners : c.e.agents).length > 0 && c.cuePos.some((p) => p < r.index && (r.index - p <= (partner ? 160 : AGENT_REACH) || (r.index - p <= AGENT_REACH * 2 && OF_COMPLEMENT.test(masked.slice(p, r.index)))));
    let cands = eventsFor(ctx, s, partner ? s : clause, r.index).filter(near);
    // (a partner the sentence names, "Torbay Council", "Devon and Cornwall Police", may make it read as one about
    // another place: then it is asked again of the sentence up to the link)
    // (the link's own words included: "runs in partnership with" is what the partnership is told by)
    if (!cands.length && partner) cands = eventsFor(ctx, s, { start: s.start, end: r.index + r[0].length }, r.index).filter(near);
    if (!cands.length) continue;
    // the event whose cue is nearest
    let best = cands[0];
    let bestDist = Infinity;
    let cueAt = r.index;
    // (of the events the sentence may be about: "a joint inspection by …" is not one a single body carried out)
    for (const c of cands) {
      if (!identifiedForAgents(ctx, s, partner ? s : clause, c.e, r.index)) continue;
      for (const p of c.cuePos) {
        const dist = Math.abs(p - r.index);
        if (dist < bestDist) { bestDist = dist; best = c; cueAt = p; }
      }
    }
    if (bestDist === Infinity) continue;
    if (anotherBefore(masked, s.start, cueAt) || happensAfterDraft(ctx, s, best.e)) continue;
    // ("Six years after Ofsted first rated the service inadequate, the man sent in by the government …": the opening
    // clause of time tells the event, the "by" after its comma another deed)
    if (closesOpeningClause(masked, s, cueAt, r.index) || (!partner && anotherDeedBetween(masked, cueAt, r.index))) continue;
    if (!partner && !agentOfEvent(ctx, s, r.index, best.e)) continue;
    if (sole) {
      reportUnknownSole(ctx, best.e, pos, pos + sole, partner);
      continue;
    }
    // (the council's standing partner, or the partner of another of the sentence's events, is rightly named: "the SEND
    // improvement plan, which the council runs with NHS Devon")
    const knownPartner = (id: string) => ctx.m.events.some((x) => x.standing && x.partners.includes(id)) || sentenceLevelEvents(ctx, s).some((x) => x.partners.includes(id));
    if (!partner && jointOccurrence(ctx, s, best.e, named)) continue;
    reportWrongOrganisations(ctx, best.e, partner ? named.filter((n) => !knownPartner(n.org.id)) : named, partner);
    // a body the data does not know, listed after the known ones ("a joint visit by Ofsted and HM Inspectorate of …")
    const unknown = !partner && named.length < 3 && /^\s*(?:,|and|&)\s*(?:the\s+)?$/.test(masked.slice(named[named.length - 1].end, pos)) ? unknownBodyAt(ctx, pos) : 0;
    if (unknown) reportUnknownAgent(ctx, best.e, named, pos, pos + unknown);
  }
}

/** A sentence's subject that refers back to the sentence before ("It is run jointly with …", "Fact: They run them with …"). */
const REFERRING_OPENS = /^[\s*_>\u2022-]*(?:[a-z]+:\s*)?(?:it|they|these|those|the\s+services?|both)\s/;
// (its verb of running, if any, and nothing else before the link: not "It was nice to work together with …")
const REFERRING_SUBJECT = /^[\s*_>\u2022-]*(?:[a-z]+:\s*)?(?:it|they|these\s+services|those\s+services|the\s+services?|both)\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|also|still|now)\s+)*(?:(?:run|runs|ran|operated|operates|delivered|delivers|provided|provides|managed|manages)\s+)?(?:(?:them|it|these|those|services)\s+)?$/;

/**
 * "The SEND side is separate. It is run jointly with Devon Partnership NHS Trust.": the partner of a standing
 * arrangement the sentence before names, told of a pronoun that refers back to it. Said only where the two sentences
 * stand in one paragraph and hold every word the arrangement requires between them.
 */
function referredPartners(ctx: Ctx, s: SentenceInfo): void {
  const { masked } = ctx;
  const prev = ctx.sentences[s.index - 1];
  // (asked of every sentence with no event: the opening's pronoun first, which most lack)
  if (!prev || !REFERRING_OPENS.test(masked.slice(s.start, s.start + 40)) || /\n[ \t]*\r?\n/.test(masked.slice(prev.end, s.start))) return;
  const held = (g: readonly string[]) => hasAny(masked, g, prev.start, prev.end) || hasAny(masked, g, s.start, s.end);
  const e = ctx.m.events.find((x) => x.standing && x.partners.length > 0 && x.requiredGroups.every(held));
  if (!e) return;
  const { orgsByFirst } = indexOf(ctx, eventsRule).scan;
  for (const r of execIn(AGENT_LINK, masked, s.start, s.end)) {
    if (r[1] === undefined || !REFERRING_SUBJECT.test(masked.slice(s.start, r.index))) continue;
    const found = bodiesNamedAt(ctx, orgsByFirst, r.index + r[0].length);
    const named = found.named.filter((n) => n.org.id !== ctx.m.places.homeCouncil);
    if (named.length) reportWrongOrganisations(ctx, e, named, true);
    else if (found.sole) reportUnknownSole(ctx, e, found.pos, found.pos + found.sole, true);
  }
}

/**
 * The organisations listed after a "by" or "from" at `at`: "X", "X and Y", "X and the Y" (the known ones, with where
 * the list ends); or, where none is known, the length of one body's name the data does not know ("a letter from the
 * Department for Levelling Up"). A known name that only opens a longer one is that other body.
 */
function bodiesNamedAt(ctx: Ctx, orgsByFirst: ByFirst, at: number): { named: { org: Org; start: number; end: number }[]; pos: number; sole: number } {
  const { m, masked } = ctx;
  let pos = at;
  const named: { org: Org; start: number; end: number }[] = [];
  for (let n = 0; n < 3; n++) {
    const o = firstOrgAt(m, orgsByFirst, masked, pos);
    if (!o) break;
    // (a body after the first that modifies a noun is no body of the list: "with NHS Devon, the Ofsted/CQC revisit …")
    if (n > 0 && ATTRIBUTIVE_AFTER.test(masked.slice(pos + o.phrase.length, pos + o.phrase.length + 24))) break;
    named.push({ org: o.org, start: pos, end: pos + o.phrase.length });
    pos += o.phrase.length;
    const and = /^\s*(?:,|and|&)\s*(?:the\s+)?/.exec(masked.slice(pos, pos + 12));
    if (!and) break;
    pos += and[0].length;
  }
  // ("Torbay and South Devon NHS Foundation Trust" is no "Torbay"; "NHS Cornwall" no "the NHS"; "the Department for
  // Children and Families" no "the department")
  const whole = named.length ? bodyNameAt(ctx.text, named[0].start) : 0;
  if (named.length && whole > pos - named[0].start &&
    (named[0].org.kind === 'council' || named[0].org.kind === 'nhs' || (named.length === 1 && NAME_GOES_ON.test(ctx.text.slice(named[0].end, named[0].start + whole))))) {
    pos = named[0].start;
    named.length = 0;
  }
  return { named, pos, sole: named.length ? 0 : bodyNameAt(ctx.text, pos) };
}
/** A slash or a happening's noun right after a body's name: the name qualifies it ("Ofsted/CQC revisit", "Ofsted report"). */
const ATTRIBUTIVE_AFTER = new RegExp(`^\\s*\\/|^\\s+(?:${EVENT_NOUNS.join('|')})\\b`);
/** A body's name going on past a shorter one: "… for Children and Families", "… of Health". */
const NAME_GOES_ON = /^[ \t]+(?:for|of)[ \t]/;

/**
 * "rated inadequate since 2021, put on 'final notice' by government": after a cue that is itself a participle, a
 * participle after a comma opens another deed, the one "by" tells of ("The joint visit, carried out by …" is the
 * visit's own).
 */
function anotherDeedBetween(masked: string, cueAt: number, at: number): boolean {
  return (/^[a-z]+ed\b/.test(masked.slice(cueAt, cueAt + 20)) || /\b[a-z]+ed\s+$/.test(masked.slice(Math.max(0, cueAt - 16), cueAt))) &&
    PARTICIPLE_AFTER_COMMA.test(masked.slice(cueAt, at));
}
/**
 * A comma, then a past participle opening a phrase of its own, or the main clause's passive after an aside ("The
 * service, rated inadequate since 2020, was told in a letter from …").
 */
const PARTICIPLE_AFTER_COMMA = /,\s+(?:and\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:[a-z]{3,}ed|put|given|sent|set|made|told|shown|taken|brought|held|run|led|hit|struck|written)\s/;

/**
 * The length of a body's name at `pos` in the writer's text, in capitals, ending in a word bodies are named with
 * ("HM Inspectorate of Probation", "the Audit Commission", "the Children's Commissioner", "Youth Justice Board",
 * "Torbay and South Devon NHS Foundation Trust", "Devon and Cornwall Police"); 0 for none. Not across a line break the
 * reading left in place: a known body's name broken there ("the Care Quality⏎Commission") is not read as another body.
 */
function bodyNameAt(text: string, pos: number): number {
  const r = BODY_NAME.exec(text.slice(pos, pos + 80));
  return r ? r[0].length : 0;
}
// (the last word in lower case after two capitalised ones at least: "the Royal Devon University Healthcare trust"; an
// inspectorate's short name, "HMI Probation", "HMICFRS")
const BODY_NAME = /^(?:(?:[A-Z][A-Za-z'\u2019-]+[ \t\u00a0]+){2,6}(?:trust|board|commission|authority)|(?:HM[ \t\u00a0]+|His[ \t\u00a0]+Majesty's[ \t\u00a0]+|Her[ \t\u00a0]+Majesty's[ \t\u00a0]+)?(?:[A-Z][A-Za-z'\u2019-]+[ \t\u00a0]+(?:and[ \t\u00a0]+(?=[A-Z]))?){0,6}(?:Inspectorate|Commission|Agency|Authority|Board|Office|Ombudsman|Trust|Department|Ministry|Police|Constabulary|Association|Federation|Institute|Society)(?:[ \t\u00a0]+(?:of|for)[ \t\u00a0]+(?:[A-Z][A-Za-z'\u2019-]+)(?:[ \t\u00a0]+(?:and[ \t\u00a0]+)?[A-Z][A-Za-z'\u2019-]+){0,2})?|(?:[A-Z][A-Za-z'\u2019-]+[ \t\u00a0]+){1,3}Commissioner|NHS(?:[ \t\u00a0]+[A-Z][A-Za-z'\u2019-]+){1,3}|HMI[A-Z]{0,5}(?:[ \t\u00a0]+[A-Z][a-z'\u2019-]+)?)(?![A-Za-z])/;

/** Two to four capitalised words ("Healthwatch Devon", "Livewell Southwest"), not run on into another. */
// (a non-breaking space may part its words: "Care\u00a0Inspectorate")
// (a word broken at the line's end by a hyphen, "Care Qual-⏎ity", is no word of it; nor is a name that goes on past
// a line break: "Care Quality⏎Commission" is one the data may know)
const CAPITALISED_NAME = /^[A-Z][A-Za-z'\u2019]+(?:-[A-Za-z'\u2019]+)*(?:[ \t\u00a0]+[A-Z][A-Za-z'\u2019]+(?:-[A-Za-z'\u2019]+)*){1,3}(?=[ \t\r\n,.;:!?)]|$)(?![ \t\u00a0]*\r?\n[ \t\u00a0]*[A-Z])/;

/**
 * The length of a name in capitals at `pos` that is no person's: none of its words a title, or a given name or surname
 * the data knows (0 for none). Asked only where a body stands: after a known doer and "and", or as a partner.
 */
function nameInCapitalsAt(ctx: Ctx, pos: number): number {
  const r = CAPITALISED_NAME.exec(ctx.text.slice(pos, pos + 80));
  if (!r) return 0;
  const words = r[0].toLowerCase().split(/[ \t]+/);
  const { m } = ctx;
  if (words.some((w) => TITLE_WORDS.has(w) || m.byGiven.has(w) || m.bySurname.has(w))) return 0;
  return r[0].length;
}
const TITLE_WORDS = new Set<string>(TITLES);

/**
 * A body's name of one word in capitals that ends the list ("a joint visit by Ofsted and Healthwatch."): no word the
 * data or the lexicon knows as a place, a post, a month or a person's name.
 */
function oneWordBodyAt(ctx: Ctx, pos: number): number {
  const r = /^[A-Z][A-Za-z]{3,}(?=[ \t]*(?:[.,;:)!?]|\r?\n|$))/.exec(ctx.text.slice(pos, pos + 40));
  if (!r) return 0;
  const w = r[0].toLowerCase();
  const { m } = ctx;
  return TITLE_WORDS.has(w) || m.notNames.has(w) || m.byGiven.has(w) || m.bySurname.has(w) ? 0 : r[0].length;
}

/**
 * A body the data does not know, named beside an event's known doers where one of them is missing ("a joint visit by
 * Ofsted and HM Inspectorate of Probation" for a visit by Ofsted and the Care Quality Commission): it stands in the
 * missing one's place. Said only when every body named before it is one of the event's, and one is left out.
 */
function reportUnknownAgent(ctx: Ctx, e: ModelEvent, named: { org: Org }[], start: number, end: number): void {
  const { m } = ctx;
  if (!named.every((n) => e.agents.includes(n.org.id))) return;
  const agents = e.agents.map((a) => m.dataset.orgById.get(a)!);
  // (a doer named only by its kind may be a body the data does not know)
  if (agents.some((a) => a.generic)) return;
  const missing = agents.filter((a) => !named.some((n) => n.org.id === a.id) && CHECKED_KINDS.includes(a.kind));
  if (missing.length !== 1) return;
  addFinding(ctx, {
    start, end, kind: 'organisation', severity: 'error',
    message: wrongBodyMessage(e, agents.map((a) => a.name).join(' and '), ctx.text.slice(start, end), false),
    suggestions: [missing[0].name],
    citations: [m.dataset.cite(e.evidence)],
    claimKey: `organisation:${e.id}:${normPhrase(ctx.text.slice(start, end))}`,
  });
}

/**
 * A body the data does not know, named alone where the sources name an event's doer or partner ("a letter from the
 * Department for Levelling Up", "which it runs jointly with Devon Partnership NHS Trust"): said when every body the
 * sources name there is of a kind the check knows (a regulator, the government, the NHS).
 */
function reportUnknownSole(ctx: Ctx, e: ModelEvent, start: number, end: number, partner: boolean): void {
  const { m } = ctx;
  const bodies = (partner ? e.partners : e.agents).map((a) => m.dataset.orgById.get(a)!);
  if (!bodies.length || !bodies.every((a) => CHECKED_KINDS.includes(a.kind) && !a.generic)) return;
  const names = bodies.map((a) => a.name).join(' and ');
  addFinding(ctx, {
    start, end, kind: 'organisation', severity: 'error',
    message: wrongBodyMessage(e, names, ctx.text.slice(start, end), partner),
    suggestions: bodies.map((a) => a.name),
    citations: [m.dataset.cite(e.evidence)],
    claimKey: `organisation:${e.id}:${normPhrase(ctx.text.slice(start, end))}`,
  });
}

/**
 * The word a "by" or "from" phrase stands after (group 1), past quotation marks and a time said in words ("a letter
 * this autumn from", "rated inadequate in January by").
 */
const HEAD_BEFORE = new RegExp(
  "([a-z][a-z'-]*)['\"’”\\s,(\\[–—-]*" +
  // adverbs: "rated inadequate again by"
  "(?:(?:again|twice|also|both|first|[a-z]+ly)\\s+)*" +
  // a phrase of its own: "a letter to the council from", "sent to the council by"
  "(?:\\b(?:to|for|about|over|into|on|of)\\s+(?:(?:the|its|a|an|their)\\s+)?(?:[a-z'-]+\\s+){0,3}?)?" +
  // a time in words: "a letter this autumn from"
  "(?:\\b(?:in|on|during|this|last|earlier\\s+this|later\\s+that)\\s+(?:[a-z]+\\s+)?(?:week|month|year|spring|summer|autumn|winter|morning|afternoon|evening)\\s*,?\\s*)?" +
  "(?:\\b(?:in|on|during)\\s+)?$",
);
/** The particle of a phrasal participle ("carried out by", "handed down by"), or a verb that passes the doer on ("was from", "came from"). */
const PARTICLE = /^(?:out|down|up|off|over|through|forward|is|was|were|are|be|been|being|came|come|comes|coming|sent|went|gone|goes|go|going)$/;

/**
 * Participles of doing, issuing or judging, whose doer is the event's ("carried out by", "issued by", "found by"), and
 * verbs of coming ("a letter arrived from", a story's present: "a letter arrives from");
 * one of reacting ("welcomed by", "criticised by") names who reacted.
 */
const DOING = /^(?:carried|conducted|made|done|given|issued|sent|written|published|led|undertaken|performed|delivered|handed|awarded|produced|signed|run|found|identified|judged|rated|graded|assessed|inspected|visited|raised|flagged|highlighted|uncovered|reported|imposed|ordered|instructed|appointed|installed|drawn|set|put|arrived|arrives|arriving|came|come|comes|landed|lands)$/;

/** People who act for a body: "inspectors from Ofsted" did what the body did. */
const ACTING_PEOPLE = /^(?:inspectors?|officials?|officers?|staff|teams?|representatives?|regulators?|experts?|advisers?|advisors?|commissioners?|ministers?)$/;

/**
 * A "by" or "from" phrase names the doer of what it stands after: "rated inadequate by Ofsted", "a joint visit by
 * Ofsted", "a letter from the DfE", "carried out by" — not of the event when it follows another noun ("under pressure
 * from ministers", "funding from the government"). The word before it (past a date: "rated inadequate in 2020 by")
 * must be one of the event's words, a grade, a kind of happening, or a verb's participle.
 */
function agentOfEvent(ctx: Ctx, s: SentenceInfo, link: number, e: ModelEvent): boolean {
  const { masked } = ctx;
  let end = link;
  const d = s.dates.find((x) => x.end <= end && /^\s*,?\s*$/.test(masked.slice(x.end, end)));
  if (d) end = d.start;
  const before = masked.slice(Math.max(s.start, end - 60), end);
  const w = HEAD_BEFORE.exec(before);
  if (!w) return true;
  // (the word right before first: "points to a letter from", "go back to the joint visit by" — the phrase HEAD_BEFORE
  // passes over may end on the event's own noun)
  const next = WORD_BEFORE.exec(before);
  if ((!!next && headOfEvent(ctx, next[1], e)) || headOfEvent(ctx, w[1], e)) return true;
  // (or a noun's complement between: "the joint inspection of special educational needs services by …")
  const complemented = HEAD_OF_COMPLEMENT.exec(before);
  return !!complemented && headOfEvent(ctx, complemented[1], e);
}
/** An event's noun (group 1) and its complement up to a "by": "inspection of special educational needs services ". */
const HEAD_OF_COMPLEMENT = new RegExp(String.raw`\b([a-z]+)${COMPLEMENT}`);

/** The word right before a "by" or "from" (group 1), past quotation marks and brackets. */
const WORD_BEFORE = /([a-z][a-z'-]*)['"’”\s,(\[–—-]*$/;

/** May the word a "by" or "from" phrase stands after take the event's doer (see agentOfEvent)? */
function headOfEvent(ctx: Ctx, word: string, e: ModelEvent): boolean {
  const head = word.replace(/'+$/, '');
  if (INSPECTION_GRADES.some((g) => g.split(' ').includes(head)) || (EVENT_NOUNS as readonly string[]).includes(head)) return true;
  if (PARTICLE.test(head) || ACTING_PEOPLE.test(head) || DOING.test(head)) return true;
  return [...e.cueList, ...lowerAnchors(ctx, e)].some((c) => c.split(' ').includes(head));
}

const JOINT = /\bjoint(?:ly)?\b/;

/**
 * Words before an event's noun that make it another one than the sources' ("the next Ofsted letter", "a further
 * report"), or a run of them ("every Ofsted letter since 2010").
 */
const ANOTHER = 'next|another|further|future|later|subsequent|fresh|second|third|separate|different|revised|refreshed|renewed|every|each|successive';
const ANOTHER_BEFORE = new RegExp(`\\b(?:${ANOTHER})\\s+(?:[a-z'-]+\\s+){0,2}$`);
/** One of those words anywhere (the cheap test first). */
const ANOTHER_WORD = new RegExp(`\\b(?:${ANOTHER})\\s`);

/** Does the clause tell of the event's kind as another occurrence ("in 2021, a separate monitoring visit found …")? */
function anotherNounIn(ctx: Ctx, e: ModelEvent, clause: { start: number; end: number }): boolean {
  const hay = ctx.masked.slice(clause.start, clause.end);
  // (one test of the clause first: asked for every date and event, and most clauses hold none of the words)
  if (!ANOTHER_WORD.test(hay)) return false;
  for (const cue of e.cueList) {
    for (let at = findPhraseIn(ctx.masked, hay, clause.start, cue); at >= 0; at = findPhraseIn(ctx.masked, hay, clause.start, cue, at - clause.start + 1)) {
      if (anotherBefore(ctx.masked, clause.start, at)) return true;
    }
  }
  return false;
}

/** Is the event's noun phrase at `pos` marked as another occurrence by the words right before it? */
function anotherBefore(masked: string, from: number, pos: number): boolean {
  return ANOTHER_BEFORE.test(masked.slice(Math.max(from, pos - 40), pos));
}

/** A conjunct that opens a later happening of its own: "and when", "and then", "but when". */
const LATER_CONJUNCT = /\s(?:and|but)\s+(?:when|then|later|after\s+that)\s/;
/** A clause of time opening after the doers are named: "… had not been fixed when they went back", "until inspectors returned". */
const LATER_TIME_CLAUSE = /\s(?:when|until|till|by\s+the\s+time)\s/;

/**
 * Who carried out an event is compared only when the sentence is about the occurrence the sources describe: none of
 * the event's excluding words in the sentence up to the end of the clause ("SEND services … judged by Ofsted and the
 * CQC" is another inspection), and, for a kind of event that recurs, every date of the clause this occurrence's.
 */
function identifiedForAgents(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, e: ModelEvent, at = s.start): boolean {
  // (up to the end of the clause: a later clause's own happening, ", and a revisit had found no progress", is its own;
  // so is one joined by "and when …": "A joint visit by … found four areas of concern and when they went back …"; and
  // one of time after the doers: "Problems flagged after a joint visit by … had not been fixed when they went back")
  const end = Math.max(clause.end, s.start);
  const later = LATER_TIME_CLAUSE.exec(ctx.masked.slice(at, end));
  const laterAt = later ? at + later.index : end;
  if (e.exclude.length) {
    const joined = LATER_CONJUNCT.exec(ctx.masked.slice(s.start, end));
    if (hasAny(ctx.masked, e.exclude, s.start, Math.min(joined ? s.start + joined.index : end, laterAt))) return false;
  }
  // (the later clause's dates are its own only where it tells another occurrence: "when they went back in 2022"; not
  // "the letter from Ofsted, when it is published later this month")
  const datesEnd = e.exclude.length && hasAny(ctx.masked, e.exclude, laterAt, end) ? laterAt : end;
  // a draft written before the happening cannot tell of it ("the Ofsted letter" in 2023 is not the DfE's of 2025)
  if (!e.expected && ctx.asOf < e.range.start) return false;
  // "a joint inspection", "inspected jointly": several bodies' occurrence, not one a single body carried out
  if (e.agents.length === 1 && JOINT.test(ctx.masked.slice(clause.start, clause.end))) return false;
  // (a date in the clause of an event that happens once may be another event's: "a letter warning of a takeover from March")
  if (!e.recurs) return true;
  // "In Wales, services are inspected by …": the present of a deed that recurs tells who does it as a rule, of no
  // occurrence, unless a date of the clause names this one (below)
  const standing = STANDING.test(ctx.masked.slice(clause.start, clause.end));
  // (a date of the clause that is this occurrence's names it, whatever another date of the clause is of: "the
  // judgement of January 2020 and the joint visit of December 2018 by …")
  let other = false;
  for (const d of s.dates) {
    if (d.start < clause.start || d.end > clause.end || d.start >= datesEnd || !d.range) continue;
    if (isThisOccurrence(ctx, s, clause, e, d)) return true;
    other = true;
  }
  return !other && !standing;
}

/** A deed told in the present as what is done as a rule: "are inspected by", "is usually visited by". */
const STANDING = /\b(?:is|are)\s+(?:usually\s+|normally\s+|generally\s+|routinely\s+|regularly\s+)?(?:inspected|visited|assessed|judged|rated|regulated|monitored)\s+by\b/;
