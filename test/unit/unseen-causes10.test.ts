import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/** Constructions traps10 and drafts9 showed (issue 13, seventh session), with sentences of our own. */
describe('unseen causes (issue 13: when a post was taken up, "The P was X", lead-ins, another occurrence)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const found = (text: string, asOf: string, kind?: string) =>
    engine.check(text, { asOf }).findings.filter((f) => (!kind || f.kind === kind) && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));
  const kinds = (text: string, asOf: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.severity !== 'hint').map((f) => `${f.kind}: ${text.slice(f.start, f.end)}`);

  describe('a post said to be taken up at a time (check/roles.ts)', () => {
    it('taken up at the wrong time: the time is the error, not the post', () => {
      assert.deepStrictEqual(kinds('Richard Jefferies was appointed cabinet member for children’s services in 2023.', '2026-03-01'), ['date: in 2023']);
      assert.deepStrictEqual(kinds('Cllr Jefferies took over as cabinet member for children’s services three years ago.', '2026-03-01'), ['date: three years ago']);
      const f = engine.check('Richard Jefferies became cabinet member for children’s services in 2024.', { asOf: '2026-03-01' }).findings[0];
      assert.deepStrictEqual(f.suggestions, ['in May 2025']);
    });

    it('at the right time, nothing', () => {
      assert.deepStrictEqual(found('Richard Jefferies became cabinet member for children’s services in May 2025.', '2026-03-01'), []);
    });

    it('a post held by another, or another of the person\'s own, that ended in that time may be followed by the new one', () => {
      // (the sources have Julian Brazil opposition leader, and John Hart leader, until May 2025: they do not say who led next)
      assert.deepStrictEqual(found('Julian Brazil became leader of the council in 2025.', '2026-03-01'), []);
      assert.deepStrictEqual(found('Julian Brazil became leader of the council in 2021.', '2026-03-01', 'outdated'), []);
    });
  });

  describe('"The P was X": a post linked to the name after it by a copula (check/roles.ts)', () => {
    it('in the past tense it says what the post was then, as "X was the P" does', () => {
      assert.deepStrictEqual(found('The cabinet member for children’s services was Cllr Andrew Leadbetter, who represented Wearside & Topsham.', '2026-04-09'), []);
    });

    it('in the present tense, or at a date the sentence gives, it is timed as such', () => {
      assert.deepStrictEqual(found('The cabinet member for children’s services is Andrew Leadbetter.', '2026-04-09', 'outdated'), ['cabinet member for children’s services is Andrew Leadbetter']);
      assert.deepStrictEqual(found('The cabinet member for children’s services was Richard Jefferies in 2022.', '2026-04-09', 'role'), ['cabinet member for children’s services was Richard Jefferies']);
    });
  });

  describe('a list item\'s lead-in names the body a grade after it is of (check/ratings.ts)', () => {
    it('"Cornwall – outstanding", "**Plymouth** – outstanding at its last inspection" are other councils\' grades', () => {
      assert.deepStrictEqual(found('**Cornwall** – outstanding at its 2023 inspection, one of few councils with the top grade.', '2026-02-11', 'rating'), []);
      assert.deepStrictEqual(found('- Plymouth — outstanding at its last inspection.', '2026-02-11', 'rating'), []);
    });

    it('a lead-in naming the story\'s own council keeps its grade checked', () => {
      assert.deepStrictEqual(found('**Devon** – outstanding at its 2020 inspection.', '2026-02-11', 'rating'), ['outstanding']);
    });
  });

  describe('"the next …", "another …" before an event\'s noun: another occurrence (check/events.ts)', () => {
    it('a body named with it is not checked against the sourced one\'s', () => {
      assert.deepStrictEqual(found('He said he would read the next Ofsted letter closely.', '2026-02-20', 'organisation'), []);
      assert.deepStrictEqual(found('Another Ofsted letter is expected in the spring.', '2026-02-20', 'organisation'), []);
    });

    it('without such a word, the sourced letter\'s sender is still checked', () => {
      assert.deepStrictEqual(found('The Ofsted letter warned that the service could be taken away from March 2026.', '2026-02-20', 'organisation'), ['Ofsted']);
    });
  });

  describe('parties: who runs the council after the sources, a party in a bracket\'s later item, a group led (check/control.ts, roles.ts)', () => {
    it('the party the sources last show running the council is presumed to run it for a year, as a post\'s holder is', () => {
      assert.deepStrictEqual(found('The Labour-run council is under pressure to improve.', '2026-03-01', 'party'), ['Labour-run']);
      assert.deepStrictEqual(found('The Lib Dem-run council is under pressure to improve.', '2026-03-01'), []);
      // (past the year, the sources cannot say who runs it)
      assert.deepStrictEqual(found('The Labour-run council is under pressure to improve.', '2027-09-01', 'party'), []);
    });

    it('a bracket\'s items after a semicolon are read as after a comma', () => {
      assert.deepStrictEqual(found('Present: Cllr Andrew Leadbetter (cabinet member for children’s services; Lib Dem, Wearside & Topsham).', '2022-12-20', 'party'), ['Lib Dem']);
      assert.deepStrictEqual(found('Present: Cllr Andrew Leadbetter (cabinet member for children’s services; Conservative, Wearside & Topsham).', '2022-12-20'), []);
    });

    it('", then leading the Labour opposition": the party of the group a person is said to lead', () => {
      assert.deepStrictEqual(found('Julian Brazil, then leading the Labour opposition, said the council had failed.', '2026-03-01', 'party'), ['Labour']);
      assert.deepStrictEqual(found('Julian Brazil, then leading the Lib Dem opposition, said the council had failed.', '2026-03-01', 'party'), []);
    });
  });

  it('a party\'s plural possessive is no other body a rating after it is of ("The Conservatives\' answer … They brought in …")', () => {
    const text = 'The Conservatives’ answer was new management. They brought in Julian Wooster, on whose watch Somerset’s children’s services had gone from inadequate to outstanding.';
    assert.deepStrictEqual(found(text, '2025-12-04', 'rating'), ['outstanding']);
  });
});
