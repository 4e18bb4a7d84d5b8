/**
 * The quotation checker keeps scratch state between calls (candidate counts, the alignment table): a
 * paragraph's quotation findings must not depend on what was checked before it.
 */
import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

const dataset = loadDataset(path.resolve(__dirname, '../../../data'));
const engine = createEngine(dataset);

/** Misquotes of source quotations short and long, so alignment tables of many sizes follow each other. */
function misquotes(): string[] {
  const out: string[] = [];
  for (const q of dataset.quotes) {
    const words = q.text.split(/\s+/).filter((w) => /^[A-Za-z]+$/.test(w));
    if (words.length < 5) continue;
    const drop = words.length >> 1;
    out.push(`Someone said: "${[...words.slice(0, drop), ...words.slice(drop + 1)].join(' ')}."`);
    out.push(`"${words.slice(0, 4).join(' ')} banana ${words.slice(4).join(' ')}," someone said.`);
    // the back half of the quotation, a word changed: its alignment starts far into the source
    const tail = words.slice(Math.max(0, words.length - 8));
    tail[tail.length >> 1] = 'banana';
    out.push(`Someone said: "${tail.join(' ')}."`);
  }
  return out;
}

describe('quotation checks and scratch state', () => {
  const paras = misquotes();
  const run = (order: number[]) => {
    const res: string[] = new Array(paras.length);
    for (const i of order) res[i] = JSON.stringify(engine.check(paras[i], { asOf: '2025-12-05' }));
    return res;
  };

  it('gives each paragraph the same findings whatever was checked before it', () => {
    const forward = paras.map((_, i) => i);
    const expected = run(forward);
    // the test paragraphs are mostly misquotes, and are found as such
    const found = expected.filter((r) => r.includes('"Misquote:')).length;
    assert.ok(found >= paras.length / 2, `only ${found} of ${paras.length} misquotes found`);
    assert.deepStrictEqual(run(forward.slice().reverse()), expected);
    // interleaved: long and short quotations alternate
    const mixed = forward.slice().sort((a, b) => ((a * 7919) % paras.length) - ((b * 7919) % paras.length));
    assert.deepStrictEqual(run(mixed), expected);
    assert.deepStrictEqual(run(forward), expected);
  });
});
