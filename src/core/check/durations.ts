/**
 * How long someone held a post, against a duration the sources tie to that person ("stayed for 18 months",
 * "lasted just over a year"): a length of time in a sentence that names the person, compared in months.
 * A written length is read as loosely as people write it ("two years" is 21 to 27 months, "about two years" wider,
 * "less than two years" anything under), and a loose source ("just over a year") as the span its data gives; only
 * lengths that cannot meet are flagged.
 */
import { Ctx, Mention, SentenceInfo } from './context';
import { NumberFact } from '../data/schema';
import { hasAny } from '../text/words';
import { addFinding } from './findings';
import { clauseAt } from './time';
import { defineRule } from './rule';
import { Model } from '../model/model';
import { LENGTH_QUALIFIERS } from '../lexicon';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, 'twenty-four': 24,
};

/**
 * A length of time: an optional qualifier (group 1), a number (2), "and a half" (3), the unit (4), "and a half" after
 * it (5): "just over a year", "18 months", "two and a half years", "a year and a half", "an 18-month spell".
 */
const LENGTH = new RegExp(
  `\\b(?:(${[...Object.keys(LENGTH_QUALIFIERS), 'only', 'just'].sort((a, b) => b.length - a.length).join('|')})\\s+)?` +
  `(\\d+|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})(\\s+and\\s+a\\s+half)?[- ](years?|months?)\\b(\\s+and\\s+a\\s+half)?`,
  'g',
);

/** A claimed length as the months it may mean. */
function claimed(r: RegExpMatchArray): { lo: number; hi: number } | undefined {
  const n = /^\d/.test(r[2]) ? parseInt(r[2], 10) : NUMBER_WORDS[r[2]];
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const years = r[4].startsWith('year');
  const half = r[3] || r[5] ? 0.5 : 0;
  const x = years ? (n + half) * 12 : n + half;
  // a round number of years is said of anything within a quarter of a year of it; months are said as they are
  const slack = years ? 3 : 0;
  switch (LENGTH_QUALIFIERS[r[1]]) {
    case 'justOver':
      return { lo: x, hi: x * 1.5 };
    case 'over':
      return { lo: x, hi: Infinity };
    case 'nearly':
      return { lo: x * 0.75, hi: x };
    case 'under':
      return { lo: 0, hi: x };
    case 'about':
      return { lo: x * 0.8 - slack, hi: x * 1.2 + slack };
    default:
      return { lo: x - slack, hi: x + slack };
  }
}

/**
 * The person the length is said of: the subject of its clause (the first person it names before the length), or for a
 * "who" clause the person it follows ("Stuart Collins, who lasted just over a year"), else the first person the
 * sentence names before it, else the first after it.
 */
function personAt(ctx: Ctx, s: SentenceInfo, pos: number): Mention | undefined {
  const clause = clauseAt(s, pos);
  const sorted = s.mentions.slice().sort((a, b) => a.start - b.start);
  const inClause = sorted.find((m) => m.start >= clause.start && m.end <= pos);
  if (inClause) return inClause;
  if (/\bwho\s*$/.test(ctx.masked.slice(Math.max(s.start, clause.start - 8), clause.start))) {
    const antecedent = sorted.filter((m) => m.end <= clause.start).pop();
    if (antecedent) return antecedent;
  }
  return sorted.find((m) => m.end <= pos) ?? sorted.find((m) => m.start >= pos);
}

/** The lengths of time the sources tie to a person. */
function personLengths(m: Model): NumberFact[] {
  return m.numbers.filter((n) => n.unit === 'months' && n.about?.person);
}

export const durationsRule = defineRule<NumberFact[]>({
  id: 'durations',
  kinds: ['number'],
  description: 'How long a person held a post, against the length the sources give for them.',
  build: personLengths,
  checkSentence: checkDurations,
});

export function checkDurations(ctx: Ctx, s: SentenceInfo, facts: NumberFact[]): void {
  if (s.mentions.length === 0) return;
  if (facts.length === 0) return;
  // (matchAll works on a copy of the pattern: nothing shared is left changed)
  for (const r of ctx.masked.slice(s.start, s.end).matchAll(LENGTH)) {
    const start = s.start + r.index!;
    const who = personAt(ctx, s, start);
    const fact = who && facts.find((n) => n.about!.person === who.person.person.id);
    if (!fact || !hasAny(ctx.masked, fact.cues.map((c) => c.toLowerCase()), s.start, s.end)) continue;
    const claim = claimed(r);
    if (!claim) continue;
    const lo = Math.min(...fact.values), hi = Math.max(...fact.values);
    if (claim.hi >= lo && claim.lo <= hi) continue;
    reportLength(ctx, fact, who.person.person.name, start, start + r[0].length);
  }
}

function reportLength(ctx: Ctx, fact: NumberFact, name: string, start: number, end: number): void {
  const cite = ctx.m.dataset.cite(fact.evidence);
  addFinding(ctx, {
    start, end, kind: 'number', severity: 'error',
    message: `Sources say ${name} lasted ${fact.text}, not ${ctx.text.slice(start, end)}: “${cite.quote}”`,
    suggestions: [fact.text],
    citations: [cite],
    claimKey: `number:${fact.id}:${ctx.masked.slice(start, end)}`,
  });
}
