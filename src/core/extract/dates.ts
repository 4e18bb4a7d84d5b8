/**
 * Date and time expressions in folded text ("Wednesday, 14 December", "January 2020", "since 2020",
 * "this May", "last year"), resolved against the draft's date, and the time a sentence is set in.
 */
import { DayRange, dayOf, daysInMonth, partsOfDay } from '../time/dates';
import { execIn, lineBefore } from '../text/words';
import { isRegexWordChar } from '../text/sentences';
import { MONTHS, MONTH_ABBREVIATIONS, TENS_WORDS, UNIT_WORDS, WEEKDAYS, WEEKDAY_ABBREVIATIONS } from '../lexicon';

export interface DateExpr {
  start: number;
  end: number;
  year?: number;
  /** True when the year was inferred (from "this May", "last year" or the draft's date), not written. */
  yearInferred: boolean;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday?: number;
  weekdayStart?: number;
  weekdayEnd?: number;
  relation: 'in' | 'since' | 'from' | 'until' | 'on' | 'none';
  /** Relative expressions (last year, this May) and bare months. */
  relative: boolean;
  range?: DayRange;
  /** A time reckoned from a sourced event's ("two years after the joint visit"): that event's id. */
  reference?: string;
}

export interface TimeRef {
  range: DayRange;
  /** From an explicit or relative date (not from tense). */
  explicit: boolean;
}

/** Every month word (names and short forms) with its number; every weekday with its number, 0 = Sunday. */
const MONTH_WORDS: Record<string, number> = { ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])), ...MONTH_ABBREVIATIONS };
const WEEKDAY_WORDS: Record<string, number> = Object.fromEntries([
  ...WEEKDAYS.map((w, i) => [w, (i + 1) % 7]),
  ...Object.entries(WEEKDAY_ABBREVIATIONS).map(([a, w]) => [a, (WEEKDAYS.indexOf(w) + 1) % 7]),
]);
/** The weekdays' short forms, longest first so that "thurs" is not read as "thu". */
const WEEKDAY_SHORT = Object.keys(WEEKDAY_ABBREVIATIONS).sort((a, b) => b.length - a.length);

const MONTH_ALTERNATIVES = [...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)].join('|');
const MON = `(${MONTH_ALTERNATIVES})`;
/** A weekday before a day: the whole name or a short form, with a full stop after a short one ("Thurs., Dec. 14"). */
const WD = `(${[...WEEKDAYS, ...WEEKDAY_SHORT].join('|')})\\.?`;
/** A weekday standing alone: only the whole name ("on Tuesday"; "Sat" and "Sun" alone are words). */
const WD_FULL = `(${WEEKDAYS.join('|')})`;
const REL = '(?:(since|from|until|till|by the end of|by|in|on|during|of|this|last|next|early|late|mid-|mid|earlier this|later this|the end of|the start of)\\s+)?';

/** A year written after a month: its four figures, or two after an apostrophe as notes shorten it ("Dec '22"). */
const YEAR = `(\\d{4}\\b|'\\d{2}\\b)`;

// One pass, alternatives in priority order (longest forms first). Exported for tests.
export const DATE_RE = new RegExp(
  [
    `${REL}(?:${WD},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MON}\\b\\.?(?:,?\\s+${YEAR})?`, // [wd] 14 december [2022]
    `${REL}(?:${WD},?\\s+)?${MON}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\d)(?:,?\\s+${YEAR})?`, // [wd] december 14[, 2022]
    `${REL}${MON}\\.?,?\\s+(?:of\\s+)?${YEAR}`, // january 2020, dec '22, march of 2022
    `${REL}${MON}\\s+(this|last|next)\\s+year\\b`, // july this year
    `${REL}((?:19|20)\\d\\d)\\b(?![-/]\\d|\\s*(?:%|per\\s*cent|children|people|pupils|staff|cases|families|words|pounds))`, // 2020
    `(last|this|next|earlier this|later this)\\s+(year|month|week)\\b`,
    `\\b(\\w+)\\s+years?\\s+ago\\b`,
    `${REL}(?:${WD},?\\s+)?(\\d{1,2})([/.])(0?[1-9]|1[0-2])(?:[/.]((?:19|20)?\\d\\d))?(?![/.]?\\d)`, // [wd] 14/12[/2022] (checked below; a month past 12, "13/14 December", is a day range's)
    `${REL}(\\d{1,2})[/.]((?:19|20)\\d\\d)(?![/.]?\\d)`, // 01/2020, 01.2020
    `${REL}((?:19|20)\\d\\d)-(\\d\\d)(?:-(\\d\\d))?(?!-?\\d)`, // 2022-12[-14] (checked below)
    `${REL}${MON}\\b`, // bare month: only with a relation word or a capital letter (checked below)
    `(?:(on|last|this|next)\\s+)?${WD_FULL}\\b`,
  ].map((p) => `(?:${p})`).join('|'),
  'y',
);

/** The letters DATE_RE's words begin with (since, from, the, monday, january, last…), one bit each from a. */
const OPENING_LETTERS = [...'abdefijlmnostuw'].reduce((bits, ch) => bits | (1 << (ch.charCodeAt(0) - 97)), 0);

/** Can a word starting with `c` open a date expression (`years ago` aside, which any word can open)? */
export function canOpenDate(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  return c >= 97 && c <= 122 && ((OPENING_LETTERS >> (c - 97)) & 1) === 1;
}

export const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** JavaScript's \s: what DATE_RE's `\s+` between its words matches. */
function isJsSpace(c: number): boolean {
  // (letters and digits, most of what the walks meet, are told apart by the first test)
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * What every date expression holds: a digit, a month or weekday name (or short form), or year/month/week, standing as a word
 * (DATE_RE puts a space or the start of the match before each of these, and a non-word character after).
 * A cheap test, so the long pattern runs only near one. The character before a word is matched, not looked
 * behind at (twice as fast here): scanHints steps back to the word.
 */
const DATE_HINT = new RegExp(`\\d|(?:^|[^a-z0-9])(?:${MONTH_ALTERNATIVES}|${[...WEEKDAYS, ...WEEKDAY_SHORT].join('|')}|years?|month|week)(?!\\w)`, 'g');

/**
 * The most space-separated words a DATE_RE match holds before its first hint: "the start of the 14th…"
 * (a relation word of up to three, then "the"). A match can only start among these words before a hint.
 */
const WORDS_BEFORE_HINT = 4;

const AGO = /\sago\b/g;

/** Where DATE_HINT's digits and words start in a text, ascending. */
export type DateHints = number[];

/**
 * The hints of s, each at its digit or word, plus `offset`. test, not exec: no match array is made. A match ends at
 * lastIndex: a digit, or a word of a-z, whose start is found by stepping back. (A plain array: a typed one costs more
 * to make than the few hints of a paragraph take to store.)
 */
function scanHints(s: string, offset: number): DateHints {
  const h: DateHints = [];
  DATE_HINT.lastIndex = 0;
  while (DATE_HINT.test(s)) {
    let i = DATE_HINT.lastIndex - 1;
    const c = s.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) while (i > 0 && s.charCodeAt(i - 1) >= 97 && s.charCodeAt(i - 1) <= 122) i--;
    h.push(i + offset);
  }
  return h;
}

/** Does f[start, end) hold a digit? Asked of the paragraph's hints (every digit of f is one), not of the text. */
export function digitIn(hints: DateHints, f: string, start: number, end: number): boolean {
  let lo = 0, hi = hints.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hints[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < hints.length && hints[k] < end; k++) {
    const c = f.charCodeAt(hints[k]);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The hints of all of f (a paragraph), in one scan, for dateMatches to take each sentence's from. */
export function dateHints(f: string): DateHints {
  return scanHints(f, 0);
}

/**
 * Does a sentence boundary at b leave every hint where a scan of the sentence alone finds it? Only a cut between two
 * word characters can change one (a word cut in two, or one hidden at the start by the letter before it).
 */
function cleanCut(f: string, b: number): boolean {
  return b <= 0 || b >= f.length || !isRegexWordChar(f.charCodeAt(b - 1)) || !isRegexWordChar(f.charCodeAt(b));
}

/**
 * DATE_RE's matches in f[start, end), scanned from 40 characters before the first hint. The pattern is tried only
 * where a word starts (one that starts inside a word, "amid December", is not a date; the word that follows still may
 * be), and only among the few words before each hint, where every match starts: the same matches as trying it at
 * every word start, for a fraction of the tries. `paragraph`, the hints of all of f, saves scanning the sentence
 * again (they are its own hints when its ends cut no word).
 */
export function dateMatches(f: string, start: number, end: number, paragraph?: DateHints): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos: DateHints;
  let i = 0;
  if (paragraph && cleanCut(f, start) && cleanCut(f, end)) {
    pos = paragraph;
    // the first hint at or after start
    let hi = pos.length;
    while (i < hi) {
      const mid = (i + hi) >> 1;
      if (pos[mid] < start) i = mid + 1;
      else hi = mid;
    }
  } else pos = scanHints(f.slice(start, end), start);
  const n = pos.length;
  if (i >= n || pos[i] >= end) return out;
  const from = Math.max(start, pos[i] - 40);
  const hay = f.slice(from, end);
  AGO.lastIndex = 0;
  const anyWord = AGO.test(hay); // "two years ago": any word may open it
  let q = 0; // every position of hay before q has been tried, or lies inside a match
  for (; i < n && pos[i] < end; i++) {
    // (a hint at hay's first position that the sentence's scan rejects has a letter or digit before it: no date starts there)
    const a = pos[i] - from;
    if (a < q) continue;
    // back to the start of the hint's word, then over the words that may stand before it
    let r = a;
    while (r > q && !isJsSpace(hay.charCodeAt(r - 1))) r--;
    for (let k = 0; k < WORDS_BEFORE_HINT && r > q; k++) {
      while (r > q && isJsSpace(hay.charCodeAt(r - 1))) r--;
      while (r > q && !isJsSpace(hay.charCodeAt(r - 1))) r--;
    }
    // is the character before r a-z or 0-9 (no date starts right after one)? Carried along: each character is read once
    let afterAlnum = from + r > 0 && isAlnum(f.charCodeAt(from + r - 1));
    while (r <= a) {
      const c = hay.charCodeAt(r);
      if (afterAlnum || !(anyWord ? isAlnum(c) || c === 95 : canOpenDate(c)) || (c >= 48 && c <= 57 && inSlug(f, from + r))) {
        afterAlnum = isAlnum(c);
        r++;
        continue;
      }
      DATE_RE.lastIndex = r;
      const m = DATE_RE.exec(hay);
      if (m === null || fractionBeforeLine(f, from + r, m)) {
        afterAlnum = isAlnum(c);
        r++;
        continue;
      }
      r += m[0].length;
      afterAlnum = isAlnum(hay.charCodeAt(r - 1));
      m.index += from;
      out.push(m);
    }
    q = r;
  }
  return out;
}

/** Words a year may be joined to by a hyphen and still be a date ("mid-2022", "pre-2020", "late-2025"). */
const JOINED_TO_YEAR = /(?:^|[^a-z])(?:mid|early|late|pre|post|end|start|summer|spring|autumn|winter)$/;

/**
 * Does the figure at f[at] stand joined by a hyphen or an underscore to a word before it ("devonlive-2022",
 * "report_2025"): a name's part (a file's, a record's key), no date? ("mid-2022" is a date.)
 */
export function inSlug(f: string, at: number): boolean {
  const j = f.charCodeAt(at - 1);
  if ((j !== 45 && j !== 95) || !(f.charCodeAt(at - 2) >= 97 && f.charCodeAt(at - 2) <= 122)) return false;
  return !JOINED_TO_YEAR.test(f.slice(Math.max(0, at - 7), at - 1));
}

/**
 * "Slide 3/6⏎Dec 2022": a number after a slash (a fraction's, a count's: "3/6", "page 2/14") with the month on the
 * next line is no day of that month; the month and year stand alone. (A day range, "13/14 December", keeps its line.)
 */
export function fractionBeforeLine(f: string, at: number, m: RegExpExecArray): boolean {
  if (m[3] === undefined || m[1] !== undefined || m[2] !== undefined || f.charCodeAt(at - 1) !== 47) return false;
  const month = m[0].indexOf(m[4], m[3].length);
  return f.slice(at, at + month).includes('\n');
}

const NUMBER_WORDS: Record<string, number> = { ...UNIT_WORDS, ...TENS_WORDS, a: 1 };

function relationOf(w: string | undefined): DateExpr['relation'] {
  switch (w) {
    case 'since':
      return 'since';
    case 'from':
      return 'from';
    case 'until':
    case 'till':
    case 'by':
    case 'by the end of':
      return 'until';
    case 'on':
      return 'on';
    case undefined:
      return 'none';
    default:
      return 'in';
  }
}

/** Year of a month written without one, relative to the draft's date. */
function yearForMonth(month: number, rel: string | undefined, asOfYear: number, asOfMonth: number): number {
  if (rel === 'next' || rel === 'from' || rel === 'until' || rel === 'by') return month >= asOfMonth ? asOfYear : asOfYear + 1;
  if (rel === 'last') return month < asOfMonth ? asOfYear : asOfYear - 1;
  return month <= asOfMonth ? asOfYear : asOfYear - 1;
}

/** The months "early", "mid" and "late" before a year mean. */
const YEAR_THIRDS: Readonly<Record<string, readonly [number, number]>> = { early: [1, 4], mid: [5, 8], 'mid-': [5, 8], late: [9, 12] };
/**
 * "late 2025", "early 2020", "mid-2022": the months of the third of the year the word before the year (`rel`, the
 * year's start at s) says; or, for "in", the word before it ("late in 2025", "early in 2020").
 */
function yearThird(f: string, s: number, rel: string): readonly [number, number] | undefined {
  return YEAR_THIRDS[rel] ?? (rel === 'in' ? YEAR_THIRDS[THIRD_BEFORE.exec(f.slice(Math.max(0, s - 6), s))?.[1] ?? ''] : undefined);
}
/** A third's word right before "last year" / "this year" ("late last year"): group 1 is YEAR_THIRDS's key. */
const THIRD_BEFORE = /(?:^|[^a-z-])(early|late|mid-|mid)\s*$/;

function rangeOfExpr(e: DateExpr): DayRange | undefined {
  if (e.year === undefined) return undefined;
  if (e.month === undefined) return { start: dayOf(e.year, 1, 1), end: dayOf(e.year, 12, 31) };
  const days = daysInMonth(e.year, e.month);
  if (e.day === undefined || e.day > days) return { start: dayOf(e.year, e.month, 1), end: dayOf(e.year, e.month, days) };
  const d = dayOf(e.year, e.month, e.day);
  return { start: d, end: d };
}

/** A written year: four figures, or two after an apostrophe ("'22" is 2022; two figures more than five years past the draft's are last century's). */
function yearWritten(y: string, asOfYear: number): number {
  if (y[0] !== "'") return +y;
  const n = +y.slice(1);
  return 2000 + n > asOfYear + 5 ? 1900 + n : 2000 + n;
}

/**
 * A day and a month, either way round, of the match f[s, e): [rel] [weekday] 14 December [2022] / [rel] [weekday]
 * December 14[, 2022]. (A plain function, not a closure made for every match; the weekday's fields are added after
 * the others, in the order the checkers have always seen them.)
 */
function dayMonth(
  f: string, original: string, s: number, e: number, rel: string | undefined, wd: string | undefined, day: string, mon: string | number,
  year: string | undefined, asOfYear: number, asOfMonth: number,
): DateExpr {
  const month = typeof mon === 'number' ? mon : MONTH_WORDS[mon];
  const written = year ? yearWritten(year, asOfYear) : undefined;
  const x: DateExpr = {
    start: s, end: e, day: +day, month, year: written ?? yearForMonth(month, rel, asOfYear, asOfMonth), yearInferred: !written,
    relation: relationOf(rel), relative: !written,
  };
  const p = wd ? f.indexOf(wd, s) : -1;
  // a short form is a weekday only with its capital, and not after "the" ("Sat 14 Dec"; "the panel sat 14 December…"
  // is a verb, "The Sun, 14 December 2022" a newspaper)
  const short = !!wd && wd in WEEKDAY_ABBREVIATIONS;
  if (wd && (!short || (/[A-Z]/.test(original[p] ?? '') && !/\bthe\s+$/.test(f.slice(Math.max(0, p - 5), p))))) {
    x.weekday = WEEKDAY_WORDS[wd];
    x.weekdayStart = p;
    x.weekdayEnd = p + wd.length;
  }
  return x;
}

/**
 * A day and a month in figures, day first as British copy writes them: "14/12/2022", "14.12.22", "Thu 14/12". Without a
 * year only after a weekday and with a slash ("10.30" is a time, "3/4" a fraction); a month above 12 is no date.
 */
function numericDayMonth(f: string, original: string, s: number, e: number, m: RegExpExecArray, asOfYear: number, asOfMonth: number): DateExpr | undefined {
  const [rel, wd, day, sep, month, year] = [m[22], m[23], +m[24], m[25], +m[26], m[27]];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (year === undefined && (wd === undefined || sep !== '/')) return undefined;
  const fullYear = year === undefined ? undefined : year.length === 2 ? `20${year}` : year;
  const x = dayMonth(f, original, s, e, rel, wd, String(day), month, fullYear, asOfYear, asOfMonth);
  return year === undefined && x.weekday === undefined ? undefined : x;
}

/**
 * An ISO date or month, "2022-12-14" or "2022-12", as spreadsheets and exports write them. "2011-12" (a year and the
 * next one's last two figures) is a financial or school year, not December 2011.
 */
function isoDate(s: number, e: number, m: RegExpExecArray): DateExpr | undefined {
  const [year, month, day] = [+m[32], +m[33], m[34] === undefined ? undefined : +m[34]];
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > daysInMonth(year, month)))) return undefined;
  if (day === undefined && month === (year + 1) % 100) return undefined;
  return { start: s, end: e, year, month, day, yearInferred: false, relation: relationOf(m[31]), relative: false };
}

/** After a year: an ISO week and perhaps its day ("-w50-3", "-w49"), or a day of the year ("-348"). */
const ISO_WEEK_AFTER = /^-w(\d\d)(?:-([1-7]))?\b/;
const ORDINAL_AFTER = /^-(\d{3})\b/;

/**
 * The date a year written with its ISO week ("2022-W50-3" is Wednesday 14 December 2022, "2022-W49" the week of 5
 * December) or its day of the year ("2022-348") says; undefined when the year stands alone. A week has no day.
 */
function isoWeekOrOrdinal(f: string, y: DateExpr): DateExpr | undefined {
  const year = y.year!;
  const after = f.slice(y.end, y.end + 8);
  const w = ISO_WEEK_AFTER.exec(after);
  const o = w ? null : ORDINAL_AFTER.exec(after);
  if (!w && !o) return undefined;
  let first: number, last: number;
  if (w) {
    // (week 1 is the one with 4 January in it; its Monday opens it)
    const jan4 = dayOf(year, 1, 4);
    const monday = jan4 - ((jan4 + 3) % 7) + 7 * (+w[1] - 1);
    first = w[2] ? monday + +w[2] - 1 : monday;
    last = w[2] ? first : monday + 6;
  } else {
    const n = +o![1];
    if (n < 1 || n > (daysInMonth(year, 2) === 29 ? 366 : 365)) return undefined;
    first = last = dayOf(year, 1, 1) + n - 1;
  }
  const p = partsOfDay(first === last ? first : first + 3);
  const x: DateExpr = { ...y, end: y.end + (w ?? o)![0].length, year: p.year, month: p.month, range: { start: first, end: last } };
  if (first === last) x.day = p.day;
  return x;
}

/**
 * Date expressions in folded text f[start, end). `original` is the writer's text (same offsets), used to tell
 * the month May from the verb may. `asOf` is the draft's date as a day number; `hints`, those of all of f (dateHints).
 */
/**
 * Author–year citations, as papers, reports and briefings cite their sources: in brackets, the names (capitalised
 * words, "and", "&", "et al.", after "see", "e.g." or "cited in") then the year, one citation after another's
 * semicolon ("(Smith, 2019; Hood et al., 2020)", "(see Kay, 2025: 3)", "(Devon County Council 2022, p. 4)"); in the
 * running text, a name and the year alone in brackets before a verb of what the work says ("Brown et al. (2017)
 * argue"); or a reference list's entry, a line opening with the names and the year in brackets ("Kay, A. (2025) 'Final
 * notice…'").
 */
const CITED_BEFORE = /(?:\(|;\s*)(?:(?:see(?:\s+also)?|e\.g\.|eg|cf\.?|cited\s+in|quoted\s+in)\s+)?[A-Z][\p{L}'\u2019.-]*(?:\s+(?:[A-Z][\p{L}'\u2019.-]*|and|&|of|the|for|et\s+al\.?))*,?\s*$/u;
const CITED_AFTER = /^[a-z]?(?:[,:]\s*(?:pp?\.\s*)?\d+(?:[-\u2013]\d+)?)?\s*[;)]/;
const CITING_BEFORE = /(?:\bet\s+al\.?|[A-Z][\p{L}'\u2019-]+)\s+\($/u;
const CITING_AFTER = /^[a-z]?\)\s+(?:argues?|argued|finds?|found|shows?|showed|notes?|noted|suggests?|suggested|describes?|described|writes?|wrote|reports?|reported|observes?|observed|concludes?|concluded|warns?|warned)\b/;
/** A work named by its author and year after a verb of using it ("Using Hearit (2006), discuss", "drawing on Kay (2025)"). */
const CITING_LEAD = /\b(?:[Uu]s(?:e|ing)|[Aa]pply(?:ing)?|[Ff]ollowing|[Dd]rawing\s+on|[Bb]uilding\s+on|[Aa]ccording\s+to|[Ss]ee|[Cc]f\.?|[Pp]er)\s+[A-Z][\p{L}'\u2019-]+(?:\s+(?:and|&)\s+[A-Z][\p{L}'\u2019-]+|\s+et\s+al\.?)?\s+\($/u;
/** An author's possessive before the year, a noun of the work after it ("Hood's (2011) blame-avoidance strategies"). */
const CITING_POSSESSIVE = /[A-Z][\p{L}-]+['\u2019]s?\s+\($/u;
const CITED_WORK_AFTER = /^[a-z]?\)\s+[a-z]/;
const REFERENCE_ENTRY = /^[\s>*\d.[\]-]*[A-Z][\p{L}'\u2019-]*(?:,?\s+(?:[A-Z][\p{L}'\u2019.-]*|and|&|et\s+al\.?))*\s+\($/u;
const REFERENCE_AFTER = /^[a-z]?\)[.,]?\s/;

/** A verb of the writer's own gathering of material right before a date (and its preposition). */
const WORK_BEFORE = /\b(?:accessed|retrieved|downloaded|collected|gathered|compiled|sampled|transcribed|searched|archived|viewed)(?:\s+(?:on|in|between|from|during|over|at))?[\s,:]*$/i;
/**
 * A document's name whose period follows it ("Improvement Plan 2027-2029", "Sufficiency Strategy 2025–28"): the years
 * are part of the name, no date of what the sentence tells of.
 */
const NAMED_PERIOD = /\b[A-Z][\p{L}'\u2019-]*\s+(?:Plan|Strategy|Programme|Framework|Budget|Vision|Policy|Accounts)\s*(?:\d{2,4}\s*[-\u2013/]\s*)?$/u;
/** What joins a span's first date to its last ("October 2025 and February 2026", "2024–2025"). */
const SPAN_TO = /^\s*(?:and|to|until|till|through|[-\u2013\u2014])\s*$/;

/**
 * Is the date at s the writer's own gathering of material ("accessed 3 March 2026", "collected between October 2025
 * and February 2026"), no date of anything the sentence tells of? So is the end of a span whose first date, ending at
 * `dropped`, was one.
 */
function writersOwn(original: string, start: number, s: number, dropped: number): boolean {
  return WORK_BEFORE.test(original.slice(Math.max(start, s - 40), s)) || (dropped >= 0 && SPAN_TO.test(original.slice(dropped, s)));
}

/** Is the bare year original[start, end) a citation's (see CITED_BEFORE)? */
function citedYear(original: string, start: number, end: number): boolean {
  const before = original.slice(Math.max(0, start - 80), start);
  const after = original.slice(end, end + 24);
  if ((CITED_BEFORE.test(before) && CITED_AFTER.test(after)) || (CITING_BEFORE.test(before) && CITING_AFTER.test(after))) return true;
  if ((CITING_LEAD.test(before) && /^[a-z]?\)/.test(after)) || (CITING_POSSESSIVE.test(before) && CITED_WORK_AFTER.test(after))) return true;
  // (a reference entry's year stands within 120 characters of its line's start)
  const line = lineBefore(original, start, 120);
  return line !== undefined && REFERENCE_AFTER.test(after) && REFERENCE_ENTRY.test(line);
}

/** "last year", "this month", "next week" (and "late last year"): reckoned from the draft's day. */
function relativeUnit(f: string, s: number, e: number, which: string, unit: string, asOf: number, asOfYear: number, asOfMonth: number): DateExpr {
  const delta = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'year') {
    const x: DateExpr = { start: s, end: e, year: asOfYear + delta, yearInferred: true, relation: 'in', relative: true };
    // "late last year", "early this year": the third of that year the word says
    const third = THIRD_BEFORE.exec(f.slice(Math.max(0, s - 7), s));
    if (third) {
      const [a, b] = YEAR_THIRDS[third[1]];
      x.start = s - third[0].length + third[0].indexOf(third[1]);
      x.range = { start: dayOf(x.year!, a, 1), end: dayOf(x.year!, b, daysInMonth(x.year!, b)) };
    }
    return x;
  }
  if (unit === 'month') {
    let mo = asOfMonth + delta, y = asOfYear;
    if (mo < 1) { mo = 12; y--; }
    if (mo > 12) { mo = 1; y++; }
    return { start: s, end: e, year: y, month: mo, yearInferred: true, relation: 'in', relative: true };
  }
  const d = asOf + delta * 7;
  return { start: s, end: e, yearInferred: true, relation: 'in', relative: true, range: { start: d - 6, end: d + 6 } };
}

/** A date and a clock time opening a line, then a sender and a colon: "[14/12/2022, 18:31] Jo P:", "14/12/2022 18:31 - Jo:". */
const STAMP_AFTER = /^,?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\]|\s[-\u2013\u2014]\s)\s*[^\s:][^:\n]{0,40}:/i;

/**
 * A date and a clock time that end their line: a post's or comment's stamp under its author ("**ExeValleyMum** · 18
 * June 2019, 08:14", "Posted 14 Dec 2022 10:02"), the time it was written, not of what it tells.
 */
const STAMP_ENDS_LINE = /^,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?[\s*_)\]]*(?:\r?\n|$)/i;

/**
 * A header's label before its day ("Sent: Thursday …", "Last updated on …"): the message's or story's date, which
 * dating the story reads.
 */
const HEADER_LABEL_BEFORE = /(?::|\b(?:updated|published|sent|dated)(?:\s+on)?)\s*(?:[a-z]+day,?\s+)?$/i;

function messageStamp(original: string, start: number, end: number): boolean {
  if (STAMP_ENDS_LINE.test(original.slice(end, end + 24)) && !HEADER_LABEL_BEFORE.test(original.slice(Math.max(0, start - 24), start))) return true;
  // only spaces and one "[" may stand between the line's start and the date: walked back over, not searched back to the
  // line's start (which, for every date of one long line, made the line's dates quadratic: test:growth, generated #4)
  let i = start;
  while (i > 0 && original.charCodeAt(i - 1) !== 10 && isJsSpace(original.charCodeAt(i - 1))) i--;
  if (i > 0 && original.charCodeAt(i - 1) === 91) i--;
  while (i > 0 && original.charCodeAt(i - 1) !== 10 && isJsSpace(original.charCodeAt(i - 1))) i--;
  return (i === 0 || original.charCodeAt(i - 1) === 10) && STAMP_AFTER.test(original.slice(end, end + 64));
}

export function findDates(f: string, original: string, start: number, end: number, asOf: number, hints?: DateHints): DateExpr[] {
  const out: DateExpr[] = [];
  const matches = dateMatches(f, start, end, hints);
  if (matches.length === 0) return out; // (most sentences)
  const { year: asOfYear, month: asOfMonth } = partsOfDay(asOf);
  let dropped = -1; // where the last date dropped as the writer's own (or a name's period) ends
  for (const m of matches) {
    const s = m.index;
    const e = s + m[0].length;
    let x: DateExpr | undefined;
    if (m[4] !== undefined) {
      x = dayMonth(f, original, s, e, m[1], m[2], m[3], m[4], m[5], asOfYear, asOfMonth);
    } else if (m[8] !== undefined) {
      // (a short month in lower case and two digits, typed notes' "dec 22", may be the year as well as the day: no date)
      if (m[10] === undefined && m[9].length === 2 && m[8].length <= 4 && /(?:^|[^A-Za-z])[a-z]{3,4}\s+\d\d$/.test(original.slice(s, e))) continue;
      x = dayMonth(f, original, s, e, m[6], m[7], m[9], m[8], m[10], asOfYear, asOfMonth);
    } else if (m[12] !== undefined) {
      x = { start: s, end: e, month: MONTH_WORDS[m[12]], year: yearWritten(m[13], asOfYear), yearInferred: false, relation: relationOf(m[11]), relative: false };
    } else if (m[15] !== undefined) {
      // "July this year": the year is said, relative to the draft's date
      const delta = m[16] === 'last' ? -1 : m[16] === 'next' ? 1 : 0;
      x = { start: s, end: e, month: MONTH_WORDS[m[15]], year: asOfYear + delta, yearInferred: false, relation: relationOf(m[14]), relative: true };
    } else if (m[18] !== undefined) {
      // (an author–year citation's year is the cited work's, no date of what the sentence tells)
      if (m[17] === undefined && citedYear(original, s, e)) continue;
      x = { start: s, end: e, year: +m[18], yearInferred: false, relation: relationOf(m[17]), relative: false };
      // "2022-W50-3", "2022-W49", "2022-348": an ISO week date, week or day of the year
      const iso = m[17] === undefined ? isoWeekOrOrdinal(f, x) : undefined;
      if (iso) x = iso;
      const third = m[17] === undefined ? undefined : yearThird(f, s, m[17]);
      if (third) x.range = { start: dayOf(x.year!, third[0], 1), end: dayOf(x.year!, third[1], daysInMonth(x.year!, third[1])) };
    } else if (m[19] !== undefined) {
      // ("the last month of the financial year", "the last year of his term": a part of something else, no date)
      if (/\bthe\s+$/.test(f.slice(Math.max(0, s - 5), s)) && /^\s+of\b/.test(f.slice(e, e + 4))) continue;
      x = relativeUnit(f, s, e, m[19], m[20], asOf, asOfYear, asOfMonth);
    } else if (m[21] !== undefined) {
      const n = Object.prototype.hasOwnProperty.call(NUMBER_WORDS, m[21]) ? NUMBER_WORDS[m[21]] : /^\d+$/.test(m[21]) ? +m[21] : undefined;
      if (n !== undefined) x = { start: s, end: e, year: asOfYear - n, yearInferred: true, relation: 'in', relative: true };
    } else if (m[24] !== undefined) {
      x = numericDayMonth(f, original, s, e, m, asOfYear, asOfMonth);
    } else if (m[29] !== undefined) {
      if (+m[29] >= 1 && +m[29] <= 12) x = { start: s, end: e, month: +m[29], year: +m[30], yearInferred: false, relation: relationOf(m[28]), relative: false };
    } else if (m[32] !== undefined) {
      x = isoDate(s, e, m);
    } else if (m[36] !== undefined) {
      // bare month: needs a relation word, or a capital letter (not the verb "may")
      const rel = m[35];
      const monthStart = e - m[36].length;
      const capital = /[A-Z]/.test(original[monthStart] ?? '');
      if ((rel || capital) && !(m[36] === 'may' && !capital) && !(m[36] === 'mar' || m[36] === 'jun' || m[36] === 'sep')) {
        const month = MONTH_WORDS[m[36]];
        x = {
          start: s, end: e, month, year: yearForMonth(month, rel, asOfYear, asOfMonth), yearInferred: true,
          relation: relationOf(rel), relative: true,
        };
      }
    } else if (m[38] !== undefined) {
      const wdStart = e - m[38].length;
      if (/[A-Z]/.test(original[wdStart] ?? '')) {
        x = {
          start: s, end: e, yearInferred: true, relation: relationOf(m[37]), relative: true,
          weekday: WEEKDAY_WORDS[m[38]], weekdayStart: wdStart, weekdayEnd: e,
        };
      }
    }
    // (a chat export's stamp, "[14/12/2022, 18:31] Jo:", or a post's, dates the message, not what it tells of)
    if (x && messageStamp(original, s, e)) continue;
    if (x && (writersOwn(original, start, s, dropped) || NAMED_PERIOD.test(original.slice(Math.max(start, s - 40), s)))) {
      dropped = e;
      continue;
    }
    dropped = -1;
    if (x) {
      if (!x.range) x.range = rangeOfExpr(x);
      out.push(x);
    }
  }
  return out;
}

// (and a request made in the first person, or a motion's, of now: "we call on", "I urge", "(c) call on")
const PRESENT_RE = /\b((?<=')(?:s|ve)(?=\s+(?:had|been|become)\b)|(?<=\b(?:we|i)\s+(?:also\s+|again\s+|therefore\s+|strongly\s+|now\s+)?)(?:call|urge|ask|appeal|implore|beg)(?=\s)|(?<=^[\s(]*[a-z0-9]?[).]?\s*)(?:call(?=\s+(?:on|upon)\b)|urge(?=\s))|is|are|isn't|aren't|remains?|now|currently|still|today|has|have|will|won't|sits|hasn't|haven't|faces|face|runs|leads|holds|chairs|says|insists|warns|admits|continues|continue|argues|claims|believes|wants|plans|hopes|expects|needs|says|insist|argue|admit|oversees|heads|controls|delivers|provides|commissions|funds|operates|manages|employs|serves|supports|offers)\b/;
// ("has had", "the council's had": a present perfect, no past)
const PAST_RE = /\b(was|were|(?<!\b(?:has|have)\s|'s\s|'ve\s)had|then|former|formerly|previously|at the time|did|wasn't|weren't|ex-|back in|used to)\b/;

export function tenseOf(text: string): { present: boolean; past: boolean } {
  return { present: PRESENT_RE.test(text), past: PAST_RE.test(text) };
}

/**
 * Clauses of the sentence f[start, end): split at semicolons, spaced dashes and middle dots, brackets and ", and/but/so/while/which/who…"
 * (and a relative pronoun after its preposition: ", by whom …", ", in which …"), and at a second "that" clause ("knows that
 * the party took charge in May 2025 and that X is …").
 */
const CLAUSE_RE = /;|\s[\/\u00b7\u2022]\s|\s-+\s|,\s+(?:and|but|yet|so(?=\s)|while|whereas|although|though|after|before|which|who|whose|having|(?:by|to|for|with|from|of|under|in|at|on|during)\s+(?:whom|which))\b|\s(?:while|whereas|but)\s|\sand\s+that\s(?=(?:the|a|an|he|she|it|they|we|i|cllr|councillor|council|his|her|its|their)\s)/g;

export function clauses(f: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (const m of execIn(CLAUSE_RE, f, start, end)) {
    if (m.index > s) out.push({ start: s, end: m.index });
    s = m.index + m[0].length;
  }
  if (end > s) out.push({ start: s, end });
  return out;
}

/** A month dated from the draft's day by a word of its own ("this May", "last month", "next week"): left as it is. */
export const OWN_RELATIVE = /^(?:this|last|next|earlier this|later this)\b/;
/** The most days a context date may span for its year to date a month written without one: a year. */
const ONE_YEAR = 366;

/**
 * Months written without a year ("**Early December** — …", "14 December:") under a heading, list lead, table column
 * or question that gives one ("## 2022", "- 2022", "In December 2022 |"): they take its year (the latest such
 * month not after the context's end), not the draft's. Changes `dates` in place.
 */
export function yearFromContext(dates: DateExpr[], f: string, context: DayRange): void {
  if (context.end - context.start > ONE_YEAR) return;
  const { year, month: endMonth } = partsOfDay(context.end);
  for (const x of dates) {
    if (!x.yearInferred || x.month === undefined || OWN_RELATIVE.test(f.slice(x.start, x.start + 12))) continue;
    x.year = x.month <= endMonth ? year : year - 1;
    x.range = rangeOfExpr(x);
  }
}

/** What may stand before a timeline entry's lead date (a table's bar, a bullet, emphasis), and the separator after it. */
const LEAD_BEFORE = /^[\s|*_#>-]*$/;
const LEAD_AFTER = /^[\s*_]*(?:\||[–—:]|-\s)/;

/**
 * The date a timeline entry opens with ("| Mar 2026 | …", "**May 2021** – …"): a month and year written out, first in
 * the sentence f[start, …), with a separator after it. The entry's own relative dates ("from this month") are reckoned
 * from it, not from the draft's date.
 */
export function leadDate(f: string, start: number, dates: DateExpr[]): DateExpr | undefined {
  const d = dates[0];
  if (!d || !d.range || d.relative || d.yearInferred || d.month === undefined) return undefined;
  if (!LEAD_BEFORE.test(f.slice(start, d.start)) || !LEAD_AFTER.test(f.slice(d.end, d.end + 8))) return undefined;
  return d;
}

/** Words before a month in its clause that set it to come ("the report is due in April", "will be published in May"). */
const TO_COME_BEFORE = /\b(?:will|shall|is due|are due|due to|is expected|are expected|is set to|are set to|is scheduled|are scheduled|is to be|are to be)\b/;

/**
 * A month written without a year or a day, in a clause that says it is to come ("their report is due in April",
 * written in February): the coming one, not the last. Changes `dates` of the sentence f[start, end) in place.
 */
export function comingMonths(dates: DateExpr[], f: string, start: number, end: number, asOf: number): void {
  for (const x of dates) {
    if (!x.yearInferred || x.year === undefined || x.month === undefined || x.day !== undefined || !x.range || x.range.end >= asOf) continue;
    if (x.relation !== 'in' || OWN_RELATIVE.test(f.slice(x.start, x.start + 12))) continue;
    const clause = clauses(f, start, end).find((c) => x.start >= c.start && x.start < c.end);
    if (!clause || !TO_COME_BEFORE.test(f.slice(clause.start, x.start))) continue;
    x.year += 1;
    x.range = rangeOfExpr(x);
  }
}

/**
 * The dates of the sentence f[start, end) as its words set them: findDates, with a timeline entry's relative dates
 * ("| Mar 2026 | … from this month |") reckoned from the date it opens with, and a month said to be coming the next one.
 */
export function sentenceDates(f: string, original: string, start: number, end: number, asOf: number, hints?: DateHints): DateExpr[] {
  const dates = findDates(f, original, start, end, asOf, hints);
  const lead = dates.length > 1 && dates.some((d) => d.relative) ? leadDate(f, start, dates) : undefined;
  if (lead) return findDates(f, original, start, end, lead.range!.start, hints);
  if (dates.length) comingMonths(dates, f, start, end, asOf);
  if (dates.length > 1) yearBeforeMonth(dates, f, start);
  // "in January 2020 – not 2019, not 2021": an alternative ruled out beside the date given is no date of anything
  return dates.length > 1 ? dates.filter((d) => !(d.relation === 'none' && RULED_OUT_DATE.test(f.slice(Math.max(start, d.start - 8), d.start)))) : dates;
}

/** What stands before a date ruled out beside another: a comma or dash, then "not" ("…, not 2019", "– not 2021"). */
const RULED_OUT_DATE = /[,;\u2013\u2014-]\s*not\s+$/;

/** After a month: "of that year", "of the same year". */
const OF_THAT_YEAR = /^\s+of\s+(?:that|the\s+same)\s+year\b/;
/**
 * After a month, with no "of": "by July that year", "in May the same year". Not from a span's start to its end ("from
 * inadequate in 2015 to good in July that year" is the story's year, not the span's start).
 */
const THAT_YEAR = /^\s+(?:that|the\s+same|that\s+same)\s+year\b/;

/**
 * "2022, early December", "2022, 14 December": a month written without a year right after a year and a comma takes it
 * (and is no longer reckoned from the draft's day); so does one "of that year" or "that year" after the date before it. Changes
 * `dates` in place.
 */
export function yearBeforeMonth(dates: DateExpr[], f: string, start = -1): void {
  for (let k = 1; k < dates.length; k++) {
    const x = dates[k], y = dates[k - 1];
    if (!x.yearInferred || x.month === undefined || y.year === undefined || y.yearInferred) continue;
    // (or, a year told before, "January of that year": "rated inadequate since 2020 — the verdict came in January of that year")
    const after = f.slice(x.end, x.end + 24);
    if (!(y.month === undefined && YEAR_THEN_MONTH.test(f.slice(y.end, x.start))) && !OF_THAT_YEAR.test(after) &&
      !(THAT_YEAR.test(after) && !spanStart(f, y, x)) && !frontedYear(f, start, y, x)) continue;
    x.year = y.year;
    x.yearInferred = false;
    x.relative = false;
    x.range = rangeOfExpr(x);
  }
}
/**
 * A year alone that opens the sentence as its setting, set off by a comma ("In 2025, after Labour took charge in
 * May, …", "Then, in 2025, …"): the months the sentence names after it are that year's.
 */
function frontedYear(f: string, start: number, y: DateExpr, x: DateExpr): boolean {
  if (start < 0 || y.month !== undefined || y.relation !== 'in' || y.end - start > 24 || !FRONTED_YEAR.test(f.slice(start, y.end))) return false;
  // (with no comma, "In 2022 a revisit in March found …", only a month in the clause the year opens)
  return /^\s*,/.test(f.slice(y.end, y.end + 3)) || !CLAUSE_BREAK.test(f.slice(y.end, x.start));
}
/**
 * What ends the clause a fronted year opens, or leaves it for another time: a comma, semicolon, colon or dash, a word
 * joining another clause, or one of a span or a prospect ("could be taken off … from March").
 */
const CLAUSE_BREAK = /[,;:\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|until|before|after|since|from|by|that|which|who|will|would|could|should|might)\b/;
const FRONTED_YEAR = /^[\s*_>-]*(?:(?:then|and|but|so|later|back)\s*,?\s+)?in\s+\d{4}$/;

/** Is date y the start of a span ("from … in 2015 to … in") that x ends? */
function spanStart(f: string, y: DateExpr, x: DateExpr): boolean {
  return /\bfrom\b[^.;]*$/i.test(f.slice(Math.max(0, y.start - 40), y.start)) && /^[\s,]+to\b/i.test(f.slice(y.end, x.start));
}

/** What stands between a year and the month after it that takes its year: a comma. */
export const YEAR_THEN_MONTH = /^,\s*$/;
