/**
 * Dates that do not exist: "31 September", "30 February", "29 February 2023", "June 31". Whatever the sources say,
 * such a date is a slip, flagged as a date. It needs nothing from the data, and a day the month has is never flagged.
 * (Also the example of a new check: this file and one line in registry.ts.)
 */
import { Ctx, SentenceInfo } from './context';
import { addFinding } from './findings';
import { defineRule } from './rule';
import { MONTHS } from '../lexicon';
import { MONTH_NAMES, daysInMonth } from '../time/dates';
import { execIn } from '../text/words';
import { digitIn } from '../extract/dates';

const MONTH = `(${MONTHS.join('|')})`;
/** "31 September [2024]", "31st of September" (day 1, month 2, year 3) in folded text. */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
/** "September 31[, 2024]" (month 1, day 2, year 3). */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:-|–|to)\\s*\\d)(?:,?\\s+(\\d{4})\\b)?`, 'g');

/** A leap year: a day of February without a year is read as possible in one. */
const ANY_LEAP_YEAR = 2024;

export const calendarRule = defineRule<undefined>({
  id: 'calendar',
  kinds: ['date'],
  description: 'Dates no calendar has: a day past the end of its month ("31 September", "29 February 2023").',
  build: () => undefined,
  checkSentence: (ctx, s) => checkCalendar(ctx, s),
});

export function checkCalendar(ctx: Ctx, s: SentenceInfo): void {
  // both patterns need a digit, and most sentences have none: the paragraph's date hints say so without a search
  if (!digitIn(ctx.dateHints, s.masked, s.start, s.end)) return;
  for (const r of execIn(DAY_MONTH, s.masked, s.start, s.end)) report(ctx, r, Number(r[1]), r[2], r[3]);
  for (const r of execIn(MONTH_DAY, s.masked, s.start, s.end)) report(ctx, r, Number(r[2]), r[1], r[3]);
}

function report(ctx: Ctx, r: RegExpExecArray, day: number, monthWord: string, yearText: string | undefined): void {
  const month = (MONTHS as readonly string[]).indexOf(monthWord) + 1;
  const monthAt = r.index + r[0].indexOf(monthWord);
  // a month is written with a capital ("may" is a verb); a day above 31 is no day at all (a count, an address)
  if (!/^[A-Z]/.test(ctx.text.slice(monthAt, monthAt + 1)) || day < 1 || day > 31) return;
  const year = yearText === undefined ? undefined : Number(yearText);
  const days = daysInMonth(year ?? ANY_LEAP_YEAR, month);
  if (day <= days) return;
  const name = MONTH_NAMES[month - 1];
  addFinding(ctx, {
    start: r.index, end: r.index + r[0].length, kind: 'date', severity: 'error',
    message: `There is no ${day} ${name}${year !== undefined ? ` ${year}` : ''}: ${name}${year !== undefined && month === 2 ? ` ${year}` : ''} has ${days} days.`,
    suggestions: [],
    citations: [],
    claimKey: `date:calendar:${day}-${month}${year !== undefined ? `-${year}` : ''}`,
  });
}
