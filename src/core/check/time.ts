/**
 * When a claim is set: an explicit or relative date in its clause or sentence ("in 2022", "this May",
 * "since 2020"), else an earlier date in the paragraph, else the tense (present tense means the draft's date).
 */
import { Ctx, SentenceInfo, clausesOf, tenseOfSentence } from './context';
import { DayRange } from '../time/dates';
import { DateExpr, tenseOf } from '../extract/dates';

export interface ClaimTime {
  range: DayRange;
  /** The sentence or paragraph gives a date. */
  explicit: boolean;
  /** Present tense, or "now"/"currently": the claim is made about the draft's date. */
  present: boolean;
}

export function clauseAt(s: SentenceInfo, pos: number): { start: number; end: number } {
  for (const c of clausesOf(s)) if (pos >= c.start && pos < c.end) return c;
  return s;
}

export function claimTime(ctx: Ctx, s: SentenceInfo, pos: number, accept?: (d: DateExpr) => boolean): ClaimTime {
  const clause = clauseAt(s, pos);
  const usable = s.dates.filter((d) => (d.range && d.weekday === undefined || (d.range && d.day !== undefined)) && (!accept || accept(d)));
  const pick = (list: typeof usable) => {
    let best = list[0];
    let bestDist = Infinity;
    for (const d of list) {
      const dist = d.start >= pos ? d.start - pos : pos - d.end;
      if (dist < bestDist) {
        best = d;
        bestDist = dist;
      }
    }
    return best;
  };
  const inClause = usable.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const d = inClause.length ? pick(inClause) : usable.length ? pick(usable) : undefined;
  const clauseText = ctx.masked.slice(clause.start, clause.end);
  const tense = tenseOf(clauseText);
  const st = tenseOfSentence(s);
  const present = tense.present && !tense.past ? true : tense.past ? false : st.present && !st.past;
  if (d && d.range) {
    const range = d.relation === 'since' || d.relation === 'from' ? { start: d.range.start, end: Math.max(d.range.end, ctx.asOf) } : d.range;
    return { range, explicit: true, present: false };
  }
  if (!present) {
    // a date set earlier in the paragraph carries over to sentences that do not give their own
    for (let i = s.index - 1; i >= 0 && i >= s.index - 2; i--) {
      const prev = ctx.sentences[i].dates.filter((x) => x.range && !x.relative && x.year !== undefined && (x.relation === 'in' || x.relation === 'on' || x.relation === 'none'));
      if (prev.length) {
        const r = prev[prev.length - 1].range!;
        return { range: r, explicit: true, present: false };
      }
    }
  }
  return { range: { start: ctx.asOf, end: ctx.asOf }, explicit: false, present };
}
