/** src/core/check/weekdays.ts: a weekday the calendar puts on another day, on a day a sourced event happened. */
import * as assert from 'assert';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import { createEngine, Engine } from '../../src/core/engine';

describe('weekdays: the calendar against a written weekday', () => {
  let engine: Engine;
  before(() => {
    engine = createEngine(loadDataset(findDataDir(__dirname)));
  });
  const dateFindings = (text: string) =>
    engine.check(text, { asOf: '2026-01-20' }).findings.filter((f) => f.kind === 'date').map((f) => ({ words: text.slice(f.start, f.end), fix: f.suggestions[0] }));

  it('flags a whole date whose weekday is wrong, on the day of a sourced event, with the right weekday as the fix', () => {
    assert.deepStrictEqual(dateFindings('Agenda item 7, Thursday 14 December 2022\n'), [{ words: 'Thursday', fix: 'Wednesday' }]);
    assert.deepStrictEqual(dateFindings('Minutes of Monday, 14 December 2022.\n'), [{ words: 'Monday', fix: 'Wednesday' }]);
  });

  it('leaves a right weekday, a date without its year, and a day no source tells of', () => {
    assert.deepStrictEqual(dateFindings('Agenda item 7, Wednesday 14 December 2022\n'), []);
    assert.deepStrictEqual(dateFindings('Agenda item 7, Thursday 14 December\n'), []);
    assert.deepStrictEqual(dateFindings('Agenda item 7, Thursday 3 March 2022\n'), []);
  });
});
