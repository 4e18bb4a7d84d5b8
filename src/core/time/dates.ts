/**
 * Calendar helpers on plain integers: a day is the number of days since 1970-01-01 (UTC).
 * Partial dates ("2022", "2022-12", "2022-12-14") become inclusive day ranges.
 */

export interface DayRange {
  start: number;
  end: number;
}

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

export const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

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

export function rangeOf(s: string): DayRange {
  return rangeOfParts(parsePartialDate(s));
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

/** "January 2020", "14 December 2022", "2020" — a partial date the way a British writer prints it. */
export function formatPartialDate(s: string): string {
  const p = parsePartialDate(s);
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${MONTH_NAMES[p.month - 1]} ${p.year}`;
  return `${p.day} ${MONTH_NAMES[p.month - 1]} ${p.year}`;
}

export function partsOfDay(day: number): { year: number; month: number; day: number } {
  // asked for the draft's date once per sentence: the last answer is kept
  if (day === lastParts.day) return lastParts.parts;
  const d = new Date(day * MS_PER_DAY);
  const parts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  lastParts = { day, parts };
  return parts;
}
let lastParts: { day: number; parts: { year: number; month: number; day: number } } = { day: NaN, parts: { year: 0, month: 0, day: 0 } };

/** A date as a person reads it, fit to stand inside brackets: "late 2025 (month unknown)" → "late 2025, month unknown". */
export function inBrackets(display: string): string {
  return display.replace(/\s*\(([^()]*)\)/g, ', $1');
}
