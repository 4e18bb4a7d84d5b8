/**
 * Ingestion: a writer's source (an article, a press release, a letter, a transcript) read into facts in the data/
 * schema, each with evidence in the file's own words. The engine's readers do the reading — the document model
 * (blocks, front matter, speaker labels), quotation spans, sentences, capitalised words, the people finder and the
 * quotation checker's attribution — on a model that knows what the source itself introduces. What the reader is not
 * sure of is left out: a false alarm costs the writer more than a miss.
 *
 * Two passes. The first finds the people the source introduces: a name of two capitalised words with a sign that
 * it is a person (a title before it, a party in brackets after it, a post before or in apposition after it, a speech
 * verb after it, a transcript's label). The second reads every block again with those people known, as the engine
 * reads a draft: their mentions (titled surnames, possessives), their posts, parties, wards and constituencies,
 * and every quotation with the person or document that speaks it.
 */
import { Dataset, DataFiles, datasetOfFolders } from '../data/loader';
import { Person, PersonAttribute, Quote, Role, Source } from '../data/schema';
import { Model, buildModel } from '../model/model';
import { Block, blockText, readDocument } from '../text/document';
import { fold, isWordCode } from '../text/fold';
import { sentences } from '../text/sentences';
import { capitalWords, escapeRegExp, normPhrase } from '../text/words';
import { QuoteSpan, findQuoteSpans } from '../extract/quotes';
import { speakerLabels } from '../extract/speakers';
import { Ctx, Mention, SentenceInfo, gateScan } from '../check/context';
import { findPeople, peopleRule } from '../check/people';
import { speakerOf } from '../check/quotes';
import { ROLE_NOUNS, SPEECH_VERBS, TITLES } from '../lexicon';
import { SourceMeta, dateNote, displayDate, readSourceMeta, weekdayDate } from './source';
import { rangeOf, todayIso } from '../time/dates';
import { dateHints } from '../extract/dates';
import { ingestFacts } from './facts';

export interface IngestOptions {
  /** The source's path as messages and the dataset name it (`file` of its sources.json entry). */
  file: string;
  /** The source's id; by default made from the file's name, unique against `reference`. */
  id?: string;
  /**
   * What is known already: the posts, bodies and parties the source is read against, and any people and sources
   * (a person the reference knows by the same name is the same person: what the source says of them is `extend`).
   */
  reference: Dataset;
  /** Today, for a source that gives no date (YYYY-MM-DD). */
  today?: string;
}

export interface Ingested {
  id: string;
  file: string;
  text: string;
  meta: SourceMeta;
  /** What the source says, as the six files of a data folder. */
  files: DataFiles;
  /** How long the reading took, in milliseconds. */
  ms: number;
}

const SPEECH = SPEECH_VERBS.join('|');
const TITLE_SET = new Set<string>(TITLES);
/** A word a name may be made of: capitalised, with an inner capital after Mc/Mac/O'/hyphen ("MacAlister", "Smith-Jones"). */
const NAME_WORD = /^(?:(?:Ma?c|O'|D')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?|Ma?c[A-Z][a-z]+)$/;
const SPEECH_AFTER = new RegExp(`^\\s+(?:has\\s+|had\\s+|also\\s+|then\\s+)?(?:${SPEECH})\\b`);
const ROLE_NOUN_RE = [...ROLE_NOUNS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const TITLE_RE = [...TITLES].join('|');
/** A post or title just before a name: "Leader John Hart", "Exeter MP Steve Race", "councillor Carol Whitton". */
const ROLE_OR_TITLE_BEFORE = new RegExp(`\\b(?:${ROLE_NOUN_RE}|${TITLE_RE}|lead)\\.?,?\\s$`);

/** The model of a reference dataset, built once for every source read against it. */
const refModels = new WeakMap<Dataset, Model>();

/** Lower-case id of a name or file: "Carol Whitton" -> "carol-whitton". */
export function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
}

function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** A block of the source with its prose and its fold. */
interface Para {
  block: Block;
  start: number;
  text: string;
  f: string;
}

interface Found {
  name: string;
  given: string;
  surname: string;
  /** Where the name first stands with a sign that it is a person (file offsets). */
  start: number;
  end: number;
  titles: Set<string>;
}

function baseWord(w: string): string {
  return w.replace(/['\u2019]s$/, '').replace(/s['\u2019]$/, 's');
}

/** Transcript labels written in capitals ("STEVE RACE") read as names ("Steve Race"). */
function titleCase(w: string): string {
  if (!/^[A-Z][A-Z'-]+$/.test(w)) return w;
  const m = /^(MA?C)([A-Z]+)$/.exec(w);
  if (m && w.length > 5) return m[1][0] + m[1].slice(1).toLowerCase() + m[2][0] + m[2].slice(1).toLowerCase();
  return w[0] + w.slice(1).toLowerCase();
}

/** Pass one: the people the source introduces, by a name with a sign that it is a person. */
function discoverPeople(paras: Para[], m: Model): Map<string, Found> {
  const found = new Map<string, Found>();
  const partyWords = m.partyPhrases.map((p) => p.phrase);
  const isNameWord = (w: string) => NAME_WORD.test(w) && !m.notNames.has(w.toLowerCase()) && !TITLE_SET.has(w.toLowerCase());
  const add = (given: string, surname: string, start: number, end: number, title?: string) => {
    const name = `${given} ${surname}`;
    let x = found.get(name);
    if (!x) found.set(name, (x = { name, given, surname, start, end, titles: new Set() }));
    if (title) x.titles.add(title);
  };
  for (const p of paras) {
    const { text, f } = p;
    for (const label of speakerLabels(text)) {
      const ws = text.slice(label.nameStart, label.nameEnd).split(/\s+/).map(titleCase);
      const t = ws.length === 3 && TITLE_SET.has(ws[0].toLowerCase().replace(/\.$/, '')) ? ws.slice(1) : ws;
      if (t.length === 2 && isNameWord(t[0]) && isNameWord(t[1])) add(t[0], t[1], p.start + label.nameStart, p.start + label.nameEnd);
    }
    for (const s of sentences(text)) {
      const ws = capitalWords(text, f, s.start, s.end);
      for (let i = 1; i < ws.length; i++) {
        const a = ws[i - 1], b = ws[i];
        if (f.slice(a.end, b.start) !== ' ') continue;
        // the last two words of a run of capitalised words
        const next = ws[i + 1];
        if (next && f.slice(b.end, next.start) === ' ' && isNameWord(baseWord(text.slice(next.start, next.end)))) continue;
        const given = text.slice(a.start, a.end);
        const surnameRaw = text.slice(b.start, b.end);
        const surname = baseWord(surnameRaw);
        if (!isNameWord(given) || !isNameWord(surname)) continue;
        const before = f.slice(Math.max(0, a.start - 60), a.start);
        const afterAt = b.start + surname.length;
        const after = f.slice(afterAt, afterAt + 90);
        const titleM = new RegExp(`\\b(${TITLE_RE})\\.?\\s$`).exec(before);
        const sign =
          !!titleM ||
          ROLE_OR_TITLE_BEFORE.test(before) ||
          (surname === surnameRaw && SPEECH_AFTER.test(after)) ||
          (surname === surnameRaw && partyInBrackets(after, partyWords, m) !== undefined) ||
          (surname === surnameRaw && new RegExp(`^,\\s+(?:the\\s+|our\\s+)?(?:new\\s+|interim\\s+|former\\s+|acting\\s+)?(?:[a-z'-]+\\s+){0,3}(?:${ROLE_NOUN_RE})\\b`).test(after)) ||
          (surname === surnameRaw && /^\s+(?:has\s+|had\s+)?(?:recently\s+)?(?:left|joined|stepped down|resigned)\s+as\s/.test(after));
        if (!sign) continue;
        add(given, surname, p.start + a.start, p.start + afterAt, titleM ? titleM[1] : undefined);
      }
    }
  }
  return found;
}

/** The party a bracket after a name opens with ("(Conservative, Bickleigh & Wembury)"), and what follows it. */
function partyInBrackets(after: string, partyWords: string[], m: Model, original = after): { party: string; rest: string; length: number } | undefined {
  const br = /^\s*\(([^()\n]{2,80})\)/.exec(after);
  if (!br) return undefined;
  const inner = br[1];
  const innerAt = br[0].indexOf('(') + 1;
  const comma = inner.indexOf(',');
  const first = (comma >= 0 ? inner.slice(0, comma) : inner).trim().toLowerCase();
  const rest = comma >= 0 ? original.slice(innerAt + comma + 1, innerAt + inner.length).trim() : '';
  const phrase = partyWords.find((w) => w === first);
  const party = phrase ? m.partyPhrases.find((p) => p.phrase === phrase)!.party.id : m.partyAbbreviations.get(first.replace(/\./g, ''));
  if (!party) return undefined;
  return { party, rest, length: br[0].length };
}

/** A paragraph's reading as the engine makes it for a draft, up to the people in it. */
function readParagraph(m: Model, people: ReturnType<typeof peopleRule.build>, text: string, asOf: number): Ctx {
  const f = fold(text);
  const ctx: Ctx = {
    m, indexes: new Map(), gateScan: gateScan([]), text, f, masked: f, asOf, asOfYear: 0, asOfMonth: 0,
    sentences: [], quotes: findQuoteSpans(text, 0, text.length), dateHints: dateHints(f), findings: [], confirmations: [], orgs: undefined, eventScan: undefined, gates: undefined,
  };
  for (const sp of sentences(text)) {
    let first = sp.start;
    while (first < sp.end && !isWordCode(f.charCodeAt(first))) first++;
    const s: SentenceInfo = {
      index: ctx.sentences.length, start: sp.start, end: sp.end, firstWord: first, masked: f,
      words: capitalWords(text, f, sp.start, sp.end), mentions: [], dates: [],
      clauseList: undefined, tense: undefined, events: undefined, eventCues: undefined,
    };
    ctx.sentences.push(s);
  }
  for (const s of ctx.sentences) {
    try {
      findPeople(ctx, s, people);
    } catch {
      // a reader that fails leaves the sentence without people
    }
  }
  ctx.findings = [];
  return ctx;
}

/** Status words before a post: "the new Cabinet Member", "interim director", "former children's lead". */
function statusOf(words: string): PersonAttribute['status'] | undefined {
  if (/\brecently\s+left\b/.test(words)) return 'recently-left';
  if (/\b(former|ex-|previous)\b/.test(words)) return 'former';
  if (/\binterim\b|\bacting\b/.test(words)) return 'interim';
  if (/\bpermanent\b/.test(words)) return 'permanent';
  if (/\bnew\b|\bnewly\b/.test(words)) return 'new';
  return undefined;
}

interface RolePhrase {
  phrase: string;
  role: Role;
}

function rolePhrases(ds: Dataset): RolePhrase[] {
  const out: RolePhrase[] = [];
  for (const r of ds.roles) {
    for (const ph of new Set([normPhrase(r.title), ...r.phrases.map(normPhrase)])) {
      // a bare noun ("interim director", "leader") names no one post
      if (ph.split(' ').length < 2 && !r.place) continue;
      if (/^interim /.test(ph)) continue;
      out.push({ phrase: ph, role: r });
    }
  }
  return out.sort((a, b) => b.phrase.length - a.phrase.length);
}

/** The possessive place before a post ("Somerset's cabinet member"): another council's post is not this one. */
function otherPlaceBefore(m: Model, before: string, role: Role): boolean {
  const pm = /([a-z]+(?: [a-z]+){0,2})'s\s+(?:(?:new|former|interim|acting)\s+)?$/.exec(before);
  if (!pm) return false;
  const place = pm[1];
  if (m.places.home.some((h) => place.endsWith(h))) return false;
  const org = role.organisation ? m.dataset.orgById.get(role.organisation) : undefined;
  if (org?.place && place.endsWith(normPhrase(org.place))) return false;
  return m.places.others.some((o) => place.endsWith(o));
}

/** The source's blocks of prose after its front matter, each with its fold. */
function parasOf(text: string, meta: SourceMeta): Para[] {
  const doc = readDocument(text, meta.kind);
  const paras: Para[] = [];
  for (const b of doc.blocks) {
    if (b.end <= meta.bodyStart) continue;
    // (a plain-text file's front matter is no block of its own: the block is cut where the body starts)
    const cut = Math.max(0, meta.bodyStart - b.start);
    const t = blockText(text, b).slice(cut);
    paras.push({ block: b, start: b.start + cut, text: t, f: fold(t) });
  }

  return paras;
}

/** The people a source introduces that the reference does not know, with the titles the source gives them. */
function newPeopleOf(found: ReturnType<typeof discoverPeople>, ref: Dataset, paras: Para[], text: string, id: string): Person[] {
  const knownByName = new Map(ref.people.map((p) => [normPhrase(p.name), p]));
  const newPeople: Person[] = [];
  const takenPerson = (x: string) => ref.personById.has(x) || newPeople.some((p) => p.id === x);
  for (const x of found.values()) {
    if (knownByName.has(normPhrase(x.name))) continue;
    const titles = [...x.titles].map((t) => t[0].toUpperCase() + t.slice(1));
    const person: Person = {
      id: uniqueId(slug(x.name), takenPerson), name: x.name, given: x.given, surname: x.surname, givenVariants: [], titles,
      // a source cannot say whether others share the surname (a country's, a trade's, a family's): a surname alone is
      // read only with a title, a post or a speech verb, and another first name is flagged only when it is close to
      // this one or the sentence names the person's post ("Eleanor Brazil, a commissioner" is someone else)
      commonSurname: true,
      attributes: [], evidence: { source: id, text: text.slice(x.start, x.end) },
    };
    newPeople.push(person);
  }
  // a titled surname ("Mr Wooster", "Cllr Aves") of one new person gives a title, and Mr/Mrs/Ms a pronoun
  const bySurname = new Map<string, Person[]>();
  for (const p of newPeople) bySurname.set(p.surname, [...(bySurname.get(p.surname) ?? []), p]);
  const TITLED = new RegExp(`\\b(${TITLE_RE})\\.?\\s+((?:Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\b`, 'gi');
  for (const p of paras) {
    TITLED.lastIndex = 0;
    for (let r = TITLED.exec(p.text); r; r = TITLED.exec(p.text)) {
      const ps = bySurname.get(r[2]);
      if (!ps || ps.length !== 1 || !/^[A-Z]/.test(r[2])) continue;
      const title = r[1].toLowerCase();
      const person = ps[0];
      const cap = r[1][0].toUpperCase() + r[1].slice(1).toLowerCase();
      if (!person.titles.some((t) => t.toLowerCase() === title)) person.titles.push(cap === 'Cllr' || cap === 'Councillor' ? cap : cap);
      // (no pronoun is given: knowing one person's and not another's would settle a draft's "he said" wrongly)
    }
  }
  for (const p of newPeople) if (p.titles.some((t) => /^(cllr|councillor)$/i.test(t))) {
    for (const t of ['Councillor', 'Cllr']) if (!p.titles.includes(t)) p.titles.push(t);
  }
  return newPeople;
}

/**
 * A post the source says was left ("recently left", "former") had ended by the time it was written (to the month of a
 * dated source, as the curators write it; a source with no date cannot say when, and its post left is dropped: held
 * with no end, it would make the person its holder still).
 */
function endPostsLeft(attrs: Map<string, PersonAttribute[]>, meta: SourceMeta): void {
  for (const [pid, list] of attrs) {
    const kept: PersonAttribute[] = [];
    for (const a of list) {
      if ((a.status === 'former' || a.status === 'recently-left') && !a.until) {
        if (meta.date) kept.push({ ...a, until: meta.date.slice(0, 7) });
      } else kept.push(a);
    }
    attrs.set(pid, kept);
  }
}

/**
 * Reads a writer's source into facts. Throws SourceError for a file that cannot be a source (binary, oversized,
 * malformed front matter). Never throws on the prose itself: a sentence the readers cannot make sense of adds nothing.
 */
export function ingestSource(text: string, opts: IngestOptions): Ingested {
  const t0 = performance.now();
  const ref = opts.reference;
  const meta = readSourceMeta(text, opts.file);
  const fileBase = opts.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const id = opts.id ?? uniqueId(slug(fileBase), (x) => ref.sourceById.has(x));
  const today = opts.today ?? todayIso();
  if (!meta.date) {
    meta.date = weekdayDate(text.slice(meta.bodyStart), today);
    if (meta.date) meta.dateFrom = 'weekday and day';
  }
  const source: Source = sourceEntry(id, opts.file, text, meta, today);

  const paras = parasOf(text, meta);

  // pass one: who the source introduces (on a model of what is known, so known people and words of bodies are told apart)
  let refModel = refModels.get(ref);
  if (!refModel) refModels.set(ref, (refModel = buildModel(ref)));
  const found = discoverPeople(paras, refModel);
  const newPeople = newPeopleOf(found, ref, paras, text, id);

  // pass two: the paragraphs read with the people known
  const files: DataFiles = {
    'sources.json': { sources: [source] },
    'people.json': { people: newPeople, extend: [] },
    'roles.json': { roles: [] },
    'organisations.json': { organisations: [], parties: [] },
    'facts.json': { events: [], states: [], numbers: [] },
    'quotes.json': { quotes: [] },
  };
  const withPeople = datasetOfFolders([
    { name: '', files: filesOf(ref), readText: (f) => ref.sources.find((s) => s.file === f)?.text ?? '' },
    { name: opts.file, files, readText: () => text },
  ]);
  const m = buildModel(withPeople);
  const asOf = rangeOf(source.published.reference).start;
  const people = peopleRule.build(m);
  const ctxs = paras.map((p) => readParagraph(m, people, p.text, asOf));

  const attrs = new Map<string, PersonAttribute[]>();
  const addAttr = (personId: string, a: PersonAttribute) => {
    const list = attrs.get(personId) ?? [];
    const same = list.find((b) => b.kind === a.kind && JSON.stringify({ ...b, evidence: 0, status: 0 }) === JSON.stringify({ ...a, evidence: 0, status: 0 }));
    if (same) return;
    list.push(a);
    attrs.set(personId, list);
  };
  readAttributes(m, paras, ctxs, id, text, addAttr);
  const quotes = readQuotes(m, paras, ctxs, id, text);
  files['quotes.json'].quotes = quotes;

  endPostsLeft(attrs, meta);
  for (const p of newPeople) p.attributes = attrs.get(p.id) ?? [];
  for (const [pid, list] of attrs) {
    if (newPeople.some((p) => p.id === pid)) continue;
    files['people.json'].extend.push({ person: pid, attributes: list });
  }
  const facts = ingestFacts(m, paras.map((p, i) => ({ start: p.start, text: p.text, f: p.f, ctx: ctxs[i] })), id, text, source);
  files['facts.json'] = facts;
  return { id, file: opts.file, text, meta, files, ms: performance.now() - t0 };
}

/** The source's sources.json entry: its date as known, or a wide span when it gives none. */
function sourceEntry(id: string, file: string, text: string, meta: SourceMeta, today: string): Source {
  let earliest: string, latest: string, reference: string;
  if (meta.date) {
    earliest = latest = reference = meta.date;
  } else {
    // no date: no earlier than the latest year it writes (up to this year), no later than today
    const year = Number(today.slice(0, 4));
    let last = 0;
    for (const r of text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) { const y = Number(r[1]); if (y <= year && y > last) last = y; }
    earliest = String(last || year);
    latest = today;
    reference = today;
  }
  const entry: Source = {
    id, file, title: meta.title, headlinePrinted: meta.titleGiven,
    published: { earliest, latest, display: meta.dateFrom === 'weekday and day' ? `around ${displayDate(meta.date)}` : displayDate(meta.date), reference, note: dateNote(meta) },
  };
  if (meta.outlet) entry.outlet = meta.outlet;
  if (meta.reporter) entry.reporter = meta.reporter;
  return entry;
}

/** A dataset's contents as the six files (to build a dataset with one more folder). */
export function filesOf(ds: Dataset): DataFiles {
  const byPerson = new Map<string, PersonAttribute[]>();
  return {
    'sources.json': { sources: ds.sources.map(({ text: _t, ...s }) => s) },
    'people.json': { people: ds.people, extend: [...byPerson].map(([person, attributes]) => ({ person, attributes })) },
    'roles.json': { roles: ds.roles },
    'organisations.json': { organisations: ds.organisations, parties: ds.parties },
    'facts.json': { events: ds.events, states: ds.states, numbers: ds.numbers },
    'quotes.json': { quotes: ds.quotes },
  };
}

// ------------------------------------------------------------------------------------------------ people's attributes

/** What one mention of a person is read with: the paragraph, the sentence, the text round the name, and where it goes. */
interface MentionRead {
  m: Model;
  phrases: ReturnType<typeof rolePhrases>;
  partyWords: string[];
  add: (id: string, a: PersonAttribute) => void;
  ev: (a: number, b: number) => { source: string; text: string };
  p: Para;
  s: SentenceInfo;
  x: Mention;
  pid: string;
  before: string;
  after: string;
  afterText: string;
  councillor: boolean;
  /** The posts read so far for this mention. */
  roleFound: Role[];
}

/** A post before the name: "Exeter MP Steve Race", "leader of the Labour group, councillor Carol Whitton". */
function readPostBefore(r: MentionRead): void {
  const { m, phrases, add, ev, x, pid, before, roleFound } = r;
    for (const rp of phrases) {
      const re = new RegExp(`\\b${escapeRegExp(rp.phrase)}(?:\\s*,)?\\s+(?:(?:${TITLE_RE})\\.?\\s+)?$`);
      const r = re.exec(before);
      if (!r) continue;
      const lead = before.slice(0, r.index);
      if (otherPlaceBefore(m, lead, rp.role)) break;
      const start = x.start - (before.length - r.index);
      const status = statusOf(lead.slice(-30));
      add(pid, withStatus({ kind: 'role', role: rp.role.id, evidence: ev(start, x.end) }, status));
      roleFound.push(rp.role);
      // "Somerset's former children's lead": the post's body, named by its place, is the person's organisation
      const org = rp.role.organisation ? m.dataset.orgById.get(rp.role.organisation) : undefined;
      const placeM = /([a-z]+)'s\s+(?:(?:new|former|interim|acting)\s+)?$/.exec(lead);
      if (org && !org.home && org.place && placeM && placeM[1] === normPhrase(org.place)) {
        const from = start - placeM[0].length;
        add(pid, withStatus({ kind: 'organisation', organisation: org.id, evidence: ev(from, x.end) }, status));
      }
      if (rp.role.place && rp.role.type === 'mp') add(pid, { kind: 'constituency', place: rp.role.place, evidence: ev(start, x.end) });
      // "leader of the Labour group": the group's party
      if (rp.role.type === 'group-leader') {
        const party = m.partyPhrases.find((pp) => new RegExp(`\\b${escapeRegExp(pp.phrase)} group\\b`).test(rp.phrase));
        if (party) add(pid, { kind: 'party', party: party.party.id, evidence: ev(start, x.end) });
      }
      break;
    }
}

/** "Leader John Hart" opening a sentence: the leader of the council the story is about (the one such post known). */
function readLeaderOpening(r: MentionRead): void {
  const { m, add, ev, x, pid, p, s, roleFound } = r;
  const f = p.f;
    if (x.hasGiven && !roleFound.length && /^leader\s+$/.test(f.slice(s.firstWord, x.start)) && /^Leader/.test(p.text.slice(s.firstWord))) {
      const leaders = m.dataset.roles.filter((r) => r.type === 'council-leader' && r.organisation === m.places.homeCouncil);
      if (leaders.length === 1) {
        add(pid, { kind: 'role', role: leaders[0].id, evidence: ev(s.firstWord, x.end) });
        roleFound.push(leaders[0]);
      }
    }
}

/** A post in apposition after the name: "Josh MacAlister, the Minister for Children and Families". */
function readApposition(r: MentionRead): void {
  const { phrases, add, ev, x, pid, after, roleFound } = r;
    const app = /^(?:\s*\([^()\n]{2,80}\))?,\s+(?:the\s+|our\s+|its\s+)?((?:new|newly appointed|interim|former|acting|permanent)\s+)?/.exec(after);
    if (app) {
      const rest = after.slice(app[0].length);
      for (const rp of phrases) {
        if (!rest.startsWith(rp.phrase) || (rest.length > rp.phrase.length && /[a-z0-9]/.test(rest[rp.phrase.length]))) continue;
        const end = x.end + app[0].length + rp.phrase.length;
        add(pid, withStatus({ kind: 'role', role: rp.role.id, evidence: ev(x.start, end) }, statusOf(app[1] ?? '')));
        roleFound.push(rp.role);
        break;
      }
    }
}

/** "(Party, Ward)" / "(Ward)" just after a full name. */
function readBrackets(r: MentionRead): void {
  const { m, partyWords, add, ev, x, pid, after, afterText, councillor, roleFound } = r;
    if (x.hasGiven) {
      const br = partyInBrackets(after, partyWords, m, afterText);
      if (br) {
        const end = x.end + br.length;
        add(pid, { kind: 'party', party: br.party, evidence: ev(x.start, end) });
        const isMp = x.person.roles.some((r) => r.role.type === 'mp') || roleFound.some((r) => r.type === 'mp');
        const councilPost = roleFound.some((r) => r.type !== 'mp' && r.type !== 'minister' && r.type !== 'reporter' && !!r.organisation && m.dataset.orgById.get(r.organisation)?.kind === 'council');
        if (br.rest && !isMp && (councillor || councilPost)) add(pid, { kind: 'ward', ward: br.rest, evidence: ev(x.start, end) });
        else if (br.rest && isMp) add(pid, { kind: 'constituency', place: br.rest, evidence: ev(x.start, end) });
      } else if (councillor) {
        const only = /^\s*\(([^()\n,]{3,60})\)/.exec(afterText);
        if (only && /^[A-Z]/.test(only[1].trim()) && !m.notNames.has(only[1].trim().toLowerCase())) {
          add(pid, { kind: 'ward', ward: only[1].trim(), evidence: ev(x.start, x.end + only[0].length) });
        }
      }
    }
}

/** "Melissa Caslake recently left as director of children's services". */
function readLeftAs(r: MentionRead): void {
  const { phrases, add, ev, x, pid, after } = r;
    const as = /^\s+(?:has\s+|had\s+)?(recently\s+)?(left|stepped down|resigned|joined|was appointed|has been appointed|took over|started)\s+as\s+(?:the\s+)?((?:interim|permanent|new)\s+)?/.exec(after);
    if (as) {
      const rest = after.slice(as[0].length);
      for (const rp of phrases) {
        if (!rest.startsWith(rp.phrase) || (rest.length > rp.phrase.length && /[a-z0-9]/.test(rest[rp.phrase.length]))) continue;
        const end = x.end + as[0].length + rp.phrase.length;
        const leftIt = /left|stepped down|resigned/.test(as[2]);
        const status = leftIt ? (as[1] ? 'recently-left' : 'former') : statusOf(as[3] ?? '');
        add(pid, withStatus({ kind: 'role', role: rp.role.id, evidence: ev(x.start, end) }, status));
        break;
      }
    }
}

function readAttributes(m: Model, paras: Para[], ctxs: Ctx[], sourceId: string, file: string, add: (id: string, a: PersonAttribute) => void): void {
  const phrases = rolePhrases(m.dataset);
  const partyWords = m.partyPhrases.map((p) => p.phrase);
  paras.forEach((p, k) => {
    const f = p.f;
    const ev = (a: number, b: number) => ({ source: sourceId, text: file.slice(p.start + a, p.start + b) });
    for (const s of ctxs[k].sentences) {
      for (const x of s.mentions) {
        if (!x.hasGiven && !x.titled) continue;
        const before = f.slice(Math.max(s.start, x.start - 90), x.start);
        const r: MentionRead = {
          m, phrases, partyWords, add, ev, p, s, x, pid: x.person.person.id, before,
          after: f.slice(x.end, Math.min(s.end, x.end + 120)),
          afterText: p.text.slice(x.end, Math.min(s.end, x.end + 120)),
          councillor: x.person.person.titles.some((t) => /^(cllr|councillor)$/i.test(t)) || /\b(cllr|councillor)\.?\s*$/.test(before),
          roleFound: [],
        };
        readPostBefore(r);
        readLeaderOpening(r);
        readApposition(r);
        readBrackets(r);
        readLeftAs(r);
      }
    }
  });
}

function withStatus(a: PersonAttribute, status: PersonAttribute['status'] | undefined): PersonAttribute {
  return status ? { ...a, status } : a;
}

// ------------------------------------------------------------------------------------------------ quotations

/** A document speaking before a quotation: "The report states:", "The group's report found that", "the letter said". */
const DOC_SPEAKS = new RegExp(
  `\\b((?:the|its|his|her|their|a|an)\\s+(?:[a-z'-]+\\s+){0,3}?(?:report|letter|statement|release|press release|notice|review|document|briefing|minutes|visit|revisit|inspection|audit|survey))(?:\\s+(?:this|last|in|on)\\s+[a-z0-9]+)?\\s+(?:(?:${SPEECH}|found|finds|concluded|concludes|recommended|recommends|sets out|set out)\\b)(?:\\s+that)?[\\s,:]*$`,
);
/** "It added:", "It adds:" — the document or speaker of the quotation before. */
const IT_ADDS = new RegExp(`(?:^|[.!?]\\s+|\\n)\\s*(?:it|they)\\s+(?:also\\s+)?(?:${SPEECH}|sets out|set out|found|finds|highlighted|highlights|recommends|recommended)\\b[^.!?"]{0,300}$`, 'i');
/** "He added:", "she concluded:" — a pronoun speaking before a quotation. */
const PRONOUN_SPEAKS = new RegExp(`\\b(he|she)\\s+(?:has\\s+|had\\s+|also\\s+)?(?:${SPEECH})\\b[^.!?"]{0,40}$`);
/** A pronoun speaking after a quotation ("…," she said). */
const PRONOUN_AFTER = new RegExp(`^[\\s,.!?'"-]*(?:(?:${SPEECH})\\s+(he|she)\\b|(he|she)\\s+(?:${SPEECH}))`);

const GRADE_QUOTE = /^\s*(outstanding|good|requires improvement|inadequate)\s*$/;
/** A participle carrying on the sentence's speaker: "…, adding: '…'". */
const CARRIES_ON = /\b(?:adding|saying|concluding|continuing|stressing|warning|insisting|before adding)\b[\s,:]*$/;

type Who = { person: string } | { document: string };

/** A transcript's labels in a paragraph: each line is that speaker's words (its quotations, or the whole line). */
function labelledLines(m: Model, p: Para, ctx: Ctx, mentions: Mention[]): { span: QuoteSpan; who: Who }[] {
  const labelled: { span: QuoteSpan; who: Who }[] = [];
  for (const label of speakerLabels(p.text)) {
    const ms = mentions.filter((x) => x.start >= label.nameStart && x.end <= label.nameEnd);
    let person: string | undefined;
    if (ms.length === 1) person = ms[0].person.person.id;
    else if (ms.length === 0) {
      const lastWord = /([A-Za-z'-]+)$/.exec(p.text.slice(label.nameStart, label.nameEnd));
      const ps = lastWord ? m.bySurname.get(normPhrase(titleCase(lastWord[1]))) : undefined;
      if (ps?.length === 1) person = ps[0].person.id;
    }
    if (!person) continue;
    const inner = ctx.quotes.filter((q) => q.depth === 0 && q.open >= label.speechStart && q.open < label.lineEnd);
    if (inner.length) {
      for (const q of inner) labelled.push({ span: q, who: { person } });
      continue;
    }
    labelled.push({ span: { open: label.speechStart, end: label.lineEnd, innerStart: label.speechStart, innerEnd: label.lineEnd, closed: true, double: true, depth: 0 }, who: { person } });
  }
  return labelled;
}

/** What a quotation is read with to find who says it. */
interface QuoteRead {
  m: Model;
  paras: Para[];
  p: Para;
  k: number;
  ctx: Ctx;
  q: QuoteSpan;
  file: string;
  mentions: Mention[];
  before: string;
  sentStart: number;
  last: { who: Who; para: number; openEnded: boolean; end: number } | undefined;
  lastMention: { person: string; para: number } | undefined;
}

/** Who says a quotation no label gives: by the words round it, in the order they are trusted. */
function whoSpeaks(r: QuoteRead): Who | undefined {
  const { m, paras, p, k, ctx, q, file, mentions, before, sentStart, last, lastMention } = r;
  let who: Who | undefined;
  if (!who) {
    // a paragraph that opens with a quotation carries on the quotation left open at the end of the one before
    const abs = p.start + q.open;
    if (last && last.openEnded && last.para >= k - 1 && /^\s*$/.test(file.slice(last.end, abs)) && (abs === 0 || file[abs - 1] === '\n' || q.open === 0)) who = last.who;
  }
  if (!who) {
    const doc = DOC_SPEAKS.exec(before);
    if (doc) who = { document: doc[1] };
  }
  if (!who) {
    let sp;
    try {
      sp = speakerOf(ctx, q, mentions);
    } catch {
      sp = undefined;
    }
    if (sp) who = { person: sp.person.person.id };
  }
  if (!who && last && last.para >= k - 2 && IT_ADDS.test(before)) who = last.who;
  if (!who && IT_ADDS.test(before)) {
    // "A letter has been sent … It highlighted that the 'risk of harm' …": the document of the sentence before
    const si = ctx.sentences.findIndex((x) => x.start <= q.open && q.open < x.end);
    const prev = si > 0 ? p.f.slice(ctx.sentences[si - 1].start, ctx.sentences[si - 1].end) : k > 0 ? paras[k - 1].f.slice(-300) : '';
    const d = /^\s*(?:the|a|an)\s+((?:[a-z'-]+\s+){0,2}?(?:report|letter|statement|release|notice|review))\b/.exec(prev.replace(/^.*[.!?]\s+(?=\S)/s, ''));
    if (d) who = { document: `the ${d[1]}` };
  }
  // a grade in quotation marks beside "rated"/"rating" ("rated 'inadequate' by the regulator"): the rating's words
  if (!who && GRADE_QUOTE.test(p.f.slice(q.innerStart, q.innerEnd)) && /\b(rated|rating|judged|graded)\b/.test(before)) {
    const by = /^['"]?\s*by\s+((?:the\s+)?[A-Z][\w]+(?:\s+[A-Z][\w]+){0,3})/.exec(p.text.slice(q.end, q.end + 60));
    who = { document: by ? `${by[1]}'s rating` : 'the rating' };
  }
  // "'significant concern' were identified by an inspector"
  if (!who) {
    const by = /^\s*(?:was|were|had been|have been)\s+(?:identified|raised|found|reported|highlighted)\s+by\s+(?:an?|the)\s+(inspector|inspectors|report|review|regulator|watchdog)\b/.exec(p.f.slice(q.end, q.end + 80));
    if (by) who = { document: `the ${by[1]}` };
  }
  // "…, adding: '…'": the speaker of the quotation before, in the same sentence
  if (!who && last && last.para === k && last.end >= p.start + sentStart && CARRIES_ON.test(before)) who = last.who;
  if (!who) {
    // a sentence that names one person, who speaks in it before the quotation ("Cllr Aves said … but stressed: '…'")
    const s = ctx.sentences.find((x) => x.start <= q.open && q.open < x.end);
    const inSentence = s ? s.mentions : [];
    const people = new Set(inSentence.map((x) => x.person.person.id));
    if (people.size === 1) {
      const x = inSentence[0];
      const between = p.f.slice(x.end, q.open);
      if (x.end <= q.open && new RegExp(`^\\s+(?:has\\s+|had\\s+|also\\s+)?(?:${SPEECH})\\b`).test(between)) who = { person: x.person.person.id };
    }
  }
  if (!who) {
    // "He added: '…'", "'…,' she said": the one person named last, within this paragraph or the two before
    const pron = PRONOUN_SPEAKS.exec(before) ?? PRONOUN_AFTER.exec(p.f.slice(q.end, q.end + 40));
    if (pron) {
      const pr = pron[1] ?? pron[2];
      const here = mentions.filter((x) => x.end <= q.open);
      const cand = here.length ? { person: here[here.length - 1].person.person.id, para: k } : lastMention;
      if (cand && cand.para >= k - 2) {
        const person = m.dataset.personById.get(cand.person);
        if (person && (!person.pronoun || person.pronoun === pr)) {
          // the last named is the one meant only when no other person is named since the quotation before
          who = { person: cand.person };
        }
      }
    }
  }
  // a headline that is wholly a quotation (the source's first line, or a heading, with nothing but the quotation on
  // it) and no reader above names its speaker: a pull-quote whose speaker the headline does not name
  if (!who && (k === 0 || p.block.kind === 'heading') && q.closed && !p.text.slice(0, q.open).trim() && !/\S/.test(/^[^\n]*/.exec(p.text.slice(q.end))![0])) {
    who = { document: 'the headline' };
  }
  return who;
}

function readQuotes(m: Model, paras: Para[], ctxs: Ctx[], sourceId: string, file: string): Quote[] {
  const out: Quote[] = [];
  let last: { who: Who; para: number; openEnded: boolean; end: number } | undefined;
  let lastMention: { person: string; para: number } | undefined;
  const personName = (id: string) => m.dataset.personById.get(id)?.name ?? id;
  // the people named in a paragraph and the three before it: who may have presented a report or signed a letter, so
  // crediting a document's words to one of them is not flagged
  const nearby = (k: number, document: string) => {
    // a report's or a letter's words are theirs only when a sentence naming them names the document or its owner too
    // ("In his letter the minister, Jo Bloggs, …", "Chair of the working group, Councillor Ann Lee" for "the group's report");
    // the headline and a rating are the story's, told of everyone in it
    const words = /^the (headline|rating)$|rating$/.test(document) ? undefined : documentWords(document);
    // (one pattern per quotation: a pattern per word and sentence cost a 2,000-word source a few milliseconds)
    const own = words && (words.length ? new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\b`) : /(?!)/);
    const ids = ctxs.slice(Math.max(0, k - 3), k + 1).flatMap((c) => c.sentences
      .filter((s) => !own || own.test(c.f.slice(s.start, s.end)))
      .flatMap((s) => s.mentions.map((x) => x.person.person.id)));
    return [...new Set(ids)];
  };
  paras.forEach((p, k) => {
    const ctx = ctxs[k];
    const mentions: Mention[] = ctx.sentences.flatMap((s) => s.mentions).sort((a, b) => a.start - b.start);
    const labelled = labelledLines(m, p, ctx, mentions);
    const spans = [...ctx.quotes.filter((q) => q.depth === 0 && !labelled.some((l) => l.span === q)), ...labelled.map((l) => l.span)];
    spans.sort((a, b) => a.open - b.open);
    for (const q of spans) {
      let a = q.innerStart, b = q.innerEnd;
      while (a < b && /\s/.test(p.text[a])) a++;
      while (b > a && /\s/.test(p.text[b - 1])) b--;
      if (b - a < 2) continue;
      const qtext = file.slice(p.start + a, p.start + b);
      let who: Who | undefined = labelled.find((l) => l.span === q)?.who;
      const sentStart = ctx.sentences.find((s) => s.start <= q.open && q.open < s.end)?.start ?? 0;
      const before = p.f.slice(Math.max(sentStart, q.open - 400), q.open);
      if (!who) who = whoSpeaks({ m, paras, p, k, ctx, q, file, mentions, before, sentStart, last, lastMention });
      if (mentions.length) {
        const lm = mentions.filter((x) => x.end <= q.end);
        if (lm.length) lastMention = { person: lm[lm.length - 1].person.person.id, para: k };
      }
      if (!who) {
        last = undefined;
        continue;
      }
      last = { who, para: k, openEnded: !q.closed, end: p.start + q.end };
      const inner = p.text.slice(a, b);
      const fragment = !/^[\p{Lu}\d]/u.test(inner) || !/[.!?]['"\u2019\u201d]?$/.test(inner);
      const speaker = 'person' in who
        ? { person: who.person, alsoRight: [], attribution: personName(who.person) }
        : { document: who.document.replace(/^(its|his|her|their|a|an)\s/, 'the '), alsoRight: nearby(k, who.document), attribution: who.document.replace(/^(its|his|her|their|a|an)\s/, 'the ') };
      out.push({ id: `${sourceId}-q${out.length + 1}`, source: sourceId, text: qtext, speaker, fragment });
    }
    const lm = mentions[mentions.length - 1];
    if (lm) lastMention = { person: lm.person.person.id, para: k };
  });
  return dedupeQuotes(out);
}

/** The words that name a document and its owner: "the group's report" -> group, report. */
function documentWords(document: string): string[] {
  return (normPhrase(document).match(/[a-z][a-z-]{3,}/g) ?? []).map((w) => w.replace(/'s$/, '')).filter((w) => !/^(the|this|that|their|last)$/.test(w));
}

/** The same words quoted twice in a source are one quotation (the first). */
function dedupeQuotes(qs: Quote[]): Quote[] {
  const seen = new Set<string>();
  return qs.filter((q) => {
    const key = normPhrase(q.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
