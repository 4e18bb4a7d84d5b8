/**
 * A weekday that the calendar puts on another day: "Tuesday 14 December 2022" (14 December 2022 was a Wednesday).
 * Only a date written with weekday, day and month (its year written, or left out in a draft of the weeks just after that
 * day: "Thu 14/12" in a notebook of that week, where the year can only be the draft's) and only a day on which a sourced event happened, whose source is cited: whatever the
 * sentence is about, that day's weekday is certain.
 *
 * Examples: "Children's services item, Tuesday 14 December 2022" → Wednesday (the cabinet met that day);
 * "Tue 14/12" written in December 2022 → Wednesday; "Wednesday 14 December 2022" → nothing; "meets on Thursday 14
 * December" written in November 2023 (a year left out of a day further off may be any year's) or "Tuesday 3 May 2022" (no sourced event that day) → nothing.
 */
import { Ctx, SentenceInfo } from './context';
import { Model } from '../model/model';
import { addFinding } from './findings';
import { defineRule } from './rule';
import { MONTH_NAMES, WEEKDAYS, weekdayOf } from '../time/dates';

type ModelEvent = Model['events'][number];

/** The most days before the draft's date that a day written without its year may lie and still be the draft's year's. */
const RECENT_DAYS = 56;

/** The sourced events of a single day, by that day. */
function eventsByDay(m: Model): Map<number, ModelEvent> {
  const ix = new Map<number, ModelEvent>();
  for (const e of m.events) if (e.range.start === e.range.end && !ix.has(e.range.start)) ix.set(e.range.start, e);
  return ix;
}

export const weekdaysRule = defineRule<Map<number, ModelEvent>>({
  id: 'weekdays',
  kinds: ['date'],
  description: 'A weekday the calendar puts on another day, in a whole date on which a sourced event happened.',
  build: eventsByDay,
  checkSentence: checkWeekdays,
});

export function checkWeekdays(ctx: Ctx, s: SentenceInfo, byDay: Map<number, ModelEvent>): void {
  for (const d of s.dates) {
    if (d.weekday === undefined || d.weekdayStart === undefined || d.day === undefined || d.month === undefined || d.year === undefined || !d.range) continue;
    if (d.yearInferred && !(d.range.start <= ctx.asOf && ctx.asOf - d.range.start <= RECENT_DAYS)) continue;
    const e = byDay.get(d.range.start);
    if (!e) continue;
    const actual = weekdayOf(d.year, d.month, d.day);
    const written = WEEKDAYS[d.weekday];
    if (written === actual) continue;
    addFinding(ctx, {
      start: d.weekdayStart, end: d.weekdayEnd!, kind: 'date', severity: 'error',
      message: `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year} was a ${actual}, not a ${written} (${e.summary}).`,
      suggestions: [actual],
      citations: [ctx.m.dataset.cite(e.evidence)],
      claimKey: `date:${e.id}:weekday:${d.weekday}`,
    });
  }
}
