/**
 * Dated events in a writer's source, read conservatively: a date the engine's date reader finds (with its year written,
 * or worked out from the source's own date), in a clause with a word for something that happens (rated, inspected,
 * visited, met, elected, appointed, published, apologised…) and a body or person the engine's readers name in the same
 * sentence. The event is compared only in a draft clause with the same happening word and the same body or person,
 * never in a sentence about another place, and only with a date within a year of it (the kind may recur). Anything
 * less certain is left out.
 */
import { Ctx } from '../check/context';
import { Model } from '../model/model';
import { DataFiles } from '../data/loader';
import { Event, Source } from '../data/schema';
import { findDates, clauses } from '../extract/dates';
import { rangeOf } from '../time/dates';
import { findPhrase } from '../text/words';

export interface FactPara {
  start: number;
  text: string;
  f: string;
  ctx: Ctx;
}

/** Words for happenings, and the forms a draft may use of each (the cues the event is found by). */
const HAPPENINGS: Record<string, string[]> = {
  rated: ['rated', 'rating', 'judged'],
  inspected: ['inspected', 'inspection', 'inspectors'],
  inspection: ['inspected', 'inspection', 'inspectors'],
  visit: ['visit', 'visited', 'visits'],
  visited: ['visit', 'visited'],
  revisit: ['revisit', 'revisited', 'return visit'],
  meeting: ['meeting', 'met'],
  elected: ['elected', 'election', 'elections'],
  elections: ['elected', 'election', 'elections'],
  election: ['elected', 'election', 'elections'],
  appointed: ['appointed', 'appointment'],
  apologised: ['apologised', 'apologized', 'apology', 'apologies'],
  published: ['published', 'publication'],
  resigned: ['resigned', 'resignation'],
  'took charge': ['took charge', 'took control', 'took over'],
  'took over': ['took charge', 'took control', 'took over'],
  'improvement notice': ['improvement notice'],
};
const HAPPENING_KEYS = Object.keys(HAPPENINGS).sort((a, b) => b.length - a.length);

export function ingestFacts(m: Model, paras: FactPara[], sourceId: string, file: string, source: Source): DataFiles['facts.json'] {
  const events: Event[] = [];
  const dated = source.published.note?.startsWith("From the file's") ?? false;
  const asOf = rangeOf(source.published.reference).start;
  for (const p of paras) {
    const { ctx, f } = p;
    for (const s of ctx.sentences) {
      let ds;
      try {
        ds = findDates(f, p.text, s.start, s.end, asOf);
      } catch {
        continue;
      }
      if (!ds.length) continue;
      const sentence = f.slice(s.start, s.end);
      const inQuote = (i: number) => ctx.quotes.some((q) => q.depth === 0 && i >= q.innerStart && i < q.innerEnd);
      // one date in the sentence: two dates in one sentence are too easily two happenings
      const usable = ds.filter((d) => d.year !== undefined && !d.weekday && (dated || !d.yearInferred) && (d.relation === 'in' || d.relation === 'on' || d.relation === 'none'));
      if (usable.length !== 1 || ds.length > 2) continue;
      const d = usable[0];
      if (inQuote(d.start)) continue;
      const clause = clauses(f, s.start, s.end).find((c) => c.start <= d.start && d.end <= c.end);
      if (!clause) continue;
      // no other date in the clause, and the happening word near the date (within 80 characters, no date between)
      if (ds.some((o) => o !== d && o.start < clause.end && o.end > clause.start)) continue;
      const from = Math.max(clause.start, d.start - 80), to = Math.min(clause.end, d.end + 80);
      const near = f.slice(from, to);
      const happening = HAPPENING_KEYS.find((k) => findPhrase(near, k) >= 0);
      if (!happening) continue;
      // who it is about: a body or person the readers name in the sentence
      const who = new Set<string>();
      for (const op of m.orgPhrases) {
        const ph = op.phrase.toLowerCase();
        if (ph.length >= 4 && !op.org.generic && findPhrase(sentence, ph) >= 0 && !/^the (council|department|service|authority)$/.test(ph)) who.add(ph);
      }
      for (const x of s.mentions) who.add(x.person.surname);
      if (!who.size) continue;
      const others = m.places.others.filter((pl) => findPhrase(sentence, pl) < 0);
      const date = d.day !== undefined && d.month !== undefined
        ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
        : d.month !== undefined ? `${d.year}-${String(d.month).padStart(2, '0')}` : String(d.year);
      const evStart = Math.max(clause.start, s.start);
      const evidence = file.slice(p.start + evStart, p.start + clause.end).trim();
      if (!evidence || !file.includes(evidence)) continue;
      events.push({
        id: `${sourceId}-e${events.length + 1}`,
        summary: p.text.slice(clause.start, clause.end).trim().replace(/\s+/g, ' '),
        date,
        approximate: false,
        cues: HAPPENINGS[happening],
        required: [[...who].join('|')],
        exclude: [],
        excludeSentence: others,
        agents: [],
        partners: [],
        anchors: [],
        recurs: { withinMonths: 12 },
        evidence: { source: sourceId, text: evidence },
      });
    }
  }
  return { events, states: [], numbers: [] };
}
