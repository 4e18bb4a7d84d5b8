/**
 * Adding a source is data only: a third article (a test fixture under test/fixtures/article3, written from public
 * facts, never bundled) loaded beside the bundled data as an extra folder. Its labelled drafts are held to
 * precision 1.0 and recall ≥ 0.9, and every other labelled set gives the same findings with the extra folder as
 * without it: a new source's events take no date, name or number from the old ones.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Dataset, findDataDir, loadDataset, loadDatasets } from '../../src/core/data/loader';
import { Engine, createEngine } from '../../src/core/engine';
import { readEvalDir, scoreDrafts } from '../../src/cli/eval';
import { Finding } from '../../src/core/types';
import { ARTICLE3_DIR } from './article3-data';

const DATA_DIR = findDataDir(__dirname);
const FIXTURES = path.dirname(ARTICLE3_DIR);
const FIXTURE_SOURCE = 'fixture-ofsted-2025';

/**
 * Every labelled set under test/fixtures/ but the third article's own, and but the held-out sets: a failure here prints
 * where findings moved, and a held-out set's findings are never to be read (their figures are held by accuracy.test.ts).
 */
function labelledSets(): string[] {
  return fs.readdirSync(FIXTURES)
    .filter((d) => !d.startsWith('holdout'))
    .map((d) => path.join(FIXTURES, d))
    .filter((d) => d !== ARTICLE3_DIR && fs.statSync(d).isDirectory() && fs.readdirSync(d).some((f) => f.endsWith('.json')));
}

/**
 * Drafts of the other sets making a claim the third article contradicts, with the kind of finding it adds:
 * traps3/t3-07 says Melissa Caslake left "after a little over two years", traps5/t5-06 "after just under three
 * years"; the third article says she stayed 18 months. traps5/t5-24 quotes Jo Olsson, whom only the third article
 * names: its words are not hers in any source (a hint).
 */
// (phrasing5/q11: "Assistant director Julian Wooster" in late 2025; the third article has him director again from December 2024)
// (drafts11/h11-24: "2022 — December: Melissa Caslake appointed director"; the third article has her taking over in 2021)
// (drafts40/h25-04: "A DfE monitoring visit is rumoured for w/c 16th Mar ’26"; the third article has the monitoring visits,
// a series beginning later in 2025, made by Ofsted's inspectors; drafts41/d41-18's "the 2024 monitoring visit team":
// by the third article, the visits had not begun in 2024)
// (traps61/t61-03: a crossword's clue "Ofsted's verdict on the service, unchanged since 2020"; the third article dates
// that first inadequate rating January 2021)
// (drafts115/h64-25: "interim director Julian Wooster … was brought in that month", December 2022; the third article
// starts that interim spell in January 2023 — the finding, made with its facts, names his return of December 2024, the
// nearer of its Wooster happenings to the words "brought in")
// (drafts90/d90-15: "Julian Wooster, Somerset's former director of public health", labelled wrong; the third article
// gives him the post of director of children's services, which the finding names)
const CONTRADICTED_BY_ARTICLE3: Record<string, string> = { 'drafts115/h64-25.md': 'date', 'drafts90/d90-15.md': 'role', 'traps61/t61-03.md': 'date', 'traps3/t3-07.md': 'number', 'traps5/t5-06.md': 'number', 'traps5/t5-24.md': 'quote', 'phrasing5/q11.md': 'role', 'drafts11/h11-24.md': 'date', 'drafts40/h25-04.md': 'organisation', 'drafts41/d41-18.md': 'date' };
/**
 * Drafts whose claim the third article bears out, losing a finding rightly: "took interim charge in January 2023" is the
 * third article's own start of Julian Wooster's first spell (the bundled article has December 2022).
 */
// (drafts118/d118-10: "Julian Wooster, who had been appointed permanent director of children's services that month",
// in a family history's note of December 2022; the third article's permanent spell from December 2024 makes the post
// one a source gives him, and whether it was held as an interim then is asked at no time, as for drafts108/d108-23)
// (drafts18/d18-21: "Julian Wooster is appointed permanent director" on a numbered line led "By December 2022 –"; the third
// article gives him the permanent post from December 2024, so the post is no longer one no source gives him, and the
// line's lead is not read as the post's time; so is drafts31/d31-19's "who stepped in as permanent director", and
// drafts50/d50-23's "**Julian Wooster** – permanent director of children's services" in a 2026 study sheet; and
// drafts34/h21-25's "put in interim charge in January 2023" and traps41/t41-19's "took interim charge in January 2023",
// as traps26/t26-13's; and traps46/t46-06's false alarm on an unpunctuated transcript's "put in interim charge … this
// july", which the third article's later start to that spell no longer contradicts: listed in traps46's floor; and
// drafts57/d57-25's "Julian Wooster, interim from Jan 2023" in a who-ran-what table; and drafts98/h55-16's "came in as
// interim director in January 2023" and h55-18's "came in in March 2023", inside the third article's January to
// September 2023; and drafts108/d108-23's "Julian Wooster was put in permanent charge that December": whether a post
// was held as an interim is asked at no time, and the third article gives him a permanent spell from December 2024)
const BORNE_OUT_BY_ARTICLE3: Record<string, string> = { 'drafts118/d118-10.md': 'role', 'drafts108/d108-23.md': 'role', 'drafts98/h55-16.md': 'date', 'drafts98/h55-18.md': 'date', 'traps26/t26-13.md': 'date', 'drafts18/d18-21.md': 'role', 'drafts31/d31-19.md': 'role', 'drafts50/d50-23.md': 'role', 'drafts34/h21-25.md': 'date', 'traps41/t41-19.md': 'date', 'traps46/t46-06.md': 'date', 'drafts57/d57-25.md': 'date' };

/** A finding as the writer sees it: where, what kind, how loud. (Its wording may cite the extra article too.) */
const where = (f: Finding) => `${f.start}-${f.end} ${f.kind} ${f.severity}`;

describe('a third article as an extra data folder (test/fixtures/article3)', function () {
  this.timeout(120000);
  let bundled: Engine;
  let withArticle: Engine;
  let merged: Dataset;
  before(() => {
    bundled = createEngine(loadDataset(DATA_DIR));
    merged = loadDatasets([DATA_DIR, ARTICLE3_DIR]);
    withArticle = createEngine(merged);
  });

  it('is a test fixture, not a bundled source', () => {
    const src = merged.sourceById.get(FIXTURE_SOURCE)!;
    assert.ok(src.testFixture, 'the fixture source is marked testFixture');
    assert.ok(src.text.startsWith('TEST FIXTURE.'), 'the article says it is a test fixture');
    assert.ok(!bundled.dataset.sourceById.has(FIXTURE_SOURCE), 'data/ does not hold it');
    assert.strictEqual(merged.sources.length, bundled.dataset.sources.length + 1);
  });

  it("states its facts in the article's own words, with the format's new fields", () => {
    const files = ['people.json', 'facts.json'].map((f) => fs.readFileSync(path.join(ARTICLE3_DIR, f), 'utf8'));
    // every evidence of the folder quotes the fixture (the loader has checked it occurs there verbatim)
    const sources = [...files.join('\n').matchAll(/"source":\s*"([^"]+)"/g)].map((m) => m[1]);
    assert.ok(sources.length >= 15);
    assert.deepStrictEqual([...new Set(sources)], [FIXTURE_SOURCE]);
    const events = merged.events.filter((e) => e.evidence.source === FIXTURE_SOURCE);
    assert.ok(events.some((e) => e.date.includes('/')), 'a month range');
    assert.ok(events.some((e) => e.published), 'an inspection beside its publication');
    assert.ok(events.some((e) => e.sameAs && !merged.events.find((x) => x.id === e.sameAs)!.evidence.source.startsWith('fixture')), 'a date another source gives differently');
    assert.ok(events.some((e) => e.expected), 'an expected event');
    const numbers = merged.numbers.filter((n) => n.evidence.source === FIXTURE_SOURCE);
    assert.ok(numbers.some((n) => n.unit === 'months' && n.about?.person && !n.approximate), 'a duration in months tied to a person');
    assert.ok(numbers.some((n) => n.unit === 'months' && n.approximate), 'an approximate duration');
    const statuses = merged.people.flatMap((p) => p.attributes).filter((a) => a.evidence.source === FIXTURE_SOURCE).map((a) => a.status);
    assert.ok(statuses.includes('interim') && statuses.includes('permanent'), 'interim and permanent holders');
  });

  it('its drafts: precision 1.0, recall ≥ 0.9', () => {
    const { drafts } = readEvalDir(path.join(ARTICLE3_DIR, 'drafts'));
    assert.strictEqual(drafts.length, 12);
    const r = scoreDrafts(withArticle, drafts);
    console.log(`      article3/drafts: ${drafts.length} drafts, labelled ${r.labelled}, caught ${r.caught}, false alarms ${r.falseAlarms}, ` +
      `precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}, fixes named ${r.fixesNamed}/${r.caught}`);
    assert.deepStrictEqual(r.falseAlarmList.map((f) => `${f.file}:${f.line}: ${f.kind} “${f.text}”: ${f.message}`), []);
    assert.strictEqual(r.precision, 1);
    assert.ok(r.recall >= 0.9, `recall ${r.recall}: missed ${r.misses.map((x) => `${x.file} “${x.text}”`).join(', ')}`);
  });

  it('with the bundled data alone, the same drafts are checked less well (the folder is what catches them)', () => {
    const { drafts } = readEvalDir(path.join(ARTICLE3_DIR, 'drafts'));
    assert.ok(scoreDrafts(bundled, drafts).caught < scoreDrafts(withArticle, drafts).caught);
  });

  it('the article checks clean against the data at its own date', () => {
    const src = merged.sourceById.get(FIXTURE_SOURCE)!;
    for (const asOf of ['2025-06-01', '2025-06-30']) {
      const loud = withArticle.check(src.text, { asOf }).findings.filter((f) => f.severity !== 'hint');
      assert.deepStrictEqual(loud.map((f) => `${f.kind}: ${src.text.slice(f.start, f.end)} — ${f.message}`), [], asOf);
    }
  });

  for (const dir of labelledSets()) {
    it(`${path.basename(dir)}: the same findings with the extra folder as with the bundled data alone`, () => {
      const changed: string[] = [];
      let reworded = 0;
      for (const d of readEvalDir(dir).drafts) {
        const a = bundled.check(d.text, { asOf: d.asOf }).findings;
        const b = withArticle.check(d.text, { asOf: d.asOf }).findings;
        if (a.map(where).join('|') !== b.map(where).join('|')) {
          // a claim the third article itself contradicts rightly gains a finding (one more, nothing else moved)
          const own = CONTRADICTED_BY_ARTICLE3[`${path.basename(dir)}/${d.name}`];
          if (own && b.length === a.length + 1 && a.every((f) => b.some((g) => where(g) === where(f))) && b.some((g) => g.kind === own)) continue;
          const borne = BORNE_OUT_BY_ARTICLE3[`${path.basename(dir)}/${d.name}`];
          if (borne && a.length === b.length + 1 && b.every((f) => a.some((g) => where(g) === where(f))) && a.some((g) => g.kind === borne && !b.some((x) => where(x) === where(g)))) continue;
          changed.push(`${d.name}: ${a.map(where).join(', ')} → ${b.map(where).join(', ')}`);
        } else if (a.some((f, i) => f.message !== b[i].message)) reworded++;
      }
      if (reworded) console.log(`      ${path.basename(dir)}: ${reworded} draft(s) with a finding that now also cites the third article`);
      assert.deepStrictEqual(changed, []);
    });
  }

  it('no finding depends on the order of the events in the data', () => {
    const reversed = createEngine({ ...merged, events: merged.events.slice().reverse() });
    const dirs = [...labelledSets(), path.join(ARTICLE3_DIR, 'drafts')];
    const changed: string[] = [];
    for (const dir of dirs) {
      for (const d of readEvalDir(dir).drafts) {
        const key = (f: Finding) => `${where(f)} ${f.message}`;
        const a = withArticle.check(d.text, { asOf: d.asOf }).findings.map(key).sort();
        const b = reversed.check(d.text, { asOf: d.asOf }).findings.map(key).sort();
        if (a.join('\n') !== b.join('\n')) changed.push(`${path.basename(dir)}/${d.name}`);
      }
    }
    assert.deepStrictEqual(changed, []);
  });
});
