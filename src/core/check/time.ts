/**
 * When a claim is set: an explicit or relative date in its clause or sentence ("in 2022", "this May",
 * "since 2020"), else an earlier date in the paragraph or the date its context sets (a dated heading, list lead or
 * table row, or the story's scene), else the tense (present tense means the draft's date).
 */
import { lineBefore } from '../text/words';
import { Ctx, SentenceInfo, clausesOf, reckonedFrom, tenseOfSentence } from './context';
import { DayRange, dayOf, daysInMonth } from '../time/dates';
import { DateExpr, OWN_RELATIVE, tenseOf } from '../extract/dates';
import { fieldValue, type CellDate } from '../time/story';

export interface ClaimTime {
  range: DayRange;
  /** The sentence or paragraph gives a date. */
  explicit: boolean;
  /** Present tense, or "now"/"currently": the claim is made about the draft's date. */
  present: boolean;
  /** The date came from an earlier sentence of the paragraph, not the claim's own clause. */
  carried?: boolean;
  /** The words of the claim's own clause that give its time ("in 2024", "two years ago"), when they do. */
  words?: { start: number; end: number };
  /**
   * Those words give a day or month without a year ("At its 14 December meeting"): its year is a guess. (A weekday,
   * "last week" or "yesterday" is no guess: it is reckoned from the draft's own day.)
   */
  yearless?: boolean;
}

export function clauseAt(s: SentenceInfo, pos: number): { start: number; end: number } {
  for (const c of clausesOf(s)) if (pos >= c.start && pos < c.end) return c;
  return s;
}

/** The days a date makes a claim about: "since 2020" and "from May 2025" run on to the draft's date. */
export function claimRange(d: DateExpr, asOf: number): DayRange {
  return d.relation === 'since' || d.relation === 'from' ? { start: d.range!.start, end: Math.max(d.range!.end, asOf) } : d.range!;
}

export interface ClaimTimeOptions {
  /** Only dates this accepts can set the time. */
  accept?: (d: DateExpr) => boolean;
  /**
   * A title standing before a name ("cabinet member Andrew Leadbetter said"): only a date before it in its clause
   * sets its time, and news reporting in the past tense ("said", "told") is about the draft's date unless the
   * sentence marks it as history ("then", "former", "at the time", "back in").
   */
  title?: boolean;
  /** A role stated beside a name (", the cabinet member,"): reporting verbs are read as for titles. */
  role?: boolean;
}

/** "Three years ago this week": the "this week" of an anniversary, not the time the claim is set at. */
const AGO_BEFORE = /\bago,?\s+$/;

/** Words that set a sentence at the draft's own day. */
// (HISTORY, below: words that set it at a time told before — "then", "at the time", "that December", "the same week")
/** (and "has since …", "have since …": what has happened since the time set before, told from the draft's day) */
const NOW_WORD = /\b(?:now|today|currently|at present|these days|nowadays|(?:has|have)\s+since)\b/;
const HISTORY = /\b(then|former|formerly|previously|at the time|back in|ex-|had been|used to|was then|the-then|one-time|at that time|in those days|predecessor|successor|at that point|(?:that|the same|the following|the previous|earlier that|later that) (?:day|week|month|year|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december))\b/;

/**
 * A post told as held in the past in the sentence ("John Hart was leader, …, and the opposition leader, Julian Brazil,
 * was calling for …"): the sentence tells of a time gone by, so its titles are of that time when its tense says past.
 */
const PAST_POST = /\b(?:was|were)\s+(?:then\s+)?(?:the\s+)?(?:council\s+)?(?:leader|chair|chairman|director|cabinet\s+member|mp|minister|in\s+charge)\b/;

/** Words that point back to the month told before ("that month", "the same month"; "that year" is too often the scene's). */
const THAT_TIME = /\b(?:that|the\s+same)\s+month\b/;

/** "current" right before a post or a control phrase: it is said of the draft's day ("the council's current Conservative administration"). */
export const CURRENT_BEFORE = /\b(?:current|present|incumbent|today's|today\u2019s)\s+$/;
/**
 * Does the date stand in a relative clause, closed by its comma, that the claim is not in? "X, who leads the
 * opposition, has never let anyone forget that in December 2022 he …" (the date after it), "X, who ran Somerset's
 * services when they went to 'good' this July, has been put in permanent charge here" (the date in it, before the claim).
 */
function inOtherAside(masked: string, s: SentenceInfo, clause: { start: number; end: number }, d: DateExpr, pos: number): boolean {
  if (d.start > pos) return closedAside(masked, clause, pos, d.start);
  return RELATIVE_OPEN_BEFORE.test(masked.slice(Math.max(s.start, d.start - 120), d.start)) && /^[^,;]*,[^,;]*$/.test(masked.slice(d.end, pos));
}
const RELATIVE_OPEN_BEFORE = /,\s*(?:who|which|whose)\b[^,;]*$/;

/**
 * "The Lib Dems took charge in May 2025 and X is the new cabinet member": a clause joined on by "and" in the present
 * tense, after one in the past that holds the date, tells of now, not of that date.
 */
function presentAfterAnd(masked: string, clause: { start: number; end: number }, d: DateExpr, pos: number): boolean {
  if (d.end > pos) return false;
  const and = masked.lastIndexOf(' and ', pos);
  if (and < d.end) return false;
  const before = tenseOf(masked.slice(clause.start, and));
  const after = tenseOf(masked.slice(and + 5, clause.end));
  return after.present && !after.past && !before.present && (before.past || PAST_FORM.test(masked.slice(clause.start, and)));
}

/** Words after a claim that set it after the date told before it. */
const SINCE_THEN = /\b(?:since\s+then|ever\s+since|from\s+then\s+on|thereafter|after\s+that)\b/;
/** The same words opening a sentence ("Since then, …"): it tells of the time after the scene before it. */
const SINCE_THEN_OPENS = new RegExp(`^[\\s*_>-]*${SINCE_THEN.source}`);

/** What makes a date the end of the time a claim is set in ("before 2020", "pre-2020"), and how far back that time reaches. */
const BEFORE = /(?:\b(?:before|prior\s+to|up\s+to|until|till)(?:\s+the)?\s+|\bpre-)$/;
const BEFORE_DAYS = 3650;

/** Is the date alone in its clause (a timeline bullet's "**May 2021** – …")? Such a date dates the whole sentence. */
/**
 * A date in the phrase of time or place that opens the sentence, before the claim ("At the December 2022 cabinet
 * meeting Carol Whitton, who chaired …, said"): it sets the time of the whole sentence.
 */
function frontedDate(ctx: Ctx, s: SentenceInfo, d: { start: number; end: number }, pos: number): boolean {
  if (d.end > pos || /[,;:]/.test(ctx.masked.slice(d.end, Math.min(pos, d.end + 1)))) return false;
  if (FRONTED_BEFORE.test(ctx.masked.slice(s.start, d.start))) return true;
  // (or the opening of what follows a colon, the date's words holding the preposition: "The problems go back years:
  // in December 2022 X told …, and Y, who …")
  const colon = ctx.masked.lastIndexOf(': ', d.start);
  // (not past a semicolon or a word of now: "… the defence: in 2022 X said …; today X still argues …")
  return colon >= s.start && /^\s*$/.test(ctx.masked.slice(colon + 1, d.start)) && /^(?:at|in|on|during|after|following)\s/.test(ctx.masked.slice(d.start, d.start + 10)) &&
    !/;|\b(?:today|now|currently|nowadays|these\s+days)\b/.test(ctx.masked.slice(d.end, pos));
}
/** What opens a sentence before a date in its opening phrase: a preposition, an article, up to three words. */
const FRONTED_BEFORE = /^[\s*_"'(]*(?:at|in|on|during|by|after|following)\s+(?:(?:the|a|an|its|that|this)\s+)?(?:[a-z'-]+\s+){0,3}$/;

export function dateOnlyClause(ctx: Ctx, s: SentenceInfo, d: { start: number; end: number }): boolean {
  const c = clauseAt(s, d.start);
  // count the clause's other words, stopping at two
  let n = 0;
  const count = (from: number, to: number) => {
    let inWord = false;
    for (let i = from; i < to && n < 2; i++) {
      const ch = ctx.masked.charCodeAt(i);
      const w = (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57);
      if (w && !inWord) n++;
      inWord = w;
    }
  };
  // (a label before a colon is no word of the clause: "How it started: December 2022 — …")
  const colon = ctx.masked.lastIndexOf(':', d.start);
  count(colon >= c.start ? colon + 1 : c.start, d.start);
  count(d.end, c.end);
  return n < 2;
}

/** Can the date set a claim's time at all? */
function usableDate(d: DateExpr): boolean {
  return !!d.range && (d.weekday === undefined || d.day !== undefined) && !(d.relation === 'none' && d.year === undefined) &&
    !(d.relation === 'none' && d.yearInferred && d.day === undefined);
}

/**
 * A noun's past participle and "before" or "after" right before a date, the noun's own time: "decisions taken before
 * 2022". (Not "in": "an inspection published in 2015", "a photograph taken in 2021" date what the sentence tells.)
 */
const PARTICIPLE_DATE = /\b[a-z]+s?\s+(?:taken|made|reached|agreed|passed|issued|published|written|signed|announced|approved)\s+(?:before|after)\s*$/;

/** The last date with its year written that the sentence tells before `at`, as a claim's time. */
function toldBefore(ctx: Ctx, s: SentenceInfo, at: number): ClaimTime | undefined {
  let told: DateExpr | undefined;
  // (a field's value on its line is no time told: "Done: 23 Jan 2026 · Assignee: Owen P.⏎Then cabinet member X …")
  for (const d of s.dates) if (d.end <= at && usableDate(d) && d.year !== undefined && !d.yearInferred && !fieldValue(ctx.masked, s.start, d.start, d.end)) told = d;
  return told ? { range: claimRange(told, ctx.asOf), explicit: true, present: false } : undefined;
}

/**
 * "…that December 2022 meeting, where X, then the council's opposition leader, …": "then" right before a post points
 * back to the time the sentence told before it, in whatever clause.
 */
function thenTold(ctx: Ctx, s: SentenceInfo, pos: number): ClaimTime | undefined {
  return THEN_RIGHT_BEFORE.test(ctx.masked.slice(Math.max(s.start, pos - 30), pos)) ? toldBefore(ctx, s, pos) : undefined;
}

/**
 * Is the clause told in the past and opened by "and" after a clause that gives a date with its year? "The Liberal
 * Democrats took charge in May 2025, and X became cabinet member": it happened at the time the clause before it told,
 * not at a heading's or a scene's; nor is that date its own (a wrong one is flagged once, where it stands). claimTime
 * reads such a clause as told with no date.
 */
function joinedOn(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }): boolean {
  if (!AND_OPENS.test(ctx.masked.slice(Math.max(s.start, clause.start - 6), clause.start + 5))) return false;
  const words = ctx.masked.slice(clause.start, clause.end);
  const tense = tenseOf(words);
  // (not one with a date of its own: "…, and the cabinet member, X, came to a session in April")
  return (tense.past || PAST_FORM.test(words)) && !tense.present && !s.dates.some((d) => d.start >= clause.start && d.end <= clause.end && usableDate(d)) && toldBefore(ctx, s, clause.start) !== undefined;
}

/** A verb in the simple past that tenseOf does not list: "became", "took over", "was named", "returned". */
const PAST_FORM = /\b(?:became|took|won|lost|left|came|went|began|got|made|gave|[a-z]{3,}ed)\b/;

/** "and" opening a clause (after its comma, or as the clause's first word). */
const AND_OPENS = /(?:,\s*and\s+\S|^[\s,]*and\s)/;

/** The words before a post with a party's name at their end taken off ("then the conservative " → "then the "). */
function withoutParty(ctx: Ctx, before: string): string {
  for (const { phrase } of ctx.m.partyPhrases) if (before.endsWith(`${phrase} `)) return before.slice(0, before.length - phrase.length - 1);
  return before;
}

/** How far back a post said to be held "then", at no time told, may have been held. */
const PAST_YEARS = 20;

/** A past time the sentence does not tell: any of the PAST_YEARS before the draft's day ("the then leader"). */
export function pastUntold(ctx: Ctx): ClaimTime {
  return { range: { start: ctx.asOf - PAST_YEARS * 366, end: ctx.asOf }, explicit: false, present: false };
}

/** "then" right before a post and its body's possessive ("then the council's", "the then", ", then", "then leading the"). */
const THEN_RIGHT_BEFORE = /\bthen\s+(?:(?:the|a|an|its|[a-z]+'s|[a-z]{3,}ing)\s+){0,2}$/;

/**
 * A post opening a bracket that credits the words before it ("… hard to recruit after the pandemic (cabinet member X,
 * in reply)"): the post held when they were said, a time the bracket does not tell.
 */
function creditBracket(ctx: Ctx, s: SentenceInfo, pos: number): boolean {
  // (only white space between the bracket and the post: a search back past it would be wasted)
  let open = pos - 1;
  while (open > s.start && ctx.masked.charCodeAt(open) === 32) open--;
  return open > s.start && ctx.masked.charCodeAt(open) === 40 && /[a-z]/.test(ctx.masked.slice(s.start, open)) && /\)[\s.;,]*$/.test(ctx.masked.slice(pos, s.end));
}

/** Words of a past time said after a post ("the council leader at the time", "our MP back then"). */
export const THEN_AFTER = '(?:at\\s+the\\s+time|at\\s+that\\s+time|back\\s+then|in\\s+those\\s+days)';
/** A time right after a post, before the name set beside it: "the council leader at the time, X" (as "the then leader"). */
const THEN_AFTER_POST = new RegExp(`^[a-z'\u2019 -]{2,40}?\\s${THEN_AFTER}\\s*,`);

/** A clause of time led by a participle: "after turning …", "before leaving …" ("… permanent director after turning Somerset round from inadequate in 2015"). */
const AFTER_ING = /\b(?:after|before|since|while|when)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b/;

/**
 * A clause of time after the claim that dates it: "who became council leader when the Liberal Democrats took charge in
 * May 2025" (no comma, bracket or dash between them).
 */
function whenClause(ctx: Ctx, d: DateExpr, pos: number): boolean {
  return d.start > pos && d.start - pos <= 120 && WHEN_BETWEEN.test(ctx.masked.slice(pos, d.start));
}
const WHEN_BETWEEN = /^[^,;:()\u2013\u2014]*\swhen\s+[^,;:()\u2013\u2014]*$/;

/**
 * A comparison with another time after a comma: "X is still cabinet member, as he was when the 2022 warnings were
 * made", ", just as in …".
 */
const AS_THEN = /,\s*(?:just\s+)?as\s+(?:(?:he|she|they|it|we)\s+(?:was|were|had\s+been|did)\b|in\b)/;

/** A noun set beside the claim after a comma, with a participle that dates it: ", a post held ", ", the seat he took ". */
const APPOSITIVE_PARTICIPLE = /,\s*(?:a|an|the|his|her|their)\s+(?:[a-z'-]+\s+){0,2}(?:held|run|led|chaired|occupied|filled|vacated|taken)\s+$/;

/** A participle's clause opening after a comma: ", taking over the portfolio …", ", having …". */
const ING_CLAUSE = /,\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\s/;

/** A line's label of a past time not told ("Then:", "Back then (2022):", "At the time:"), or of now ("Now:", "Today (per …):"). */
const THEN_LABEL = /(?:^|\n)[\s*_>#-]*(?:then|back then|at the time|before)[*_]*\s*(?:\([^()\n]*\))?[*_]*\s*:/;
const NOW_LABEL = /(?:^|\n)[\s*_>#-]*(?:now|today|currently|these days)[*_]*\s*(?:\([^()\n]*\))?[*_]*\s*:/;

/**
 * Does the sentence stand under a line's "Then:" label in its paragraph ("Then: leader X (Con); cabinet member Y;⏎
 * opposition leader Z …"), with no "Now:" label since? What follows such a label, to the next, is of that past time.
 */
function underThenLabel(ctx: Ctx, s: SentenceInfo): boolean {
  const before = ctx.masked.slice(0, s.end);
  if (before.indexOf(':') < 0 || !THEN_LABEL.test(before)) return false;
  let last = -1;
  for (const r of before.matchAll(new RegExp(THEN_LABEL.source, 'g'))) last = r.index + r[0].length;
  return !NOW_LABEL.test(ctx.masked.slice(last, s.start));
}

/**
 * Does the sentence before, in the paragraph, set its telling in a past time it does not date ("The Conservatives ran
 * the council then.", "Back then, …")? A post in the sentence after, told with no time of its own, is of that time.
 */
function thenBefore(ctx: Ctx, s: SentenceInfo): boolean {
  const prev = ctx.sentences[s.index - 1];
  // (not a sentence told in the present: "Council leader X has repeatedly said …" is of now)
  if (!prev || tenseOfSentence(s).present) return false;
  const t = ctx.masked.slice(prev.start, prev.end);
  return THEN_TIME.test(t) && tenseOf(t).past;
}
/** "then" as a time, not a step ("ran the council then.", "back then", "at the time"; not "and then"). */
const THEN_TIME = /\b(?:(?:back|even)\s+then|at\s+(?:the|that)\s+time|in\s+those\s+days)\b|(?<!\band\s)\bthen\s*(?:[.;:!?)]|$)/;

/**
 * A post in brackets after a party or its administration ("Conservative-run council (leader X)", "Conservative (leader
 * X)"): the post held while that party ran the council, whenever that was. (Whether it runs it at the sentence's time is
 * the control check's to say: one error, one finding.)
 */
function partyBracketBefore(ctx: Ctx, s: SentenceInfo, pos: number): boolean {
  const r = BRACKET_BEFORE.exec(ctx.masked.slice(Math.max(s.start, pos - 60), pos));
  if (!r) return false;
  // (the words end on a party's name once its council or administration is taken off)
  const party = `${r[1].replace(PARTY_BODY_AFTER, '')} `;
  return withoutParty(ctx, party) !== party;
}
/** The words before an opening bracket right before a post (group 1). */
const BRACKET_BEFORE = /([a-z][a-z' -]*?)[\s*_]*\(\s*$/;
/** A party's council or administration after its name: "-run council", " administration", " group". */
const PARTY_BODY_AFTER = /(?:[- ](?:run|led|controlled)\s+(?:council|authority)|\s+(?:administration|group|party))$/;

/** A line's label of where it comes from. */
const SOURCE_LINE = /^(?:sources?|credits?|via)\s*:/;

/** A relative clause of time right after a date ("since 2015, when …"). */
const WHEN_AFTER = /^\s*,?\s*when\b/;

/** Between a date and the relative clause after it, a noun it dates: "Devon's pre-2020 inspection, which rated …". */
const DATED_ANTECEDENT = /^\s*[a-z'-]+(?:\s+[a-z'-]+)?\s*,\s*(?:which|who)\s*$/;

/** Does the clause open as a relative clause (", who …") closed by a comma between pos and `to`? */
function closedAside(masked: string, clause: { start: number; end: number }, pos: number, to: number): boolean {
  if (!/(?:^|,\s*)(?:who|which)\s*$/.test(masked.slice(Math.max(0, clause.start - 8), clause.start)) && !/^(?:who|which)\s/.test(masked.slice(clause.start, clause.start + 6))) return false;
  const comma = masked.indexOf(',', pos);
  return comma >= 0 && comma < to;
}

/** Is a date after the claim at pos (in its sentence) one of something else the words between tell of? */
function tellsOfSomethingElse(ctx: Ctx, pos: number, d: DateExpr): boolean {
  const between = ctx.masked.slice(pos, d.start);
  // "… is still living with decisions taken before 2022": a date after a participle dates the noun before it
  if (PARTICIPLE_DATE.test(between.slice(-24))) return true;
  // "X has been appointed cabinet member, taking over the portfolio held by the Conservatives until this month": a
  // participle's clause after a comma tells of something else, at its own time
  // (an end, "until …", only: "Opposition leader X, talking to reporters in December 2022, accused …" is dated by it)
  if ((d.relation === 'until' || /\buntil\s+$/.test(ctx.masked.slice(Math.max(0, d.start - 7), d.start))) && ING_CLAUSE.test(between)) return true;
  // (the date of a clause of time led by a participle after the claim, AFTER_ING, of a comparison, AS_THEN, or of a
  // noun set beside it: "…, a post held in 2022 by X")
  return AFTER_ING.test(between) || AS_THEN.test(between) || APPOSITIVE_PARTICIPLE.test(between);
}

/** Is no comma or semicolon between the claim at pos and the date d? */
function inItem(masked: string, pos: number, d: DateExpr): boolean {
  const between = d.start >= pos ? masked.slice(pos, d.start) : masked.slice(d.end, pos);
  return !/[,;]/.test(between);
}

export function claimTime(ctx: Ctx, s: SentenceInfo, pos: number, opts: ClaimTimeOptions = {}): ClaimTime {
  let clause: { start: number; end: number } | undefined; // found on first need: a title or role often needs none
  let best: DateExpr | undefined;
  let bestDist = Infinity;
  let bestOwn = false;
  // a title's clause holds a time reckoned from the draft's own day ("said council leader X last week"); so does a "SOURCE:" line
  let ownDay = SOURCE_LINE.test(ctx.masked.slice(s.start, s.start + 12));
  // (a loop, no filtered copy: claims are many and most sentences hold no date or one)
  for (const d of s.dates) {
    // a bare month with no year and no "in"/"since"/"this"… ("the March deadline") does not set a time
    if (!usableDate(d) || (opts.accept && !opts.accept(d)) || AGO_BEFORE.test(ctx.masked.slice(Math.max(s.start, d.start - 6), d.start))) continue;
    if (d.start > pos && tellsOfSomethingElse(ctx, pos, d)) continue;
    // only a date in the claim's own clause is its time — or a timeline's date standing alone ("July 2022 – …")
    clause ??= clauseAt(s, pos);
    if ((d.start < clause.start || d.end > clause.end) && !dateOnlyClause(ctx, s, d) && !frontedDate(ctx, s, d, pos) && !whenClause(ctx, d, pos) &&
      !(d.end <= clause.start && DATED_ANTECEDENT.test(ctx.masked.slice(d.end, clause.start)))) continue;
    if (inOtherAside(ctx.masked, s, clause, d, pos) || presentAfterAnd(ctx.masked, clause, d, pos)) continue;
    if (opts.title && d.start > pos && !datesTheSaying(ctx, s, pos, d)) {
      ownDay ||= !!d.relative && reckonedFrom(ctx) === ctx.asOf;
      continue;
    }
    const dist = d.start >= pos ? d.start - pos : pos - d.end;
    // (a date in the claim's own item of a list parted by commas is its time before a nearer one in another item:
    // "Conservative-run at the 2022 meeting, Lib Dem-run with X as cabinet member by 2025")
    const own = inItem(ctx.masked, pos, d);
    if ((own && !bestOwn) || (own === bestOwn && dist < bestDist)) {
      best = d;
      bestDist = dist;
      bestOwn = own;
    }
  }
  if (best && best.range) return ownDateTime(ctx, s, pos, best, best.range);
  // "… by December 2022, and X was brought in as permanent director that month": the time told before in the sentence
  // (asked only where the sentence gives a date: the clause is worked out on first need)
  const own = s.dates.length > 0 ? (clause ??= clauseAt(s, pos)) : undefined;
  const back = own ? THAT_TIME.exec(ctx.masked.slice(own.start, own.end)) : null;
  const thatTime = own && back ? toldBefore(ctx, s, own.start + back.index) : undefined;
  if (thatTime) return thatTime;
  const now = { start: ctx.asOf, end: ctx.asOf };
  const then = opts.role ? thenTold(ctx, s, pos) : undefined;
  if (then) return then;
  // (a clause joined on by "and" after a dated one: read as told with no date, see joinedOn)
  if (own && (opts.title || opts.role) && joinedOn(ctx, s, own)) return { range: now, explicit: false, present: false };
  if (opts.title || opts.role) {
    // A date set earlier in the paragraph carries over; else a title or role is about the draft's date unless the
    // sentence marks it as history and the tense says past. (The tense is asked last: most sentences mark no history.)
    // "Now …", "… today": the sentence turns from the scene a date before it set back to the draft's own day
    // (and so does "last week" after the name: a scene or date told before does not reach it)
    // (a line's "Then:" label says what follows it is of a past time it does not tell, whatever a heading dates)
    const labelled = underThenLabel(ctx, s);
    // ("X, then the Conservative cabinet member", "Four years since opposition leader X called …": a post of a past
    // time, the one a sentence before told, if any; not a heading's, whatever the verb)
    const thenPost = opts.role && (THEN_RIGHT_BEFORE.test(withoutParty(ctx, ctx.masked.slice(Math.max(s.start, pos - 40), pos))) || THEN_AFTER_POST.test(ctx.masked.slice(pos, pos + 64)) || creditBracket(ctx, s, pos) || LENGTH_SINCE_BEFORE.test(ctx.masked.slice(Math.max(s.start, pos - 30), pos)) || thenBefore(ctx, s) || partyBracketBefore(ctx, s, pos));
    // ("Since then, … and X is cabinet member": a sentence opened by "since then" tells of the time after the scene;
    // "Devon's current cabinet member, X": a post said to be the current one is the draft's day's)
    const carried = ownDay || labelled || CURRENT_BEFORE.test(ctx.masked.slice(Math.max(s.start, pos - 24), pos)) || (!ctx.contextDate?.present && NOW_WORD.test(ctx.masked.slice(s.start, s.end))) || SINCE_THEN_OPENS.test(ctx.masked.slice(s.start, s.start + 24)) ? undefined : carriedDate(ctx, s, pos, opts.accept, false, retoldScene(ctx, s), !thenPost);
    if (carried) return carried;
    if (thenPost) return pastUntold(ctx);
    const told = ctx.masked.slice(s.start, s.end);
    if (!HISTORY.test(told) && !PAST_POST.test(told) && !answersPastQuestion(ctx, s) && !labelled) return { range: now, explicit: false, present: true };
    return { range: now, explicit: false, present: presentTense(ctx, s, clause ?? clauseAt(s, pos), pos) };
  }
  clause ??= clauseAt(s, pos);
  // "The council, now run by the Liberal Democrats, …": a word of now just before the claim in its clause sets it at the
  // draft's day, whatever the paragraph told before
  if (NOW_WORD.test(ctx.masked.slice(Math.max(clause.start, pos - 24), pos + 1))) return { range: now, explicit: false, present: true };
  // ("Since then the Conservative-controlled council has been …": what has held since the scene holds now)
  if (SINCE_THEN_OPENS.test(ctx.masked.slice(s.start, s.start + 24)) && tenseOfSentence(s).present) return { range: now, explicit: false, present: true };
  const present = presentTense(ctx, s, clause, pos);
  // a date set earlier in the paragraph carries over to sentences that do not give their own (to those in the present
  // tense too in a scene told in the present, and under a dated heading, lead or row: "## December 2022" over "The
  // Tory-run council faces…", unless the sentence says "now")
  const c = ctx.contextDate;
  const retold = present && retoldScene(ctx, s);
  if (!present || c?.present || c?.cells || (c && !c.scene && !NOW_WORD.test(ctx.masked.slice(s.start, s.end))) || retold) {
    const carried = carriedDate(ctx, s, pos, opts.accept, true, retold);
    if (carried) return carried;
  }
  return { range: now, explicit: false, present };
}

/** The time a date in the claim's own clause sets it at (see claimTime). */
function ownDateTime(ctx: Ctx, s: SentenceInfo, pos: number, best: DateExpr, range: DayRange): ClaimTime {
  // "Conservative control up to May 2025 … and the Liberal Democrat administration since then": the time after it
  if (best.end <= pos && SINCE_THEN.test(ctx.masked.slice(pos, clauseAt(s, pos).end))) {
    return { range: { start: range.end + 1, end: Math.max(range.end + 1, ctx.asOf) }, explicit: true, present: false };
  }
  // "before 2020": the years leading up to the date, not the date
  if (BEFORE.test(ctx.masked.slice(Math.max(s.start, best.start - 16), best.start))) {
    return { range: { start: range.start - BEFORE_DAYS, end: range.start - 1 }, explicit: true, present: false };
  }
  // "the Conservatives, who ran County Hall until May", written in December: a past verb's "until" a month of no year
  // ends at the last one, not the next
  if (best.relation === 'until' && best.yearInferred && best.month !== undefined && range.start > ctx.asOf && PAST_UNTIL.test(ctx.masked.slice(Math.max(s.start, best.start - 40), best.start))) {
    const y = best.year! - 1;
    return { range: { start: dayOf(y, best.month, 1), end: dayOf(y, best.month, daysInMonth(y, best.month)) }, explicit: true, present: false, words: { start: best.start, end: best.end } };
  }
  // "the first inspection since 2015, when it was rated …": the "when" clause tells of the date itself, not the span since
  const atThatDate = best.end <= pos && WHEN_AFTER.test(ctx.masked.slice(best.end, best.end + 8));
  return { range: atThatDate ? range : claimRange(best, ctx.asOf), explicit: true, present: false, words: { start: best.start, end: best.end }, ...(best.yearInferred && best.month !== undefined && !OWN_RELATIVE.test(ctx.masked.slice(best.start, best.start + 12)) ? { yearless: true } : {}) };
}
/** A verb in the past right before an "until" month ("who ran County Hall until May", "was in charge until"). */
const PAST_UNTIL = /(?<![-\w])(?:ran|ruled|led|controlled|held|was|were|had\s+been|stayed|remained|served|sat)(?:\s+(?!(?:has|have|is|are|will)\b)[a-z'\u2019]+){0,4}\s+$/;

/** A question asked in the past tense ("1. Who was the council leader when …?", "Q: Who led the council then?"). */
const PAST_QUESTION = /^[^a-z]*(?:q\s*[:.]\s*)?(?:who|which|whom|what)\b[^?]*\b(?:was|were|led|chaired|headed|held|ran|did|had)\b[^?]*\?[^a-z]*$/;

/** Does the sentence answer the one before it in its paragraph, a question in the past tense? */
function answersPastQuestion(ctx: Ctx, s: SentenceInfo): boolean {
  const q = s.index > 0 ? ctx.sentences[s.index - 1] : undefined;
  return !!q && ctx.masked.charCodeAt(q.end - 1) !== 46 && PAST_QUESTION.test(ctx.masked.slice(q.start, q.end));
}

/** A verb of saying in the past tense, as news reports a statement ("said", "told"). */
export const PAST_SAYING = /\b(?:said|told|added|warned|stated|wrote|asked|concluded|described|called|explained|argued|claimed|insisted|admitted|revealed|responded|replied|answered|countered|urged|stressed|commented|recalled|noted|acknowledged|conceded|declared|announced|spoke|pointed\s+out|went\s+on)\b/;

/**
 * A title before a name is read at the draft's date, unless what follows reports a saying or a deed dated with its
 * year ("cabinet member X said in December 2022"): news copy gives the title of the time the words were said.
 */
function datesTheSaying(ctx: Ctx, s: SentenceInfo, pos: number, d: DateExpr): boolean {
  if (d.yearInferred || d.year === undefined) return false;
  const between = ctx.masked.slice(pos, d.start);
  // the saying before the title ("said council leader X in December 2022"), or told in an aside ("X, speaking in
  // December 2022, said"); or what the name did then, its verb in the past with no clause between ("Council leader
  // X apologised in December 2022"; not "X, elected in 2009, says")
  return datedSaying(between) || SAYING_BEFORE.test(ctx.masked.slice(Math.max(s.start, pos - 24), pos)) || SAYING_ASIDE.test(between) ||
    // a caption's date dates the posts it gives ("Pictured: council leader X (left) with … at County Hall in 2022")
    CAPTION_LEAD.test(ctx.masked.slice(s.start, Math.min(pos, s.start + 40))) ||
    // a credit's date closing the sentence dates the words credited ("… over five years” — council leader X
    // (Conservative), 14 December 2022.")
    (CREDIT_DASH.test(ctx.masked.slice(Math.max(s.start, pos - 4), pos)) && CREDIT_TO_DATE.test(between) && /^[\s.)*_]*$/.test(ctx.masked.slice(d.end, s.end))) ||
    // (or asked of the past with "did": "Which ward did opposition leader X represent in 2022?")
    // (a bracket of party and ward after the name is no clause: "… Julian Brazil (LD, Kingsbridge) say in …")
    ((datedSaying(between, PAST_REPORTING) || PAST_ED.test(between) || DID_BEFORE.test(ctx.masked.slice(Math.max(s.start, pos - 40), pos))) && !CLAUSE_BREAK.test(between.replace(BRACKETED, '')));
}

/**
 * Is there a verb of saying before the date, with no verb of what was said between them: "X said in December 2022",
 * "told the cabinet last week" — not "X said Somerset rose from 'inadequate' in 2015", whose date is the words'.
 */
function datedSaying(between: string, verbs = PAST_SAYING): boolean {
  const say = verbs.exec(between);
  return !!say && !REPORTED_VERB.test(between.slice(say.index + say[0].length));
}
/** A verb of the words reported, after the verb of saying. */
const REPORTED_VERB = /\b(?:that|rose|fell|went|grew|became|was|were|had|is|are|has|have|[a-z]{3,}ed)\b/;

/** A length of time and "since" right before a post: "Four years since", "a year since". */
const LENGTH_SINCE_BEFORE = /\b(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?)[\s*_]*\s+since\s+(?:the\s+)?$/;

/** A dash opening a credit before a title; the title, name and any bracket up to the comma before the credit's date. */
const CREDIT_DASH = /(?:^|\s)-{1,2}\s*$/;
const CREDIT_TO_DATE = /^[a-z' .-]{3,80}(?:\([^()]{0,60}\))?\s*,\s*$/;

/** A short bracket with no bracket inside it. */
const BRACKETED = /\([^()]{0,60}\)/g;

/** "did" and at most four words before a title: a question asked of the past. */
const DID_BEFORE = /\bdid\s+(?:[a-z'-]+\s+){0,4}$/;

/** A caption's lead: "Pictured:", "Photo:", "Above:", "File image:", "Archive picture (2022):". */
const CAPTION_LEAD = /^[\s*_>]*(?:pictured|picture|photo|photograph|image|above|below|left|right|top|inset|main\s+picture|(?:file|archive|library)\s+(?:picture|photo|image|photograph))\s*(?:\([^)]*\))?\s*:/;

/** A saying told before the title it dates: "…," said council leader X in 2022; according to X in 2022; "a claim made by X in 2022". */
const SAYING_BEFORE = /\b(?:said|told|added|warned|stated|wrote|explained|admitted|insisted|according\s+to|in\s+the\s+words\s+of|(?:(?:as|was)\s+)?(?:described|called|put|claimed|made|said|raised|voiced|stated|written|given)\s+by|quoting)\s+(?:the\s+)?$/;
/** An aside after a name that tells when it spoke: "X, speaking in December 2022, …", "X, writing in …". */
const SAYING_ASIDE = /^[^,;]*,\s*(?:speaking|writing|talking|interviewed|quoted)\b[^,;]*$/;

/** A clause or aside between a name and a date: a comma, semicolon, bracket or dash, or a relative pronoun. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s|\b(?:who|which|that|whose|when|where)\b/;

/** Is the clause in the present tense? Its own tense, else the sentence's (a clause that is the whole sentence has the sentence's, worked out once). */
function presentTense(ctx: Ctx, s: SentenceInfo, clause: { start: number; end: number }, pos?: number): boolean {
  const whole = clause.start === s.start && clause.end === s.end;
  const tense = whole ? tenseOfSentence(s) : tenseOf(ctx.masked.slice(clause.start, clause.end));
  if (tense.past) return pos !== undefined && presentThat(ctx.masked, clause, pos);
  if (tense.present) return true;
  // (a clause of its own with a verb in -ed and no word of tense: "A previous plan, published under the Conservative
  // administration, listed …; that plan is not reproduced here" tells of then, whatever the next clause's tense)
  if (!whole && CLAUSE_PAST.test(ctx.masked.slice(clause.start, clause.end))) return false;
  const st = tenseOfSentence(s);
  if (st.present || st.past) return st.present && !st.past;
  // headline style, with no tense word ("Tory-run Devon told to improve"): headlines tell news in the present
  return isHeadline(ctx, s);
}

/**
 * "I was reminded by staff that the Conservative-led council is one of our funders": a "that" clause holding the claim,
 * its own verb in the present, tells of now whatever the tense of the words that report it.
 */
function presentThat(masked: string, clause: { start: number; end: number }, pos: number): boolean {
  const at = masked.lastIndexOf(' that ', pos);
  if (at < clause.start) return false;
  const tense = tenseOf(masked.slice(at, clause.end));
  return tense.present && !tense.past;
}

/** A verb in -ed not after a form of be or have (which would make it a passive or perfect of now: "is listed"). */
const CLAUSE_PAST = /(?<!\b(?:is|are|be|been|being|has|have|get|gets)\s)\b[a-z]{3,}ed\b/;

/** Is the sentence a paragraph of one line, ending without a full stop — a headline or cover line? */
function isHeadline(ctx: Ctx, s: SentenceInfo): boolean {
  const { text } = ctx;
  if (/\S/.test(text.slice(0, s.start)) || /\S/.test(text.slice(s.end))) return false;
  const line = text.slice(s.start, s.end).trim();
  return line.length > 0 && !line.includes('\n') && !/[.!?]["'’”]*$/.test(line);
}

/**
 * The time of a date that opens the sentence before the claim's clause ("In December 2022, the council — then
 * Conservative-run — …") or one of the two sentences before ("In December 2022, …" sets the scene for the next);
 * else the date the block's context sets (a dated heading, list lead or table row above it, or the story's scene).
 */
const LABEL_AFTER = /^[*_]*\s*:/;
/** Between an opening date and a claim: a clause of its own, or words that move to the present ("…; today …"). */
const NOW_BETWEEN = /;|\b(?:today|now|currently|nowadays|at present|these days|since then)\b/;

/** Does a date opening the sentence set the time of the claim at pos: no present between them, or in its clause? */
function openingDateReaches(ctx: Ctx, s: SentenceInfo, x: DateExpr, pos: number): boolean {
  // a date that leads its line as a label ("As of December 2022: X; Y; Z") reaches past the semicolons of its list
  if (LABEL_AFTER.test(ctx.masked.slice(x.end, x.end + 3)) && !NOW_WORD.test(ctx.masked.slice(x.end, pos))) return true;
  if (NOW_BETWEEN.test(ctx.masked.slice(x.end, pos))) return false;
  const c = clauseAt(s, pos);
  return !NOW_BETWEEN.test(ctx.masked.slice(c.start, c.end)) && !presentTense(ctx, s, c);
}

/**
 * Words that move the time on from a date told before: "It was later rated good", "he was still its lead when it was
 * rated good", "went on to", "by the time".
 */
export const LATER = /\b(?:later|eventually|subsequently|afterwards|thereafter|went\s+on\s+to|by\s+the\s+time|still\b[^.;]{0,60}\bwhen)\b/;

/**
 * The time a date told before the claim sets it at: an opening date of its sentence or of one of the two before, else
 * its block's context date. With `laterOn`, words that move the time on (LATER) before the claim leave it undated —
 * for a claim that is then read leniently (a rating, an event), not a title, which undated is read as now.
 */
const AGO_END = /\bago$/;
/** A relative time reckoned from the draft's own day ("late last year", "two years ago"), not from a scene ("that December"). */
const FROM_TODAY = /\b(?:last|this|next)\s+(?:year|month|week|spring|summer|autumn|winter)\b|\bago$/;
/** A sentence opened by "since" and a clause of its own before a date: "Since the Lib Dems took charge in …". */
const SINCE_OPENS = /^[\s*_>-]*since\s+(?:the|a|an|[a-z]+'s|[a-z]+)\s[^,;]*$/;

function carriedDate(ctx: Ctx, s: SentenceInfo, pos: number, accept?: (d: DateExpr) => boolean, laterOn = false, scene = false, context = true): ClaimTime | undefined {
  let clauseEnd = -1; // found on first need
  const movedOn = (from: number) => laterOn && LATER.test(ctx.masked.slice(from, clauseEnd < 0 ? (clauseEnd = clauseAt(s, pos).end) : clauseEnd));
  // (the latest day told in the sentences passed over: "In December 2022 … Late last year the minister … X has long
  // argued …" — the scene has moved on past an older date)
  let passed = -Infinity;
  search: for (let i = s.index; i >= 0 && i >= s.index - 2; i--) {
    const ps = ctx.sentences[i];
    // (a log's or a chat's line stamped with its time of day is a message of its own: "08:56 < mo_s> it's still …")
    if (i < s.index && stampedLine(ctx.masked, ctx.sentences[i + 1].start)) break;
    // the last such date of the sentence
    const ds = ps.dates;
    for (let k = ds.length - 1; k >= 0; k--) {
      const x = ds[k];
      // (in the claim's own sentence only a time adverbial set before it: "In December 2022, …", not "2015 and 2022 — …";
      // a date with no preposition only as the sentence's label: "May 2025: the Lib Dems take charge, and X becomes …")
      if (i === s.index && (x.end > pos || (x.relation === 'none' && !ownLabel(ctx, ps, x)) || (accept && !accept(x)) || !openingDateReaches(ctx, s, x, pos))) continue;
      // (an earlier line's field of a date sets no scene for what follows: "Done: 23 Jan 2026 · Assignee: …")
      if (i < s.index && fieldValue(ctx.masked, ps.start, x.start, x.end)) continue;
      if (movedOn(i === s.index ? x.end : s.start)) continue;
      // (or any day told in a sentence before that names the scene retold: "Her account of the meeting of 14 December 2022 …")
      // (a time counted back from the draft's day is as fixed as a written one: "Ten years ago this month, …")
      if (x.range && (!x.relative || AGO_END.test(ctx.masked.slice(x.start, x.end))) && x.year !== undefined && (x.relation === 'in' || x.relation === 'on' || x.relation === 'none' || byScene(ctx, i, s, x)) && (x.start - ps.start <= 12 || frontedTime(ctx, ps, x) || (i === s.index && endsLabel(ctx, ps, x)) || (scene && i < s.index && x.day !== undefined))) {
        // (a sentence before that goes on to a later time leaves its opening date behind: "In 2022 the council was
        // Conservative-run; the Lib Dems took charge after the May 2025 elections. The council's leader …")
        if (i < s.index && (movesLater(ctx.masked, ds, k) || x.range.end < passed)) break search;
        // (and so does one the claim's own sentence has moved on from: "In 2022 it was Conservative-run. Since May the
        // Lib Dems have been in charge, and the cabinet member is X")
        if (i < s.index && s.dates.some((y) => y.end <= pos && y.range && y.range.start > x.range!.end)) break search;
        // (a sentence before that opens "Since … in May 2025, …" sets the time from then on, not that month)
        if (i < s.index && SINCE_OPENS.test(ctx.masked.slice(ps.start, x.start))) return { range: { start: x.range.end + 1, end: Math.max(x.range.end + 1, ctx.asOf) }, explicit: true, present: false, carried: true };
        return { range: x.range, explicit: true, present: false, carried: true };
      }
    }
    if (i < s.index) for (const x of ds) if (x.range && x.range.start > passed && (!x.relative || FROM_TODAY.test(ctx.masked.slice(x.start, x.end)))) passed = x.range.start;
  }
  const c = context ? contextDate(ctx, s, pos) : undefined;
  if (c && ctx.contextDate?.scene && movedOn(s.start)) return undefined;
  // a scene set on the draft's own days ("Prepared for MPs, 10 December 2025" in a draft of that day) is its "now":
  // the sentence's tense says whether it tells of now or of before
  // (and, for a sentence in the present tense, one after it: an occasion the draft is written for, "AGM papers — Friday
  // 13 March 2026" over "Devon's services are still rated …"; not "… will hear the report", which is set at it)
  if (c && c.range.start > ctx.asOf + OWN_DAYS) return tenseOfSentence(s).present && !FUTURE_WORD.test(ctx.masked.slice(s.start, s.end)) ? undefined : c;
  return c && c.range.start >= ctx.asOf - OWN_DAYS && c.range.end <= ctx.asOf + OWN_DAYS ? undefined : c;
}

/**
 * "By the end of 2022 the service had been given a notice. … Opposition leader X called …": a time a sentence before
 * opens with "by" sets the scene the sentences after it tell (not the claim's own sentence: "By 2025 X was …" bounds it).
 */
function byScene(ctx: Ctx, i: number, s: SentenceInfo, x: DateExpr): boolean {
  return i < s.index && x.relation === 'until' && /^by\s/.test(ctx.masked.slice(x.start, x.start + 3));
}

/** Does the sentence at `start` open a line stamped with a time of day (CLOCK: "08:56 < nick>", "[14:02] …", "10.15am –")? */
function stampedLine(masked: string, start: number): boolean {
  // (only blanks may stand between the line's start and the sentence's)
  const line = lineBefore(masked, start, 16);
  return line !== undefined && /^[ \t]*$/.test(line) && CLOCK.test(masked.slice(start, start + 48));
}

/**
 * Does a clause after ds[k] in its sentence go on to a later time than it? (A list of dates, a chart's axis "2020  2021
 * 2022", is no such clause.)
 */
function movesLater(masked: string, ds: readonly DateExpr[], k: number): boolean {
  const end = ds[k].range!.end;
  for (let j = k + 1; j < ds.length; j++) if (ds[j].range && ds[j].range!.start > end && NEXT_CLAUSE.test(masked.slice(ds[k].end, ds[j].start))) return true;
  return false;
}
const NEXT_CLAUSE = /;|\b(?:then|later|since|until|before|after)\b/;

/** Words that say a scene is being retold: a review's, a summary's ("her account of the meeting", "the film's opening scene"). */
const RETELLING = /\b(?:account\s+of|scene|recounts?|retells?|retelling|depicts?|dramatis(?:es|ed|ation)|reconstructs?|reconstruction|re-creates?|recreates?|opens\s+(?:on|with))\b/;

/**
 * Is the sentence narrated in the present of a scene retold in the one or two before it, which name it with its day
 * ("Her account of the cabinet meeting of 14 December 2022 is the book's most vivid scene. Whitton tells a
 * Conservative-run cabinet …")? Then its present is that day's.
 */
function retoldScene(ctx: Ctx, s: SentenceInfo): boolean {
  for (let i = s.index - 1; i >= 0 && i >= s.index - 2; i--) {
    const ps = ctx.sentences[i];
    if (ps.dates.some((x) => x.day !== undefined && x.year !== undefined && !x.relative) && RETELLING.test(ctx.masked.slice(ps.start, ps.end))) return true;
  }
  return false;
}

/** Does the date with no preposition open its sentence as its label ("May 2025: …")? */
function ownLabel(ctx: Ctx, ps: SentenceInfo, x: DateExpr): boolean {
  return x.start - ps.start <= 12 && LABEL_AFTER.test(ctx.masked.slice(x.end, x.end + 3));
}

/** A phrase of time opening a sentence and closed by a comma: "Following the elections in May 2025, …", "2.7 After the vote in May 2025, …". */
const FRONTED_TIME = /^[\s\d.*_#>-]*(?:after|following|before|in|at|by|during|since|from|with|on)\s[^,;:.!?]{0,40}$/;

/** Does the date stand in a phrase of time that opens its sentence, closed by a comma right after the date? */
function frontedTime(ctx: Ctx, ps: SentenceInfo, x: DateExpr): boolean {
  return x.start - ps.start <= 60 && /^\s*,/.test(ctx.masked.slice(x.end, x.end + 3)) && FRONTED_TIME.test(ctx.masked.slice(ps.start, x.start));
}

/** Does the date end a short label that opens its sentence, before a list: "Who spoke for whom in 2022: X; Y; Z"? */
function endsLabel(ctx: Ctx, ps: SentenceInfo, x: DateExpr): boolean {
  return x.start - ps.start <= 60 && LABEL_AFTER.test(ctx.masked.slice(x.end, x.end + 3)) && !/[,;:.!?()]/.test(ctx.masked.slice(ps.start, x.start));
}

/** Days either side of the draft's date that are still its own time. */
const OWN_DAYS = 7;
/** Words of a time to come. */
const FUTURE_WORD = /\b(?:will|shall|won't|going\s+to)\b|'ll\b/;

/** Reporting told in the past ("said", "told"): with no present-tense word, a sentence set at the story's scene. */
const PAST_REPORTING = /\b(?:said|told|added|warned|explained|admitted|described|heard|agreed|acknowledged|insisted|stressed|urged|noted|confirmed|promised|pledged|stated|presented|reported|met|apologised|accepted|conceded|replied|asked|spoke)\b/;

/**
 * A paragraph that opens with a time of day ("10:15", "[00:41:10]", "10.15am –", "PUSH ALERT 14/12/2022 18:05 —"): a
 * moment of the scene it is in.
 */
const CLOCK = /^[\s*_#>[(]*(?:[a-z][a-z ]{0,20}\s)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm)?[\])*_]*\s*[-\u2013\u2014:|]?\s/;

/** A regular past tense ("looked", "blamed"), which the tense words do not list. */
export const PAST_ED = /\b[a-z]{3,}ed\b/;

/** Words that set a sentence in the writer's present, even within a scene told in the present tense. */
const TODAY = /\b(?:today|these days|nowadays|at present)\b/;

/**
 * The date the block's context sets; the scene's only for a sentence in the past tense (or, in a scene told in the
 * present tense, in the present), at a time before the draft's.
 */
function contextDate(ctx: Ctx, s: SentenceInfo, pos: number): ClaimTime | undefined {
  const c = ctx.contextDate;
  if (!c) return undefined;
  const cell = cellAt(ctx, pos);
  // a cell under a column of no date ("Now", "Name") is set at the row's own date, else at none
  if (cell) return cell.range ? { range: cell.range, explicit: true, present: false, carried: true } : undefined;
  // (a date of the claim's own sentence that does not reach it there does not reach it as the paragraph's either)
  const own = s.dates.find((x) => x.range?.start === c.range.start && x.range.end === c.range.end);
  if (own && presentAfterAnd(ctx.masked, clauseAt(s, pos), own, pos)) return undefined;
  if (c.scene) {
    if (c.range.start > ctx.asOf || sceneToldInClause(ctx, s, pos)) return undefined;
    const t = tenseOfSentence(s);
    const text = ctx.masked.slice(s.start, s.end);
    // a scene told in the present tense: its present-tense sentences are set at it too, unless they say "today"
    // (so is a live report's entry stamped with its time of day: "10:15 Council leader X says …")
    // (and a record's lines of no tense, in a scene a meeting's own line sets: "Present: Cllr X (Leader)")
    const past = t.past || PAST_REPORTING.test(text) || PAST_ED.test(text);
    const historic = (c.present || CLOCK.test(ctx.masked)) && (t.present || (c.present && !past)) && !TODAY.test(text);
    if (!historic && (t.present || !past)) return undefined;
  }
  return { range: c.range, explicit: true, present: false, carried: true };
}

/**
 * Is the claim at pos in a sentence whose other clause tells, with its own verb, what happened at the date that sets
 * a scene told in the present? "I know that the Lib Dems took charge in May 2024 and that X is cabinet member": that
 * clause's date is its own, not the present clause's. (A clause of no verb is a label that dates them all: "PUSH ALERT
 * 14/12/2022 18:05 — Council leader X admits …".)
 */
function sceneToldInClause(ctx: Ctx, s: SentenceInfo, pos: number): boolean {
  const c = ctx.contextDate!;
  if (!c.present) return false;
  const d = s.dates.find((x) => x.range?.start === c.range.start && x.range.end === c.range.end);
  if (!d) return false;
  const own = clauseAt(s, d.start);
  if (pos >= own.start && pos < own.end) return false;
  const words = ctx.masked.slice(own.start, own.end);
  const tense = tenseOf(words);
  return tense.past || tense.present || PAST_FORM.test(words);
}

/** The paragraph's cells when it is a table's row under columns that mark them (dates, "Then", control, rating). */
export function rowCells(ctx: Ctx): readonly CellDate[] | undefined {
  return ctx.contextDate?.cells ?? ctx.columnCells;
}

/** The table cell at pos with its time, in a row under dated column headers ("| | In December 2022 | Now |"). */
export function cellAt(ctx: Ctx, pos: number): CellDate | undefined {
  const cells = rowCells(ctx);
  if (!cells) return undefined;
  for (const c of cells) if (pos >= c.start && pos < c.end) return c;
  return undefined;
}
