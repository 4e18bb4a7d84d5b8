import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { reorderedRuns } from '../../src/core/check/quotereorder';

describe('reordered quotations', () => {
  const ids = (xs: number[]) => Int32Array.from(xs);

  it('finds clauses swapped around a joining word', () => {
    // source: 1 2 3 4 9 5 6 7 8; draft: 5 6 7 8 9 1 2 3 4
    const runs = reorderedRuns(ids([5, 6, 7, 8, 9, 1, 2, 3, 4]), 0, 9, ids([1, 2, 3, 4, 9, 5, 6, 7, 8]));
    assert.ok(runs);
    assert.deepStrictEqual(runs!.map((r) => r.s), [5, 0]);
  });

  it('is nothing for words in the source order, with a stretch left out, or for short chance runs', () => {
    assert.strictEqual(reorderedRuns(ids([1, 2, 3, 7, 8, 9]), 0, 6, ids([1, 2, 3, 4, 5, 6, 7, 8, 9])), undefined);
    assert.strictEqual(reorderedRuns(ids([4, 5, 1, 2, 8, 9]), 0, 6, ids([1, 2, 3, 4, 5, 6, 7, 8, 9])), undefined);
    assert.strictEqual(reorderedRuns(ids([4, 5, 6, 10, 11, 12, 1, 2, 3]), 0, 9, ids([1, 2, 3, 4, 5, 6])), undefined);
  });

  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const quotes = (text: string) => engine.check(text, { asOf: '2026-02-01' }).findings.filter((f) => f.kind === 'quote' && f.severity !== 'hint');

  it('flags an MP\'s sentence with its opening clause moved to its end, naming the words in their order', () => {
    const swapped = quotes('Steve Race said: "I believe progress is still too slow and the most at-risk children in our communities continue to be failed, after years of damning inspections."');
    assert.strictEqual(swapped.length, 1);
    assert.match(swapped[0].message, /another order/);
    assert.match(swapped[0].suggestions[0] ?? '', /^After years of damning inspections, I believe/);
  });

  it('is nothing for a paraphrase sharing only short runs', () => {
    assert.deepStrictEqual(quotes('The minister wrote that "the quality of service that they deserve is imperative, ensuring children and families have access to it".'), []);
  });

  it('leaves a correct quotation in the source order alone', () => {
    assert.deepStrictEqual(quotes('Josh MacAlister wrote: "For too long, vulnerable children and families in Devon have been failed by services and this cannot continue."'), []);
  });
});
