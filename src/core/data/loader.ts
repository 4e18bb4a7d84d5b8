/**
 * The typed dataset loader. `parseDataset` is pure (file contents in, dataset out);
 * `loadDataset` reads a data/ directory from disk. Every problem is reported with the file,
 * the path inside it and what is wrong, e.g. `people.json: people[2].attributes[0].evidence.text: ...`.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as z from 'zod/mini';
import type {
  Evidence, Event, NumberFact, Organisation, Party, Person, PersonAttribute, Quote, Role, Source, State,
} from './schema';
import type * as Schema from './schema';
import { Citation } from '../types';
import { Span, paragraphs, sentenceAt } from '../text/sentences';

export class DatasetError extends Error {
  constructor(readonly file: string, readonly where: string, readonly problem: string) {
    super(`${file}: ${where ? where + ': ' : ''}${problem}`);
    this.name = 'DatasetError';
  }
}

export interface LoadedSource extends Source {
  text: string;
}

export interface Dataset {
  sources: LoadedSource[];
  people: Person[];
  roles: Role[];
  organisations: Organisation[];
  parties: Party[];
  events: Event[];
  states: State[];
  numbers: NumberFact[];
  quotes: Quote[];
  sourceById: Map<string, LoadedSource>;
  personById: Map<string, Person>;
  roleById: Map<string, Role>;
  orgById: Map<string, Organisation>;
  partyById: Map<string, Party>;
  /** The citation (sentence, title, date) for a piece of evidence. Memoised. */
  cite(evidence: Evidence): Citation;
  /** Facts the writer's sources give differently (ingest/merge.ts): none of their values flags a claim. */
  disputes?: Dispute[];
}

/**
 * A fact two sources give differently: neither value is used to flag a claim, and a claim about it gets a hint
 * saying what each source says (check/disputes.ts).
 */
export interface Dispute {
  kind: 'party' | 'ward' | 'constituency' | 'number' | 'date';
  /** What it is about, in words: "Jane Smith's party", "the meeting". */
  about: string;
  /** The person whose party, ward or constituency it is. */
  person?: string;
  /** Each source's value, as shown to the writer, with its evidence. */
  claims: { value: string; evidence: Evidence }[];
  /** For a number or a date: a clause is about it when it holds one of these words... */
  cues: string[];
  /** ...and, when a paragraph is about it, one word of each group ("a|b"). For a number, the unit and noun it counts. */
  required: string[];
  unit?: NumberFact['unit'];
  noun?: string;
}

/** The JSON files of a data/ directory, in the order they are read. */
export const DATA_FILE_NAMES = ['sources.json', 'people.json', 'roles.json', 'organisations.json', 'facts.json', 'quotes.json'] as const;
type FileName = (typeof DATA_FILE_NAMES)[number];
type Parsed = { [F in FileName]: z.infer<(typeof Schema.DATA_FILES)[F]> };
/** The contents of a data folder's six files, as the schemas give them (what `ingest` makes of a writer's source). */
export type DataFiles = Parsed;

/**
 * The schemas, loaded on first use: zod and the schemas cost a few milliseconds to set up, which a start-up
 * with data validated at build time (see `ValidatedData`) never needs to spend.
 */
function schemas(): typeof Schema {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require('./schema') as typeof Schema;
}

/**
 * The parsed contents of the data files as zod returned them when a build validated them, and the files they came
 * from. A loader given these skips zod only when the files on disk are still exactly those (compared as text: no
 * hashing, so a one-shot run of the command never loads a hash function); any edit to the data means full
 * validation again, with the usual messages.
 */
export interface ValidatedData {
  /** The data files the build validated: JSON of their texts, by file name (see `filesKey`). */
  files: string;
  /** JSON of the parsed files, by file name (parsed afresh on every load: no two datasets share objects). */
  json: string;
}

/** The texts of the data files as one string, for telling whether they are the ones a build validated. */
function filesKey(files: Record<FileName, string>): string {
  return JSON.stringify(DATA_FILE_NAMES.map((name) => [name, files[name]]));
}

function formatPath(p: readonly PropertyKey[]): string {
  let out = '';
  for (const k of p) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += (out ? '.' : '') + String(k);
  }
  return out;
}

/** A JSON value as a person should read it in a message: `nothing` (missing), `"4"`, `the number 42`, `an object`. */
function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return v === '' ? 'an empty string' : quoted(v);
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length ? 'an array' : 'an empty array';
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** A string or other primitive JSON-quoted, long strings cut short. */
function quoted(v: unknown): string {
  if (typeof v !== 'string') return String(v);
  return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '...' : v);
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'a boolean (true or false)',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

/**
 * Words one zod issue as the problem part of a DatasetError. zod/mini ships no messages of its own
 * (only "Invalid input"), so every issue code the schemas can raise is phrased here, naming what
 * was expected and what the file holds instead. Passed to safeParse as its error map; a message set
 * in the schema itself (the date and id patterns) outranks it.
 */
export function formatIssue(issue: z.core.$ZodRawIssue): string {
  const got = describe(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${EXPECTED[issue.expected] ?? 'a ' + issue.expected}, got ${got}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${quoted(issue.values[0])}, got ${got}`
        : `expected one of: ${issue.values.map(quoted).join(', ')}; got ${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (n === 1 && (issue.origin === 'string' || issue.origin === 'array')) return 'must not be empty';
      if (issue.origin === 'string') return `must be at least ${n} characters long, got ${got}`;
      if (issue.origin === 'array') return `must have at least ${n} items`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${n}, got ${got}`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${n} characters long`;
      if (issue.origin === 'array') return `must have at most ${n} items`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${n}, got ${got}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern
        ? `expected a string matching ${issue.pattern}, got ${got}`
        : `expected a valid ${issue.format}, got ${got}`;
    case 'invalid_union': {
      if (issue.discriminator) {
        const d = issue.discriminator;
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        const value = issue.input && typeof issue.input === 'object' ? (issue.input as Record<string, unknown>)[d] : undefined;
        return `${JSON.stringify(d)} must be one of: ${options.map(String).join(', ')}; got ${describe(value)}`;
      }
      return `matches none of the allowed forms, got ${got}`;
    }
    default:
      return `is not valid (${issue.code ?? 'unknown problem'}), got ${got}`;
  }
}

function parseFile<S extends z.ZodMiniType>(file: string, raw: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new DatasetError(file, '', `not valid JSON (${(e as Error).message})`);
  }
  const r = schema.safeParse(json, { error: formatIssue });
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new DatasetError(file, formatPath(issue.path), issue.message);
  }
  return r.data;
}

/**
 * Every data file through its zod schema, unless `validated` holds these very files' parsed contents. `folder`, when
 * given, is put before each file's name in messages.
 */
export function validateFiles(files: Record<FileName, string>, validated?: ValidatedData, folder = ''): Parsed {
  if (validated && validated.files === filesKey(files)) {
    try {
      return JSON.parse(validated.json) as Parsed;
    } catch {
      // a damaged file from the build: validate as if it were not there
    }
  }
  const { DATA_FILES } = schemas();
  const out = {} as Record<FileName, unknown>;
  for (const name of DATA_FILE_NAMES) out[name] = parseFile(folder ? path.join(folder, name) : name, files[name], DATA_FILES[name]);
  return out as Parsed;
}

/**
 * Builds a dataset from the contents of the JSON files and a reader for the article texts
 * (called with each source's `file`).
 */
export function parseDataset(files: Record<FileName, string>, readText: (file: string) => string, validated?: ValidatedData): Dataset {
  return buildDataset([{ name: '', parsed: validateFiles(files, validated), readText }]);
}

/**
 * One data folder's parsed files. `name` is how messages name the folder's files: '' for the first (bundled) folder,
 * whose files are named bare ("people.json") as they always were, the folder's path for any other.
 */
interface Folder {
  name: string;
  parsed: Parsed;
  readText: (file: string) => string;
}

/** One collection of one folder, with the file its items came from. */
interface Part<T> {
  file: string;
  items: T[];
}

const fileIn = (folder: Folder, name: FileName) => (folder.name ? path.join(folder.name, name) : name);

/**
 * Folders merged into one dataset: every collection is the folders' lists one after another; an id may be defined in
 * one folder only (a clash names both files), and any id may be referred to from any folder (a later folder's facts
 * may be about a person, role, organisation or source of an earlier one). A folder's `people.json` may also add
 * attributes to a person of any folder (`extend`). Each problem is reported in the file and at the index of the
 * folder it came from.
 */
function buildDataset(folders: Folder[]): Dataset {
  const parts = readParts(folders);
  unique(parts.sources, 'sources');
  unique(parts.people, 'people');
  unique(parts.roles, 'roles');
  unique(parts.orgs, 'organisations');
  unique(parts.parties, 'parties');
  unique(parts.events, 'events');
  unique(parts.states, 'states');
  unique(parts.numbers, 'numbers');
  unique(parts.quotes, 'quotes');

  const sources = all(parts.sources);
  const ids: Ids = {
    sourceById: new Map(sources.map((s) => [s.id, s])),
    personById: new Map(all(parts.people).map((p) => [p.id, p])),
    roleById: new Map(all(parts.roles).map((r) => [r.id, r])),
    orgById: new Map(all(parts.orgs).map((o) => [o.id, o])),
    partyById: new Map(all(parts.parties).map((p) => [p.id, p])),
    eventById: new Map(all(parts.events).map((e) => [e.id, e])),
  };
  checkPeopleAndBodies(parts, ids);
  checkFacts(parts, ids);

  // attributes a folder adds to a person of any folder come after the person's own (a copy: the parsed person is left as it was)
  let people = all(parts.people);
  const added = all(parts.extend);
  if (added.length) {
    people = people.map((p) => {
      const more = added.filter((x) => x.person === p.id).flatMap((x) => x.attributes);
      return more.length ? { ...p, attributes: [...p.attributes, ...more] } : p;
    });
    for (const p of people) ids.personById.set(p.id, p);
  }

  const { sourceById, personById, roleById, orgById, partyById } = ids;
  return {
    sources, people, roles: all(parts.roles), organisations: all(parts.orgs), parties: all(parts.parties), events: all(parts.events),
    states: all(parts.states), numbers: all(parts.numbers), quotes: all(parts.quotes),
    sourceById, personById, roleById, orgById, partyById, cite: citer(sourceById),
  };
}

const all = <T>(ps: Part<T>[]) => ps.flatMap((p) => p.items);

type Items<F extends FileName, K extends keyof Parsed[F]> = NonNullable<Parsed[F][K]> extends (infer T)[] ? T : never;

/** Each collection of the data, folder by folder. */
interface Parts {
  sources: Part<LoadedSource>[];
  people: Part<Items<'people.json', 'people'>>[];
  extend: Part<Items<'people.json', 'extend'>>[];
  roles: Part<Items<'roles.json', 'roles'>>[];
  orgs: Part<Items<'organisations.json', 'organisations'>>[];
  parties: Part<Items<'organisations.json', 'parties'>>[];
  events: Part<Items<'facts.json', 'events'>>[];
  states: Part<Items<'facts.json', 'states'>>[];
  numbers: Part<Items<'facts.json', 'numbers'>>[];
  quotes: Part<Items<'quotes.json', 'quotes'>>[];
}

function readParts(folders: Folder[]): Parts {
  const parts = <T>(name: FileName, pick: (p: Parsed) => T[]): Part<T>[] =>
    folders.map((f) => ({ file: fileIn(f, name), items: pick(f.parsed) ?? [] }));
  const sources: Part<LoadedSource>[] = folders.map((f) => ({
    file: fileIn(f, 'sources.json'),
    items: f.parsed['sources.json'].sources.map((s, i) => {
      let text: string;
      try {
        text = f.readText(s.file);
      } catch (e) {
        throw new DatasetError(fileIn(f, 'sources.json'), `sources[${i}].file`, `cannot read ${s.file} (${(e as Error).message})`);
      }
      return { ...s, text };
    }),
  }));
  return {
    sources,
    people: parts('people.json', (p) => p['people.json'].people),
    roles: parts('roles.json', (p) => p['roles.json'].roles),
    orgs: parts('organisations.json', (p) => p['organisations.json'].organisations),
    parties: parts('organisations.json', (p) => p['organisations.json'].parties),
    events: parts('facts.json', (p) => p['facts.json'].events),
    states: parts('facts.json', (p) => p['facts.json'].states),
    numbers: parts('facts.json', (p) => p['facts.json'].numbers),
    quotes: parts('quotes.json', (p) => p['quotes.json'].quotes),
    extend: parts('people.json', (p) => p['people.json'].extend),
  };
}

/** The data's items by id, for checking what refers to them. */
interface Ids {
  sourceById: Map<string, LoadedSource>;
  personById: Map<string, Items<'people.json', 'people'>>;
  roleById: Map<string, Items<'roles.json', 'roles'>>;
  orgById: Map<string, Items<'organisations.json', 'organisations'>>;
  partyById: Map<string, Items<'organisations.json', 'parties'>>;
  eventById: Map<string, Items<'facts.json', 'events'>>;
}

/** Evidence must quote its source word for word. */
function checkEvidence(ids: Ids, file: string, where: string, ev: Evidence | undefined): void {
  if (!ev) return;
  const src = ids.sourceById.get(ev.source);
  if (!src) throw new DatasetError(file, `${where}.source`, `unknown source "${ev.source}"`);
  if (!src.text.includes(ev.text)) {
    throw new DatasetError(file, `${where}.text`, `"${ev.text}" does not occur in ${src.file}`);
  }
}

function checkRef(file: string, where: string, map: Map<string, unknown>, id: string | undefined, what: string): void {
  if (id !== undefined && !map.has(id)) throw new DatasetError(file, where, `unknown ${what} "${id}"`);
}

function checkAttribute(ids: Ids, file: string, w: string, a: PersonAttribute): void {
  checkEvidence(ids, file, `${w}.evidence`, a.evidence);
  if (a.kind === 'role') checkRef(file, `${w}.role`, ids.roleById, a.role, 'role');
  if (a.kind === 'party') checkRef(file, `${w}.party`, ids.partyById, a.party, 'party');
  if (a.kind === 'organisation') checkRef(file, `${w}.organisation`, ids.orgById, a.organisation, 'organisation');
}

/** People, the attributes folders add to them, roles and organisations: their evidence and what they refer to. */
function checkPeopleAndBodies(parts: Parts, ids: Ids): void {
  for (const { file, items } of parts.people) {
    items.forEach((p, i) => {
      checkEvidence(ids, file, `people[${i}].evidence`, p.evidence);
      p.attributes.forEach((a, j) => checkAttribute(ids, file, `people[${i}].attributes[${j}]`, a));
    });
  }
  for (const { file, items } of parts.extend) {
    items.forEach((x, i) => {
      checkRef(file, `extend[${i}].person`, ids.personById, x.person, 'person');
      x.attributes.forEach((a, j) => checkAttribute(ids, file, `extend[${i}].attributes[${j}]`, a));
    });
  }
  for (const { file, items } of parts.roles) items.forEach((r, i) => checkRef(file, `roles[${i}].organisation`, ids.orgById, r.organisation, 'organisation'));
  for (const { file, items } of parts.orgs) items.forEach((o, i) => checkEvidence(ids, file, `organisations[${i}].evidence`, o.evidence));
}

/** Events, states, numbers and quotations: their evidence and what they refer to. */
function checkFacts(parts: Parts, ids: Ids): void {
  const { orgById, partyById, personById, roleById, eventById } = ids;
  for (const { file, items } of parts.events) {
    items.forEach((e, i) => {
      checkEvidence(ids, file, `events[${i}].evidence`, e.evidence);
      e.agents.forEach((a, j) => checkRef(file, `events[${i}].agents[${j}]`, orgById, a, 'organisation'));
      e.partners.forEach((a, j) => checkRef(file, `events[${i}].partners[${j}]`, orgById, a, 'organisation'));
      checkEvidence(ids, file, `events[${i}].published.evidence`, e.published?.evidence);
      checkRef(file, `events[${i}].sameAs`, eventById, e.sameAs, 'event');
      if (e.sameAs === e.id) throw new DatasetError(file, `events[${i}].sameAs`, 'an event cannot be the same as itself');
    });
  }
  for (const { file, items } of parts.states) {
    items.forEach((s, i) => {
      checkEvidence(ids, file, `states[${i}].evidence`, s.evidence);
      checkRef(file, `states[${i}].by`, orgById, s.by, 'organisation');
      if (s.attribute === 'control') checkRef(file, `states[${i}].value`, partyById, s.value, 'party');
    });
  }
  for (const { file, items } of parts.numbers) {
    items.forEach((n, i) => {
      checkEvidence(ids, file, `numbers[${i}].evidence`, n.evidence);
      checkRef(file, `numbers[${i}].about.person`, personById, n.about?.person, 'person');
      checkRef(file, `numbers[${i}].about.role`, roleById, n.about?.role, 'role');
      checkRef(file, `numbers[${i}].about.event`, eventById, n.about?.event, 'event');
      if (n.approximate && n.values.length !== 2) {
        throw new DatasetError(file, `numbers[${i}].values`, 'an approximate number needs two values, the lowest and the highest it may be');
      }
    });
  }
  for (const { file, items } of parts.quotes) {
    items.forEach((q, i) => {
      checkEvidence(ids, file, `quotes[${i}]`, { source: q.source, text: q.text });
      checkRef(file, `quotes[${i}].speaker.person`, personById, q.speaker.person, 'person');
      q.speaker.alsoRight.forEach((a, j) => checkRef(file, `quotes[${i}].speaker.alsoRight[${j}]`, personById, a, 'person'));
      q.speaker.bodies?.forEach((b, j) => checkRef(file, `quotes[${i}].speaker.bodies[${j}]`, orgById, b, 'organisation'));
      if (!q.speaker.person && !q.speaker.document) {
        throw new DatasetError(file, `quotes[${i}].speaker`, 'needs a person or a document');
      }
    });
  }
}

/**
 * One dataset from folders already in memory (each the six files' contents, as the schemas give them, and a reader for
 * its texts): the same merge and the same checks as `loadDatasets` (ids unique across folders, known references,
 * evidence in its article) without zod, for facts made by code (a writer's sources, see core/ingest). `name` names a
 * folder's files in messages ('' for the first).
 */
export function datasetOfFolders(folders: readonly { name: string; files: DataFiles; readText: (file: string) => string }[]): Dataset {
  if (folders.length === 0) throw new Error('datasetOfFolders: no data folder given');
  return buildDataset(folders.map((f) => ({ name: f.name, parsed: f.files, readText: f.readText })));
}

/** Ids unique across the folders: a repeat in one file is a duplicate, one in a later folder a clash with the first. */
function unique(parts: Part<{ id: string }>[], name: string): void {
  const first = new Map<string, string>();
  for (const { file, items } of parts) {
    items.forEach((x, i) => {
      const at = first.get(x.id);
      if (at === file) throw new DatasetError(file, `${name}[${i}].id`, `duplicate id "${x.id}"`);
      if (at !== undefined) throw new DatasetError(file, `${name}[${i}].id`, `id "${x.id}" is already defined in ${at}`);
      first.set(x.id, file);
    });
  }
}

/** The dataset's `cite`: the citation (sentence, title, date) for a piece of evidence, memoised. */
function citer(sourceById: Map<string, LoadedSource>): (ev: Evidence) => Citation {
  const citeCache = new Map<string, Citation>();
  const parasOf = new Map<string, Span[]>();
  const byObject = new WeakMap<Evidence, Citation>();
  return (ev: Evidence): Citation => {
    // the dataset's own evidence objects are asked for again and again: found by identity first
    let c = byObject.get(ev);
    if (c) return c;
    const key = ev.source + '\u0000' + ev.text;
    c = citeCache.get(key);
    if (!c) {
      const src = sourceById.get(ev.source);
      if (!src) throw new Error(`unknown source ${ev.source}`);
      const at = src.text.indexOf(ev.text);
      let paras = parasOf.get(src.id);
      if (!paras) parasOf.set(src.id, (paras = paragraphs(src.text)));
      const s = sentenceAt(src.text, at, at + ev.text.length, paras);
      c = {
        source: src.id,
        title: src.title,
        date: src.published.display,
        quote: src.text.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        evidenceStart: at,
        evidenceEnd: at + ev.text.length,
      };
      citeCache.set(key, c);
    }
    byObject.set(ev, c);
    return c;
  };
}

/** Default location of the bundled data, for the CLI bundle (dist/cli.js) and the compiled tests (out/...). */
export function findDataDir(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'data', 'sources.json');
    if (fs.existsSync(candidate)) return path.join(dir, 'data');
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the data/ folder above ${from}`);
}

/**
 * Reads and validates a data/ directory. `validated` (what a build wrote, see `readValidatedData`) lets an unchanged
 * directory skip zod; it never changes the result.
 */
export function loadDataset(dir: string = findDataDir(), validated?: ValidatedData): Dataset {
  const files = readDataFiles(dir);
  return parseDataset(files, (f) => fs.readFileSync(path.join(dir, f), 'utf8'), validated);
}

/**
 * One dataset from several data folders of the same layout: the first (usually the bundled data/, and the only one
 * `validated` may speak for) and extra folders after it, e.g. `loadDatasets([findDataDir(), 'test/fixtures/article3'])`.
 * An extra folder needs its sources.json; any other file it leaves out counts as empty. Ids must not clash across the
 * folders (a DatasetError names the file that repeats one and the file that defined it); an extra folder's facts may
 * refer to any id of an earlier folder, and its people.json may add attributes to an earlier folder's person with
 * `extend`. Messages name the first folder's files bare ("people.json") and an extra folder's by its path.
 */
export function loadDatasets(dirs: readonly string[], validated?: ValidatedData): Dataset {
  if (dirs.length === 0) throw new Error('loadDatasets: no data folder given');
  const folders: Folder[] = dirs.map((dir, i) => {
    const name = i === 0 ? '' : dir;
    const files = readDataFiles(dir, i > 0);
    const parsed = i === 0 ? validateFiles(files, validated) : validateFiles(files, undefined, name);
    return { name, parsed, readText: (f: string) => fs.readFileSync(path.join(dir, f), 'utf8') };
  });
  return buildDataset(folders);
}

/** What a file an extra folder leaves out stands for. */
const EMPTY_FILES: Record<Exclude<FileName, 'sources.json'>, string> = {
  'people.json': '{"people":[]}',
  'roles.json': '{"roles":[]}',
  'organisations.json': '{"organisations":[],"parties":[]}',
  'facts.json': '{"events":[],"states":[],"numbers":[]}',
  'quotes.json': '{"quotes":[]}',
};

/** The raw JSON files of a data/ directory; with `optional`, a missing file other than sources.json reads as empty. */
export function readDataFiles(dir: string, optional = false): Record<FileName, string> {
  const files = {} as Record<FileName, string>;
  for (const name of DATA_FILE_NAMES) {
    try {
      files[name] = fs.readFileSync(path.join(dir, name), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (optional && code === 'ENOENT' && name !== 'sources.json') {
        files[name] = EMPTY_FILES[name];
        continue;
      }
      const file = optional ? path.join(dir, name) : name;
      throw new DatasetError(file, '', `cannot read ${path.join(dir, name)} (${code ?? (e as Error).message})`);
    }
  }
  return files;
}

/** The file a build writes beside its bundles (scripts/validate-data.ts): the hash on line 1, the parsed files' JSON after. */
export const VALIDATED_DATA_FILE = 'data.validated';

/** Validates a data/ directory with zod and returns what `readValidatedData` reads back (throws DatasetError). */
export function validatedDataOf(dir: string): string {
  const files = readDataFiles(dir);
  const validated = { files: filesKey(files), json: JSON.stringify(validateFiles(files)) };
  // the checks zod cannot make (evidence in its article, known ids), on what zod returned
  parseDataset(files, (f) => fs.readFileSync(path.join(dir, f), 'utf8'), validated);
  return `${validated.files}\n${validated.json}\n`;
}

/** What a build wrote in `dir`, or undefined when there is none (then the loader validates). */
export function readValidatedData(dir: string): ValidatedData | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, VALIDATED_DATA_FILE), 'utf8');
  } catch {
    return undefined;
  }
  // (JSON has no raw line breaks: the first line is the files, the second the parsed data)
  const nl = text.indexOf('\n');
  return text.startsWith('[') && nl > 0 ? { files: text.slice(0, nl), json: text.slice(nl + 1) } : undefined;
}
