import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { sentences } from '../../src/core/text/sentences';

/** Shapes of unseen copy (issue 13): each a false alarm or a miss of drafts written blind, reduced to its cause. */
describe('unseen shapes (issue 13)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const kinds = (text: string, asOf: string, kind: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.kind === kind).map((f) => text.slice(f.start, f.end));

  it('a footnote mark after a full stop ends the sentence with it', () => {
    const t = 'It was first said in 2019.[^1] The next report came later.[^note] Then nothing.';
    assert.deepStrictEqual(sentences(t).map((s) => t.slice(s.start, s.end)), ['It was first said in 2019.[^1]', 'The next report came later.[^note]', 'Then nothing.']);
  });

  it("'I first wrote … in 2022' is the letter writer's, not the department's letter", () => {
    const t = 'I first wrote to this paper in 2022. Now the minister, Josh MacAlister, says families "have been failed by services".';
    assert.deepStrictEqual(kinds(t, '2026-01-20', 'date'), []);
  });

  it("a date before 'and again in' the final notice is the earlier occurrence's", () => {
    const t = 'The council was warned first in December 2022 and again in the "final notice" letter late last year.';
    assert.deepStrictEqual(kinds(t, '2026-01-20', 'date'), []);
  });

  it('a post and its body in brackets are no ward; a wrong ward still is', () => {
    assert.deepStrictEqual(kinds('Also present: Cllr S Aves (Vice-Chair, SEND Task Group); Cllr C Whitton (Leader, Labour Group).', '2022-12-20', 'ward'), []);
    assert.deepStrictEqual(kinds('Cllr Su Aves (Labour, St Sidwell\'s & St Thomas) spoke.', '2022-12-20', 'ward'), ["St Sidwell's & St Thomas"]);
  });

  it("a post someone 'has left' is not outdated later; one they 'still' hold is", () => {
    assert.deepStrictEqual(kinds('### 2022\n\n- **Early December** — Melissa Caslake has left as director of children\'s services.', '2026-01-10', 'outdated'), []);
  });

  it("a presenter citing another by name on a labelled line does not put the words in the presenter's mouth", () => {
    const t = 'ANDREW KAY: The minister, Josh MacAlister, talks about "early signs of improvement evidenced by the Commissioner". Is that enough?';
    assert.deepStrictEqual(kinds(t, '2025-12-10', 'attribution'), []);
  });

  it("a short unattributed phrase with a possessive for the source's article is no misquote", () => {
    assert.deepStrictEqual(kinds('# Saturday feature: "Devon\'s last chance saloon"', '2025-12-10', 'quote'), []);
  });

  it("a who's-who row reads the name's own cell in any column, and a 'Party, Ward' cell", () => {
    const t = '| Post | Name | Party and ward |\n|---|---|---|\n| Cabinet member | Andrew Leadbetter | Conservative, Wearside & Exminster |';
    assert.deepStrictEqual(kinds(t, '2022-12-20', 'ward'), ['Wearside & Exminster']);
  });

  it("'who … represents WARD' gives a councillor's ward", () => {
    const t = "Carol Whitton, who leads the group and represents St David's & Exe Bridges, spoke.";
    assert.deepStrictEqual(kinds(t, '2022-12-20', 'ward'), ["St David's & Exe Bridges"]);
  });
});
