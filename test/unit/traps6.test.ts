import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/**
 * Issue 13's trust rule, traps6 round: the constructions behind drafts8's false alarms (notebooks, cover sheets,
 * papers, explainers, sub-editors' marks), each read in general, and each shown keeping a true catch.
 */
describe('notes, papers and explainers (issue 13, traps6)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const found = (text: string, asOf: string, kind: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.kind === kind && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  it('a heading before a spaced dash is no part of the post after it, unless it is in the words posts are named with', () => {
    assert.deepStrictEqual(found('SEND task grp report — chair Cllr Su Aves (Lab): "What we found was shocking."', '2022-12-14', 'role'), []);
    assert.deepStrictEqual(found('Cab item 9 - cabinet member Cllr Andrew Leadbetter (Con).', '2022-12-14', 'role'), []);
    assert.deepStrictEqual(found('Labour group – leader Cllr Carol Whitton.', '2022-12-14', 'role'), []);
    // the heading that names what the post is of is read with it
    assert.deepStrictEqual(found('SEND task group — chair Cllr Carol Whitton.', '2022-12-14', 'role'), ['SEND task group — chair Cllr Carol Whitton']);
  });

  it('the verb of an order before a surname is no given name', () => {
    assert.deepStrictEqual(found('Add Leadbetter: "Of course we take this extremely seriously."', '2022-12-15', 'name'), []);
    assert.deepStrictEqual(found('Call Aves tomorrow re the task group. Move Leadbetter up if space.', '2022-12-15', 'name'), []);
    assert.deepStrictEqual(found('Alan Leadbetter, the cabinet member for children\'s services, spoke.', '2022-12-15', 'name'), ['Alan']);
  });

  it('a quotation whose bodies the data leaves out questions no body', () => {
    const text = 'The Commissioner warned that breaking up the council would "risk stopping the existing work in its tracks with an even bigger risk that things would quickly slip backwards".';
    assert.deepStrictEqual(found(text, '2025-12-12', 'attribution'), []);
    // a person the words are not from is still a misattribution
    const race = 'Steve Race said: "The bigger concern would be for any recommendation which leads to the break-up and fragmentation of Devon County Council."';
    assert.strictEqual(found(race, '2025-12-12', 'attribution').length, 1);
  });

  it('a participle right before a date dates its own action', () => {
    assert.deepStrictEqual(found('Report to Cabinet, Wednesday 14 December 2022. Reissued 20 December 2022 with the Cabinet\'s response.', '2023-01-05', 'date'), []);
    assert.deepStrictEqual(found('The task group report to the cabinet meeting, circulated 6 December 2022, was discussed.', '2023-01-05', 'date'), []);
    // the meeting's own "held" still dates the meeting
    assert.deepStrictEqual(found('The cabinet meeting was held 15 December 2022 at County Hall.', '2022-12-20', 'date'), ['15 December 2022']);
  });

  it("an author-year citation's year dates the cited work", () => {
    assert.deepStrictEqual(found('Councils that Ofsted judges inadequate face escalating oversight (Jones, 2019; Hood et al., 2020).', '2026-03-01', 'date'), []);
    assert.deepStrictEqual(found('The joint visit by Ofsted and the CQC in December 2018 found four areas of significant concern (Ofsted and CQC 2019, p. 4).', '2026-03-01', 'date'), []);
    assert.deepStrictEqual(found('As Brown et al. (2019) argue, Ofsted rated Devon inadequate in January 2020.', '2026-03-01', 'date'), []);
    assert.deepStrictEqual(found('The joint visit by Ofsted and the CQC in December 2018 found four areas of significant concern (see Ofsted, 2019: 4).', '2026-03-01', 'date'), []);
    assert.deepStrictEqual(found('Ofsted (2023) Revisit of the joint SEND inspection in Devon. London: Ofsted.', '2026-03-01', 'date'), []);
    assert.deepStrictEqual(found("Devon's children's services were first rated inadequate in 2019 (Ofsted, 2020).", '2026-03-01', 'date'), ['2019']);
  });

  it('the grade scale named is no grade given', () => {
    assert.deepStrictEqual(found('The grades run from "outstanding" at the top down to "inadequate", with "good" and "requires improvement" in between.', '2025-11-20', 'rating'), []);
    assert.deepStrictEqual(found('What did Ofsted rate Devon? (a) Outstanding (b) Good (c) Requires improvement (d) Inadequate', '2025-11-20', 'rating'), []);
    assert.deepStrictEqual(found('"Outstanding" is the top grade Ofsted gives.', '2025-11-20', 'rating'), []);
    assert.deepStrictEqual(found('"Requires improvement" sits between "good" and "inadequate" on the scale Ofsted rated Devon on.', '2025-11-20', 'rating'), []);
    assert.deepStrictEqual(found('A council can be judged good or outstanding, or it can be told it requires improvement.', '2025-11-20', 'rating'), []);
    assert.deepStrictEqual(found('Devon\'s verdict in January 2020 was "requires improvement".', '2021-02-01', 'rating'), ['requires improvement']);
  });

  it("a date before a change's arrow or \"to\" dates the state it changed from", () => {
    assert.deepStrictEqual(found('Somerset Ofsted: inadeq 2015 → good this July.', '2022-12-14', 'date'), []);
    assert.deepStrictEqual(found('Somerset climbed from the bottom grade in 2015 to "good" this July.', '2022-12-20', 'date'), []);
    // the date after the arrow is the new state's
    assert.deepStrictEqual(found('Somerset: inadequate (2015) → good (July 2021).', '2023-01-15', 'date'), ['July 2021']);
  });
});
