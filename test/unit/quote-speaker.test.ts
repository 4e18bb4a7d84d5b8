/**
 * Who a quotation is given to when a document stands before the speech verb ("the report said"): the document
 * speaks when at most 20 characters (no full stop) lie between its word and the verb, and only a whole word counts.
 */
import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
const RACE = 'This is the last chance for Devon County Council to implement real change for vulnerable children under their watch.';

/** John Hart is named first, then `doc` and `gap` characters before "said": is the quotation given to him? */
function givenToHart(doc: string, gap: number): boolean {
  const text = `John Hart, who chairs the cabinet, read the ${doc} ${'a'.repeat(gap - 2)} said: "${RACE}"`;
  const r = engine.check(text, { asOf: '2025-12-05' });
  const misattributed = r.findings.some((f) => f.kind === 'attribution' && f.message.includes('not John Hart'));
  const verified = r.confirmations.some((c) => c.kind === 'quote');
  assert.notStrictEqual(misattributed, verified, text);
  return misattributed;
}

describe('quotation speaker: a document before the verb', () => {
  it('lets the document speak up to 20 characters before the verb', () => {
    for (const doc of ['report', 'department', 'inspectors']) {
      assert.strictEqual(givenToHart(doc, 20), false, doc);
      assert.strictEqual(givenToHart(doc, 21), true, doc);
    }
  });

  it('counts the document word only as a whole word, however far back the sentence starts', () => {
    assert.strictEqual(givenToHart('subdepartment', 20), true);
    assert.strictEqual(givenToHart('department', 3), false);
    assert.strictEqual(givenToHart('subdepartment', 3), true);
  });
});
