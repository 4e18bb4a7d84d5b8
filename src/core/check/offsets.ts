/**
 * Times reckoned from a happening the sources date: "two years after the joint visit", "a month before the meeting".
 * The happening named after "after" or "before" must be one event (by its noun or a phrase of its cues); the time is
 * its date moved by the length, give or take a little, and dates whatever the clause tells of as an explicit date would.
 */
import { Ctx, SentenceInfo } from './context';
import { DateExpr } from '../extract/dates';
import { EVENT_NOUNS, LENGTH_QUALIFIERS, UNIT_WORDS } from '../lexicon';
import { escapeRegExp } from '../text/words';
import { Model } from '../model/model';

const LENGTH_WORDS: Record<string, number> = { ...UNIT_WORDS, a: 1, an: 1 };

/** A length, then "after"/"before" and a definite noun phrase: number (1), unit (2), direction (3). */
const OFFSET_RE = new RegExp(
  `\\b(\\d+|${Object.keys(LENGTH_WORDS).join('|')})\\s+(days?|weeks?|months?|years?)\\s+(after|before|later than|earlier than)\\s+(?:the|its|their)\\s+`,
  'g',
);
/** Words before a length that make it no plain offset ("more than a year after", "within two years of"). */
const QUALIFIED = new RegExp(`\\b(?:${[...Object.keys(LENGTH_QUALIFIERS), 'within', 'just'].join('|')})\\s+$`);

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };
/** How far either way a length in each unit may be meant ("two years after" is said of 18 months to 30). */
const SLACK_DAYS: Record<string, number> = { day: 0, week: 3, month: 10, year: 183 };

/** A phrase of an event's cues that may name it after "after" or "before", as a pattern (see offsetCues). */
export interface OffsetCue {
  id: string;
  len: number;
  re: RegExp;
}

/**
 * Every event's cues that can name it after an offset, in the model's order, made once per engine (the patterns were
 * made again for every offset found: profiled).
 */
export function offsetCues(m: Model): OffsetCue[] {
  const out: OffsetCue[] = [];
  for (const e of m.events) {
    // (an arrangement standing when its source saw it is no point to reckon a time from)
    if (e.standing) continue;
    for (const c of e.cueList) {
      // a phrase of the event's may follow a word or two ("the 2018 joint visit"); a bare noun stands right after the
      // article ("the meeting", not "the council election": another kind of that happening)
      const phrase = c.includes(' ');
      if (!phrase && !(EVENT_NOUNS as readonly string[]).includes(c)) continue;
      out.push({ id: e.id, len: c.length, re: new RegExp(`^(?:[a-z0-9'-]+\\s+){0,${phrase ? 2 : 0}}?${escapeRegExp(c)}\\b`) });
    }
  }
  return out;
}

/** The event a phrase right after `at` names: a noun or phrase of its cues, alone or after one or two words. */
function namedEvent(ctx: Ctx, at: number, cues: readonly OffsetCue[]): string | undefined {
  const head = ctx.masked.slice(at, at + 40);
  let best: { id: string; len: number } | undefined;
  let tie = false;
  for (const c of cues) {
    if (!c.re.test(head)) continue;
    if (!best || c.len > best.len) [best, tie] = [{ id: c.id, len: c.len }, false];
    else if (c.len === best.len && best.id !== c.id) tie = true;
  }
  return best && !tie ? best.id : undefined;
}

/** The times the sentence reckons from sourced events, as dates of their own. */
export function offsetDates(ctx: Ctx, s: SentenceInfo, cues: readonly OffsetCue[]): DateExpr[] {
  const out: DateExpr[] = [];
  const text = ctx.masked.slice(s.start, s.end);
  // every offset holds one of these words, and most sentences none: a plain search is far cheaper than OFFSET_RE (profiled)
  if (!text.includes('after') && !text.includes('before') && !text.includes(' than')) return out;
  for (const r of text.matchAll(OFFSET_RE)) {
    const start = s.start + r.index!;
    if (QUALIFIED.test(ctx.masked.slice(Math.max(s.start, start - 16), start))) continue;
    const id = namedEvent(ctx, start + r[0].length, cues);
    const e = id && ctx.m.events.find((x) => x.id === id);
    if (!e) continue;
    const unit = r[2].replace(/s$/, '');
    const n = /^\d/.test(r[1]) ? +r[1] : LENGTH_WORDS[r[1]];
    const sign = r[3] === 'after' || r[3] === 'later than' ? 1 : -1;
    const shift = Math.round(sign * n * UNIT_DAYS[unit]);
    const slack = SLACK_DAYS[unit];
    const end = start + r[0].indexOf(r[3], r[0].indexOf(r[2])) + r[3].length;
    out.push({
      start, end, yearInferred: true, relation: 'in', relative: true, reference: e.id,
      range: { start: e.range.start + shift - slack, end: e.range.end + shift + slack },
    });
  }
  return out;
}
