/**
 * The engine's indexes over the dataset, built once: people by name, phrases for parties and
 * organisations, quotation word sequences, and the calendar ranges of every timed fact.
 */
import { Dataset } from '../data/loader';
import { Event, NumberFact, Organisation, Party, Person, PersonAttribute, Quote, Role, State } from '../data/schema';
import { DayRange, rangeOf } from '../time/dates';
import { normPhrase } from '../text/words';
import { quoteTokenSpans } from '../extract/quotes';
import { AUXILIARY_VERBS, BODY_WORD_SHORT_FORMS, INSTRUCTION_VERBS, MONTHS, PREPOSITIONS, ROLE_WORDS, SPEECH_VERBS, STOP_WORDS, TITLES, WEEKDAYS, withVerbForms } from '../lexicon';

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
  /** Every source's text as plainWords makes it, each between spaces: what the sources say in their own words too. */
  sourceWords: string;
  /** The places of councils and services: the story's own (home) and the others, lower case. */
  places: Places;
  /** Party abbreviations ("con", "ld"), read only in brackets after a name: normalised form -> party id. */
  partyAbbreviations: Map<string, string>;
  orgPhrases: { phrase: string; org: Organisation }[];
  quotes: QuoteIndex[];
  /** word -> indexes into quotes that contain it. */
  quoteWordIndex: Map<string, number[]>;
  events: (Event & {
    range: DayRange;
    requiredGroups: string[][];
    cueList: string[];
    /** `names`, as searched. */
    nameList: string[];
    /** One id for every event told of the same happening (`sameAs`, followed to its end): the events of a date may be told apart only across identities. */
    identity: string;
    /** The cues of `published`, as searched. */
    publishedCues: string[];
  })[];
  states: (State & { time: TimedFact })[];
  numbers: NumberFact[];
  timeOf(fact: { from?: string; until?: string; evidence: { source: string } }, stable?: boolean): TimedFact;
}

/** English words that are never a person's name (the story's places, bodies, parties and wards come from the data). */
const NOT_NAMES = [
  ...TITLES, 'councillors', 'mps', ...ROLE_WORDS, ...STOP_WORDS, ...PREPOSITIONS, ...SPEECH_VERBS,
  // (but "Will" is a given name), and a respelling's verb ("Spelt Jefferies, not Jeffries")
  ...AUXILIARY_VERBS.filter((v) => v !== 'will'), 'spelt', 'spelled', 'spell', 'spelling',
  'county', 'council', 'hall',
  'nhs', 'send', 'government', 'education', 'department', 'children',
  'children\'s', 'services', 'service', 'families', 'schools', 'mayor',
  'former', 'new', 'opposition', 'group', 'party', 'task', 'force', 'report', 'letter', 'meanwhile',
  'however', 'speaking', 'according', 'today', 'yesterday', 'last', 'next', 'earlier', 'later',
  ...WEEKDAYS, ...MONTHS, 'st', 'england', 'uk', 'britain', 'british', 'west', 'south',
  'north', 'east', 'westminster', 'whitehall', 'ex', 'acting', 'deputy', 'shadow', 'prime', 'chancellor',
  // (quantifiers and adverbs that open a sentence before a surname: "Both Aves and Hart …", "Only Hart …")
  'both', 'either', 'neither', 'each', 'every', 'only', 'even', 'just', 'perhaps',
  // (a note's or a task's opening word: "x 2026-01-12 Note Leadbetter was …", "Chase Whitton's office")
  'note', 'notes', 'nb', 'todo', 'done', ...INSTRUCTION_VERBS,
];

export interface Places {
  /** The council the story is about (its id), and its place's name ("devon"). */
  homeCouncil: string;
  home: string[];
  /** The places of every other council or service the data names ("somerset", "plymouth"). */
  others: string[];
}

function placesOf(orgs: Organisation[]): Places {
  const homeCouncil = orgs.find((o) => o.home && o.kind === 'council') ?? orgs.find((o) => o.home);
  const home = [...new Set(orgs.filter((o) => o.home && o.place).map((o) => normPhrase(o.place!)))];
  const others = [...new Set(orgs.filter((o) => !o.home && o.place && (o.kind === 'council' || o.kind === 'service')).map((o) => normPhrase(o.place!)))]
    .filter((p) => !home.includes(p));
  return { homeCouncil: homeCouncil?.id ?? '', home, others };
}

/** Lower-case words without "the", "a" and "an", one space between: for asking whether one text's words stand in another's. */
export function plainWords(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\u2018\u2019']/g, "'").split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, '')).filter((w) => w && w !== 'the' && w !== 'a' && w !== 'an').join(' ');
}

export function buildModel(dataset: Dataset): Model {
  const timeOf = timing(dataset);
  const people = dataset.people.map((p) => personIndex(dataset, p, timeOf));
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
  const partyAbbreviations = new Map<string, string>();
  for (const party of dataset.parties) for (const a of party.abbreviations) partyAbbreviations.set(normPhrase(a), party.id);

  const orgPhrases: { phrase: string; org: Organisation }[] = [];
  for (const org of dataset.organisations) {
    for (const a of new Set([org.name.replace(/^the /i, ''), ...org.aliases.map((x) => x.replace(/^the /i, ''))])) {
      const phrase = normPhrase(a);
      if (phrase.length < 2) continue;
      orgPhrases.push({ phrase, org });
      // (and as written with a word's short form: "dept for education")
      for (const [word, short] of Object.entries(BODY_WORD_SHORT_FORMS)) {
        const written = phrase.replace(new RegExp(`\\b${word}\\b`, 'g'), short);
        if (written !== phrase) orgPhrases.push({ phrase: written, org });
      }
    }
  }
  orgPhrases.sort((a, b) => b.phrase.length - a.phrase.length);

  // (a quotation with an editor's [insertion] is held twice: without its words, and with them as printed plain)
  const quotes: QuoteIndex[] = dataset.quotes.flatMap((quote) => [
    { quote, ...quoteTokenSpans(quote.text) },
    ...(/\[[^\]]+\]/.test(quote.text) ? [{ quote, ...quoteTokenSpans(quote.text, true) }] : []),
  ]);
  const quoteWordIndex = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    for (const t of new Set(q.tokens)) {
      const list = quoteWordIndex.get(t);
      if (list) list.push(i);
      else quoteWordIndex.set(t, [i]);
    }
  });
  const states = dataset.states.map((s) => ({ ...s, time: timeOf(s) }));
  let sourceWords: string | undefined;

  return {
    dataset, people, bySurname, byGiven, surnames: [...bySurname.keys()], notNames: notNamesOf(dataset, partyPhrases), parties, partyPhrases,
    partyAbbreviations, orgPhrases, places: placesOf(dataset.organisations), quotes, quoteWordIndex, events: eventsOf(dataset), states,
    numbers: dataset.numbers, timeOf,
    // Made on first use: only a quotation no source gives asks for it, and making it is a sixth of an engine's
    // start-up (profiled on the command's run).
    get sourceWords() {
      return (sourceWords ??= dataset.sources.map((src) => ` ${plainWords(src.text)} `).join('|'));
    },
  };
}

/** When a fact with from/until dates, stated in a source of a known date, is known true, and when known false. */
function timing(dataset: Dataset): Model['timeOf'] {
  const srcRange = new Map<string, DayRange>();
  for (const s of dataset.sources) {
    srcRange.set(s.id, { start: rangeOf(s.published.earliest).start, end: rangeOf(s.published.latest).end });
  }
  return (fact: { from?: string; until?: string; evidence: { source: string } }, stable = false): TimedFact => {
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
}

function personIndex(dataset: Dataset, p: Dataset['people'][number], timeOf: Model['timeOf']): PersonIndex {
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
  sharpenEnds(idx.roles);
  return idx;
}

/**
 * Two sources that end the same person's same post, one to the year ("until 2022") and one to the day inside that
 * year ("until 9 December 2022"), tell of one spell: the finer end holds for both, so the coarser source does not
 * keep the post open past what the finer one says.
 */
function sharpenEnds(roles: PersonIndex['roles']): void {
  for (const coarse of roles) {
    if (!coarse.attr.until) continue;
    const wide = rangeOf(coarse.attr.until);
    for (const fine of roles) {
      if (fine === coarse || fine.role !== coarse.role || !fine.attr.until) continue;
      const narrow = rangeOf(fine.attr.until);
      if (narrow.start >= wide.start && narrow.end < wide.end) coarse.time = { ...coarse.time, known: { ...coarse.time.known, end: Math.min(coarse.time.known.end, fine.time.known.end) }, falseAfter: fine.time.falseAfter };
    }
  }
}

/** Capitalised words that are no one's name: the lexicon's, and every word of the data's posts, parties, bodies and places. */
function notNamesOf(dataset: Dataset, partyPhrases: { phrase: string }[]): Set<string> {
  const notNames = new Set(NOT_NAMES);
  // (a saint's name in a place's, "St Sidwell's & St James", is a given name still: "James Hart" is a name)
  const addWords = (phrase: string) => {
    let saint = false;
    for (const w of normPhrase(phrase).split(/[^a-z']+/)) {
      if (w && !saint) notNames.add(w);
      saint = w === 'st' || w === 'saint';
    }
  };
  for (const r of dataset.roles) addWords(r.title);
  for (const p of partyPhrases) {
    addWords(p.phrase);
    notNames.add(`${p.phrase.replace(/ /g, '-')}-run`);
  }
  for (const o of dataset.organisations) for (const name of [o.name, ...o.aliases, o.place ?? '']) addWords(name);
  for (const o of dataset.organisations) if (o.place) notNames.add(`${normPhrase(o.place)}'s`);
  for (const p of dataset.people) for (const a of p.attributes) {
    if (a.kind === 'ward') addWords(a.ward);
    else if (a.kind === 'constituency') addWords(a.place);
  }
  return notNames;
}

/** The dataset's events with their dates as day ranges, their words normalised, and which happening each is. */
function eventsOf(dataset: Dataset): Model['events'] {
  const byId = new Map(dataset.events.map((e) => [e.id, e]));
  const identityOf = (e: Event): string => {
    // the end of the sameAs chain (a loop, which the data should not have, ends where it closes)
    const seen = new Set<string>();
    let x = e;
    while (x.sameAs && !seen.has(x.id) && byId.has(x.sameAs)) {
      seen.add(x.id);
      x = byId.get(x.sameAs)!;
    }
    return x.id;
  };
  return dataset.events.map((e) => ({
    ...e,
    range: rangeOf(e.date),
    requiredGroups: e.required.map((g) => g.split('|').map(normPhrase)),
    cueList: e.cues.map(normPhrase),
    nameList: e.names.map(normPhrase),
    // (an excluding word in any of its verb forms: leaving out too much costs a miss at most, never a false alarm)
    exclude: [...new Set(e.exclude.flatMap((x) => withVerbForms(normPhrase(x))))],
    identity: identityOf(e),
    publishedCues: e.published ? e.published.cues.map(normPhrase) : [],
  }));
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
  // a post the sources say ended ("until May 2025") is not presumed held in the month it ended
  if (f.falseAfter !== undefined) return false;
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
