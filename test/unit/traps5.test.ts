import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/**
 * Issue 13's trust rule, traps5 round: constructions of English that made a correct sentence read as contradicting
 * the sources (what a date, a rating or a count of years belongs to). Each rule is shown keeping a true catch.
 */
describe('what a claim belongs to (issue 13, traps5)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const found = (text: string, asOf: string, kind: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.kind === kind && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  describe('a date dates the happening it stands with', () => {
    it('a date that opens a clause of saying dates the saying, not what was said', () => {
      assert.deepStrictEqual(found('In 2019 he described the joint inspection\'s findings as "deeply worrying".', '2024-07-05', 'date'), []);
      assert.deepStrictEqual(found('In March 2021, Cllr Whitton said the joint visit had found serious failings.', '2021-05-08', 'date'), []);
      // a date of the happening itself is still compared
      assert.deepStrictEqual(found('In 2019 a joint visit by Ofsted and the CQC identified four areas of significant concern.', '2024-07-05', 'date'), ['2019']);
    });

    it('a "that" relative clause on a noun keeps its own dates', () => {
      assert.deepStrictEqual(found('The Liberal Democrats won control of Devon County Council, ending Conservative rule that began in 2009.', '2025-05-03', 'date'), []);
      assert.deepStrictEqual(found('Few councils have stayed inadequate for longer, among them one in the north west that was first given the grade in 2018.', '2025-12-10', 'date'), []);
      // "that" after a verb of saying opens what was said, and the event's own words inside the clause still count
      assert.deepStrictEqual(found('The Liberal Democrats won control of Devon County Council in May 2024.', '2025-05-03', 'date'), ['May 2024']);
    });

    it('a participle with an infinitive of purpose before the date is what the date dates', () => {
      assert.deepStrictEqual(found('The warning came in a letter from Josh MacAlister, following a report by the commissioner the Department for Education appointed to oversee the service in 2023.', '2025-12-04', 'date'), []);
    });

    it('a "since" date after an ordinal ("the twelfth since 2020") counts occurrences from it', () => {
      assert.deepStrictEqual(found('A monitoring visit in July, the twelfth since 2020, described "consistent and visible improvement".', '2026-09-10', 'date'), []);
    });

    it('"the first X since" a year counts from it, however long X is', () => {
      assert.deepStrictEqual(found("It was the first Ofsted inspection of the county's foster care arrangements since 2013.", '2017-03-20', 'date'), []);
    });

    it('a date in a fronted clause of time dates that clause\'s verb', () => {
      assert.deepStrictEqual(found("When Somerset became a single unitary council in 2023, its children's services, rated 'good' the previous year, moved across unchanged.", '2026-01-15', 'date'), []);
      // the happening named inside the fronted clause is still compared
      assert.deepStrictEqual(found('When Ofsted rated Somerset good in 2021, Julian Wooster was in charge.', '2023-01-15', 'date'), ['2021']);
    });

    it('a rating given to a count of councils is not the sourced rating', () => {
      assert.deepStrictEqual(found("Nationally, Ofsted has rated 35 councils 'inadequate' since 2013, and 22 are currently graded that way.", '2018-05-15', 'date'), []);
      assert.deepStrictEqual(found("Nationally, 40 councils have been rated 'good' since 2019.", '2023-05-15', 'rating'), []);
      assert.deepStrictEqual(found("Ofsted rated Devon's children's services 'inadequate' in 2019.", '2023-05-15', 'date'), ['2019']);
    });

    it('a date after a post with a ward ("a councillor for Wearside & Topsham since 2017") dates the tenure', () => {
      assert.deepStrictEqual(found("Andrew Leadbetter, who held the children's portfolio in the cabinet of 2022, had been a councillor for Wearside & Topsham since 2017.", '2026-05-20', 'date'), []);
    });

    it('a commissioner "in place since" a year is not the instruction that the commissioner remain', () => {
      assert.deepStrictEqual(found('A government-appointed commissioner has been in place since 2023.', '2025-08-12', 'date'), []);
    });
  });

  describe('a rating belongs to the body it is said of', () => {
    it('a rating after "after", "following" or "formerly" is an earlier one, even in a headline read as present', () => {
      assert.deepStrictEqual(found("Somerset children's services rated 'good' seven years after 'inadequate'", '2022-08-01', 'rating'), []);
      assert.deepStrictEqual(found("Somerset's children's services, formerly 'inadequate', are now rated 'good'.", '2022-08-01', 'rating'), []);
      // the rating the headline gives now is still compared
      assert.deepStrictEqual(found("Somerset children's services rated 'inadequate' seven years after 'good'", '2022-08-01', 'rating'), ['inadequate']);
    });

    it('a relative clause rates its antecedent ("the service for care leavers, which they judged…")', () => {
      assert.deepStrictEqual(found("Inspectors singled out the service for care leavers, which they judged 'outstanding'.", '2022-07-22', 'rating'), []);
    });

    it('the subject of a verb of change ("Sunderland\'s trust took its service from … to …") is the body rated', () => {
      assert.deepStrictEqual(found("Sunderland's trust took its service from 'inadequate' in 2015 to 'outstanding' in 2022.", '2022-12-20', 'rating'), []);
      assert.deepStrictEqual(found("Devon took its service from 'inadequate' in 2020 to 'outstanding' in 2022.", '2022-12-20', 'rating'), ['outstanding']);
    });

    it('"Its trust…" goes on about the other council the sentence before was about', () => {
      const text = "Bradford's children's services moved to a trust in April 2023. Its trust was itself judged to 'require improvement' at its first inspection, in 2024.";
      assert.deepStrictEqual(found(text, '2025-12-10', 'rating'), []);
      assert.deepStrictEqual(found("Devon's children's services were rated inadequate in 2020. It was judged 'good' in 2023.", '2025-12-10', 'rating'), ['good']);
    });
  });

  describe('who held a post, and what happened to the service', () => {
    it('a post the sentence says its holder left is not outdated later ("its director, X, who left…", "had lost its director")', () => {
      assert.deepStrictEqual(found('When Mr Wooster arrived in Devon, the department had lost its director, Melissa Caslake, who left earlier that year.', '2025-09-01', 'outdated'), []);
      assert.deepStrictEqual(found('The department is led by its director, Melissa Caslake.', '2025-09-01', 'outdated'), ['by its director, Melissa Caslake']);
    });

    it('a verb before a title ("questioned interim director Julian Wooster") is not part of the title', () => {
      assert.deepStrictEqual(found('Councillors questioned interim director Julian Wooster on Monday.', '2023-01-18', 'role'), []);
      assert.deepStrictEqual(found('Councillors questioned finance director Julian Wooster on Monday.', '2023-01-18', 'role'), ['questioned finance director']);
    });

    it('a person who "had taken over" a service took charge of it: not the service taken off the council', () => {
      assert.deepStrictEqual(found('In 2015 he had taken over a Somerset service that was rated inadequate.', '2025-09-01', 'date'), []);
      assert.deepStrictEqual(found('The service could be taken over by a trust from June.', '2025-12-10', 'date'), ['June']);
    });
  });

  describe('whose words a quotation is', () => {
    const all = (text: string, asOf: string) => engine.check(text, { asOf }).findings.map((f) => `${f.kind} ${f.severity}`);
    it('words said on another occasion ("told the BBC the next day") are not a misquote of the sourced ones', () => {
      assert.deepStrictEqual(found('Exeter MP Steve Race told the BBC the next day that the council was "still in the last chance saloon".', '2025-12-08', 'quote'), []);
      assert.deepStrictEqual(found('Exeter MP Steve Race said the council was "still in the last chance saloon".', '2025-12-08', 'quote'), ['still in the last chance saloon']);
    });

    it('"As the minister put it, … \'…\'" gives the words to the minister', () => {
      // (the range takes in the post the draft names as the speaker, as for "the minister wrote: …")
      assert.deepStrictEqual(found('As the minister put it, the service is "woefully short of where it should be".', '2025-12-12', 'attribution'), ['the minister put it, the service is "woefully short of where it should be']);
      assert.deepStrictEqual(found('As Steve Race put it, the service is "woefully short of where it should be".', '2025-12-12', 'attribution'), []);
    });

    it('"the director of a charity" is not the holder of the sourced post', () => {
      assert.deepStrictEqual(all('"The last thing these children need is another new start," said the director of a Devon family support charity.', '2022-12-20'), []);
      // "the director" alone stands for the post's holder, whose sourced words these are not
      assert.deepStrictEqual(all('"The last thing these children need is another new start," said the director.', '2022-12-20'), ['quote hint']);
    });
  });

  describe('a count of years belongs to the change it measures', () => {
    it('"the second council to be rated inadequate in two years" is a window, not how long the rating has stood', () => {
      assert.deepStrictEqual(found('Devon is the second council in the south west to be rated inadequate in two years.', '2020-01-31', 'number'), []);
      assert.deepStrictEqual(found('Devon has been rated inadequate for the past two years.', '2025-01-31', 'number'), ['two years']);
    });

    it('a period paired with another size of change ("nearly doubled over the past decade") is another measure', () => {
      assert.deepStrictEqual(found('Leader John Hart told councillors that spending on children had nearly doubled over the past decade.', '2023-02-17', 'number'), []);
      assert.deepStrictEqual(found('Leader John Hart said 50 per cent more money had been put into the service over the last ten years.', '2022-12-20', 'number'), ['ten']);
    });
  });
});
