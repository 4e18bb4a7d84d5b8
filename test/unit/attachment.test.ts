import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/**
 * Issue 13's trust rule on real coverage: what a date, a rating or an organisation belongs to is read from the
 * sentence's structure, and a claim the sources cannot know about is not contradicted.
 */
describe('what a claim belongs to (issue 13, traps3)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const found = (text: string, asOf: string, kind: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.kind === kind && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  describe('a date dates the happening it stands with', () => {
    it('an agent phrase between a happening and its date is not what the date dates', () => {
      assert.deepStrictEqual(found('A return visit by the Care Quality Commission and Ofsted in May found little had changed.', '2022-09-01', 'date'), []);
      // the happening before the agent phrase still owns the date
      assert.deepStrictEqual(found('A joint visit by Ofsted and the CQC in April 2019 identified four areas of significant concern.', '2022-09-01', 'date'), ['April 2019']);
    });

    it('a relative clause keeps its own dates', () => {
      assert.deepStrictEqual(found('Julian Brazil, whose party would go on to take control of the council in 2025, called for a government takeover this month.', '2022-12-18', 'date'), []);
      // a relative clause without a comma before it ends at the comma after it
      assert.deepStrictEqual(found('The Somerset councillor who chaired its scrutiny panel in 2016, Julian Brazil, called for a government takeover this month.', '2022-12-18', 'date'), []);
      // one that only says when its antecedent happened passes the date on
      assert.deepStrictEqual(found('The cabinet meeting, which took place on Thursday 14 December 2022, heard the news.', '2022-12-18', 'date'), ['Thursday']);
    });

    it('a date before a noun dates that noun phrase', () => {
      assert.deepStrictEqual(found('Melissa Caslake recently left, with the 2018 overspend still unexplained.', '2022-12-18', 'date'), []);
    });

    it('a date after a noun phrase with "from" dates that phrase, not a body', () => {
      assert.deepStrictEqual(found('Inspectors who went back found no progress on any of the old findings from 2017.', '2022-09-01', 'date'), []);
      assert.deepStrictEqual(found('The service could be taken off the council from June.', '2025-12-10', 'date'), ['June']);
    });

    it("a cue that is part of a body's longer name is the body's, not the event's", () => {
      assert.deepStrictEqual(found('Members who joined the SEND task group in 2018 welcomed the improvement notice over special educational needs.', '2023-02-01', 'date'), []);
    });

    it('a date governed by "after" or "before" is a bound, not the date of the happening', () => {
      assert.deepStrictEqual(found('After a torrid 2022, the Liberal Democrats took charge of the council in May 2025.', '2025-12-10', 'date'), []);
      assert.deepStrictEqual(found('The Liberal Democrats took charge of the council in May 2024.', '2025-12-10', 'date'), ['May 2024']);
    });

    it('a "since" date that starts a run of occurrences ("several times since 2014") dates none of them', () => {
      assert.deepStrictEqual(found('Ofsted and the Care Quality Commission have made a joint visit to the county several times since 2014.', '2023-01-10', 'date'), []);
    });

    it('a "to" date ends a span: no date of a happening of one day or month', () => {
      assert.deepStrictEqual(found('The improvement plan, agreed with ministers, runs to 2028.', '2023-01-10', 'date'), []);
    });

    it('a date that ends the subject before its verb does not date what follows the verb', () => {
      assert.deepStrictEqual(found('A wave of resignations in 2019 held back the improvement plan.', '2022-12-18', 'date'), []);
    });
  });

  it('a rating told in a story set before the sources first rate the service is not contradicted', () => {
    assert.deepStrictEqual(found('Inspectors judged the service to require improvement, the council said.', '2015-06-01', 'rating'), []);
    // the same words in a story the sources cover are
    assert.deepStrictEqual(found('Inspectors judged the service to require improvement, the council said.', '2023-06-01', 'rating'), ['require improvement']);
  });

  it('a rating of another body named in its subject or its list item lead-in is not the service\'s', () => {
    assert.deepStrictEqual(found("Rotherham's children's services were later rated good.", '2023-06-01', 'rating'), []);
    assert.deepStrictEqual(found('- **Wiltshire** – Rated good at its last inspection.', '2023-06-01', 'rating'), []);
    assert.deepStrictEqual(found('- **Devon** – Rated good at its last inspection.', '2023-06-01', 'rating'), ['good']);
    // a bare name as the subject, an active verb's object, a relative clause's antecedent, a name with an apposition
    assert.deepStrictEqual(found('Gateshead is rated outstanding.', '2023-06-01', 'rating'), []);
    assert.deepStrictEqual(found('Ofsted rated Gateshead outstanding.', '2023-06-01', 'rating'), []);
    assert.deepStrictEqual(found('Gateshead, which is rated outstanding, helps others.', '2023-06-01', 'rating'), []);
    assert.deepStrictEqual(found('Gateshead, once rated inadequate, is now rated outstanding.', '2023-06-01', 'rating'), []);
    assert.deepStrictEqual(found('Ofsted rated Devon outstanding in 2021.', '2023-06-01', 'rating'), ['outstanding']);
    assert.deepStrictEqual(found("Devon's services, which were rated good in 2021, are improving.", '2023-06-01', 'rating'), ['good']);
  });

  it('an organisation after "from" is the doer only when it follows the event\'s own word', () => {
    assert.deepStrictEqual(found('Rated inadequate and under scrutiny from the Home Office, the council is recruiting.', '2025-12-10', 'organisation'), []);
    assert.deepStrictEqual(found('Devon was rated inadequate by the Home Office in January 2020.', '2025-12-10', 'organisation'), ['Home Office']);
    // a participle of reacting names who reacted; one of doing names the doer
    assert.deepStrictEqual(found("Ofsted's verdict, praised by the Home Office as fair, was inadequate.", '2025-12-10', 'organisation'), []);
    assert.deepStrictEqual(found('The joint visit, carried out by Ofsted and NHS England, found four areas of significant concern.', '2025-12-10', 'organisation'), ['NHS England']);
  });

  it('another kind of meeting is another occurrence, whoever spoke at it', () => {
    assert.deepStrictEqual(found('Andrew Leadbetter told a scrutiny committee meeting in April that agency spending was falling.', '2023-06-01', 'date'), []);
    assert.deepStrictEqual(found("At a meeting of the council's audit committee in May, Andrew Leadbetter said costs were falling.", '2023-06-01', 'date'), []);
    assert.deepStrictEqual(found('Andrew Leadbetter told the cabinet meeting on Thursday 14 December 2022 that agency spending was falling.', '2023-06-01', 'date'), ['Thursday']);
  });
});
