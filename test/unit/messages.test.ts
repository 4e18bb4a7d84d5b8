/**
 * Messages read as a sentence a writer can take in at a glance: nothing said twice ("Labour (Labour)",
 * "MP for Exeter (Exeter)"), no brackets inside brackets, no source sentence pasted in (the citation
 * carries it), and a misquote names only what changed.
 */
import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { changedWords } from '../../src/core/check/quotes';
import { inBrackets } from '../../src/core/time/dates';

const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
const messages = (text: string, asOf = '2025-12-05') => engine.check(text, { asOf }).findings.map((f) => f.message);

describe('finding messages', () => {
  it('names a party once when its short name is its name', () => {
    const ms = messages('Councillor Carol Whitton (Liberal Democrat, St David’s & Haven Banks) spoke.', '2022-12-16');
    assert.ok(ms.some((m) => /as Labour, not Liberal Democrat/.test(m)), JSON.stringify(ms));
    assert.ok(!ms.some((m) => /Labour \(Labour\)/.test(m)), JSON.stringify(ms));
  });

  it('puts no brackets inside brackets', () => {
    assert.strictEqual(inBrackets('late 2025 (month unknown)'), 'late 2025, month unknown');
    assert.strictEqual(inBrackets('mid-December 2022'), 'mid-December 2022');
    const all = [...messages('Council leader Richard Jefferies said the council had listened.'), ...engine.check('Richard Jefferies spoke.', { asOf: '2025-12-05' }).confirmations.map((c) => c.message)];
    for (const m of all) assert.ok(!/\([^()]*\(/.test(m), m);
  });

  it('does not paste the source sentence into a number message', () => {
    const ms = messages('Mr Hart spoke. He said 40 per cent more money had been put into the service.', '2022-12-16');
    assert.deepStrictEqual(ms, ['Sources say 50 per cent, not 40 per cent.']);
  });

  it('says what a misquote changed, not the whole quotation again', () => {
    const ms = messages('Exeter MP Steve Race said: "This is the final chance for Devon County Council to implement real change for vulnerable children under their watch."');
    assert.deepStrictEqual(ms, ['Misquote: Steve Race said “last”, not “final”.']);
    assert.strictEqual(changedWords([
      { op: 'draft', text: 'second' }, { op: 'source', text: 'third' }, { op: 'same', text: 'or' },
      { op: 'draft', text: 'third' }, { op: 'source', text: 'fourth' }, { op: 'same', text: 'worst' },
    ]), '“third or fourth”, not “second or third”');
    assert.strictEqual(changedWords([{ op: 'same', text: 'a' }, { op: 'draft', text: 'very' }, { op: 'same', text: 'b' }]), 'no “very”');
    assert.strictEqual(changedWords([{ op: 'source', text: 'I' }, { op: 'source', text: 'believe' }, { op: 'same', text: 'b' }]), '“I believe” (left out)');
  });
});
