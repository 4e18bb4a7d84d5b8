/**
 * The bundled dataset (data/) loads, and every fact in it is traceable to the exact words of its article.
 * Nothing here names a count of sources or people: the expectations are read from the data files themselves,
 * so adding a source through data/ alone keeps these tests meaningful and passing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Dataset, findDataDir, loadDataset } from '../../src/core/data/loader';
import { dataWithArticle3 } from './article3-data';
import type { Evidence } from '../../src/core/data/schema';

const DATA_DIR = findDataDir(__dirname);

/** The sources data/sources.json lists, read as plain JSON (not through the loader under test). */
function listedSources(dir: string): { id: string; file: string }[] {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'sources.json'), 'utf8')) as { sources: { id: string; file: string }[] }).sources;
}

interface Located {
  where: string;
  evidence: Evidence;
}

/** Every piece of evidence in the dataset, with a readable location. */
function allEvidence(ds: Dataset): Located[] {
  const out: Located[] = [];
  ds.people.forEach((p) => {
    out.push({ where: `person ${p.id}`, evidence: p.evidence });
    p.attributes.forEach((a, j) => out.push({ where: `person ${p.id} attribute[${j}] (${a.kind})`, evidence: a.evidence }));
  });
  ds.organisations.forEach((o) => {
    if (o.evidence) out.push({ where: `organisation ${o.id}`, evidence: o.evidence });
  });
  ds.events.forEach((e) => {
    out.push({ where: `event ${e.id}`, evidence: e.evidence });
    if (e.published?.evidence) out.push({ where: `event ${e.id} (published)`, evidence: e.published.evidence });
  });
  ds.states.forEach((s) => out.push({ where: `state ${s.id}`, evidence: s.evidence }));
  ds.numbers.forEach((n) => out.push({ where: `number ${n.id}`, evidence: n.evidence }));
  ds.quotes.forEach((q) => out.push({ where: `quote ${q.id}`, evidence: { source: q.source, text: q.text } }));
  return out;
}

describe('dataset (data/)', () => {
  it('holds no test fixture: every bundled source is a real publication the extension may cite', () => {
    for (const s of loadDataset(DATA_DIR).sources) assert.ok(!s.testFixture, `${s.id} is marked testFixture`);
  });
});

describeDataset('dataset (data/)', () => DATA_DIR);
// Adding a source is data only: the same tests on a copy of data/ with the third article's data appended
describeDataset('dataset (data/ with the third article added as data)', () => dataWithArticle3(DATA_DIR), true);

/** The dataset tests, on the data folder `dirOf` gives (removed afterwards when `temporary`). */
function describeDataset(name: string, dirOf: () => string, temporary = false): void {
  describe(name, () => {
    let ds: Dataset;
    let firstLoadMs = 0;
    let DATA_DIR = '';
    before(() => {
      DATA_DIR = dirOf();
      const t0 = performance.now();
      ds = loadDataset(DATA_DIR);
      firstLoadMs = performance.now() - t0;
    });
    after(() => {
      if (temporary) fs.rmSync(DATA_DIR, { recursive: true, force: true });
    });

    it('is found next to the compiled tests and loads without error', () => {
      assert.ok(path.isAbsolute(DATA_DIR));
      assert.ok(ds.sources.length >= 1);
      assert.deepStrictEqual(ds.sources.map((s) => s.id), listedSources(DATA_DIR).map((s) => s.id));
      assert.ok(ds.people.length > 0);
      assert.ok(ds.quotes.length > 0);
    });

    it('prints its counts', () => {
      const attributes = ds.people.reduce((n, p) => n + p.attributes.length, 0);
      const counts = {
        sources: ds.sources.length,
        people: ds.people.length,
        attributes,
        roles: ds.roles.length,
        organisations: ds.organisations.length,
        parties: ds.parties.length,
        events: ds.events.length,
        states: ds.states.length,
        numbers: ds.numbers.length,
        quotations: ds.quotes.length,
      };
      console.log('      dataset counts: ' + Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', '));
      assert.strictEqual(counts.sources, listedSources(DATA_DIR).length);
    });

    it('loads the same dataset every time (and prints the load time: first load, the average of 20 more)', () => {
      // loadDataset re-reads and re-validates every file each time; the first load (in before()) also pays
      // for the cold file cache and JIT warm-up.
      const first = firstLoadMs;
      const n = 20;
      const t1 = performance.now();
      const loads = Array.from({ length: n }, () => loadDataset(DATA_DIR));
      const avg = (performance.now() - t1) / n;
      console.log(`      dataset load time: first ${first.toFixed(2)} ms, average of next ${n} ${avg.toFixed(2)} ms`);
      const shape = (d: typeof ds) => JSON.stringify([d.sources.map((x) => x.id), d.people.map((x) => x.id), d.quotes.map((x) => x.id), d.events.length, d.states.length, d.numbers.length]);
      for (const d of loads) assert.strictEqual(shape(d), shape(ds));
    });

    it('every article text is non-empty and each source file is one of data/sources/*.txt', () => {
      for (const s of ds.sources) {
        assert.ok(s.text.length > 500, `${s.id} text too short`);
        assert.match(s.file, /^sources\/[a-z0-9-]+\.txt$/);
      }
    });

    it('every article under data/sources/ is a listed source (none left out of sources.json)', () => {
      const files = fs.readdirSync(path.join(DATA_DIR, 'sources')).filter((f) => f.endsWith('.txt')).map((f) => `sources/${f}`);
      assert.deepStrictEqual(files.sort(), ds.sources.map((s) => s.file).sort());
    });

    it('every evidence text (people, attributes, organisations, events, states, numbers) and quote occurs in its article exactly', () => {
      const problems: string[] = [];
      for (const { where, evidence } of allEvidence(ds)) {
        const src = ds.sourceById.get(evidence.source);
        if (!src) problems.push(`${where}: unknown source ${evidence.source}`);
        else if (!src.text.includes(evidence.text)) problems.push(`${where}: "${evidence.text}" not in ${src.file}`);
        if (evidence.text !== evidence.text.trim()) problems.push(`${where}: evidence has leading/trailing space`);
      }
      assert.deepStrictEqual(problems, []);
    });

    it('every quote names an existing speaker (person, or a document) and existing alsoRight people', () => {
      for (const q of ds.quotes) {
        assert.ok(q.speaker.person || q.speaker.document, `quote ${q.id} has no speaker`);
        if (q.speaker.person) assert.ok(ds.personById.has(q.speaker.person), `quote ${q.id}: unknown person ${q.speaker.person}`);
        for (const p of q.speaker.alsoRight) assert.ok(ds.personById.has(p), `quote ${q.id}: unknown alsoRight ${p}`);
        assert.ok(ds.sourceById.has(q.source), `quote ${q.id}: unknown source ${q.source}`);
      }
    });

    it('every person attribute points at an existing role / party / organisation', () => {
      for (const p of ds.people) {
        for (const a of p.attributes) {
          if (a.kind === 'role') assert.ok(ds.roleById.has(a.role), `${p.id}: role ${a.role}`);
          if (a.kind === 'party') assert.ok(ds.partyById.has(a.party), `${p.id}: party ${a.party}`);
          if (a.kind === 'organisation') assert.ok(ds.orgById.has(a.organisation), `${p.id}: organisation ${a.organisation}`);
        }
      }
      for (const s of ds.states) {
        assert.ok(ds.orgById.has(s.subject), `state ${s.id}: subject ${s.subject}`);
        if (s.attribute === 'control') assert.ok(ds.partyById.has(s.value), `state ${s.id}: party ${s.value}`);
        else assert.ok(['outstanding', 'good', 'requires improvement', 'inadequate'].includes(s.value), `state ${s.id}: rating ${s.value}`);
      }
    });

    it('every person is named in the article their evidence cites (name, or given + surname)', () => {
      for (const p of ds.people) {
        const src = ds.sourceById.get(p.evidence.source)!;
        assert.ok(src.text.includes(p.name), `${p.name} not in ${src.file}`);
        assert.ok(p.evidence.text.includes(p.surname), `${p.id}: evidence does not name ${p.surname}`);
        assert.strictEqual(p.name, `${p.given} ${p.surname}`);
      }
    });

    it('cite() returns a sentence of the article that contains the evidence', () => {
      for (const { where, evidence } of allEvidence(ds)) {
        const src = ds.sourceById.get(evidence.source)!;
        const c = ds.cite(evidence);
        assert.strictEqual(c.source, src.id, where);
        assert.strictEqual(c.title, src.title, where);
        assert.strictEqual(c.date, src.published.display, where);
        assert.strictEqual(c.quote, src.text.slice(c.start, c.end), where);
        assert.ok(c.start <= c.evidenceStart && c.evidenceEnd <= c.end || c.quote.includes(evidence.text) || evidence.text.includes(c.quote),
          `${where}: citation "${c.quote}" does not hold the evidence "${evidence.text}"`);
        assert.strictEqual(src.text.slice(c.evidenceStart, c.evidenceEnd), evidence.text, where);
        assert.ok(c.quote.trim().length > 0, where);
        assert.ok(!/\n\s*\n/.test(c.quote), `${where}: citation spans paragraphs`);
        // memoised: the same object comes back
        assert.strictEqual(ds.cite(evidence), c, where);
      }
    });

    it('cite() of a mid-sentence phrase gives the whole sentence', function () {
      // worked examples from the December 2022 article, while data/ holds it
      if (!ds.sourceById.has('cabinet-meeting-2022')) this.skip();
      const c = ds.cite({ source: 'cabinet-meeting-2022', text: 'Julian Wooster put in interim charge last week' });
      assert.strictEqual(c.quote,
        'Melissa Caslake recently left as director of children’s services, with Somerset’s former children’s lead Julian Wooster put in interim charge last week.');
      const d = ds.cite({ source: 'cabinet-meeting-2022', text: 'The Conservative-run council and NHS Devon both apologised.' });
      assert.strictEqual(d.quote, 'The Conservative-run council and NHS Devon both apologised.');
    });

    it('ids are unique within each collection, and people / roles / organisations / parties ids do not collide', () => {
      const collections: [string, { id: string }[]][] = [
        ['sources', ds.sources], ['people', ds.people], ['roles', ds.roles], ['organisations', ds.organisations],
        ['parties', ds.parties], ['events', ds.events], ['states', ds.states], ['numbers', ds.numbers], ['quotes', ds.quotes],
      ];
      for (const [name, list] of collections) {
        const ids = list.map((x) => x.id);
        const dups = ids.filter((id, i) => ids.indexOf(id) !== i);
        assert.deepStrictEqual(dups, [], `duplicate ${name} ids`);
      }
      const orgAndParty = [...ds.organisations, ...ds.parties].map((x) => x.id);
      assert.deepStrictEqual(orgAndParty.filter((id, i) => orgAndParty.indexOf(id) !== i), []);
    });

    it("a source's published.earliest <= latest, and the reference date lies between them", () => {
      const lo = (d: string) => (d + '-01-01').slice(0, 10);
      const hi = (d: string) => (d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d);
      for (const s of ds.sources) {
        const p = s.published;
        assert.ok(lo(p.earliest) <= hi(p.latest), `${s.id}: earliest ${p.earliest} > latest ${p.latest}`);
        assert.ok(hi(p.reference) >= lo(p.earliest) && lo(p.reference) <= hi(p.latest), `${s.id}: reference ${p.reference} outside`);
      }
    });

    it('timed facts have from <= until', () => {
      const lo = (d: string) => (d + '-01-01').slice(0, 10);
      const hi = (d: string) => (d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d);
      const timed: { where: string; from?: string; until?: string }[] = [
        ...ds.states.map((s) => ({ where: `state ${s.id}`, from: s.from, until: s.until })),
        ...ds.people.flatMap((p) => p.attributes.map((a, j) => ({ where: `${p.id}[${j}]`, from: a.from, until: a.until }))),
      ];
      for (const t of timed) if (t.from && t.until) assert.ok(lo(t.from) <= hi(t.until), t.where);
    });

    it('every seed article is bundled byte for byte (when the seeds are available)', function () {
      const seeds = '/work/shared/seeds';
      if (!fs.existsSync(seeds)) this.skip();
      const texts = ds.sources.map((s) => s.text);
      for (const f of fs.readdirSync(seeds).filter((x) => x.endsWith('.txt'))) {
        assert.ok(texts.includes(fs.readFileSync(path.join(seeds, f), 'utf8')), `seed ${f} is not bundled byte for byte`);
      }
    });
  });
}
