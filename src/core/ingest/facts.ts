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
import { NUMBER_RE, RANK_RE, ROUGH_WORDS, roughSpan } from '../check/numbers';
import { NumberFact } from '../data/schema';
import { INSPECTION_GRADES, ORDINAL_WORDS, STOP_WORDS, TENS_WORDS, UNIT_WORDS, MONTHS } from '../lexicon';
import { DateExpr, findDates, clauses } from '../extract/dates';
import { WEEKDAYS, partsOfDay, rangeOf } from '../time/dates';
import { findPhrase } from '../text/words';
import { fileDated } from './source';

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
  'left as': ['left', 'departed', 'stepped down', 'quit', 'departure'],
  'stepped down': ['stepped down', 'left', 'departed', 'quit', 'resigned'],
  letter: ['letter', 'wrote', 'written', 'sent'],
  'taken off': ['taken off', 'taken away', 'taken over', 'stripped', 'removed', 'lose control', 'handed to'],
  'taken away': ['taken off', 'taken away', 'taken over', 'stripped', 'removed', 'lose control', 'handed to'],
  'improvement notice': ['improvement notice'],
  'special measures': ['special measures'],
};
/**
 * Ratings read from a source are not kept: the rating check reads a draft's unnamed subject ("its children's services")
 * as the home service, and only curated states of the other bodies keep it from flagging their grades. Three new false
 * alarms on the labelled drafts said so.
 */
const KEEP_RATINGS = true;
/** A date's year, with its month when it gives one, as a partial date ("2018-12", "2018"). */
function partialOf(d: DateExpr): string {
  return d.month !== undefined ? `${d.year}-${String(d.month).padStart(2, '0')}` : String(d.year);
}

/** A grade, in quotation marks or not (its word is group 1). */
const GRADE_WORD = `['"]?(${INSPECTION_GRADES.join('|')})['"]?`;
const GRADE = new RegExp(`\\b(?:rated|judged|graded)\\s+(?:as\\s+)?${GRADE_WORD}`);
/** The grade right after "rated". */
const GRADE_AFTER = new RegExp(`^[\\s'"]*(${INSPECTION_GRADES.join('|')})\\b`);

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
              id: `${sourceId}-s${out.length + 1}`, subject: subject.id, attribute: 'rating', value: g[1], from: partialOf(ds[0]),
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
          if (/\btook (charge|control|over)\b|\bwon\b/.test(cl) && ds.length === 1) state.from = partialOf(ds[0]);
          out.push(state);
        }
      }
    }
  }
  return out;
}
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
  // (read only for a dated source: every date with its year)
  const ds = sentenceDates(p, s, true, asOf);
  const end = s.start + r.index + r[0].length;
  const firstFrom = s.start + r.index + r[0].indexOf(r[2], r[0].indexOf(r[1]) + r[1].length);
  const firstTo = firstFrom + r[2].length;
  const secondFrom = s.start + r.index + r[0].length - r[4].length;
  const datesIn = (a: number, b: number) => ds.filter((d) => d.start >= a && d.end <= b);
  const one = datesIn(firstFrom, firstTo), two = datesIn(secondFrom, end);
  const ev = (a: number, b: number) => file.slice(p.start + a, p.start + b).trim().replace(/[,;:.]$/, '');
  const base = { subject: subject.id, attribute: 'rating' as const, ...(by ? { by: by.id } : {}) };
  const toAt = s.start + r.index + r[0].lastIndexOf(' to ', r[0].length - r[4].length) + 1;
  const place = subject.place?.toLowerCase() ?? best.org.name.toLowerCase();
  const add = (grade: string, d: string, evidence: string, until?: string) => {
    out.states.push({ id: `${sourceId}-c${out.states.length + 1}`, ...base, value: grade, from: d, ...(until ? { until } : {}), evidence: { source: sourceId, text: evidence } });
    // the rating as a dated event too: compared only in a sentence with its grade and its place, within a year
    out.events.push({
      id: `${sourceId}-r${out.events.length + 1}`, summary: `${subject.name} rated ${grade}`, date: d, approximate: false, standing: false, cues: [grade], required: [place], names: [],
      exclude: [], excludeSentence: [], agents: by ? [by.id] : [], partners: [], anchors: [], recurs: { withinMonths: 12 }, evidence: { source: sourceId, text: evidence },
    });
  };
  if (one.length === 1) add(r[1], partialOf(one[0]), ev(s.start + best.at, firstTo), partialOf(one[0]));
  if (two.length === 1) add(r[3], partialOf(two[0]), ev(toAt, end));
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
/** Happenings whose own noun says which they are (a revisit, an improvement notice), not only what kind (a meeting). */
const SELF_NAMED = new Set(['revisit', 'improvement notice', 'special measures']);
/** Bodies that meet: the word before "meeting" that names which ("a cabinet meeting") is a cue of it too. */
const MEETS = /\b(cabinet|council|committee|board|panel|scrutiny|assembly)\s+$/;

/**
 * Words that date a happening only loosely, to the time the source was written: "recently", and the present perfect
 * of a one-off happening ("a letter has been sent", "has published", "have apologised"), which news writes of what
 * has just happened. In a dated source they give the source's year, marked approximate (a claim is then wrong only
 * when it is years away).
 */
const RECENT = /\b(?:recently|(?:has|have)\s+(?:now\s+|just\s+|recently\s+)?(?:been\s+)?(?:sent|published|issued|written|apologised|apologized|resigned|appointed))\b/;

/** What an event is read with: the paragraph, the sentence, its dates and the source. */
interface EventRead {
  m: Model;
  p: FactPara;
  s: SentenceInfo;
  /** Every date the reader finds in the sentence. */
  ds: DateExpr[];
  sourceId: string;
  file: string;
  events: Event[];
}

/** The bodies named right after "by" or "from" (or "with", for partners) following the happening word: who did it. */
function agentsAfter(m: Model, f: string, from: number, end: number, link: RegExp): { ids: string[]; phrases: string[] } {
  const ids: string[] = [], phrases: string[] = [];
  const r = link.exec(f.slice(from, Math.min(end, from + 60)));
  if (!r) return { ids, phrases };
  let pos = from + r.index + r[0].length;
  for (let n = 0; n < 3; n++) {
    const op = m.orgPhrases.filter((o) => !o.org.generic && o.org.kind !== 'council' && f.startsWith(o.phrase.toLowerCase(), pos) && !/[a-z0-9]/.test(f[pos + o.phrase.length] ?? ''))
      .sort((a, b) => b.phrase.length - a.phrase.length)[0];
    if (!op) break;
    if (!ids.includes(op.org.id)) ids.push(op.org.id);
    phrases.push(op.phrase.toLowerCase());
    pos += op.phrase.length;
    const and = /^\s*(?:,|and|&)\s*(?:the\s+)?/.exec(f.slice(pos, pos + 12));
    if (!and) break;
    pos += and[0].length;
  }
  return { ids, phrases };
}

/**
 * The event a date (or a word of recency, `approximate`) tells of, if a happening word stands near it in its clause
 * and a body or person is named with it: added to `r.events`.
 */
function eventAt(r: EventRead, d: DateExpr, approximate: boolean): void {
  const { m, p, s, ds, sourceId, file } = r;
  const { f } = p;
  const found = dateClause(f, s, d);
  if (!found) return;
  // a word of recency dates only the part of its clause between commas ("X recently left as director, with Y put
  // in charge last week": X's leaving is recent, Y's start last week)
  const clause = approximate ? commaPart(f, found, d) : found;
  // no other date in the clause, and the happening word near the date (within 80 characters, no date between)
  if (ds.some((o) => o.start !== d.start && o.start < clause.end && o.end > clause.start)) return;
  // (a date fronted before a comma, "Earlier this month, …", dates the whole clause after it)
  const fronted = /^\W*$/.test(f.slice(clause.start, d.start)) && /^\s*,/.test(f.slice(d.end, d.end + 3));
  const from = Math.max(clause.start, d.start - 80), to = fronted ? clause.end : Math.min(clause.end, d.end + 80);
  const near = f.slice(from, to);
  const happening = HAPPENING_KEYS.find((k) => findPhrase(near, k) >= 0);
  if (!happening) return;
  const at = from + findPhrase(near, happening);
  // the part of the clause that tells it: from the last comma before the happening word or the date
  // ("X recently left, with Y put in interim charge last week" is Y's)
  const cut = f.slice(clause.start, Math.min(at, d.start)).search(/[,;][^,;]*$/);
  const evStart = cut >= 0 ? clause.start + cut + 1 : Math.max(clause.start, s.start);
  // who it is about: a body or person the readers name in that part, else in the sentence
  const who = namedIn(m, f, s, evStart, clause.end);
  const whoInClause = who.size > 0;
  if (!whoInClause) for (const w of namedIn(m, f, s, s.start, s.end)) who.add(w);
  if (!who.size) return;
  // a happening told by its own noun, with no one named in its clause ("…, but a revisit this May found …"), is told
  // in a draft by that noun as often as by the bodies named elsewhere in the sentence
  if (!whoInClause && SELF_NAMED.has(happening)) for (const w of HAPPENINGS[happening]) if (w.includes(happening)) who.add(w);
  // a rating is told by its grade as much as by whom it rates or who gave it ("rated inadequate by the CQC" is this rating,
  // with another rater)
  const grade = happening === 'rated' ? GRADE_AFTER.exec(f.slice(at + happening.length, at + happening.length + 30)) : null;
  if (grade) who.add(grade[1]);
  // "Four areas of concern were identified by an inspector in December 2018 following a joint visit": the passive verb
  // the date stands after is what it dates, a cue of the event too
  const verb = /\b(?:was|were|has been|have been|had been)\s+(?:first\s+|also\s+)?([a-z]{3,}ed)\b[^,;]{0,40}$/.exec(f.slice(clause.start, d.start));
  // "a cabinet meeting" names who met
  const body = meetingBody(f, at, happening);
  for (const w of body) who.add(w);
  const sentence = f.slice(s.start, s.end);
  const others = m.places.others.filter((pl) => findPhrase(sentence, pl) < 0);
  const date = d.day !== undefined && d.month !== undefined ? `${partialOf(d)}-${String(d.day).padStart(2, '0')}` : partialOf(d);
  const evidence = file.slice(p.start + evStart, p.start + clause.end).trim().replace(/[,;:]$/, '');
  if (!evidence || !file.includes(evidence)) return;
  // (with the dates blanked: "this May" is no "may")
  let told = f.slice(clause.start, clause.end);
  for (const o of [...ds, d]) if (o.start >= clause.start && o.end <= clause.end) told = told.slice(0, o.start - clause.start) + ' '.repeat(o.end - o.start) + told.slice(o.end - clause.start);
  const expected = /\b(will|could|would|may|might|expected|due|planned|set to|threat)\b/.test(told);
  // who carried it out ("rated … by Ofsted", "a joint visit by Ofsted and the Care Quality Commission", "a letter …
  // sent from the Department for Education") and with whom ("in partnership with the local health board"): named words of the event too
  const agents = agentsAfter(m, f, at + happening.length, clause.end, /^[^.;]*?\b(?:by|from)\s+(?:the\s+)?/);
  const partners = agentsAfter(m, f, at + happening.length, clause.end, /^[^.;]*?\bin partnership with\s+(?:the\s+)?/);

  const event: Event = {
    id: `${sourceId}-e${r.events.length + 1}`,
    summary: p.text.slice(clause.start, clause.end).trim().replace(/\s+/g, ' '),
    date,
    approximate,
    standing: false,
    cues: [...new Set([...HAPPENINGS[happening], ...(grade ? [grade[1]] : []), ...agents.phrases, ...body, ...(verb ? [verb[1]] : [])])],
    required: [[...who].join('|')],
    names: [],
    // ("cabinet member" is a post, not the cabinet meeting)
    exclude: body.length ? [`${body[1]} member`, `${body[1]} members`, `${body[1]} minister`] : [],
    excludeSentence: others,
    agents: agents.ids,
    partners: partners.ids,
    anchors: [],
    // (a body meets every few weeks: only a date that agrees with it in some part is this meeting's)
    recurs: { withinMonths: happening === 'meeting' ? 0 : 12 },
    evidence: { source: sourceId, text: evidence },
  };
  if (expected) event.expected = true;
  if (d.weekday !== undefined && d.day !== undefined) event.weekday = WEEKDAYS[d.weekday];
  r.events.push(event);
}

/** "a cabinet meeting": the body that met, and the two words together, as cues of the meeting. */
function meetingBody(f: string, at: number, happening: string): string[] {
  if (happening !== 'meeting') return [];
  const r = MEETS.exec(f.slice(Math.max(0, at - 20), at));
  return r ? [`${r[1]} meeting`, r[1]] : [];
}

/** The part of a clause between the commas round a date. */
function commaPart(f: string, c: { start: number; end: number }, d: DateExpr): { start: number; end: number } {
  const before = f.lastIndexOf(',', d.start);
  const after = f.indexOf(',', d.end);
  return { start: before >= c.start ? before + 1 : c.start, end: after >= 0 && after < c.end ? after : c.end };
}

/**
 * A date the event reader may use: a year written, or worked out from the source's own date; a weekday only with its
 * day; "in", "on" or none before it — or, for what a dated source says is to come ("could be taken off the council
 * from March"), "from".
 */
function usableDate(d: DateExpr, dated: boolean, f: string, s: { start: number; end: number }): boolean {
  if (d.year === undefined || (d.weekday !== undefined && d.day === undefined)) return false;
  if (!dated && (d.yearInferred || d.relative)) return false;
  if (d.relation === 'in' || d.relation === 'on' || d.relation === 'none') return true;
  return d.relation === 'from' && dated && /\b(?:could|will|would|may|might|is due|are due|set to)\b/.test(f.slice(s.start, d.start));
}

/** The words of recency in a sentence of a dated source, each as a date of the source's year. */
function recencyDates(f: string, s: { start: number; end: number }, year: number, inQuote: (i: number) => boolean): DateExpr[] {
  const out: DateExpr[] = [];
  const hay = f.slice(s.start, s.end);
  // (most sentences have none: the one test first, a pattern of every match only for those that do)
  if (!RECENT.test(hay)) return out;
  for (const r of hay.matchAll(new RegExp(RECENT.source, 'g'))) {
    const start = s.start + r.index;
    if (!inQuote(start)) out.push({ start, end: start + r[0].length, year, yearInferred: true, relation: 'none', relative: true });
  }
  return out;
}

export function ingestFacts(m: Model, paras: FactPara[], sourceId: string, file: string, source: Source): DataFiles['facts.json'] {
  const events: Event[] = [];
  const dated = fileDated(source);
  const asOf = rangeOf(source.published.reference).start;
  const year = Number(source.published.reference.slice(0, 4));
  for (const p of paras) {
    const { ctx, f } = p;
    const inQuote = (i: number) => ctx.quotes.some((q) => q.depth === 0 && i >= q.innerStart && i < q.innerEnd);
    for (const s of ctx.sentences) {
      let ds: DateExpr[];
      try {
        ds = findDates(f, p.text, s.start, s.end, asOf);
      } catch {
        continue;
      }
      const r: EventRead = { m, p, s, ds, sourceId, file, events };
      for (const d of ds) {
        const dd = dated ? withMonth(d) : d;
        if (usableDate(dd, dated, f, s) && !inQuote(dd.start)) eventAt(r, dd, false);
      }
      if (dated) for (const d of recencyDates(f, s, year, inQuote)) eventAt(r, d, true);
    }
  }
  const changes = { states: [] as State[], events: [] as Event[] };
  if (dated && KEEP_RATINGS) for (const p of paras) for (const s of p.ctx.sentences) readRatingChange(m, p, s, sourceId, file, asOf, changes);
  return { events: [...events, ...changes.events], states: dated ? [...readStates(m, paras, sourceId, file, asOf), ...changes.states] : [], numbers: readNumbers(m, paras, sourceId, file, dated ? source.published.reference.slice(0, 7) : undefined, asOf) };
}

const STOP = new Set<string>([...STOP_WORDS, ...MONTHS, ...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), 'more', 'than', 'about', 'some', 'around', 'nearly', 'over', 'since', 'said', 'says', 'per', 'cent', 'percent', 'year', 'years', 'last', 'next', 'into', 'been', 'being', 'would', 'could', 'will', 'can', 'may', 'might', 'should', 'because', 'only', 'just', 'very', 'told', 'added']);
const LOOSE = /\b(about|around|some|nearly|almost|roughly|approximately|more than|over|up to|at least|fewer than|less than)\s*$/;

type NumberShape = Omit<NumberFact, 'id' | 'cues' | 'exclude' | 'anchors' | 'evidence'>;

/**
 * A loose number ("about two years", "some 13 years", "around 40 staff") as the span it may mean (roughSpan, the
 * rule a claim's rough figure is read by too). Other qualifiers
 * ("more than", "nearly", "up to") and rankings give none: they bound a figure on one side only.
 */
function looseSpan(word: string, fact: NumberShape): NumberShape | undefined {
  if (!ROUGH_WORDS.includes(word) || fact.values.length !== 1 || fact.unit === 'rank') return undefined;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { ...fact, values: roughSpan(fact.values[0], fact.unit).map(round), approximate: true };
}

function numberValue(w: string): number {
  if (/^\d/.test(w)) return parseFloat(w);
  const parts = w.split(/[- ]/);
  if (parts.length === 2) return (TENS_WORDS[parts[0]] ?? NaN) + (UNIT_WORDS[parts[1]] ?? NaN);
  return UNIT_WORDS[w] ?? TENS_WORDS[w] ?? NaN;
}

/**
 * The dates a sentence gives (with the year written, or worked out in a dated source): the one in a number's clause is
 * the time it was true ("Four areas of concern were identified in December 2018"), rather than the source's date.
 */
function sentenceDates(p: FactPara, s: { start: number; end: number }, dated: boolean, asOf: number): DateExpr[] {
  try {
    return findDates(p.f, p.text, s.start, s.end, asOf).filter((d) => d.year !== undefined && (dated || (!d.yearInferred && !d.relative)));
  } catch {
    return [];
  }
}

/** A clause's own words, as a number's cues: not names, places or titles (capitalised), little words or anchors. */
function clauseCues(p: FactPara, c: { start: number; end: number }, anchors: string[]): string[] {
  const { f, ctx } = p;
  const lower = [...f.slice(c.start, c.end).matchAll(/[a-z][a-z'-]{3,}/g)].filter((w) => !/[A-Z]/.test(p.text[c.start + w.index])).map((w) => w[0]);
  const words = [...new Set(lower.map((w) => w.replace(/'+$/, '').replace(/'s$/, '')))]
    .filter((w) => w.length >= 4 && !STOP.has(w) && !ctx.m.notNames.has(w) && !anchors.includes(w));
  // a short verb carries its meaning with its particle ("put into the service", "set up a trust"): the two together
  const phrasal = [...f.slice(c.start, c.end).matchAll(PHRASAL)].map((r) => `${r[1]} ${r[2]}`);
  return [...words, ...new Set(phrasal)];
}
const PHRASAL = /\b(put|set|cut|get|got|run|ran|took|take)\s+(into|up|in|on|off|out|down|over|back)\b/g;

/**
 * Counts, percentages, spans of years and rankings, read with the engine's own number patterns (NUMBER_RE, RANK_RE):
 * only in a sentence that names a person, who becomes its anchor (a draft's paragraph must name them too), with the
 * clause's own words (not names, bodies, posts or little words) as its cues. A loose number ("about", "some") is left out.
 */
function readNumbers(m: Model, paras: FactPara[], sourceId: string, file: string, sourceDate: string | undefined, asOf: number): NumberFact[] {
  const out: NumberFact[] = [];
  for (const p of paras) {
    const { ctx, f } = p;
    for (const s of ctx.sentences) {
      // (read only for a sentence that has a number: most have none)
      let dates: DateExpr[] | undefined;
      // the people named in the sentence, else the bodies (a draft's paragraph must name one of them too)
      const people = [...new Set(s.mentions.map((x) => x.person.surname))];
      const anchors = people.length ? people : [...namedIn(m, f, s, s.start, s.end)];
      if (!anchors.length) continue;
      const cl = clauses(f, s.start, s.end);
      const add = (start: number, end: number, fact: NumberShape) => {
        const c = cl.find((x) => x.start <= start && end <= x.end);
        if (!c) return;
        const loose = LOOSE.exec(f.slice(Math.max(c.start, start - 20), start));
        if (loose) {
          // "about two years", "some 13 years": the span it may mean, never a figure to hold a claim to exactly
          const span = looseSpan(loose[1], fact);
          if (!span) return;
          start -= loose[0].length;
          fact = { ...span, text: p.text.slice(start, end) };
        }
        const cues = clauseCues(p, c, anchors).filter((w) => !f.slice(start, end).includes(w));
        // a number set off between dashes ("the time it takes to set up a trust – 'about two years' – would be…") is
        // the measure of what the clause before it names
        const k = cl.indexOf(c);
        if (!cues.length && k > 0 && /^\s-+\s/.test(f.slice(cl[k - 1].end, c.start + 1))) cues.push(...clauseCues(p, cl[k - 1], anchors));
        if (!cues.length) return;
        const evidence = file.slice(p.start + start, p.start + end).trim();
        const n: NumberFact = { id: `${sourceId}-n${out.length + 1}`, ...fact, cues, exclude: [], anchors, evidence: { source: sourceId, text: evidence } };
        // the one date of its clause, else the source's
        const own = (dates ??= sentenceDates(p, s, sourceDate !== undefined, asOf)).filter((d) => d.start >= c.start && d.end <= c.end);
        const date = own.length === 1 ? partialOf(own[0]) : sourceDate;
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
