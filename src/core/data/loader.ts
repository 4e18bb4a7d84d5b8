/**
 * The typed dataset loader. `parseDataset` is pure (file contents in, dataset out);
 * `loadDataset` reads a data/ directory from disk. Every problem is reported with the file,
 * the path inside it and what is wrong, e.g. `people.json: people[2].attributes[0].evidence.text: ...`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import type * as z from 'zod/mini';
import type {
  Evidence, Event, NumberFact, Organisation, Party, Person, Quote, Role, Source, State,
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
}

/** The JSON files of a data/ directory, in the order they are read. */
export const DATA_FILE_NAMES = ['sources.json', 'people.json', 'roles.json', 'organisations.json', 'facts.json', 'quotes.json'] as const;
type FileName = (typeof DATA_FILE_NAMES)[number];
type Parsed = { [F in FileName]: z.infer<(typeof Schema.DATA_FILES)[F]> };

/**
 * The schemas, loaded on first use: zod and the schemas cost a few milliseconds to set up, which a start-up
 * with data validated at build time (see `ValidatedData`) never needs to spend.
 */
function schemas(): typeof Schema {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require('./schema') as typeof Schema;
}

/**
 * The parsed contents of the data files as zod returned them when a build validated them, and the hash of the
 * files they came from (`hashDataFiles`). A loader given these skips zod only when the files on disk still hash
 * to the same value; any edit to the data means full validation again, with the usual messages.
 */
export interface ValidatedData {
  hash: string;
  /** JSON of the parsed files, by file name (parsed afresh on every load: no two datasets share objects). */
  json: string;
}

/** SHA-256 over every data file's name and contents. */
export function hashDataFiles(files: Record<FileName, string>): string {
  const h = createHash('sha256');
  for (const name of DATA_FILE_NAMES) h.update(name).update('\0').update(files[name]).update('\0');
  return h.digest('hex');
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

/** Every data file through its zod schema, unless `validated` holds these very files' parsed contents. */
export function validateFiles(files: Record<FileName, string>, validated?: ValidatedData): Parsed {
  if (validated && validated.hash === hashDataFiles(files)) {
    try {
      return JSON.parse(validated.json) as Parsed;
    } catch {
      // a damaged file from the build: validate as if it were not there
    }
  }
  const { DATA_FILES } = schemas();
  const out = {} as Record<FileName, unknown>;
  for (const name of DATA_FILE_NAMES) out[name] = parseFile(name, files[name], DATA_FILES[name]);
  return out as Parsed;
}

/**
 * Builds a dataset from the contents of the JSON files and a reader for the article texts
 * (called with each source's `file`).
 */
export function parseDataset(files: Record<FileName, string>, readText: (file: string) => string, validated?: ValidatedData): Dataset {
  const parsed = validateFiles(files, validated);
  const { sources: rawSources } = parsed['sources.json'];
  const { people } = parsed['people.json'];
  const { roles } = parsed['roles.json'];
  const { organisations, parties } = parsed['organisations.json'];
  const { events, states, numbers } = parsed['facts.json'];
  const { quotes } = parsed['quotes.json'];

  const sources: LoadedSource[] = rawSources.map((s, i) => {
    let text: string;
    try {
      text = readText(s.file);
    } catch (e) {
      throw new DatasetError('sources.json', `sources[${i}].file`, `cannot read ${s.file} (${(e as Error).message})`);
    }
    return { ...s, text };
  });

  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const roleById = new Map(roles.map((r) => [r.id, r]));
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const partyById = new Map(parties.map((p) => [p.id, p]));

  const unique = (file: string, list: { id: string }[], name: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) throw new DatasetError(file, `${name}[${i}].id`, `duplicate id "${x.id}"`);
      seen.add(x.id);
    });
  };
  unique('sources.json', sources, 'sources');
  unique('people.json', people, 'people');
  unique('roles.json', roles, 'roles');
  unique('organisations.json', organisations, 'organisations');
  unique('organisations.json', parties, 'parties');
  unique('facts.json', events, 'events');
  unique('facts.json', states, 'states');
  unique('facts.json', numbers, 'numbers');
  unique('quotes.json', quotes, 'quotes');

  const checkEvidence = (file: string, where: string, ev: Evidence | undefined) => {
    if (!ev) return;
    const src = sourceById.get(ev.source);
    if (!src) throw new DatasetError(file, `${where}.source`, `unknown source "${ev.source}"`);
    if (!src.text.includes(ev.text)) {
      throw new DatasetError(file, `${where}.text`, `"${ev.text}" does not occur in ${src.file}`);
    }
  };
  const checkRef = (file: string, where: string, map: Map<string, unknown>, id: string | undefined, what: string) => {
    if (id !== undefined && !map.has(id)) throw new DatasetError(file, where, `unknown ${what} "${id}"`);
  };

  people.forEach((p, i) => {
    checkEvidence('people.json', `people[${i}].evidence`, p.evidence);
    p.attributes.forEach((a, j) => {
      const w = `people[${i}].attributes[${j}]`;
      checkEvidence('people.json', `${w}.evidence`, a.evidence);
      if (a.kind === 'role') checkRef('people.json', `${w}.role`, roleById, a.role, 'role');
      if (a.kind === 'party') checkRef('people.json', `${w}.party`, partyById, a.party, 'party');
      if (a.kind === 'organisation') checkRef('people.json', `${w}.organisation`, orgById, a.organisation, 'organisation');
    });
  });
  roles.forEach((r, i) => checkRef('roles.json', `roles[${i}].organisation`, orgById, r.organisation, 'organisation'));
  organisations.forEach((o, i) => checkEvidence('organisations.json', `organisations[${i}].evidence`, o.evidence));
  events.forEach((e, i) => {
    checkEvidence('facts.json', `events[${i}].evidence`, e.evidence);
    e.agents.forEach((a, j) => checkRef('facts.json', `events[${i}].agents[${j}]`, orgById, a, 'organisation'));
    e.partners.forEach((a, j) => checkRef('facts.json', `events[${i}].partners[${j}]`, orgById, a, 'organisation'));
  });
  states.forEach((s, i) => {
    checkEvidence('facts.json', `states[${i}].evidence`, s.evidence);
    checkRef('facts.json', `states[${i}].by`, orgById, s.by, 'organisation');
    if (s.attribute === 'control') checkRef('facts.json', `states[${i}].value`, partyById, s.value, 'party');
  });
  numbers.forEach((n, i) => checkEvidence('facts.json', `numbers[${i}].evidence`, n.evidence));
  quotes.forEach((q, i) => {
    checkEvidence('quotes.json', `quotes[${i}]`, { source: q.source, text: q.text });
    checkRef('quotes.json', `quotes[${i}].speaker.person`, personById, q.speaker.person, 'person');
    q.speaker.alsoRight.forEach((a, j) => checkRef('quotes.json', `quotes[${i}].speaker.alsoRight[${j}]`, personById, a, 'person'));
    if (!q.speaker.person && !q.speaker.document) {
      throw new DatasetError('quotes.json', `quotes[${i}].speaker`, 'needs a person or a document');
    }
  });

  const citeCache = new Map<string, Citation>();
  const parasOf = new Map<string, Span[]>();
  const byObject = new WeakMap<Evidence, Citation>();
  const cite = (ev: Evidence): Citation => {
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

  return {
    sources, people, roles, organisations, parties, events, states, numbers, quotes,
    sourceById, personById, roleById, orgById, partyById, cite,
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

/** The raw JSON files of a data/ directory. */
export function readDataFiles(dir: string): Record<FileName, string> {
  const files = {} as Record<FileName, string>;
  for (const name of DATA_FILE_NAMES) {
    try {
      files[name] = fs.readFileSync(path.join(dir, name), 'utf8');
    } catch (e) {
      throw new DatasetError(name, '', `cannot read ${path.join(dir, name)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return files;
}

/** The file a build writes beside its bundles (scripts/validate-data.ts): the hash on line 1, the parsed files' JSON after. */
export const VALIDATED_DATA_FILE = 'data.validated';

/** Validates a data/ directory with zod and returns what `readValidatedData` reads back (throws DatasetError). */
export function validatedDataOf(dir: string): string {
  const files = readDataFiles(dir);
  const validated = { hash: hashDataFiles(files), json: JSON.stringify(validateFiles(files)) };
  // the checks zod cannot make (evidence in its article, known ids), on what zod returned
  parseDataset(files, (f) => fs.readFileSync(path.join(dir, f), 'utf8'), validated);
  return `${validated.hash}\n${validated.json}\n`;
}

/** What a build wrote in `dir`, or undefined when there is none (then the loader validates). */
export function readValidatedData(dir: string): ValidatedData | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, VALIDATED_DATA_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const nl = text.indexOf('\n');
  return nl === 64 ? { hash: text.slice(0, 64), json: text.slice(65) } : undefined;
}
