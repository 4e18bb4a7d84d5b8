import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/** Constructions the eighth session's development sets false-alarmed on (issue 13), with sentences of our own. */
describe('unseen causes (issue 13, eighth session)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const found = (text: string, asOf: string, kind?: string) =>
    engine.check(text, { asOf }).findings.filter((f) => (!kind || f.kind === kind) && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  describe('a plain line standing as a heading with its day dates what follows (time/story.ts)', () => {
    const page = (line: string) =>
      `Our readers wrote in\n\nA selection from the postbag.\n\n${line}\n\nSir, cabinet member Andrew Leadbetter says his staff are doing their best, and I believe him.\n`;

    it('"Letters to the editor, 16 December 2022" over a letter sets it in December 2022', () => {
      assert.deepStrictEqual(found(page('Letters to the editor, 16 December 2022'), '2026-05-02'), []);
      assert.deepStrictEqual(found(page('Letters to the editor – 17 December 2022'), '2026-05-02'), []);
    });

    it('an undated line, or a sentence with a day in it, does not', () => {
      assert.deepStrictEqual(found(page('Letters to the editor'), '2026-05-02', 'outdated').length, 1);
      assert.deepStrictEqual(found(page('We first printed this one on 16 December 2022.'), '2026-05-02', 'outdated').length, 1);
    });
  });
});
