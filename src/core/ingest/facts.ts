/**
 * Dated events in a writer's source, read conservatively: a date the engine's date reader finds (with its year written,
 * or worked out from the source's own date), in a clause with a word for something that happens (rated, inspected,
 * visited, met, elected, appointed, published, apologised…) and a body or person the engine's readers name in the same
 * sentence. The event is compared only in a draft clause with the same happening word and the same body or person,
 * never in a sentence about another place, and only with a date within a year of it (the kind may recur). Anything
 * less certain is left out.
 */
import { Ctx, SentenceInfo } from '../check/context';
import { Model } from '../model/model';
import { DataFiles } from '../data/loader';
import { Event, Organisation, Source, State } from '../data/schema';
import { escapeRegExp, normPhrase } from '../text/words';
import { NUMBER_RE, RANK_RE } from '../check/numbers';
import { NumberFact } from '../data/schema';
import { ORDINAL_WORDS, STOP_WORDS, TENS_WORDS, UNIT_WORDS, MONTHS } from '../lexicon';
import { DateExpr, findDates, clauses } from '../extract/dates';
import { partsOfDay, rangeOf } from '../time/dates';
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
  'put in charge': ['put in charge', 'interim charge', 'appointed', 'took over'],
  'interim charge': ['put in charge', 'interim charge', 'appointed', 'took over'],
  'called for': ['called for', 'urged', 'demanded'],
  'improvement notice': ['improvement notice'],
  'special measures': ['special measures'],
};
/**
 * Ratings read from a source are not kept: the rating check reads a draft's unnamed subject ("its children's services")
 * as the home service, and only curated states of the other bodies keep it from flagging their grades. Three new false
 * alarms on the labelled drafts said so.
 */
const KEEP_RATINGS = true;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const GRADE = /\b(?:rated|judged|graded)\s+(?:as\s+)?['"]?(outstanding|good|requires improvement|inadequate)['"]?/;

/**
 * States, from a dated source only (an undated one cannot say when they held): a rating ("The department was rated
 * 'inadequate' by the regulator in January 2020": the body named nearest before "rated", with the clause's one date as its
 * start) and control of the council the story is about ("the Lib-Dem run authority took charge in May").
 */
function readStates(m: Model, paras: FactPara[], sourceId: string, file: string, asOf: number): State[] {
  const out: State[] = [];
  let runRe: RegExp | undefined;
  for (const p of paras) {
    const { ctx, f } = p;
    for (const s of ctx.sentences) {
      for (const c of clauses(f, s.start, s.end)) {
        const cl = f.slice(c.start, c.end);
        if (ctx.quotes.some((q) => q.depth === 0 && q.innerStart <= c.start && c.end <= q.innerEnd)) continue;
        let ds;
        try {
          ds = findDates(f, p.text, c.start, c.end, asOf).filter((d) => d.year !== undefined);
        } catch {
          continue;
        }
        const dateOf = (d: (typeof ds)[number]) => d.month !== undefined ? `${d.year}-${String(d.month).padStart(2, '0')}` : String(d.year);
        const g = GRADE.exec(cl);
        if (g && ds.length <= 1 && !/\b(not|never|no longer)\b/.test(cl.slice(0, g.index))) {
          // the body: the org phrase standing nearest before "rated"
          let best: { at: number; org: Organisation } | undefined;
          for (const op of m.orgPhrases) {
            const at = cl.lastIndexOf(op.phrase.toLowerCase(), g.index);
            if (at >= 0 && (op.org.kind === 'service' || op.org.kind === 'council') && (!best || at > best.at)) best = { at, org: op.org };
          }
          const subject = best && (best.org.kind === 'service' ? best.org : m.dataset.organisations.find((o) => o.kind === 'service' && o.place === best!.org.place));
          // the regulator named after "by"
          const byAt = cl.indexOf(' by ', g.index);
          const by = byAt >= 0 ? m.orgPhrases.find((op) => op.org.kind === 'regulator' && cl.startsWith(op.phrase.toLowerCase(), byAt + 4))?.org : undefined;
          // (not kept: a draft's rating of another body, unnamed in its sentence, would be read as this one's — see the report)
          if (KEEP_RATINGS && subject && best && ds.length === 1) {
            const state: State = {
              id: `${sourceId}-s${out.length + 1}`, subject: subject.id, attribute: 'rating', value: g[1], from: dateOf(ds[0]),
              evidence: { source: sourceId, text: file.slice(p.start + c.start + best.at, p.start + c.end).trim().replace(/[,;:.]$/, '') },
            };
            if (by) state.by = by.id;
            out.push(state);
          }
        }
        const run = m.places.homeCouncil && cl.includes('run') ? (runRe ??= partyRun(m)).exec(cl) : null;
        const party = run && m.partyPhrases.find((pp) => pp.phrase === run[1])?.party;
        if (run && party) {
          const state: State = {
            id: `${sourceId}-s${out.length + 1}`, subject: m.places.homeCouncil!, attribute: 'control', value: party.id,
            evidence: { source: sourceId, text: file.slice(p.start + c.start + run.index, p.start + c.end).trim().replace(/[,;:.]$/, '') },
          };
          if (/\btook (charge|control|over)\b|\bwon\b/.test(cl) && ds.length === 1) state.from = dateOf(ds[0]);
          out.push(state);
        }
      }
    }
  }
  return out;
}
const GRADE_WORD = `['"]?(outstanding|good|requires improvement|inadequate)['"]?`;
/** A rating that changed: "its rating rose from 'inadequate' in 2015 to 'good' in its most recent inspection this July". */
const CHANGE = new RegExp(`\\b(?:rose|climbed|improved|went|moved|fell|dropped|slipped|sank|was (?:upgraded|downgraded))\\s+from\\s+${GRADE_WORD}([^.;]*?)\\s+to\\s+${GRADE_WORD}([^.;]*)`);

/**
 * The two ratings of a rating that changed, each with the one date written beside it ("from 'inadequate' in 2015 to
 * 'good' … this July"): the body is the service (or its council's service) named before the change, the regulator the
 * one named before it too. A grade with no date, or two dates, gives nothing: a rating with no time would hold always.
 */
function readRatingChange(m: Model, p: FactPara, s: { start: number; end: number }, sourceId: string, file: string, asOf: number, out: { states: State[]; events: Event[] }): void {
  const { f } = p;
  const sentence = f.slice(s.start, s.end);
  const r = CHANGE.exec(sentence);
  if (!r || /\b(not|never|no longer)\b/.test(sentence.slice(0, r.index))) return;
  let best: { at: number; len: number; org: Organisation } | undefined;
  for (const op of m.orgPhrases) {
    const at = sentence.lastIndexOf(op.phrase.toLowerCase(), r.index);
    // the name ending nearest the change, the longest of those ("Somerset's children's services", not "children's services")
    const end = at + op.phrase.length;
    if (at >= 0 && (op.org.kind === 'service' || op.org.kind === 'council') && (!best || end > best.at + best.len || (end === best.at + best.len && at < best.at))) best = { at, len: op.phrase.length, org: op.org };
  }
  const subject = best && (best.org.kind === 'service' ? best.org : m.dataset.organisations.find((o) => o.kind === 'service' && o.place === best!.org.place));
  if (!best || !subject) return;
  const by = m.orgPhrases.find((op) => op.org.kind === 'regulator' && sentence.lastIndexOf(op.phrase.toLowerCase(), r.index) >= 0)?.org;
  let ds;
  try {
    ds = findDates(f, p.text, s.start, s.end, asOf).filter((d) => d.year !== undefined);
  } catch {
    return;
  }
  const firstFrom = s.start + r.index + r[0].indexOf(r[2], r[0].indexOf(r[1]) + r[1].length);
  const firstTo = firstFrom + r[2].length;
  const secondFrom = s.start + r.index + r[0].length - r[4].length;
  const datesIn = (a: number, b: number) => ds.filter((d) => d.start >= a && d.end <= b);
  const one = datesIn(firstFrom, firstTo), two = datesIn(secondFrom, s.start + r.index + r[0].length);
  const dateOf = (d: (typeof ds)[number]) => d.month !== undefined ? `${d.year}-${String(d.month).padStart(2, '0')}` : String(d.year);
  const ev = (a: number, b: number) => file.slice(p.start + a, p.start + b).trim().replace(/[,;:.]$/, '');
  const base = { subject: subject.id, attribute: 'rating' as const, ...(by ? { by: by.id } : {}) };
  const end = s.start + r.index + r[0].length;
  const toAt = s.start + r.index + r[0].lastIndexOf(' to ', r[0].length - r[4].length) + 1;
  const place = subject.place?.toLowerCase() ?? best.org.name.toLowerCase();
  const add = (grade: string, d: string, evidence: string, until?: string) => {
    out.states.push({ id: `${sourceId}-c${out.states.length + 1}`, ...base, value: grade, from: d, ...(until ? { until } : {}), evidence: { source: sourceId, text: evidence } });
    // the rating as a dated event too: compared only in a sentence with its grade and its place, within a year
    out.events.push({
      id: `${sourceId}-r${out.events.length + 1}`, summary: `${subject.name} rated ${grade}`, date: d, approximate: false, cues: [grade], required: [place],
      exclude: [], excludeSentence: [], agents: by ? [by.id] : [], partners: [], anchors: [], recurs: { withinMonths: 12 }, evidence: { source: sourceId, text: evidence },
    });
  };
  if (one.length === 1) add(r[1], dateOf(one[0]), ev(s.start + best.at, firstTo), dateOf(one[0]));
  if (two.length === 1) add(r[3], dateOf(two[0]), ev(toAt, end));
}

/** "<party>-run council", made once per source (the profile of a 2,000-word source showed one per clause and party costing most of its reading). */
function partyRun(m: Model): RegExp {
  return new RegExp(`\\b(${m.partyPhrases.map((pp) => escapeRegExp(pp.phrase)).join('|')})[- ]run\\s+(?:council|authority)\\b`);
}

/**
 * A relative date with no month of its own ("last week") as the month its days fall in, when they fall in one: a
 * dated source says when "last week" was.
 */
function withMonth(d: DateExpr): DateExpr {
  if (d.year !== undefined || !d.relative || !d.range) return d;
  const a = partsOfDay(d.range.start), b = partsOfDay(d.range.end);
  return a.year === b.year && a.month === b.month ? { ...d, year: a.year, month: a.month } : d;
}

/** The bodies (their names) and people (their surnames) the readers find in f[start, end). */
function namedIn(m: Model, f: string, s: SentenceInfo, start: number, end: number): Set<string> {
  const who = new Set<string>();
  for (const op of m.orgPhrases) {
    const ph = op.phrase.toLowerCase();
    if (ph.length >= 4 && !op.org.generic && findPhrase(f, ph, start, end) >= 0 && !/^the (council|department|service|authority)$/.test(ph)) who.add(ph);
  }
  for (const x of s.mentions) if (x.start >= start && x.start < end) who.add(x.person.surname);
  return who;
}

/** The clause a date stands in; a date fronted in a clause of its own ("Earlier this month, X called for …") takes the next. */
function dateClause(f: string, s: { start: number; end: number }, d: DateExpr): { start: number; end: number } | undefined {
  const cl = clauses(f, s.start, s.end);
  const k = cl.findIndex((c) => c.start <= d.start && d.end <= c.end);
  if (k < 0) return undefined;
  const rest = (f.slice(cl[k].start, d.start) + ' ' + f.slice(d.end, cl[k].end)).match(/[a-z]+/g) ?? [];
  return rest.length <= 1 && k + 1 < cl.length ? { start: cl[k].start, end: cl[k + 1].end } : cl[k];
}

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
      // a year written, or worked out from the source's own date; a weekday only with its day
      const usable = ds.map((d) => (dated ? withMonth(d) : d)).filter((d) => d.year !== undefined && (!d.weekday || d.day !== undefined) && (dated || (!d.yearInferred && !d.relative)) &&
        (d.relation === 'in' || d.relation === 'on' || d.relation === 'none'));
      for (const d of usable) {
      if (inQuote(d.start)) continue;
      const clause = dateClause(f, s, d);
      if (!clause) continue;
      // no other date in the clause, and the happening word near the date (within 80 characters, no date between)
      if (ds.some((o) => o.start !== d.start && o.start < clause.end && o.end > clause.start)) continue;
      // (a date fronted before a comma, "Earlier this month, …", dates the whole clause after it)
      const fronted = /^\W*$/.test(f.slice(clause.start, d.start)) && /^\s*,/.test(f.slice(d.end, d.end + 3));
      const from = Math.max(clause.start, d.start - 80), to = fronted ? clause.end : Math.min(clause.end, d.end + 80);
      const near = f.slice(from, to);
      const happening = HAPPENING_KEYS.find((k) => findPhrase(near, k) >= 0);
      if (!happening) continue;
      // the part of the clause that tells it: from the last comma before the happening word or the date
      // ("X recently left, with Y put in interim charge last week" is Y's)
      const cut = f.slice(clause.start, Math.min(from + findPhrase(near, happening), d.start)).search(/[,;][^,;]*$/);
      const evStart = cut >= 0 ? clause.start + cut + 1 : Math.max(clause.start, s.start);
      // who it is about: a body or person the readers name in that part, else in the sentence
      const who = namedIn(m, f, s, evStart, clause.end);
      if (!who.size) for (const w of namedIn(m, f, s, s.start, s.end)) who.add(w);
      if (!who.size) continue;
      const others = m.places.others.filter((pl) => findPhrase(sentence, pl) < 0);
      const date = d.day !== undefined && d.month !== undefined
        ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
        : d.month !== undefined ? `${d.year}-${String(d.month).padStart(2, '0')}` : String(d.year);
      const evidence = file.slice(p.start + evStart, p.start + clause.end).trim().replace(/[,;:]$/, '');
      if (!evidence || !file.includes(evidence)) continue;
      const expected = /\b(will|could|would|may|might|expected|due|planned|set to|threat)\b/.test(f.slice(clause.start, clause.end));
      const event: Event = {
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
      };
      if (expected) event.expected = true;
      if (d.weekday !== undefined && d.day !== undefined) event.weekday = WEEKDAY_NAMES[d.weekday];
      events.push(event);
      }
    }
  }
  const changes = { states: [] as State[], events: [] as Event[] };
  if (dated && KEEP_RATINGS) for (const p of paras) for (const s of p.ctx.sentences) readRatingChange(m, p, s, sourceId, file, asOf, changes);
  return { events: [...events, ...changes.events], states: dated ? [...readStates(m, paras, sourceId, file, asOf), ...changes.states] : [], numbers: readNumbers(m, paras, sourceId, file, dated ? source.published.reference.slice(0, 7) : undefined) };
}

const STOP = new Set<string>([...STOP_WORDS, ...MONTHS, ...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), 'more', 'than', 'about', 'some', 'around', 'nearly', 'over', 'since', 'said', 'says', 'per', 'cent', 'percent', 'year', 'years', 'last', 'next', 'into', 'been', 'being', 'would', 'could', 'will', 'can', 'may', 'might', 'should', 'because', 'only', 'just', 'very', 'told', 'added']);
const LOOSE = /\b(?:about|around|some|nearly|almost|roughly|approximately|more than|over|up to|at least|fewer than|less than)\s*$/;

function numberValue(w: string): number {
  if (/^\d/.test(w)) return parseFloat(w);
  const parts = w.split(/[- ]/);
  if (parts.length === 2) return (TENS_WORDS[parts[0]] ?? NaN) + (UNIT_WORDS[parts[1]] ?? NaN);
  return UNIT_WORDS[w] ?? TENS_WORDS[w] ?? NaN;
}

/**
 * Counts, percentages, spans of years and rankings, read with the engine's own number patterns (NUMBER_RE, RANK_RE):
 * only in a sentence that names a person, who becomes its anchor (a draft's paragraph must name them too), with the
 * clause's own words (not names, bodies, posts or little words) as its cues. A loose number ("about", "some") is left out.
 */
function readNumbers(m: Model, paras: FactPara[], sourceId: string, file: string, date: string | undefined): NumberFact[] {
  const out: NumberFact[] = [];
  for (const p of paras) {
    const { ctx, f } = p;
    for (const s of ctx.sentences) {
      // the people named in the sentence, else the bodies (a draft's paragraph must name one of them too)
      const people = [...new Set(s.mentions.map((x) => x.person.surname))];
      const anchors = people.length ? people : [...namedIn(m, f, s, s.start, s.end)];
      if (!anchors.length) continue;
      const cl = clauses(f, s.start, s.end);
      const add = (start: number, end: number, fact: Omit<NumberFact, 'id' | 'cues' | 'exclude' | 'anchors' | 'evidence'>) => {
        const c = cl.find((x) => x.start <= start && end <= x.end);
        if (!c) return;
        if (LOOSE.test(f.slice(Math.max(c.start, start - 20), start))) return;
        // (a capitalised word is a name, a place or a title: no cue)
        const lower = [...f.slice(c.start, c.end).matchAll(/[a-z][a-z'-]{3,}/g)].filter((w) => !/[A-Z]/.test(p.text[c.start + w.index])).map((w) => w[0]);
        const cues = [...new Set(lower.map((w) => w.replace(/'+$/, '').replace(/'s$/, '')))]
          .filter((w) => w.length >= 4 && !STOP.has(w) && !m.notNames.has(w) && !anchors.includes(w) && !f.slice(start, end).includes(w));
        if (!cues.length) return;
        const evidence = file.slice(p.start + start, p.start + end).trim();
        const n: NumberFact = { id: `${sourceId}-n${out.length + 1}`, ...fact, cues, exclude: [], anchors, evidence: { source: sourceId, text: evidence } };
        if (date) n.date = date;
        out.push(n);
      };
      NUMBER_RE.lastIndex = s.start;
      const hay = f.slice(0, s.end);
      for (let r = NUMBER_RE.exec(hay); r; r = NUMBER_RE.exec(hay)) {
        const value = numberValue(r[1]);
        if (!Number.isFinite(value) || /^(19|20)\d\d$/.test(r[1])) continue;
        const text = p.text.slice(r.index, r.index + r[0].length);
        if (r[2]) add(r.index, r.index + r[0].length, { values: [value], text, unit: 'percent' });
        else if (r[4] && /^year/.test(r[4])) {
          const frame = /\b(last|past)\s+$/.exec(f.slice(Math.max(0, r.index - 6), r.index));
          add(r.index, r.index + r[0].length, frame ? { values: [value], text, unit: 'years', noun: 'last' } : { values: [value], text, unit: 'years' });
        } else if (r[4] && !r[3]) {
          const noun = r[4] === 'members of parliament' ? 'mps' : r[4].endsWith('s') ? r[4] : r[4] + 's';
          add(r.index, r.index + r[0].length, { values: [value], text, unit: 'count', noun });
        }
      }
      RANK_RE.lastIndex = s.start;
      for (let r = RANK_RE.exec(hay); r; r = RANK_RE.exec(hay)) {
        const v = [r[1], r[2]].filter(Boolean).map((w) => ORDINAL_WORDS[w] ?? parseInt(w, 10));
        if (v.some((x) => !Number.isFinite(x))) continue;
        add(r.index, r.index + r[0].length, { values: v, text: p.text.slice(r.index, r.index + r[0].length), unit: 'rank', noun: r[0].replace(/^.*[- ]/, '') });
      }
    }
  }
  return out.filter((n) => file.includes(n.evidence.text));
}
