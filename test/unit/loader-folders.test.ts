/**
 * One dataset from several data folders (loadDatasets): the bundled data/ plus an extra folder of the same layout,
 * merged, with clear errors for ids defined twice and for references to nothing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DatasetError, findDataDir, loadDataset, loadDatasets } from '../../src/core/data/loader';

const DATA_DIR = findDataDir(__dirname);

const ARTICLE = 'A short test article. Councillor Jane Example, the new chair of the example panel, said it met in March 2024.\n'
  + 'Julian Wooster spoke to the panel too. It was a long meeting.\n'.repeat(3);

/** A folder with one article and the JSON files given (sources.json is written unless given). */
function folder(root: string, name: string, files: Record<string, unknown>): string {
  const dir = path.join(root, name);
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'sources', 'extra.txt'), ARTICLE);
  const all: Record<string, unknown> = {
    'sources.json': { sources: [{
      id: 'extra-article', file: 'sources/extra.txt', title: 'A test article', headlinePrinted: false,
      published: { earliest: '2024-04', latest: '2024-04', display: 'April 2024', reference: '2024-04' },
    }] },
    ...files,
  };
  for (const [f, json] of Object.entries(all)) fs.writeFileSync(path.join(dir, f), JSON.stringify(json));
  return dir;
}

const JANE = {
  id: 'jane-example', name: 'Jane Example', given: 'Jane', surname: 'Example', titles: ['Councillor'],
  evidence: { source: 'extra-article', text: 'Councillor Jane Example' }, attributes: [],
};

function expectError(fn: () => unknown, file: string, where: string, problem: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof DatasetError, String(e));
    assert.strictEqual(e.file, file);
    assert.strictEqual(e.where, where);
    assert.strictEqual(e.problem, problem);
    return true;
  });
}

describe('loadDatasets: the bundled data plus an extra folder', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'devon-folders-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('one folder gives what loadDataset gives', () => {
    assert.deepStrictEqual(JSON.stringify(loadDatasets([DATA_DIR])), JSON.stringify(loadDataset(DATA_DIR)));
  });

  it('an extra folder with only sources.json adds its source and nothing else', () => {
    const base = loadDataset(DATA_DIR);
    const ds = loadDatasets([DATA_DIR, folder(root, 'only-sources', {})]);
    assert.deepStrictEqual(ds.sources.map((s) => s.id), [...base.sources.map((s) => s.id), 'extra-article']);
    assert.strictEqual(ds.people.length, base.people.length);
    assert.strictEqual(ds.events.length, base.events.length);
    assert.ok(ds.sourceById.get('extra-article')!.text.startsWith('A short test article.'));
  });

  it("an extra folder's facts may refer to bundled ids and cite its own article", () => {
    const dir = folder(root, 'refers', {
      'people.json': { people: [{ ...JANE, attributes: [
        { kind: 'organisation', organisation: 'dcc', evidence: { source: 'extra-article', text: 'Councillor Jane Example' } },
      ] }] },
      'quotes.json': { quotes: [] },
    });
    const ds = loadDatasets([DATA_DIR, dir]);
    assert.strictEqual(ds.personById.get('jane-example')!.attributes[0].kind, 'organisation');
    assert.strictEqual(ds.cite({ source: 'extra-article', text: 'Councillor Jane Example' }).title, 'A test article');
  });

  it('extend adds attributes to a bundled person, after their own, leaving the bundled dataset as it was', () => {
    const dir = folder(root, 'extend', {
      'people.json': { people: [], extend: [{ person: 'julian-wooster', attributes: [
        { kind: 'role', role: 'dcc-director-childrens-services', from: '2024-03', evidence: { source: 'extra-article', text: 'Julian Wooster spoke to the panel' } },
      ] }] },
    });
    const base = loadDataset(DATA_DIR);
    const ds = loadDatasets([DATA_DIR, dir]);
    const before = base.personById.get('julian-wooster')!.attributes;
    const after = ds.personById.get('julian-wooster')!.attributes;
    assert.strictEqual(after.length, before.length + 1);
    assert.deepStrictEqual(after.slice(0, before.length), before);
    assert.strictEqual(ds.people.find((p) => p.id === 'julian-wooster'), ds.personById.get('julian-wooster'));
    assert.strictEqual(loadDataset(DATA_DIR).personById.get('julian-wooster')!.attributes.length, before.length);
  });

  it('an id defined again in the extra folder names both files', () => {
    const dir = folder(root, 'clash', { 'people.json': { people: [{ ...JANE, id: 'john-hart' }] } });
    expectError(() => loadDatasets([DATA_DIR, dir]), path.join(dir, 'people.json'), 'people[0].id', 'id "john-hart" is already defined in people.json');
  });

  it('a source id defined again names both files', () => {
    const dir = path.join(root, 'clash-source');
    folder(root, 'clash-source', {});
    const j = JSON.parse(fs.readFileSync(path.join(dir, 'sources.json'), 'utf8'));
    j.sources[0].id = 'cabinet-meeting-2022';
    fs.writeFileSync(path.join(dir, 'sources.json'), JSON.stringify(j));
    expectError(() => loadDatasets([DATA_DIR, dir]), path.join(dir, 'sources.json'), 'sources[0].id', 'id "cabinet-meeting-2022" is already defined in sources.json');
  });

  it('extend of an unknown person, and an unknown role in it, are errors in the extra file', () => {
    const ev = { source: 'extra-article', text: 'Julian Wooster spoke' };
    const a = folder(root, 'extend-unknown', { 'people.json': { people: [], extend: [{ person: 'nobody', attributes: [{ kind: 'ward', ward: 'X', evidence: ev }] }] } });
    expectError(() => loadDatasets([DATA_DIR, a]), path.join(a, 'people.json'), 'extend[0].person', 'unknown person "nobody"');
    const b = folder(root, 'extend-role', { 'people.json': { people: [], extend: [{ person: 'julian-wooster', attributes: [{ kind: 'role', role: 'no-such-role', evidence: ev }] }] } });
    expectError(() => loadDatasets([DATA_DIR, b]), path.join(b, 'people.json'), 'extend[0].attributes[0].role', 'unknown role "no-such-role"');
  });

  it("schema problems and evidence not in the article name the extra folder's file", () => {
    const a = folder(root, 'bad-field', { 'people.json': { people: [{ ...JANE, surname: 5 }] } });
    expectError(() => loadDatasets([DATA_DIR, a]), path.join(a, 'people.json'), 'people[0].surname', 'expected a string, got the number 5');
    const b = folder(root, 'bad-evidence', { 'people.json': { people: [{ ...JANE, evidence: { source: 'extra-article', text: 'Jane Exampel' } }] } });
    expectError(() => loadDatasets([DATA_DIR, b]), path.join(b, 'people.json'), 'people[0].evidence.text', '"Jane Exampel" does not occur in sources/extra.txt');
  });

  it('an extra folder without sources.json is an error naming it', () => {
    const dir = path.join(root, 'no-sources');
    fs.mkdirSync(dir);
    assert.throws(() => loadDatasets([DATA_DIR, dir]), (e: unknown) => e instanceof DatasetError && e.file === path.join(dir, 'sources.json') && /cannot read/.test(e.problem));
  });
});

describe('the format for what articles say: new fields and their errors', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'devon-format-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const ev = { source: 'extra-article', text: 'it met in March 2024' };
  const event = (extra: Record<string, unknown>) => ({ id: 'panel-met', summary: 'The panel met', date: '2024-03', cues: ['met'], evidence: ev, ...extra });
  const facts = (events: unknown[], numbers: unknown[] = []) => ({ 'facts.json': { events, states: [], numbers } });

  it('reads a range, a publication date, sameAs, expected, and a duration about a person', () => {
    const dir = folder(root, 'all-new', facts(
      [event({ date: '2024-02/2024-03', published: { date: '2024-04', cues: ['published'] }, sameAs: 'cabinet-meeting-2022', expected: true })],
      [{ id: 'wooster-spell', values: [13, 15], approximate: true, text: 'just over a year', unit: 'months', about: { person: 'julian-wooster' }, cues: ['spell'], evidence: ev }],
    ));
    const ds = loadDatasets([DATA_DIR, dir]);
    const e = ds.events.find((x) => x.id === 'panel-met')!;
    assert.strictEqual(e.date, '2024-02/2024-03');
    assert.strictEqual(e.published!.date, '2024-04');
    assert.strictEqual(ds.numbers.find((n) => n.id === 'wooster-spell')!.about!.person, 'julian-wooster');
  });

  it('a range must be two dates, the first not after the last', () => {
    const a = folder(root, 'bad-range', facts([event({ date: '2024-03/2024-13' })]));
    expectError(() => loadDatasets([DATA_DIR, a]), path.join(a, 'facts.json'), 'events[0].date',
      'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or a range of two as START/END');
    const b = folder(root, 'backwards-range', facts([event({ date: '2024-10/2024-09' })]));
    expectError(() => loadDatasets([DATA_DIR, b]), path.join(b, 'facts.json'), 'events[0].date', 'a range must not end before it starts');
  });

  it('sameAs and about must name what exists; an approximate number gives its lowest and highest', () => {
    const a = folder(root, 'bad-same', facts([event({ sameAs: 'no-such-event' })]));
    expectError(() => loadDatasets([DATA_DIR, a]), path.join(a, 'facts.json'), 'events[0].sameAs', 'unknown event "no-such-event"');
    const n = { id: 'n', values: [13], text: 'just over a year', unit: 'months', cues: ['spell'], evidence: ev };
    const b = folder(root, 'bad-about', facts([], [{ ...n, about: { person: 'nobody' } }]));
    expectError(() => loadDatasets([DATA_DIR, b]), path.join(b, 'facts.json'), 'numbers[0].about.person', 'unknown person "nobody"');
    const c = folder(root, 'bad-approximate', facts([], [{ ...n, approximate: true }]));
    expectError(() => loadDatasets([DATA_DIR, c]), path.join(c, 'facts.json'), 'numbers[0].values',
      'an approximate number needs two values, the lowest and the highest it may be');
  });

  it("'permanent' is a status; an unknown one names the choices", () => {
    const attr = (status: string) => ({ 'people.json': { people: [], extend: [{ person: 'julian-wooster', attributes: [
      { kind: 'role', role: 'dcc-director-childrens-services', status, evidence: { source: 'extra-article', text: 'Julian Wooster spoke' } },
    ] }] } });
    assert.ok(loadDatasets([DATA_DIR, folder(root, 'permanent', attr('permanent'))]));
    const dir = folder(root, 'bad-status', attr('temporary'));
    assert.throws(() => loadDatasets([DATA_DIR, dir]), (e: unknown) => e instanceof DatasetError && /"permanent"/.test(e.problem) && /"temporary"/.test(e.problem));
  });
});
