/**
 * IncrementalChecker.steps, the check the editor runs in slices: run to its end it gives what a full check gives;
 * given up part way, it keeps the blocks it checked for the next call (and nothing else changes); two calls
 * paused in turn, even for different story dates, each still give their own full check.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import { allOf, Checked, createEngine, IncrementalChecker, ParagraphEngine } from '../../src/core/engine';
import { readDocument } from '../../src/core/text/document';
import { DATING_STEP } from '../../src/core/time/story';
import { CheckResult } from '../../src/core/types';
import { generateDraft } from '../../scripts/gen-drafts';
import { makeHostile, NAMED_SHAPES } from '../../scripts/hostile';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20251205;

/** The engine, counting the blocks it is asked to check. */
function countingEngine(base: ParagraphEngine): ParagraphEngine & { calls: number } {
  const e = Object.create(base) as ParagraphEngine & { calls: number };
  e.calls = 0;
  e.checkParagraph = (p, asOf, date, frame) => {
    e.calls++;
    return base.checkParagraph(p, asOf, date, frame);
  };
  return e;
}

function runToEnd(steps: Generator<void, Checked, void>): CheckResult {
  for (;;) {
    const r = steps.next();
    if (r.done) return allOf(r.value);
  }
}

describe('IncrementalChecker.steps (the check the editor runs in slices)', function () {
  this.timeout(60_000);
  let engine: ParagraphEngine;
  const d1 = { asOf: '2025-12-05' }, d2 = { asOf: '2022-12-16' };

  before(() => {
    engine = createEngine(loadDataset(findDataDir(__dirname)));
  });

  it('pauses once per block, and while reading the draft, and ends with the full check', () => {
    const text = generateDraft(engine.dataset, { words: 1500, seed: 3 }) + '\n\n' + makeHostile(NAMED_SHAPES[0].shape, 20_000);
    const steps = new IncrementalChecker(engine).steps(text, d1);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    const n = readDocument(text).blocks.length;
    // after reading, every DATING_STEP blocks dated and before framing: no step does the whole draft's work
    const reading = 1 + Math.ceil(n / DATING_STEP) - 1 + 1;
    assert.strictEqual(pauses, n + reading);
    assert.deepStrictEqual(allOf(r.value!), engine.check(text, d1));
  });

  it('given up part way, keeps what it checked, and the next call checks only the rest (fast-check)', () => {
    const text = generateDraft(engine.dataset, { words: 2000, seed: 11 });
    const n = readDocument(text).blocks.length;
    const full = engine.check(text, d1);
    fc.assert(fc.property(fc.integer({ min: 0, max: n }), (k) => {
      const e = countingEngine(engine);
      const ic = new IncrementalChecker(e);
      const steps = ic.steps(text, d1);
      for (let i = 0; i < k; i++) steps.next();
      steps.return(undefined as unknown as Checked); // given up after k blocks
      const afterFirst = e.calls;
      assert.deepStrictEqual(ic.check(text, d1), full);
      assert.strictEqual(e.calls, n, `checked ${afterFirst} blocks, then ${e.calls - afterFirst} more`);
    }), { numRuns: 25, seed: SEED });
  });

  it('the check of an edit, given up at any of its pauses, even while reading, leaves nothing half-read for the next', () => {
    const a = generateDraft(engine.dataset, { words: 6000, seed: 9 });
    // a date opening a paragraph half way down sets the scene of the blocks after it: the edit's chunk alone is read
    // again, and the whole draft dated again
    const mid = a.indexOf('\n\n', a.length >> 1) + 2;
    const b = a.slice(0, mid) + 'On 14 December 2022 the cabinet met. ' + a.slice(mid);
    const pausesOf = (t: string, ic: IncrementalChecker) => { let k = 0; const st = ic.steps(t, d1); while (!st.next().done) k++; return k; };
    const probe = new IncrementalChecker(engine);
    probe.check(a, d1);
    const n = pausesOf(b, probe);
    const blocks = readDocument(b).blocks.length;
    assert.ok(blocks > 2 * DATING_STEP, `${blocks} blocks: the dating pauses`);
    const full = engine.check(b, d1);
    // (every pause of the reading, then a sample of the blocks')
    for (let k = 0; k <= n; k += k < 8 ? 1 : 17) {
      const ic = new IncrementalChecker(engine);
      ic.check(a, d1);
      const steps = ic.steps(b, d1);
      for (let i = 0; i < k; i++) steps.next();
      steps.return(undefined as unknown as Checked);
      assert.deepStrictEqual(ic.check(b, d1), full, `given up after ${k} of ${n} pauses`);
    }
  });

  it('two calls paused in turn, for different dates, each give their own full check', () => {
    const a = generateDraft(engine.dataset, { words: 1200, seed: 5 });
    const b = a.replace(/Jefferies/g, 'Jeffries');
    const ic = new IncrementalChecker(engine);
    ic.check(a, d2); // a cache for the other date
    const first = ic.steps(a, d1);
    first.next();
    first.next();
    // a newer call (another date) runs to its end while the first is paused...
    assert.deepStrictEqual(runToEnd(ic.steps(b, d2)), engine.check(b, d2));
    // ...the first, resumed, must not take the other date's results, nor leave its own for the other date
    assert.deepStrictEqual(runToEnd(first), engine.check(a, d1));
    assert.deepStrictEqual(ic.check(b, d2), engine.check(b, d2));
    assert.deepStrictEqual(ic.check(a, d1), engine.check(a, d1));
  });

  it('gives the confirmations of a span on request, as the full check has them, even after later edits (fast-check)', () => {
    const a = generateDraft(engine.dataset, { words: 1500, seed: 21 });
    const b = a.replace(/Leadbetter/g, 'Leadbeater').replace('\n\n', '\n\nOn 14 December 2022 the cabinet met.\n\n');
    const full = engine.check(a, d1).confirmations;
    assert.ok(full.length > 20, `${full.length} confirmations`);
    const ic = new IncrementalChecker(engine);
    const checked = ic.run(a, d1);
    // the check of another text (an edit, then another date) changes what the checker keeps, not what it gave
    ic.run(b, d1);
    ic.run(b, d2);
    fc.assert(fc.property(fc.integer({ min: 0, max: a.length }), fc.integer({ min: 0, max: 300 }), (start, length) => {
      const end = Math.min(a.length, start + length);
      const touching = full.filter((c) => c.start <= end && c.end >= start);
      assert.deepStrictEqual(checked.confirmationsIn(start, end), touching);
    }), { numRuns: 200, seed: SEED });
    assert.deepStrictEqual(checked.confirmationsIn(0, Infinity), full);
  });
});
