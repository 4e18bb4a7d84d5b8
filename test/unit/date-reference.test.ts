import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/** A date with a point of reference after it ("in 2019, long before this week's meeting"): the event named there is not dated. */
describe('a date before a point of reference', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const dates = (text: string) => engine.check(text, { asOf: '2022-12-20' }).findings.filter((f) => f.kind === 'date');

  it('does not date the meeting named as the reference point', () => {
    assert.deepStrictEqual(dates('Interviewed in 2018, well before the cabinet meeting, the leader had promised change.'), []);
    assert.deepStrictEqual(dates('Speaking at a school in 2017, some time before this month\'s meeting, Cllr Hart was upbeat.'), []);
  });

  it('still dates the meeting the date stands with', () => {
    assert.strictEqual(dates('Speaking at a cabinet meeting in 2019, Cllr Hart was upbeat.').length, 1);
  });
});
