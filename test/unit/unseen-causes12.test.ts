import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/** Constructions traps12 false-alarmed on (issue 13, seventh session), with sentences of our own. */
describe('unseen causes (issue 13, traps12: a "Now" line under a dated heading, quiz blanks, names in quotation marks)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const found = (text: string, asOf: string, kind?: string) =>
    engine.check(text, { asOf }).findings.filter((f) => (!kind || f.kind === kind) && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  describe('a line in bold saying "now" under a dated heading (time/story.ts)', () => {
    const piece = (now: string) => `# Looking back: December 2022\n\n**Then**\n\nThe cabinet member for children’s services was Andrew Leadbetter.\n\n**${now}**\n\nRichard Jefferies has been cabinet member for children’s services since the Lib Dems took control.\n`;

    it('sets the paragraphs under it at the draft\'s day, not the heading\'s', () => {
      assert.deepStrictEqual(found(piece('Now'), '2026-06-18'), []);
    });

    it('a line of another kind leaves them at the heading\'s date', () => {
      assert.deepStrictEqual(found(piece('Later'), '2026-06-18', 'role').map((t) => t.startsWith('Richard Jefferies has been cabinet member')), [true]);
    });
  });

  it('a quiz\'s blanks and a name in quotation marks are no one\'s words', () => {
    assert.deepStrictEqual(found('Q2. The service was said to be the “___ or ___ worst in the country”. Fill in the blanks.', '2026-01-10', 'quote'), []);
    assert.deepStrictEqual(found('Our archive has 200 stories tagged “Devon children’s services” since 2020.', '2026-01-10', 'quote'), []);
    // (words after a verb of saying are a quotation, and checked — but "Devon children's services" keeps nothing of the
    // report's "children's services for …" but a body's name: no misquote, eighteenth session)
    assert.deepStrictEqual(found('The inspectors’ report said “Devon children’s services” were what mattered.', '2026-01-10', 'quote'), []);
    assert.deepStrictEqual(found('The inspectors’ report said Devon was on a “positive improvement path”.', '2026-01-10', 'quote').length, 1);
  });

  it('a spelling named as the wrong one ("never Jeffries", "Not Ledbetter.") is no misspelling', () => {
    assert.deepStrictEqual(found('Richard Jefferies: spelt with an e before the r, never Jeffries.', '2026-01-10', 'name'), []);
    assert.deepStrictEqual(found('Andrew Leadbetter, cabinet member in 2022. Not Ledbetter.', '2026-01-10', 'name'), []);
    assert.deepStrictEqual(found('Cabinet member Richard Jeffries said the service was improving.', '2026-01-10', 'name'), ['Jeffries']);
  });
});
