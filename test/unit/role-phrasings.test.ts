/**
 * The same post, party or control, in the many constructions copy phrases it in: a wrong one is flagged whichever
 * construction carries it, and a right one (or one told as history) in any of them is left alone.
 */
import * as assert from 'assert';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import { createEngine } from '../../src/core/engine';

describe('posts, parties and control across phrasings', () => {
  const engine = createEngine(loadDataset(findDataDir()));
  const kinds = (text: string, asOf: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.severity !== 'hint' && f.kind !== 'quote').map((f) => f.kind);

  it('a post after the name with a verb of holding ("who serves as", "was", "became", "was appointed")', () => {
    assert.deepStrictEqual(kinds("Carol Whitton, who serves as the authority's opposition leader, asked for a vote.", '2022-12-15'), ['role']);
    assert.deepStrictEqual(kinds('Su Aves was the leader of the Labour group on the council at that meeting.', '2022-12-15'), ['role']);
    assert.deepStrictEqual(kinds('Andrew Leadbetter was appointed leader of the council.', '2022-12-15'), ['role']);
    assert.deepStrictEqual(kinds("John Hart became cabinet member for children's services in May 2025.", '2026-02-01'), ['role']);
  });

  it('the same verbs with the post the sources give are left alone, and a post held in the past is not outdated', () => {
    assert.deepStrictEqual(kinds("Carol Whitton, who serves as leader of the Labour group, asked for a vote.", '2022-12-15'), []);
    assert.deepStrictEqual(kinds("Andrew Leadbetter, who was cabinet member for children's services, gave evidence.", '2026-02-01'), []);
    assert.deepStrictEqual(kinds("Andrew Leadbetter served as cabinet member for children's services.", '2026-02-01'), []);
    assert.deepStrictEqual(kinds('Julian Brazil, who was opposition leader, wanted a takeover.', '2026-02-01'), []);
    // a present-tense post is still outdated
    assert.deepStrictEqual(kinds("Andrew Leadbetter, who serves as cabinet member for children's services, gave evidence.", '2026-02-01'), ['outdated']);
  });

  it('a post said with a verb ("who heads the council", "who holds the … brief"), in the present or the past', () => {
    assert.deepStrictEqual(kinds('John Hart, who heads the council, backed the plan.', '2026-02-01'), ['outdated']);
    assert.deepStrictEqual(kinds("Andrew Leadbetter, who holds the children's services brief, backed the plan.", '2026-02-01'), ['outdated']);
    assert.deepStrictEqual(kinds("Andrew Leadbetter, who held the children's services brief, backed the plan.", '2026-02-01'), []);
    assert.deepStrictEqual(kinds('Su Aves, who heads the council, backed the plan.', '2022-12-15'), ['role']);
  });

  it('"the council\'s leader" after a name is the council leader\'s post', () => {
    assert.deepStrictEqual(kinds("Su Aves, the council's leader, opened the debate.", '2022-12-15'), ['role']);
    assert.deepStrictEqual(kinds("John Hart, the council's leader, opened the debate.", '2022-12-15'), []);
  });

  it('an infobox or caption line "Post: Name" claims the post of the name', () => {
    assert.deepStrictEqual(kinds('Fact box\n\n- Leader: Carol Whitton\n- Opposition leader: Julian Brazil\n', '2022-12-15'), ['role']);
    assert.deepStrictEqual(kinds('Fact box\n\n- Leader: John Hart\n- Photo: Julian Brazil\n', '2022-12-15'), []);
  });

  it('"took over as" a post when the sources have this person leave it and another take it', () => {
    assert.deepStrictEqual(kinds("Melissa Caslake took over as director of children's services last week.", '2022-12-21'), ['role']);
    assert.deepStrictEqual(kinds("Julian Wooster took over as director of children's services last week.", '2022-12-21'), []);
  });

  it('the party of a group someone leads is their party; a possessive group leader; a ward after a two-word party', () => {
    assert.deepStrictEqual(kinds('Julian Brazil, who leads the Labour group, asked for a vote.', '2022-12-15'), ['party']);
    assert.deepStrictEqual(kinds('Carol Whitton, who leads the Labour group, asked for a vote.', '2022-12-15'), []);
    assert.deepStrictEqual(kinds("Su Aves, the Labour group's leader, asked for a vote.", '2022-12-15'), ['role']);
    assert.deepStrictEqual(kinds("Carol Whitton, the Labour group's leader, asked for a vote.", '2022-12-15'), []);
    assert.deepStrictEqual(kinds('Julian Brazil, Lib Dem councillor for Bickleigh & Wembury, asked for a vote.', '2022-12-15'), ['ward']);
    assert.deepStrictEqual(kinds('Julian Brazil, Lib Dem councillor for Kingsbridge, asked for a vote.', '2022-12-15'), []);
  });

  it('a party as a noun after the name', () => {
    assert.deepStrictEqual(kinds('Su Aves, a Liberal Democrat, said the plan was late.', '2022-12-15'), ['party']);
    assert.deepStrictEqual(kinds('Julian Brazil, a Liberal Democrat, said the plan was late.', '2022-12-15'), []);
  });

  it('control in a relative clause, a ruling group or a leadership, present tense: outdated after the change', () => {
    assert.deepStrictEqual(kinds('The Tories, who run the county council, say the plan is on track.', '2026-03-02'), ['outdated']);
    assert.deepStrictEqual(kinds("The council's ruling Conservative group says the plan is on track.", '2026-03-02'), ['outdated']);
    assert.deepStrictEqual(kinds("The council's Conservative leadership says the plan is on track.", '2026-03-02'), ['outdated']);
  });

  it('the same control told as history, or in 2022, is left alone', () => {
    assert.deepStrictEqual(kinds('The Tories, who ran the county council until the May 2025 elections, say the plan was late.', '2026-03-02'), []);
    assert.deepStrictEqual(kinds('The Tories, who run the county council, say the plan is on track.', '2022-12-15'), []);
    assert.deepStrictEqual(kinds('The Lib Dems, who now run the county council, say the plan is on track.', '2026-03-02'), []);
  });
});
