/**
 * Malformed data is rejected with a DatasetError whose message names the file, the path inside it
 * and the problem. Part of the cases are real broken files under test/fixtures/broken-data/ laid over
 * a temporary copy of data/ and loaded with loadDataset(dir); the rest are built in memory from the
 * real files and passed to parseDataset.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  DatasetError, VALIDATED_DATA_FILE, findDataDir, loadDataset, parseDataset, readValidatedData, validatedDataOf,
} from '../../src/core/data/loader';
import { DATA_FILES } from '../../src/core/data/schema';

const DATA_DIR = findDataDir(__dirname);
const FIXTURES = path.join(path.dirname(DATA_DIR), 'test', 'fixtures', 'broken-data');

type FileName = keyof typeof DATA_FILES;
const FILE_NAMES = Object.keys(DATA_FILES) as FileName[];

/** Runs fn and returns the DatasetError it throws, after checking file, path and message. */
function expectDatasetError(fn: () => unknown, file: string, where: string, problem: RegExp | string): DatasetError {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err, `expected a DatasetError for ${file} ${where}, but it loaded`);
  assert.ok(err instanceof DatasetError, `expected a DatasetError, got ${String(err)}`);
  assert.strictEqual(err.file, file, err.message);
  assert.strictEqual(err.where, where, err.message);
  assert.ok(err.message.includes(file), `message lacks the file: ${err.message}`);
  if (where) assert.ok(err.message.includes(`${file}: ${where}: `), `message lacks "${file}: ${where}": ${err.message}`);
  if (typeof problem === 'string') assert.ok(err.problem.includes(problem), `problem "${err.problem}" lacks "${problem}"`);
  else assert.match(err.problem, problem);
  assert.ok(err.message.endsWith(err.problem));
  return err;
}

// ---------------------------------------------------------------------------------------------
// On disk: fixtures over a temporary copy of data/
// ---------------------------------------------------------------------------------------------

function copyDir(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) copyDir(a, b);
    else fs.copyFileSync(a, b);
  }
}

describe('loader errors: broken fixture files on disk (loadDataset)', () => {
  let tmpRoot: string;
  before(() => {
    tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'devon-broken-data-'));
  });
  after(() => {
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  });

  /** data/ copied to a temp dir with the fixture folder's files laid over it. */
  function brokenCopy(fixture: string): string {
    const dir = path.join(tmpRoot, fixture);
    copyDir(DATA_DIR, dir);
    const fx = path.join(FIXTURES, fixture);
    assert.ok(fs.existsSync(fx), `missing fixture folder ${fx}`);
    for (const f of fs.readdirSync(fx)) {
      if (f === 'DELETE') {
        for (const name of fs.readFileSync(path.join(fx, f), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean)) {
          fs.rmSync(path.join(dir, name));
        }
      } else {
        fs.copyFileSync(path.join(fx, f), path.join(dir, f));
      }
    }
    return dir;
  }

  it('an unbroken temp copy of data/ loads (the harness itself is sound)', () => {
    const dir = path.join(tmpRoot, 'clean');
    copyDir(DATA_DIR, dir);
    assert.ok(loadDataset(dir).people.length > 0);
  });

  it('invalid JSON: people.json cut short', () => {
    expectDatasetError(() => loadDataset(brokenCopy('invalid-json')), 'people.json', '', /^not valid JSON \(/);
  });

  it('missing required field: a person without a surname → people.json, people[0].surname', () => {
    const e = expectDatasetError(() => loadDataset(brokenCopy('missing-surname')), 'people.json', 'people[0].surname', /^expected a string, got nothing$/);
    assert.strictEqual(e.message, 'people.json: people[0].surname: expected a string, got nothing');
  });

  it('bad date format: an event dated "2022-13" → facts.json, events[1].date', () => {
    expectDatasetError(() => loadDataset(brokenCopy('bad-date')), 'facts.json', 'events[1].date', 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('unknown extra field (strict objects): a role with "salary" → roles.json, roles[1]', () => {
    expectDatasetError(() => loadDataset(brokenCopy('unknown-extra-field')), 'roles.json', 'roles[1]', /^unknown field "salary"$/);
  });

  it('missing article text file → sources.json, sources[1].file, naming the file', () => {
    expectDatasetError(() => loadDataset(brokenCopy('missing-article')), 'sources.json', 'sources[1].file',
      /^cannot read sources\/no-such-article\.txt \(.*ENOENT/);
  });

  it('evidence text not in the article → facts.json, numbers[0].evidence.text, naming the article file', () => {
    expectDatasetError(() => loadDataset(brokenCopy('evidence-not-in-article')), 'facts.json', 'numbers[0].evidence.text',
      '"Four areas of significant concern" does not occur in sources/cabinet-meeting-2022.txt');
  });

  it('unknown role id → people.json, people[0].attributes[1].role', () => {
    expectDatasetError(() => loadDataset(brokenCopy('unknown-role')), 'people.json', 'people[0].attributes[1].role',
      'unknown role "dcc-deputy-leader"');
  });

  it('duplicate id → quotes.json, quotes[1].id', () => {
    expectDatasetError(() => loadDataset(brokenCopy('duplicate-quote-id')), 'quotes.json', 'quotes[1].id', 'duplicate id "final-notice"');
  });

  it('a data file missing from the folder → quotes.json, naming the path', () => {
    const dir = brokenCopy('missing-data-file');
    expectDatasetError(() => loadDataset(dir), 'quotes.json', '', `cannot read ${path.join(dir, 'quotes.json')} (ENOENT)`);
  });

  it('a folder that does not exist → sources.json (the first file read)', () => {
    expectDatasetError(() => loadDataset(path.join(tmpRoot, 'nowhere')), 'sources.json', '', 'ENOENT');
  });
});

// ---------------------------------------------------------------------------------------------
// In memory: the real files, each mutated in one place (parseDataset)
// ---------------------------------------------------------------------------------------------

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const REAL: Record<FileName, string> = Object.fromEntries(
  FILE_NAMES.map((f) => [f, fs.readFileSync(path.join(DATA_DIR, f), 'utf8')]),
) as Record<FileName, string>;
const readText = (f: string) => fs.readFileSync(path.join(DATA_DIR, f), 'utf8');

/** Parses the real data with one file's JSON changed by `mutate`. */
function parseWith(file: FileName, mutate: (json: Json) => void, reader: (f: string) => string = readText) {
  const json = JSON.parse(REAL[file]);
  mutate(json);
  return parseDataset({ ...REAL, [file]: JSON.stringify(json) }, reader);
}

const indexOf = (list: { id: string }[], id: string) => {
  const i = list.findIndex((x) => x.id === id);
  assert.ok(i >= 0, `no ${id} in the real data`);
  return i;
};

describe('loader errors: in-memory variants of the real files (parseDataset)', () => {
  it('the unmodified files parse', () => {
    assert.ok(parseDataset(REAL, readText).quotes.length > 0);
  });

  describe('invalid JSON', () => {
    for (const file of FILE_NAMES) {
      it(`${file} with a trailing comma`, () => {
        expectDatasetError(() => parseDataset({ ...REAL, [file]: REAL[file].replace(/\}\s*$/, ',}') }, readText), file, '', /^not valid JSON/);
      });
    }
    it('an empty file', () => {
      expectDatasetError(() => parseDataset({ ...REAL, 'roles.json': '' }, readText), 'roles.json', '', /^not valid JSON/);
    });
  });

  describe('missing required field', () => {
    it('person without surname → people[0].surname', () => {
      expectDatasetError(() => parseWith('people.json', (j) => delete j.people[0].surname), 'people.json', 'people[0].surname', /^expected a string, got nothing$/);
    });
    it('attribute without evidence → people[4].attributes[2].evidence', () => {
      expectDatasetError(() => parseWith('people.json', (j) => delete j.people[4].attributes[2].evidence),
        'people.json', 'people[4].attributes[2].evidence', /^expected an object, got nothing$/);
    });
    it('event without cues → events[3].cues', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => delete j.events[3].cues), 'facts.json', 'events[3].cues', /^expected an array, got nothing$/);
    });
    it('quote without speaker attribution → quotes[5].speaker.attribution', () => {
      expectDatasetError(() => parseWith('quotes.json', (j) => delete j.quotes[5].speaker.attribution),
        'quotes.json', 'quotes[5].speaker.attribution', /^expected a string, got nothing$/);
    });
    it('source without published.display → sources[0].published.display', () => {
      expectDatasetError(() => parseWith('sources.json', (j) => delete j.sources[0].published.display),
        'sources.json', 'sources[0].published.display', /^expected a string, got nothing$/);
    });
    it('organisations.json without parties → parties', () => {
      expectDatasetError(() => parseWith('organisations.json', (j) => delete j.parties), 'organisations.json', 'parties', /^expected an array, got nothing$/);
    });
    it('a quote with neither person nor document → quotes[i].speaker', () => {
      const i = indexOf(JSON.parse(REAL['quotes.json']).quotes, 'final-notice');
      expectDatasetError(() => parseWith('quotes.json', (j) => delete j.quotes[i].speaker.document),
        'quotes.json', `quotes[${i}].speaker`, 'needs a person or a document');
    });
  });

  describe('wrong type', () => {
    it('given name as a number → people[1].given', () => {
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[1].given = 42)), 'people.json', 'people[1].given', /^expected a string, got the number 42$/);
    });
    it('number values as a string → numbers[2].values', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => (j.numbers[2].values = '5')), 'facts.json', 'numbers[2].values', /^expected an array, got "5"$/);
    });
    it('a value inside values as a string → numbers[0].values[0]', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => (j.numbers[0].values = ['4'])), 'facts.json', 'numbers[0].values[0]', /^expected a number, got "4"$/);
    });
    it('headlinePrinted as "yes" → sources[1].headlinePrinted', () => {
      expectDatasetError(() => parseWith('sources.json', (j) => (j.sources[1].headlinePrinted = 'yes')),
        'sources.json', 'sources[1].headlinePrinted', /^expected a boolean \(true or false\), got "yes"$/);
    });
    it('quotes as an object → quotes', () => {
      expectDatasetError(() => parseWith('quotes.json', (j) => (j.quotes = {})), 'quotes.json', 'quotes', /^expected an array, got an object$/);
    });
    it('an unknown role type → roles[0].type', () => {
      expectDatasetError(() => parseWith('roles.json', (j) => (j.roles[0].type = 'mayor')), 'roles.json', 'roles[0].type',
        /^expected one of: "minister", "cabinet-member", .*"children-lead", "chief-executive"; got "mayor"$/);
    });
    it('an unknown attribute kind → people[0].attributes[0].kind', () => {
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[0].attributes[0].kind = 'title')),
        'people.json', 'people[0].attributes[0].kind',
        /^"kind" must be one of: role, party, ward, constituency, organisation; got "title"$/);
    });
    it('an id with capitals and a space → people[0].id', () => {
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[0].id = 'Richard Jefferies')),
        'people.json', 'people[0].id', 'expected a lower-case id');
    });
    it('an empty evidence text → events[0].evidence.text', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => (j.events[0].evidence.text = '')), 'facts.json', 'events[0].evidence.text', /^must not be empty$/);
    });
    it('no sources at all → sources', () => {
      expectDatasetError(() => parseWith('sources.json', (j) => (j.sources = [])), 'sources.json', 'sources', /^must not be empty$/);
    });
  });

  describe('wording of schema problems (zod/mini has none of its own)', () => {
    it('a pronoun outside the enum names the allowed values and what was there', () => {
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[0].pronoun = 'they')),
        'people.json', 'people[0].pronoun', /^expected one of: "he", "she"; got "they"$/);
    });
    it('an attribute without a kind → people[0].attributes[0].kind, "got nothing"', () => {
      expectDatasetError(() => parseWith('people.json', (j) => delete j.people[0].attributes[0].kind),
        'people.json', 'people[0].attributes[0].kind',
        /^"kind" must be one of: role, party, ward, constituency, organisation; got nothing$/);
    });
    it('commonSurname as a string → people[0].commonSurname', () => {
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[0].commonSurname = 'no')),
        'people.json', 'people[0].commonSurname', /^expected a boolean \(true or false\), got "no"$/);
    });
    it('an event with an empty cues list → events[0].cues', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => (j.events[0].cues = [])), 'facts.json', 'events[0].cues', /^must not be empty$/);
    });
    it('an empty string inside a list of non-empty strings → roles[i].phrases[1]', () => {
      expectDatasetError(() => parseWith('roles.json', (j) => (j.roles[0].phrases = ['leader', ''])),
        'roles.json', 'roles[0].phrases[1]', /^must not be empty$/);
    });
    it('two unknown fields on one object are both named', () => {
      expectDatasetError(() => parseWith('roles.json', (j) => Object.assign(j.roles[1], { salary: 1, grade: 'A' })),
        'roles.json', 'roles[1]', /^unknown fields "salary", "grade"$/);
    });
    it('a long string is quoted cut short', () => {
      const long = 'x'.repeat(200);
      const e = expectDatasetError(() => parseWith('roles.json', (j) => (j.roles[0].type = long)), 'roles.json', 'roles[0].type', /; got "x+\.\.\."$/);
      assert.ok(e.problem.length < 400, e.problem);
    });

    /** Every path to a value in `json`: each key of each object, and the first item of each array. */
    function leaves(json: Json, at: (string | number)[] = []): (string | number)[][] {
      const out: (string | number)[][] = [];
      if (Array.isArray(json)) {
        if (json.length) out.push([...at, 0], ...leaves(json[0], [...at, 0]));
      } else if (json && typeof json === 'object') {
        for (const k of Object.keys(json)) out.push([...at, k], ...leaves(json[k], [...at, k]));
      }
      return out;
    }
    const show = (p: (string | number)[]) => p.map((k, i) => (typeof k === 'number' ? `[${k}]` : (i ? '.' : '') + k)).join('');

    for (const file of FILE_NAMES) {
      it(`${file}: any value set to null is reported at its own path, saying what is expected and "got null"`, () => {
        const paths = leaves(JSON.parse(REAL[file]));
        assert.ok(paths.length > 10, `only ${paths.length} paths in ${file}`);
        for (const p of paths) {
          const e = expectDatasetError(() => parseWith(file, (j) => {
            let o = j;
            for (const k of p.slice(0, -1)) o = o[k];
            o[p[p.length - 1]] = null;
          }), file, show(p), /^(expected .+|"kind" must be one of: .+); got null$|^expected [a-z ()]+, got null$/);
          assert.ok(!/invalid input/i.test(e.problem), `${show(p)}: ${e.problem}`);
        }
      });
    }
  });

  describe('defaults still apply (zod/mini _default)', () => {
    it('lists and flags left out of a person, an organisation, an event, a role and a quote come back empty / false', () => {
      const people = JSON.parse(REAL['people.json']);
      for (const k of ['givenVariants', 'titles', 'commonSurname']) delete people.people[0][k];
      const orgs = JSON.parse(REAL['organisations.json']);
      for (const k of ['aliases', 'notInSources']) delete orgs.organisations[0][k];
      delete orgs.parties[0].aliases;
      const facts = JSON.parse(REAL['facts.json']);
      for (const k of ['approximate', 'required', 'exclude', 'excludeSentence', 'agents', 'anchors']) delete facts.events[0][k];
      delete facts.numbers[0].exclude;
      const roles = JSON.parse(REAL['roles.json']);
      for (const k of ['portfolio', 'phrases']) delete roles.roles[0][k];
      const quotes = JSON.parse(REAL['quotes.json']);
      delete quotes.quotes[0].speaker.alsoRight;
      const d = parseDataset({
        ...REAL,
        'people.json': JSON.stringify(people),
        'organisations.json': JSON.stringify(orgs),
        'facts.json': JSON.stringify(facts),
        'roles.json': JSON.stringify(roles),
        'quotes.json': JSON.stringify(quotes),
      }, readText);
      const p = d.people[0];
      assert.deepStrictEqual([p.givenVariants, p.titles, p.commonSurname], [[], [], false]);
      assert.deepStrictEqual([d.organisations[0].aliases, d.organisations[0].notInSources, d.parties[0].aliases], [[], false, []]);
      const e = d.events[0];
      assert.deepStrictEqual([e.approximate, e.required, e.exclude, e.excludeSentence, e.agents, e.anchors], [false, [], [], [], [], []]);
      assert.deepStrictEqual(d.numbers[0].exclude, []);
      assert.deepStrictEqual([d.roles[0].portfolio, d.roles[0].phrases], [[], []]);
      assert.deepStrictEqual(d.quotes[0].speaker.alsoRight, []);
      // each default is a fresh array, not one shared between records
      const people2 = JSON.parse(REAL['people.json']);
      for (const q of people2.people.slice(0, 2)) delete q.givenVariants;
      const d2 = parseDataset({ ...REAL, 'people.json': JSON.stringify(people2) }, readText);
      assert.notStrictEqual(d2.people[0].givenVariants, d2.people[1].givenVariants);
    });
  });

  describe('bad date format', () => {
    const bad = ['2022-13', '2022-00', '22-12', '2022-12-32', '2022/12', '14 December 2022', '2022-1'];
    for (const d of bad) {
      it(`event date "${d}" → events[0].date`, () => {
        expectDatasetError(() => parseWith('facts.json', (j) => (j.events[0].date = d)), 'facts.json', 'events[0].date',
          'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
      });
    }
    it('state from "2022-13" → states[1].from', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => (j.states[1].from = '2022-13')), 'facts.json', 'states[1].from', 'expected a date');
    });
    it('attribute until "2025-5" → people[5].attributes[0].until', () => {
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[5].attributes[0].until = '2025-5')),
        'people.json', 'people[5].attributes[0].until', 'expected a date');
    });
    it('source published.earliest "December 2022" → sources[0].published.earliest', () => {
      expectDatasetError(() => parseWith('sources.json', (j) => (j.sources[0].published.earliest = 'December 2022')),
        'sources.json', 'sources[0].published.earliest', 'expected a date');
    });
  });

  describe('evidence text not in the article', () => {
    it('a person → people[i].evidence.text, naming the article file', () => {
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[2].evidence.text = 'Josh McAlister')),
        'people.json', 'people[2].evidence.text', '"Josh McAlister" does not occur in sources/final-notice-2025.txt');
    });
    it('an attribute → people[i].attributes[j].evidence.text', () => {
      const i = indexOf(JSON.parse(REAL['people.json']).people, 'carol-whitton');
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[i].attributes[2].evidence.text = 'councillor Carol Whitton (St David’s)')),
        'people.json', `people[${i}].attributes[2].evidence.text`, 'does not occur in sources/cabinet-meeting-2022.txt');
    });
    it('straight apostrophe where the article has a curly one → organisations[i].evidence.text', () => {
      const i = indexOf(JSON.parse(REAL['organisations.json']).organisations, 'send-task-group');
      expectDatasetError(() => parseWith('organisations.json', (j) => (j.organisations[i].evidence.text = "a report by the council's SEND task group")),
        'organisations.json', `organisations[${i}].evidence.text`, 'does not occur in sources/cabinet-meeting-2022.txt');
    });
    it('text from the other article → events[i].evidence.text', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => (j.events[0].evidence.source = 'final-notice-2025')),
        'facts.json', 'events[0].evidence.text', 'does not occur in sources/final-notice-2025.txt');
    });
    it('a state → states[i].evidence.text', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => (j.states[0].evidence.text = 'The Tory-run council')),
        'facts.json', 'states[0].evidence.text', '"The Tory-run council" does not occur in sources/cabinet-meeting-2022.txt');
    });
    it('a quote → quotes[i].text', () => {
      const i = indexOf(JSON.parse(REAL['quotes.json']).quotes, 'about-two-years');
      expectDatasetError(() => parseWith('quotes.json', (j) => (j.quotes[i].text = 'about three years')),
        'quotes.json', `quotes[${i}].text`, '"about three years" does not occur in sources/cabinet-meeting-2022.txt');
    });
  });

  describe('unknown reference', () => {
    it('role id → people[i].attributes[j].role', () => {
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[0].attributes[0].role = 'dcc-mayor')),
        'people.json', 'people[0].attributes[0].role', 'unknown role "dcc-mayor"');
    });
    it('role id, by removing the role from roles.json', () => {
      const people = JSON.parse(REAL['people.json']).people;
      const i = people.findIndex((p: Json) => p.attributes.some((a: Json) => a.role === 'mp-exeter'));
      const j = people[i].attributes.findIndex((a: Json) => a.role === 'mp-exeter');
      expectDatasetError(() => parseWith('roles.json', (r) => (r.roles = r.roles.filter((x: Json) => x.id !== 'mp-exeter'))),
        'people.json', `people[${i}].attributes[${j}].role`, 'unknown role "mp-exeter"');
    });
    it('party id → people[i].attributes[j].party', () => {
      const i = indexOf(JSON.parse(REAL['people.json']).people, 'julian-brazil');
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[i].attributes[1].party = 'ukip')),
        'people.json', `people[${i}].attributes[1].party`, 'unknown party "ukip"');
    });
    it('party id in a control state → states[i].value', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => (j.states[0].value = 'tory')), 'facts.json', 'states[0].value', 'unknown party "tory"');
    });
    it('organisation id in an attribute → people[i].attributes[j].organisation', () => {
      const i = indexOf(JSON.parse(REAL['people.json']).people, 'julian-wooster');
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[i].attributes[2].organisation = 'somerset-council')),
        'people.json', `people[${i}].attributes[2].organisation`, 'unknown organisation "somerset-council"');
    });
    it('organisation id in a role → roles[i].organisation', () => {
      expectDatasetError(() => parseWith('roles.json', (j) => (j.roles[0].organisation = 'county-hall')),
        'roles.json', 'roles[0].organisation', 'unknown organisation "county-hall"');
    });
    it('organisation id in an event agent → events[i].agents[j]', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => (j.events[0].agents = ['ofsted', 'estyn'])),
        'facts.json', 'events[0].agents[1]', 'unknown organisation "estyn"');
    });
    it('rating body → states[i].by', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => (j.states[2].by = 'estyn')), 'facts.json', 'states[2].by', 'unknown organisation "estyn"');
    });
    it('source id in evidence → people[i].evidence.source', () => {
      expectDatasetError(() => parseWith('people.json', (j) => (j.people[0].evidence.source = 'devon-live-2024')),
        'people.json', 'people[0].evidence.source', 'unknown source "devon-live-2024"');
    });
    it('source id in a number → numbers[i].evidence.source', () => {
      expectDatasetError(() => parseWith('facts.json', (j) => (j.numbers[1].evidence.source = 'nowhere')),
        'facts.json', 'numbers[1].evidence.source', 'unknown source "nowhere"');
    });
    it('source id of a quote → quotes[i].source', () => {
      expectDatasetError(() => parseWith('quotes.json', (j) => (j.quotes[0].source = 'cabinet-2023')),
        'quotes.json', 'quotes[0].source', 'unknown source "cabinet-2023"');
    });
    it('speaker person → quotes[i].speaker.person', () => {
      const i = indexOf(JSON.parse(REAL['quotes.json']).quotes, 'race-last-chance');
      expectDatasetError(() => parseWith('quotes.json', (j) => (j.quotes[i].speaker.person = 'stephen-race')),
        'quotes.json', `quotes[${i}].speaker.person`, 'unknown person "stephen-race"');
    });
    it('alsoRight person → quotes[i].speaker.alsoRight[j]', () => {
      expectDatasetError(() => parseWith('quotes.json', (j) => (j.quotes[0].speaker.alsoRight = ['richard-jefferies', 'the-council'])),
        'quotes.json', 'quotes[0].speaker.alsoRight[1]', 'unknown person "the-council"');
    });
  });

  describe('duplicate id', () => {
    const cases: [FileName, string, (j: Json) => number][] = [
      ['people.json', 'people', (j) => j.people.push({ ...j.people[3] }) - 1],
      ['roles.json', 'roles', (j) => j.roles.push({ ...j.roles[0] }) - 1],
      ['organisations.json', 'organisations', (j) => j.organisations.push({ ...j.organisations[1] }) - 1],
      ['organisations.json', 'parties', (j) => j.parties.push({ ...j.parties[0] }) - 1],
      ['facts.json', 'events', (j) => j.events.push({ ...j.events[2] }) - 1],
      ['facts.json', 'states', (j) => j.states.push({ ...j.states[0] }) - 1],
      ['facts.json', 'numbers', (j) => j.numbers.push({ ...j.numbers[0] }) - 1],
      ['quotes.json', 'quotes', (j) => j.quotes.push({ ...j.quotes[4] }) - 1],
      ['sources.json', 'sources', (j) => j.sources.push({ ...j.sources[0] }) - 1],
    ];
    for (const [file, list, add] of cases) {
      it(`${file}: ${list}`, () => {
        let at = -1;
        let id = '';
        const json = JSON.parse(REAL[file]);
        at = add(json);
        id = json[list][at].id;
        expectDatasetError(() => parseDataset({ ...REAL, [file]: JSON.stringify(json) }, readText), file, `${list}[${at}].id`, `duplicate id "${id}"`);
      });
    }
  });

  describe('missing article text file', () => {
    it('the reader cannot find the text → sources.json, sources[i].file, naming the file', () => {
      const reader = (f: string) => {
        if (f === 'sources/final-notice-2025.txt') throw new Error('ENOENT: no such file');
        return readText(f);
      };
      expectDatasetError(() => parseDataset(REAL, reader), 'sources.json', 'sources[1].file', 'cannot read sources/final-notice-2025.txt (ENOENT: no such file)');
    });
    it('a source pointing at a renamed file', () => {
      expectDatasetError(() => parseWith('sources.json', (j) => (j.sources[0].file = 'sources/cabinet-meeting.txt')),
        'sources.json', 'sources[0].file', 'cannot read sources/cabinet-meeting.txt');
    });
  });

  describe('unknown extra field (strict objects)', () => {
    const cases: [FileName, string, (j: Json) => void, string][] = [
      ['people.json', 'people[0]', (j) => (j.people[0].nickname = 'Rich'), 'nickname'],
      ['people.json', 'people[0].attributes[0]', (j) => (j.people[0].attributes[0].since = '2025'), 'since'],
      ['people.json', 'people[0].evidence', (j) => (j.people[0].evidence.page = 2), 'page'],
      ['roles.json', 'roles[2]', (j) => (j.roles[2].holder = 'steve-race'), 'holder'],
      ['organisations.json', 'parties[0]', (j) => (j.parties[0].colour = 'blue'), 'colour'],
      ['facts.json', 'events[0]', (j) => (j.events[0].when = '2020-01'), 'when'],
      ['facts.json', 'states[0]', (j) => (j.states[0].note = 'x'), 'note'],
      ['quotes.json', 'quotes[0].speaker', (j) => (j.quotes[0].speaker.name = 'x'), 'name'],
      ['sources.json', 'sources[0].published', (j) => (j.sources[0].published.time = '10:00'), 'time'],
      ['sources.json', '', (j) => (j.version = 2), 'version'],
    ];
    for (const [file, where, mutate, key] of cases) {
      it(`${file}: "${key}" at ${where || 'the top level'}`, () => {
        const err = expectDatasetError(() => parseWith(file, mutate), file, where, `unknown field "${key}"`);
        assert.strictEqual(err.problem, `unknown field "${key}"`);
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// What a build validated (dist/data.validated): used only for the very files it was made from
// ---------------------------------------------------------------------------------------------

describe('data validated at build time', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfc-validated-'));
    fs.writeFileSync(path.join(dir, VALIDATED_DATA_FILE), validatedDataOf(DATA_DIR));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same dataset as validating with zod', () => {
    const validated = readValidatedData(dir);
    assert.ok(validated, 'the file reads back');
    const strip = (d: ReturnType<typeof loadDataset>) => JSON.stringify({ ...d, cite: undefined });
    assert.strictEqual(strip(loadDataset(DATA_DIR, validated)), strip(loadDataset(DATA_DIR)));
    // and it is what the loader used: a (made-up) change in it shows through while the files are unchanged
    const parsed = JSON.parse(validated!.json);
    parsed['roles.json'].roles[0].title = 'Made-up title';
    const marked = { files: validated!.files, json: JSON.stringify(parsed) };
    assert.strictEqual(parseDataset(REAL, readText, marked).roles[0].title, 'Made-up title');
  });

  it('is not used for edited data: a broken file is still reported with its file and field', () => {
    const validated = readValidatedData(dir)!;
    const people = JSON.parse(REAL['people.json']);
    delete people.people[0].surname;
    expectDatasetError(() => parseDataset({ ...REAL, 'people.json': JSON.stringify(people) }, readText, validated),
      'people.json', 'people[0].surname', /^expected a string/);
  });

  it('is not used when its own contents are damaged (the data is validated instead)', () => {
    const good = readValidatedData(dir)!;
    // the right files over a cut-short body: loads by validating, and gives the real data
    const damaged = { files: good.files, json: good.json.slice(0, 100) };
    assert.strictEqual(parseDataset(REAL, readText, damaged).quotes.length, parseDataset(REAL, readText).quotes.length);
    // a body that is valid JSON but says something else is never trusted for other files
    const other = { files: '[]', json: '{}' };
    assert.ok(parseDataset(REAL, readText, other).people.length > 0);
  });

  it('reads back nothing from a folder without the file, or with a malformed one', () => {
    assert.strictEqual(readValidatedData(path.join(dir, 'nowhere')), undefined);
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'dfc-validated-bad-'));
    fs.writeFileSync(path.join(bad, VALIDATED_DATA_FILE), 'not the files\n{}');
    assert.strictEqual(readValidatedData(bad), undefined);
    fs.rmSync(bad, { recursive: true, force: true });
  });
});
