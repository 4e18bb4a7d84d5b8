import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/** A table of who said what: the name in a row's first cell is the speaker of the quotation filling another cell. */
describe('the speaker of a quotation in a table row', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const attributions = (text: string) => engine.check(text, { asOf: '2023-01-10' }).findings.filter((f) => f.kind === 'attribution');
  const table = (rows: string[]) => ['| Councillor | Remark |', '| --- | --- |', ...rows].join('\n');

  it('flags a sourced quotation in the row of someone who did not say it', () => {
    const found = attributions(table(['| Carol Whitton | "What we found was shocking." |']));
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /Aves/);
  });

  it('is no finding in the right row', () => {
    assert.deepStrictEqual(attributions(table(['| Su Aves | "What we found was shocking." |'])), []);
  });

  it('does not read the first cell as the speaker when the row names someone else or the cell holds more than the quotation', () => {
    assert.deepStrictEqual(attributions(table(['| Carol Whitton | Su Aves: "What we found was shocking." |'])), []);
    assert.deepStrictEqual(attributions(table(['| Carol Whitton | heard at cabinet: "What we found was shocking." |'])), []);
  });
});
