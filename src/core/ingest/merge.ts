/**
 * The writer's sources merged with what is known: the reference lists (posts, bodies, parties) with or without the
 * bundled articles and their facts, then every source's facts as a folder of its own.
 */
import { Dataset, DataFiles, Dispute, datasetOfFolders } from '../data/loader';
import { Event, NumberFact, Organisation, PersonAttribute } from '../data/schema';
import { formatPartialDate, rangeOf } from '../time/dates';
import { escapeRegExp, normPhrase } from '../text/words';
import { Ingested, filesOf, ingestSource } from './ingest';
import { SourceError, fileDated } from './source';
import { MONTHS, WEEKDAYS } from '../lexicon';

/**
 * The reference lists alone: the posts, bodies and parties of a dataset, with no article, person or fact. What a
 * writer's sources are read against when the bundled articles are left out (`--no-bundled`): words for the posts and
 * bodies of the story, not evidence of anything.
 */
export function gazetteer(ds: Dataset): Dataset {
  const organisations: Organisation[] = ds.organisations.map(({ evidence: _e, ...o }) => o);
  const files: DataFiles = {
    'sources.json': { sources: [] },
    'people.json': { people: [], extend: [] },
    'roles.json': { roles: ds.roles },
    'organisations.json': { organisations, parties: ds.parties },
    'facts.json': { events: [], states: [], numbers: [] },
    'quotes.json': { quotes: [] },
  };
  return datasetOfFolders([{ name: '', files, readText: () => '' }]);
}

/** A writer's source file as read from disk or an editor. */
export interface SourceFile {
  file: string;
  text: string;
}

/** A fact two sources give differently (a party, a ward, a number, an event's date): neither value flags anything. */
export type Disagreement = Dispute;

export interface MergedSources {
  dataset: Dataset;
  ingested: Ingested[];
  /** Files that could not be read as sources, each with one message naming it. */
  problems: SourceError[];
  disagreements: Disagreement[];
}

/**
 * The dataset with a writer's sources: `base` (the bundled dataset, or its `gazetteer` for --no-bundled) and then each
 * source as a folder of its own, each read against everything before it (a person an earlier source or the bundled
 * data names is the same person: what a later source says of them is added with `extend`). A file that cannot be a
 * source is left out with a message; the rest keep working. Where two sources disagree — a person's party, ward or
 * constituency, a number for the same thing, the date of the same happening — neither value flags a claim, the
 * disagreement is listed, and the dataset carries it (`disputes`) so a claim about it gets a hint saying so.
 */
export function mergeSources(base: Dataset, sources: readonly SourceFile[], today?: string): MergedSources {
  const ingested: Ingested[] = [];
  const problems: SourceError[] = [];
  let current = base;
  const folders: { name: string; files: DataFiles; readText: (f: string) => string }[] = [
    { name: '', files: filesOf(base), readText: textReader(base) },
  ];
  for (const s of sources) {
    let ing: Ingested;
    try {
      ing = ingestSource(s.text, { file: s.file, reference: current, today });
    } catch (e) {
      if (e instanceof SourceError) {
        problems.push(e);
        continue;
      }
      problems.push(new SourceError(s.file, `could not be read (${(e as Error).message})`));
      continue;
    }
    const next = [...folders, { name: s.file, files: ing.files, readText: () => s.text }];
    try {
      current = datasetOfFolders(next);
    } catch (e) {
      problems.push(new SourceError(s.file, `its facts could not be added (${(e as Error).message})`));
      continue;
    }
    folders.push(next[next.length - 1]);
    ingested.push(ing);
  }
  const withOrgs = ingested.length ? successions(organisationsNamed(current, folders), new Set(ingested.map((i) => i.id))) : current;
  const people = withoutDisagreements(withOrgs);
  const numbers = numberDisagreements(people.dataset);
  const events = eventDisagreements(numbers.dataset);
  const disagreements = [...people.disagreements, ...numbers.disagreements, ...events.disagreements];
  const dataset = disagreements.length ? { ...events.dataset, disputes: [...(base.disputes ?? []), ...disagreements] } : events.dataset;
  return { dataset, ingested, problems, disagreements };
}

/**
 * What a later source's news ends in an earlier one's: a council run by one party is run by another from the month a
 * dated source says the other took charge, and a post only one person holds at a time (the cabinet member for
 * children's services) is no longer held by the person an earlier source gave it to once a later dated source names
 * its new holder (by that source's date at the latest: a claim made before it is not flagged). Only the writer's own
 * sources (`mine`) are read so; a source with no date says nothing of when.
 */
function successions(ds: Dataset, mine: Set<string>): Dataset {
  const dateOf = (source: string) => {
    const s = ds.sourceById.get(source);
    return s && mine.has(source) && fileDated(s) ? s.published.reference.slice(0, 7) : undefined;
  };
  let changed = false;
  const states = ds.states.map((a) => {
    if (a.attribute !== 'control' || a.until || !mine.has(a.evidence.source)) return a;
    const aDate = dateOf(a.evidence.source);
    const next = ds.states.find((b) => b.attribute === 'control' && b.subject === a.subject && b.value !== a.value && b.from && aDate && b.from > aDate && b.evidence.source !== a.evidence.source);
    if (!next) return a;
    changed = true;
    return { ...a, until: next.from! };
  });
  const newHolders = ds.people.flatMap((p) => p.attributes.filter((x) => x.kind === 'role' && x.status === 'new' && dateOf(x.evidence.source)).map((x) => ({ person: p.id, a: x as Extract<PersonAttribute, { kind: 'role' }> })));
  const people = ds.people.map((p) => {
    const attributes = p.attributes.map((x) => {
      if (x.kind !== 'role' || x.until || x.status === 'former' || x.status === 'recently-left' || !ds.roleById.get(x.role)?.exclusive) return x;
      const xDate = dateOf(x.evidence.source);
      const next = newHolders.find((n) => n.person !== p.id && n.a.role === x.role && xDate && dateOf(n.a.evidence.source)! > xDate);
      if (!next) return x;
      changed = true;
      return { ...x, until: next.a.from ?? dateOf(next.a.evidence.source)! };
    });
    return attributes.some((x, k) => x !== p.attributes[k]) ? { ...p, attributes } : p;
  });
  if (!changed) return ds;
  return { ...ds, states, people, personById: new Map(people.map((p) => [p.id, p])) };
}

function textReader(ds: Dataset): (file: string) => string {
  const byFile = new Map(ds.sources.map((s) => [s.file, s.text]));
  return (f) => byFile.get(f) ?? '';
}

const VALUE_OF: Record<'party' | 'ward' | 'constituency', (a: PersonAttribute) => string> = {
  party: (a) => (a.kind === 'party' ? a.party : ''),
  ward: (a) => (a.kind === 'ward' ? normPhrase(a.ward) : ''),
  constituency: (a) => (a.kind === 'constituency' ? normPhrase(a.place) : ''),
};

/** How a person's attribute is shown to the writer: the party's name, the ward or place as the source writes it. */
function shownValue(ds: Dataset, a: PersonAttribute): string {
  if (a.kind === 'party') return ds.partyById.get(a.party)?.name ?? a.party;
  if (a.kind === 'ward') return a.ward;
  return a.kind === 'constituency' ? a.place : '';
}

/** People whose sources give two parties (wards, constituencies) lose both: the sources disagree. */
function withoutDisagreements(ds: Dataset): { dataset: Dataset; disagreements: Dispute[] } {
  const disagreements: Dispute[] = [];
  let changed = false;
  const people = ds.people.map((p) => {
    let attrs = p.attributes;
    for (const kind of ['party', 'ward', 'constituency'] as const) {
      const of = attrs.filter((a) => a.kind === kind);
      const values = [...new Set(of.map(VALUE_OF[kind]))];
      if (values.length < 2) continue;
      const claims = values.map((v) => of.find((a) => VALUE_OF[kind](a) === v)!).map((a) => ({ value: shownValue(ds, a), evidence: a.evidence }));
      disagreements.push({ kind, about: `${p.name}\u2019s ${kind}`, person: p.id, claims, cues: [], required: [] });
      attrs = attrs.filter((a) => a.kind !== kind);
    }
    if (attrs === p.attributes) return p;
    changed = true;
    return { ...p, attributes: attrs };
  });
  if (!changed) return { dataset: ds, disagreements };
  const personById = new Map(people.map((p) => [p.id, p]));
  return { dataset: { ...ds, people, personById }, disagreements };
}

/**
 * Do two facts' words say they are about the same thing? At least two words in common, and at least half of the
 * shorter list's: "had recruited 40 foster carers since April" and "45 foster carers had been recruited since April".
 */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  const shared = new Set(b.filter((w) => set.has(w))).size;
  return shared >= 2 && shared * 2 >= Math.min(new Set(a).size, new Set(b).size);
}

/** The words of an event's clause that say what happened (no dates, numbers or little words). */
function summaryWords(e: Event): string[] {
  return (normPhrase(e.summary).match(/[a-z][a-z'-]{3,}/g) ?? []).filter((w) => !NOT_SUMMARY.has(w));
}
const NOT_SUMMARY = new Set<string>([...MONTHS, ...WEEKDAYS, 'that', 'this', 'with', 'from', 'were', 'have', 'been', 'said', 'says']);

/**
 * Do two figures agree: the same values, or, when either is loose ("about two years", held as a span), spans that meet
 * ("some 13 years" and "12 years" may be the same figure). How a figure is written ("three", "3") is not its value.
 */
function valuesAgree(a: NumberFact, b: NumberFact): boolean {
  if (a.approximate || b.approximate) {
    const lo = (n: NumberFact) => Math.min(...n.values), hi = (n: NumberFact) => Math.max(...n.values);
    return lo(a) <= hi(b) && lo(b) <= hi(a);
  }
  return a.values.length === b.values.length && a.values.every((v, k) => v === b.values[k]);
}

/**
 * Numbers two sources give for the same thing (same unit and noun, the same person or body, the same words around
 * it) with different values: both are left out and the disagreement listed. Facts of one source are never compared
 * with each other (a source may give a figure for two years).
 */
function numberDisagreements(ds: Dataset): { dataset: Dataset; disagreements: Dispute[] } {
  const disagreements: Dispute[] = [];
  const out = new Set<NumberFact>();
  const same = (a: NumberFact, b: NumberFact) =>
    a.evidence.source !== b.evidence.source && a.unit === b.unit && (a.noun ?? '') === (b.noun ?? '') &&
    (a.anchors.length === 0) === (b.anchors.length === 0) && (a.anchors.length === 0 || a.anchors.some((x) => b.anchors.includes(x))) &&
    sameWords(a.cues, b.cues) && !valuesAgree(a, b);
  for (let i = 0; i < ds.numbers.length; i++) {
    const a = ds.numbers[i];
    if (out.has(a)) continue;
    const others = ds.numbers.filter((b, j) => j > i && !out.has(b) && same(a, b));
    if (!others.length) continue;
    const group = [a, ...others];
    for (const n of group) out.add(n);
    const cues = a.cues.filter((w) => others.every((b) => b.cues.includes(w)));
    disagreements.push({
      kind: 'number', about: `${a.unit === 'count' && a.noun ? `the number of ${a.noun}` : a.unit === 'percent' ? 'the percentage' : a.unit === 'rank' ? 'the ranking' : 'the number of years'} (${cues.slice(0, 4).join(', ')})`, claims: group.map((n) => ({ value: n.text, evidence: n.evidence })),
      cues, required: [...new Set(group.flatMap((n) => n.anchors))], unit: a.unit, noun: a.noun,
    });
  }
  if (!out.size) return { dataset: ds, disagreements };
  return { dataset: { ...ds, numbers: ds.numbers.filter((n) => !out.has(n)) }, disagreements };
}

/**
 * Events two sources date differently (the same happening word, the same person or body, the same words, dates that
 * do not overlap): the later is marked the same happening as the earlier (`sameAs`), so a date either gives is right
 * and only one both contradict is flagged, and the disagreement is listed.
 */
function eventDisagreements(ds: Dataset): { dataset: Dataset; disagreements: Dispute[] } {
  const disagreements: Dispute[] = [];
  const linked = new Map<string, string>();
  const groups = (e: Event) => e.required.flatMap((g) => g.split('|'));
  const overlap = (a: string, b: string) => {
    const x = rangeOf(a), y = rangeOf(b);
    return x.start <= y.end && y.start <= x.end;
  };
  for (let i = 0; i < ds.events.length; i++) {
    const a = ds.events[i];
    if (a.sameAs || a.approximate || linked.has(a.id)) continue;
    for (const b of ds.events.slice(i + 1)) {
      if (b.sameAs || b.approximate || linked.has(b.id) || a.evidence.source === b.evidence.source) continue;
      if (a.cues.join('|') !== b.cues.join('|') || !groups(a).some((w) => groups(b).includes(w))) continue;
      if (overlap(a.date, b.date) || !sameWords(summaryWords(a), summaryWords(b))) continue;
      linked.set(b.id, a.id);
      disagreements.push({
        kind: 'date', about: `the date of \u2018${happening(a.summary)}\u2019`,
        claims: [a, b].map((e) => ({ value: formatPartialDate(e.date), evidence: e.evidence })), cues: a.cues, required: a.required,
      });
    }
  }
  if (!linked.size) return { dataset: ds, disagreements };
  return { dataset: { ...ds, events: ds.events.map((e) => (linked.has(e.id) ? { ...e, sameAs: linked.get(e.id)! } : e)) }, disagreements };
}

/** What an event's summary says happened, without its date: "The fostering review was published on 4 March 2026" -> "The fostering review was published". */
function happening(summary: string): string {
  const cut = summary.search(/\s+(?:on|in|at|during|by)?\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/);
  const s = (cut > 0 ? summary.slice(0, cut) : summary).replace(/[,;:.]+$/, '');
  return s.length > 70 ? s.slice(0, 67).replace(/\s+\S*$/, '') + '\u2026' : s;
}

/** A disagreement in one line, for a message: "the party of Jane Smith: Labour (release.md) / Conservative (interview.md)". */
export function describeDisagreement(d: Dispute, ds: Dataset): string {
  const where = (source: string) => ds.sourceById.get(source)?.file.replace(/^.*[\\/]/, '') ?? source;
  return `${d.about}: ${d.claims.map((c) => `${c.value} (${where(c.evidence.source)})`).join(' / ')}`;
}

/**
 * The bodies the sources name: an organisation of the reference lists with no evidence (the lists hold none of their
 * own under --no-bundled) gets the first place a writer's source prints its name or one of its names, capitalised as
 * listed, so a draft's misnaming of it can cite the source. Bodies no source names stay as they are.
 */
function organisationsNamed(ds: Dataset, folders: { name: string; files: DataFiles; readText: (f: string) => string }[]): Dataset {
  const texts = ds.sources.filter((s) => folders.some((f) => f.name === s.file));
  if (!texts.length || ds.organisations.every((o) => o.evidence)) return ds;
  let changed = false;
  const organisations = ds.organisations.map((o) => {
    if (o.evidence || o.notInSources) return o;
    for (const name of [o.name, ...o.aliases].filter((n) => n.length >= 3 && /[A-Z]/.test(n))) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
      for (const s of texts) {
        const m = re.exec(s.text);
        if (!m) continue;
        changed = true;
        return { ...o, evidence: { source: s.id, text: m[0] } };
      }
    }
    return o;
  });
  if (!changed) return ds;
  return { ...ds, organisations, orgById: new Map(organisations.map((o) => [o.id, o])) };
}
