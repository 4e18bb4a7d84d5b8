import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { withVerbForms } from '../../src/core/lexicon';

/**
 * What the tenth session's development sets missed or false-alarmed on (issue 13) — drafts16 and drafts17, the blind
 * holdout12 and holdout13 opened for development — with sentences of our own.
 */
describe('unseen causes (issue 13, tenth session)', () => {
  const DATA = path.resolve(__dirname, '../../../data');
  const engine = createEngine(loadDataset(DATA));
  const found = (text: string, asOf: string, kind?: string) =>
    engine.check(text, { asOf }).findings.filter((f) => (!kind || f.kind === kind) && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  describe('a word that sets a happening apart counts in its verb forms too (lexicon.ts, model/model.ts)', () => {
    it('"revisit" is also "revisits", "revisited", "revisiting"; a word already inflected is kept alone', () => {
      assert.deepStrictEqual(withVerbForms('revisit'), ['revisit', 'revisits', 'revisited', 'revisiting']);
      assert.deepStrictEqual(withVerbForms('came back'), ['came back']);
      assert.deepStrictEqual(withVerbForms('return visit'), ['return visit', 'return visits', 'return visited', 'return visiting']);
      assert.deepStrictEqual(withVerbForms('returned'), ['returned']);
    });

    it('inspectors who revisited in 2022 are not the visit of 2018, however the sentence recalls it', () => {
      const text = '**2022:** Inspectors revisited the county this month to see whether the four areas of “significant concern” found after the joint visit of December 2018 had been put right.';
      assert.deepStrictEqual(found(text, '2026-03-02', 'date'), []);
      // (the first visit itself, dated wrong, is still that visit)
      assert.deepStrictEqual(found('The joint visit by Ofsted and the CQC in December 2019 found four areas of significant concern.', '2026-03-02', 'date'), ['December 2019']);
    });
  });

  describe('a preposition opening a sentence is never a first name before a surname (lexicon.ts PREPOSITIONS)', () => {
    it('"Under Wooster", "Unlike Wooster", "Without Wooster" are no misnaming; a wrong first name still is', () => {
      for (const p of ['Under', 'Unlike', 'Without', 'Like', 'Despite']) {
        assert.deepStrictEqual(found(`Julian Wooster took interim charge in December 2022. ${p} Wooster, the service kept its staff.`, '2026-03-01', 'name'), []);
      }
      assert.deepStrictEqual(found('Julian Wooster took interim charge in December 2022. Then Julius Wooster kept the staff.', '2026-03-01', 'name'), ['Julius']);
    });
  });
});
