/**
 * Calendar helpers on plain integers: a day is the number of days since 1970-01-01 (UTC).
 * Partial dates ("2022", "2022-12", "2022-12-14") become inclusive day ranges.
 */
import { MONTHS, WEEKDAYS as WEEKDAY_WORDS, capitalise } from '../lexicon';

export interface DayRange {
  start: number;
  end: number;
}

export const MONTH_NAMES = MONTHS.map(capitalise);

/** The weekdays' names, Sunday first (as Date.getUTCDay counts them). */
export const WEEKDAYS = [WEEKDAY_WORDS[6], ...WEEKDAY_WORDS.slice(0, 6)].map(capitalise);

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function weekdayOf(year: number, month: number, day: number): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
}

export function parsePartialDate(s: string): PartialDateParts {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) throw new Error(`not a date: ${s}`);
  return { year: +m[1], month: m[2] ? +m[2] : undefined, day: m[3] ? +m[3] : undefined };
}

export function rangeOfParts(p: PartialDateParts): DayRange {
  if (p.month === undefined) return { start: dayOf(p.year, 1, 1), end: dayOf(p.year, 12, 31) };
  if (p.day === undefined) return { start: dayOf(p.year, p.month, 1), end: dayOf(p.year, p.month, daysInMonth(p.year, p.month)) };
  const d = dayOf(p.year, p.month, p.day);
  return { start: d, end: d };
}

/** The days of a partial date, or of a range of two ("2024-09/2024-10": 1 September to 31 October 2024). */
export function rangeOf(s: string): DayRange {
  const cut = s.indexOf('/');
  if (cut < 0) return rangeOfParts(parsePartialDate(s));
  return { start: rangeOfParts(parsePartialDate(s.slice(0, cut))).start, end: rangeOfParts(parsePartialDate(s.slice(cut + 1))).end };
}

/** The first and last partial dates of a date or range ("2024-09/2024-10"); both the same date when it is no range. */
export function boundsOf(s: string): { first: PartialDateParts; last: PartialDateParts } {
  const cut = s.indexOf('/');
  if (cut < 0) {
    const p = parsePartialDate(s);
    return { first: p, last: p };
  }
  return { first: parsePartialDate(s.slice(0, cut)), last: parsePartialDate(s.slice(cut + 1)) };
}

/** A strict YYYY-MM-DD check (real calendar day). */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = +m[1], mo = +m[2], d = +m[3];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * "January 2020", "14 December 2022", "2020" — a partial date the way a British writer prints it; a range as
 * "September and October 2024", "January to September 2023", "December 2024 to January 2025".
 */
export function formatPartialDate(s: string): string {
  const cut = s.indexOf('/');
  if (cut >= 0) {
    const a = parsePartialDate(s.slice(0, cut)), b = parsePartialDate(s.slice(cut + 1));
    const tail = formatPartialDate(s.slice(cut + 1));
    if (a.year !== b.year || a.month === undefined || a.day !== undefined || b.day !== undefined) return `${formatPartialDate(s.slice(0, cut))} to ${tail}`;
    return `${MONTH_NAMES[a.month - 1]} ${b.month === a.month + 1 ? 'and' : 'to'} ${tail}`;
  }
  const p = parsePartialDate(s);
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${MONTH_NAMES[p.month - 1]} ${p.year}`;
  return `${p.day} ${MONTH_NAMES[p.month - 1]} ${p.year}`;
}

export function partsOfDay(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A date as a person reads it, fit to stand inside brackets: "late 2025 (month unknown)" → "late 2025, month unknown". */
export function inBrackets(display: string): string {
  return display.replace(/\s*\(([^()]*)\)/g, ', $1');
}

/**
 * How long before a happening (or a figure first given) a draft is written for it to be no preview of it: half a
 * year, in days. A draft of 2018 cannot tell of a count first given in December 2022.
 */
export const LONG_BEFORE = 183;
