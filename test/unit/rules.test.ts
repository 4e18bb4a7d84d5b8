/**
 * The checks as rules (src/core/check/rule.ts, registry.ts), and what an engine holds: every rule's index is the
 * engine's own, so two engines over different data in one process, their checks interleaved, each give exactly
 * the findings they give alone.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findDataDir, loadDataset, loadDatasets } from '../../src/core/data/loader';
import { Engine, createEngine } from '../../src/core/engine';
import { RULES } from '../../src/core/check/registry';
import { FINDING_KINDS } from '../../src/core/kinds';
import { LabelledDraft, readEvalDir } from '../../src/cli/eval';
import { CheckResult } from '../../src/core/types';
import { ARTICLE3_DIR } from './article3-data';

const DATA_DIR = findDataDir(__dirname);
const FIXTURES = path.dirname(ARTICLE3_DIR);

/** The labelled drafts of a few sets, and the third article's own. */
function drafts(): LabelledDraft[] {
  const sets = ['drafts', 'drafts3', 'holdout', 'shapes'].map((d) => path.join(FIXTURES, d));
  return [...sets, path.join(ARTICLE3_DIR, 'drafts')].filter((d) => fs.existsSync(d)).flatMap((d) => readEvalDir(d).drafts);
}

const run = (e: Engine, d: LabelledDraft): CheckResult => e.check(d.text, { asOf: d.asOf });

describe('rules and the registry', () => {
  it('gives each rule a unique id, a one-line description and known kinds', () => {
    const ids = new Set<string>();
    for (const r of RULES) {
      assert.match(r.id, /^[a-z][a-z0-9-]*$/);
      assert.ok(!ids.has(r.id), `two rules named ${r.id}`);
      ids.add(r.id);
      assert.ok(r.description.length > 10 && !r.description.includes('\n'), `${r.id}: a one-line description`);
      assert.ok(r.kinds.length > 0, `${r.id}: the kinds it reports`);
      for (const k of r.kinds) assert.ok(FINDING_KINDS.includes(k), `${r.id}: ${k} is a kind`);
      assert.ok(!!r.checkParagraph !== !!r.checkSentence, `${r.id}: checks a paragraph or a sentence`);
    }
    // every kind of finding has a rule that reports it
    for (const k of FINDING_KINDS) assert.ok(RULES.some((r) => r.kinds.includes(k)), `no rule reports ${k}`);
  });

  it('lists the paragraph rules before the sentence rules (the order findings are listed in)', () => {
    const firstSentence = RULES.findIndex((r) => r.checkSentence);
    assert.ok(RULES.slice(firstSentence).every((r) => r.checkSentence));
  });
});

describe('two engines in one process', function () {
  this.timeout(120000);

  it('each gives its own findings, checks interleaved, as when run alone', () => {
    const list = drafts();
    assert.ok(list.length > 50);
    // alone: a fresh engine, every draft in turn
    const aloneBundled = ((e) => list.map((d) => run(e, d)))(createEngine(loadDataset(DATA_DIR)));
    const aloneMerged = ((e) => list.map((d) => run(e, d)))(createEngine(loadDatasets([DATA_DIR, ARTICLE3_DIR])));
    // the two datasets do give different findings (else this test would prove nothing)
    assert.ok(list.some((_, i) => JSON.stringify(aloneBundled[i]) !== JSON.stringify(aloneMerged[i])));
    // together: two new engines, each draft checked by one then the other, in both orders
    const bundled = createEngine(loadDataset(DATA_DIR));
    const merged = createEngine(loadDatasets([DATA_DIR, ARTICLE3_DIR]));
    list.forEach((d, i) => {
      const [a, b] = i % 2 ? [run(bundled, d), run(merged, d)] : [run(merged, d), run(bundled, d)].reverse();
      assert.deepStrictEqual(a, aloneBundled[i], `bundled data, ${d.name}`);
      assert.deepStrictEqual(b, aloneMerged[i], `with the third article, ${d.name}`);
    });
  });

  it('keeps each engine to its own data paragraph by paragraph too', () => {
    const bundled = createEngine(loadDataset(DATA_DIR));
    const merged = createEngine(loadDatasets([DATA_DIR, ARTICLE3_DIR]));
    const one = createEngine(loadDataset(DATA_DIR));
    const day = 20000;
    for (const d of drafts().slice(0, 40)) {
      for (const p of d.text.split(/\n\s*\n/)) {
        merged.checkParagraph(p, day);
        assert.deepStrictEqual(bundled.checkParagraph(p, day), one.checkParagraph(p, day));
      }
    }
  });
});
