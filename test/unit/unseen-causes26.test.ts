import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/**
 * What the twentieth session's development sets missed or false-alarmed on (issue 13) — drafts55 and drafts56, the
 * blind holdout34 and holdout35 opened for development, and the new sets written this session — with sentences of our own.
 */
const DATA = path.resolve(__dirname, '../../../data');
const engine = createEngine(loadDataset(DATA));
/** The words of each finding above a hint (of one kind, if given). */
const found = (text: string, asOf: string, kind?: string) =>
  engine.check(text, { asOf }).findings.filter((f) => (!kind || f.kind === kind) && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

describe('unseen causes (issue 13, twentieth session): quotation and credit', () => {

  describe('a quotation that is a line of its own, with no one named on it, is told as it stands (engine.ts isLineSaid)', () => {
    const script = (reply: string) => `**If they ask: "Who was in charge back then?"**\n${reply}\n`;
    it('a canvasser\'s scripted reply: a wrong ward in a bracket after a name', () => {
      assert.deepStrictEqual(found(script('"In December 2022 our then group leader, Julian Brazil (Kingsteignton), asked the Government to step in."'), '2025-11-20', 'ward'), ['Kingsteignton']);
    });
    it('a line overheard at a bus stop: a wrong count', () => {
      assert.deepStrictEqual(found('“They reckon the inspectors found six areas of significant concern back in 2018, and nothing got fixed.”\n', '2026-03-02', 'number').length, 1);
    });
    it('the same line with its right count raises nothing', () => {
      assert.deepStrictEqual(found('“They reckon the inspectors found four areas of significant concern back in 2018, and nothing got fixed.”\n', '2026-03-02'), []);
    });
    it('what a line says is not measured against today: a 2022 post in it is not "outdated"', () => {
      assert.deepStrictEqual(found('- "Cabinet member Andrew Leadbetter defends the council\'s record on children\'s services"\n', '2026-03-02'), []);
    });
    it('a quotation inside a sentence of the writer\'s stays speech', () => {
      assert.deepStrictEqual(found('A parent told us the inspectors had found “six areas of significant concern back in 2018, and nothing got fixed”.\n', '2026-03-02', 'number'), []);
    });
  });
});

describe('unseen causes (issue 13, twentieth session): time', () => {

  describe('", so" opens a clause of its own (extract/dates.ts clauses)', () => {
    it('a year after ", so" is not the date of the happening before it', () => {
      assert.deepStrictEqual(found('The Lib Dems only took charge in May, so anything from 2022 belongs to the old administration.\n', '2025-12-01'), []);
    });
    it('a wrong year in the same clause as the happening is still flagged', () => {
      assert.deepStrictEqual(found('The Lib Dems took charge in May 2024, so the old administration has gone.\n', '2025-12-01', 'date'), ['May 2024']);
    });
  });
});
