/**
 * The engine's indexes over the dataset, built once: people by name, phrases for parties and
 * organisations, quotation word sequences, and the calendar ranges of every timed fact.
 */
import { Dataset } from '../data/loader';
import { Event, NumberFact, Organisation, Party, Person, PersonAttribute, Quote, Role, State } from '../data/schema';
import { DayRange, rangeOf } from '../time/dates';
import { normPhrase } from '../text/words';
import { quoteTokenSpans } from '../extract/quotes';
import { MONTHS, ROLE_WORDS, SPEECH_VERBS, STOP_WORDS, TITLES, WEEKDAYS } from '../lexicon';

export interface TimedFact {
  /** Known to hold over this range (inclusive days). */
  known: DayRange;
  /** Known not to hold before this day (explicit start), if any. */
  falseBefore?: number;
  /** Known not to hold after this day (explicit end), if any. */
  falseAfter?: number;
  /** Holds whenever it is asked (party, ward, an MP's seat). */
  stable: boolean;
}

export interface PersonIndex {
  person: Person;
  given: string[]; // folded given names incl. variants
  surname: string; // folded
  roles: { attr: Extract<PersonAttribute, { kind: 'role' }>; role: Role; time: TimedFact }[];
  party?: Extract<PersonAttribute, { kind: 'party' }>;
  ward?: Extract<PersonAttribute, { kind: 'ward' }>;
  constituency?: Extract<PersonAttribute, { kind: 'constituency' }>;
  organisations: Extract<PersonAttribute, { kind: 'organisation' }>[];
}

export interface QuoteIndex {
  quote: Quote;
  tokens: string[];
  /** Offsets of each token in quote.text. */
  starts: number[];
  ends: number[];
}

export interface Model {
  dataset: Dataset;
  people: PersonIndex[];
  bySurname: Map<string, PersonIndex[]>;
  byGiven: Map<string, PersonIndex[]>;
  surnames: string[];
  /** Capitalised words that are never a person's given name or surname (titles, roles, places, parties, months). */
  notNames: Set<string>;
  parties: { party: Party; phrases: string[] }[];
  partyPhrases: { phrase: string; party: Party }[];
  orgPhrases: { phrase: string; org: Organisation }[];
  quotes: QuoteIndex[];
  /** word -> indexes into quotes that contain it. */
  quoteWordIndex: Map<string, number[]>;
  events: (Event & { range: DayRange; requiredGroups: string[][]; cueList: string[] })[];
  states: (State & { time: TimedFact })[];
  numbers: NumberFact[];
  timeOf(fact: { from?: string; until?: string; evidence: { source: string } }, stable?: boolean): TimedFact;
}

const NOT_NAMES = [
  ...TITLES, 'councillors', 'mps', ...ROLE_WORDS, ...STOP_WORDS, ...SPEECH_VERBS,
  'devon', 'devon\'s', 'exeter', 'plymouth', 'somerset', 'cornwall', 'torbay', 'dorset', 'county', 'council', 'hall',
  'ofsted', 'nhs', 'send', 'dfe', 'cqc', 'labour', 'conservative', 'conservatives', 'tory', 'tories', 'lib', 'dem', 'dems',
  'liberal', 'democrat', 'democrats', 'green', 'reform', 'independent', 'government', 'education', 'department', 'children',
  'children\'s', 'services', 'service', 'families', 'schools', 'mayor',
  'former', 'new', 'opposition', 'group', 'party', 'task', 'force', 'report', 'letter', 'meanwhile',
  'however', 'speaking', 'according', 'today', 'yesterday', 'last', 'next', 'earlier', 'later',
  ...WEEKDAYS, ...MONTHS, 'st', 'haven', 'banks', 'kingsbridge', 'topsham',
  'wearside', 'bickleigh', 'wembury', 'sidwell\'s', 'james', 'david\'s', 'england', 'uk', 'britain', 'british', 'west', 'south',
  'north', 'east', 'westminster', 'whitehall', 'tory-run', 'labour-run', 'ex', 'acting', 'deputy', 'shadow', 'prime', 'chancellor',
];

export function buildModel(dataset: Dataset): Model {
  const srcRange = new Map<string, DayRange>();
  for (const s of dataset.sources) {
    srcRange.set(s.id, { start: rangeOf(s.published.earliest).start, end: rangeOf(s.published.latest).end });
  }
  const timeOf = (fact: { from?: string; until?: string; evidence: { source: string } }, stable = false): TimedFact => {
    const att = srcRange.get(fact.evidence.source)!;
    const from = fact.from ? rangeOf(fact.from) : undefined;
    const until = fact.until ? rangeOf(fact.until) : undefined;
    // The boundary month itself is left unknown: "took charge in May" says nothing about 3 May.
    const known: DayRange = {
      start: from ? Math.min(from.start, att.start) : att.start,
      end: until ? until.start - 1 : att.end,
    };
    if (until && until.start - 1 < att.end) known.end = Math.max(until.start - 1, known.start);
    return { known, falseBefore: from ? from.start : undefined, falseAfter: until ? until.end : undefined, stable };
  };

  const people: PersonIndex[] = dataset.people.map((p) => {
    const idx: PersonIndex = {
      person: p,
      given: [p.given, ...p.givenVariants].map((g) => normPhrase(g)),
      surname: normPhrase(p.surname),
      roles: [],
      organisations: [],
    };
    for (const a of p.attributes) {
      if (a.kind === 'role') {
        const role = dataset.roleById.get(a.role)!;
        idx.roles.push({ attr: a, role, time: timeOf(a, role.type === 'mp') });
      } else if (a.kind === 'party') idx.party = a;
      else if (a.kind === 'ward') idx.ward = a;
      else if (a.kind === 'constituency') idx.constituency = a;
      else if (a.kind === 'organisation') idx.organisations.push(a);
    }
    return idx;
  });
  const bySurname = new Map<string, PersonIndex[]>();
  const byGiven = new Map<string, PersonIndex[]>();
  for (const p of people) {
    bySurname.set(p.surname, [...(bySurname.get(p.surname) ?? []), p]);
    for (const g of p.given) byGiven.set(g, [...(byGiven.get(g) ?? []), p]);
  }

  const partyPhrases: { phrase: string; party: Party }[] = [];
  const parties = dataset.parties.map((party) => {
    const phrases = [...new Set([party.name, party.short, ...party.aliases].map(normPhrase))].sort((a, b) => b.length - a.length);
    for (const phrase of phrases) partyPhrases.push({ phrase, party });
    return { party, phrases };
  });
  partyPhrases.sort((a, b) => b.phrase.length - a.phrase.length);

  const orgPhrases: { phrase: string; org: Organisation }[] = [];
  for (const org of dataset.organisations) {
    for (const a of new Set([org.name.replace(/^the /i, ''), ...org.aliases.map((x) => x.replace(/^the /i, ''))])) {
      const phrase = normPhrase(a);
      if (phrase.length >= 2) orgPhrases.push({ phrase, org });
    }
  }
  orgPhrases.sort((a, b) => b.phrase.length - a.phrase.length);

  const quotes: QuoteIndex[] = dataset.quotes.map((quote) => ({ quote, ...quoteTokenSpans(quote.text) }));
  const quoteWordIndex = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    for (const t of new Set(q.tokens)) {
      const list = quoteWordIndex.get(t);
      if (list) list.push(i);
      else quoteWordIndex.set(t, [i]);
    }
  });

  const notNames = new Set(NOT_NAMES);
  for (const r of dataset.roles) for (const w of normPhrase(r.title).split(/[^a-z']+/)) if (w) notNames.add(w);
  for (const p of partyPhrases) for (const w of p.phrase.split(/[^a-z']+/)) if (w) notNames.add(w);

  const events = dataset.events.map((e) => ({
    ...e,
    range: rangeOf(e.date),
    requiredGroups: e.required.map((g) => g.split('|').map(normPhrase)),
    cueList: e.cues.map(normPhrase),
  }));
  const states = dataset.states.map((s) => ({ ...s, time: timeOf(s) }));

  return {
    dataset, people, bySurname, byGiven, surnames: [...bySurname.keys()], notNames, parties, partyPhrases, orgPhrases,
    quotes, quoteWordIndex, events, states, numbers: dataset.numbers, timeOf,
  };
}

/** How long a post is presumed still held after the sources last show it (no later source says otherwise). */
export const PRESUMED_DAYS = 365;

/**
 * Whether a post is held at a time for the purpose of telling a writer it belongs to someone else: known to be
 * held, or shown by the sources within the last year with nothing saying it ended.
 */
export function presumedAt(f: TimedFact, t: DayRange): boolean {
  const st = statusAt(f, t);
  if (st !== 'unknown') return st === 'true';
  return t.start > f.known.end && t.start <= f.known.end + PRESUMED_DAYS;
}

/** Whether a timed fact holds over [t.start, t.end]: 'true', 'false' or 'unknown'. */
export function statusAt(f: TimedFact, t: DayRange): 'true' | 'false' | 'unknown' {
  if (f.falseAfter !== undefined && t.start > f.falseAfter) return 'false';
  if (f.falseBefore !== undefined && t.end < f.falseBefore) return 'false';
  if (f.stable) return 'true';
  if (t.start <= f.known.end && t.end >= f.known.start) return 'true';
  return 'unknown';
}
