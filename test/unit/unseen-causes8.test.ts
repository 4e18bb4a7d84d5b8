import * as assert from 'assert';
import * as path from 'path';
import { createEngine, IncrementalChecker } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/** Constructions of people, posts, parties, wards and credits that drafts8 showed unread (issue 13, fifth session), with sentences of our own. */
describe('unseen causes (issue 13, drafts8: people and posts)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const found = (text: string, asOf: string, kind: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.kind === kind && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  describe("a deputy's post", () => {
    it('"deputy" before a post the sources give the person is wrong, before or after the name', () => {
      assert.deepStrictEqual(found('Deputy council leader John Hart spoke at the meeting.', '2022-12-16', 'role'), ['Deputy council leader']);
      assert.deepStrictEqual(found('John Hart, the deputy leader of the council, spoke at the meeting.', '2022-12-16', 'role'), ['deputy leader of the council']);
      assert.deepStrictEqual(found('Carol Whitton, deputy leader of the Labour group, spoke.', '2022-12-16', 'role'), ['deputy leader of the Labour group']);
    });

    it("a deputy's post of a post the person does not hold is not covered: no finding", () => {
      assert.deepStrictEqual(found('Carol Whitton, the deputy leader, spoke at the meeting.', '2022-12-16', 'role'), []);
      assert.deepStrictEqual(found('Su Aves, vice-chair of the scrutiny committee, spoke.', '2022-12-16', 'role'), []);
    });

    it('"vice-" with a hyphen, and a title before the name read at the time the sentence tells of', () => {
      assert.deepStrictEqual(found('Vice-chair of the SEND task group Su Aves presented its report in December 2022.', '2025-12-01', 'role'), ['Vice-chair of the SEND task group']);
      // at a time the sources no longer show the post, a deputy's title is not covered
      assert.deepStrictEqual(found('Vice-chair of the SEND task group Su Aves presented its report.', '2025-12-01', 'role'), []);
    });

    it('the post itself is still confirmed', () => {
      assert.deepStrictEqual(found('Council leader John Hart spoke at the meeting.', '2022-12-16', 'role'), []);
    });
  });

  describe('a party in a post said with "then" or "now"', () => {
    it("', then the council's Labour opposition leader,' gives the party", () => {
      assert.deepStrictEqual(found("Julian Brazil, then the council's Labour opposition leader, called for a takeover.", '2026-02-03', 'party'), ['Labour']);
      assert.deepStrictEqual(found('Su Aves, then a Lib Dem councillor, chaired the group.', '2026-02-03', 'party'), ['Lib Dem']);
      assert.deepStrictEqual(found('Andrew Leadbetter, the then-Tory cabinet member, spoke.', '2026-02-03', 'party'), []);
    });

    it('"former" before a party is not read: the party may be the one left', () => {
      assert.deepStrictEqual(found('Su Aves, a former Conservative councillor, chaired the group.', '2026-02-03', 'party'), []);
    });
  });

  describe('a post said to be left', () => {
    it('"who had recently left as" and an adverb before "left" are read, and set against the post left', () => {
      assert.deepStrictEqual(found('Melissa Caslake, who had recently left as chief executive, was absent.', '2026-04-01', 'role'), ['Melissa Caslake, who had recently left as chief executive']);
      assert.deepStrictEqual(found('Andrew Leadbetter had quietly stepped down as leader of the council by then.', '2026-04-01', 'role'), ['Andrew Leadbetter had quietly stepped down as leader of the council']);
    });

    it('the post the sources have the person leave is no error', () => {
      assert.deepStrictEqual(found("Melissa Caslake, who had recently left as director of children's services, was absent.", '2026-04-01', 'role'), []);
      assert.deepStrictEqual(found('John Hart had quietly stood down as council leader by 2025.', '2026-04-01', 'role'), []);
    });
  });

  describe('a quotation credited by a possessive and a noun of saying', () => {
    it("\"X's plea: '…'\", \"In X's words, …\", \"X's warning that … '…'\" credit the quotation to X", () => {
      assert.deepStrictEqual(found('Then came Andrew Leadbetter\'s plea to colleagues: "Please own this."', '2022-12-17', 'attribution'), ['Andrew Leadbetter\'s plea to colleagues: "Please own this.']);
      assert.deepStrictEqual(found('In Carol Whitton\'s words, "we\'ve not seen that much of a response".', '2022-12-17', 'attribution').length, 1);
      assert.deepStrictEqual(found('Su Aves\'s warning that a trust would take "about two years" ended the debate.', '2022-12-17', 'attribution').length, 1);
    });

    it('"To quote X, …" credits the quotation to X', () => {
      assert.strictEqual(found('To quote Carol Whitton, the council was "going to work very hard to make sure that doesn\'t happen".', '2022-12-17', 'attribution').length, 1);
      assert.deepStrictEqual(found('To quote Andrew Leadbetter, the council was "going to work very hard to make sure that doesn\'t happen".', '2022-12-17', 'attribution'), []);
    });

    it("a name inside another's saying, or a saying of a document, credits no one", () => {
      assert.deepStrictEqual(found('John Hart\'s reply to Carol Whitton\'s warning: "Unfortunately, we\'ve not seen that much of a response."', '2022-12-17', 'attribution'), []);
      assert.deepStrictEqual(found('Andrew Leadbetter\'s response to the report\'s finding that "progress has not been made" was to promise more staff.', '2022-12-17', 'attribution'), []);
      assert.strictEqual(found('Andrew Leadbetter\'s reply to councillors: "Please own this."', '2022-12-17', 'attribution').length, 1);
    });

    it("the speaker's own words so credited are no misattribution", () => {
      assert.deepStrictEqual(found('Carol Whitton\'s verdict: "Not something to be proud of."', '2022-12-17', 'attribution'), []);
      assert.deepStrictEqual(found('Julian Brazil\'s complaint that the council had "spectacularly failed to get to grips with the problems" was repeated.', '2022-12-17', 'attribution'), []);
    });
  });

  describe('party and ward set off after a name by commas or a dash', () => {
    it('a wrong ward or party in such items is flagged', () => {
      assert.deepStrictEqual(found('Andrew Leadbetter, Conservative, Wearside & Exeter, told the meeting it was serious.', '2023-01-10', 'ward'), ['Wearside & Exeter']);
      assert.deepStrictEqual(found('**Carol Whitton** — Labour, St David\'s & Exwick. She spoke first.', '2022-12-16', 'ward'), ["St David's & Exwick"]);
      assert.deepStrictEqual(found('Su Aves – Conservative, St Sidwell\'s & St James – urged members to act.', '2023-01-10', 'party'), ['Conservative']);
      assert.deepStrictEqual(found('(Cllr Carol Whitton, Lab grp ldr, St Davids & Exwick) spoke.', '2022-12-16', 'ward'), ['St Davids & Exwick']);
    });

    it('a town, a building, a day or a clause after the party is no ward', () => {
      for (const t of ['Carol Whitton, Labour, Exeter, said it was appalling.', 'Su Aves, Labour, Tuesday, said it.', 'Carol Whitton, Labour, County Hall, spoke.',
        'Julian Brazil, Lib Dem, Kingsbridge, had already said so.', 'John Hart, Conservative, said on Wednesday that it was serious.']) {
        assert.deepStrictEqual([...found(t, '2022-12-16', 'ward'), ...found(t, '2022-12-16', 'party')], [], t);
      }
    });
  });

  describe('a post said to go on in the present', () => {
    it("'continues as', 'still the …', 'still leads', 'who now holds', 'is still in post as', 'still led by X' are read as the post now", () => {
      for (const t of ["Melissa Caslake continues as director of children's services.", "Andrew Leadbetter, still the cabinet member for children's services, spoke.",
        'John Hart still leads the council.', "Andrew Leadbetter is still in post as cabinet member for children's services.", 'The council, still led by John Hart, met on Tuesday.']) {
        assert.strictEqual(found(t, '2026-03-01', 'outdated').length, 1, t);
      }
    });

    it('the same said of the post held now, or told in the past, is no finding', () => {
      for (const t of ["Richard Jefferies continues as cabinet member for children's services.", "Councillor Richard Jefferies, who now holds the children's services brief, spoke.",
        'The council, then led by John Hart, was told it was among the worst.', 'In December 2022 the council, led by John Hart, apologised.',
        'Melissa Caslake continued as director until late 2022.', 'The task group, chaired by Su Aves, found the service wanting.']) {
        assert.deepStrictEqual([...found(t, '2026-03-01', 'outdated'), ...found(t, '2026-03-01', 'role')], [], t);
      }
    });
  });

  describe('"has since": told from the draft\'s day', () => {
    it("a heading's date does not reach a post said with 'have since'", () => {
      const t = "# Looking back at December 2022\n\nRichard Jefferies, the cabinet member for children's services, and his deputy have since visited every team.\n";
      assert.deepStrictEqual(found(t, '2025-11-20', 'role'), []);
      // without it, the heading dates the post (a guard: the heading's date is still read)
      const u = "# Looking back at December 2022\n\nRichard Jefferies, the cabinet member for children's services, visited every team.\n";
      assert.strictEqual(found(u, '2025-11-20', 'role').length, 1);
    });
  });

  describe("a quiz's answer key apart from its questions", () => {
    const quiz = ['# Quiz', '', '**1.** What is Josh MacAlister\'s job in government?', '', '**2.** Who is Julian Brazil?', '', '**3.** How many MPs confirmed it?', '',
      '## Answers', '', '1. Minister for Schools.', '2. The Conservative opposition leader.', '3. Two.', ''].join('\n');

    it('each numbered answer is read with the numbered question above it', () => {
      assert.deepStrictEqual(found(quiz, '2026-01-09', 'role'), ['Minister for Schools']);
      assert.deepStrictEqual(found(quiz, '2026-01-09', 'party'), ['Conservative']);
    });

    it('right answers, and a numbered list with no Answers heading, say nothing', () => {
      // (in 2026 "the Lib Dem opposition leader" would be out of date: his party took charge in May 2025)
      const right = quiz.replace('Minister for Schools', 'Minister for Children and Families').replace('The Conservative opposition leader', 'The Lib Dem councillor for Kingsbridge');
      assert.deepStrictEqual(engine.check(right, { asOf: '2026-01-09' }).findings.filter((f) => f.severity !== 'hint'), []);
      assert.deepStrictEqual(found(quiz.replace('## Answers', '## Notes'), '2026-01-09', 'role'), []);
    });

    it('an edit to a question changes its answer\'s reading as a full check does', () => {
      const ic = new IncrementalChecker(engine);
      ic.check(quiz, { asOf: '2026-01-09' });
      const edited = quiz.replace("Josh MacAlister's job in government", "Steve Race's job");
      assert.deepStrictEqual(ic.check(edited, { asOf: '2026-01-09' }), engine.check(edited, { asOf: '2026-01-09' }));
      const back = ic.check(quiz, { asOf: '2026-01-09' });
      assert.deepStrictEqual(back, engine.check(quiz, { asOf: '2026-01-09' }));
    });
  });

  describe('delimited data pasted in fenced code', () => {
    const csv = (rows: string[], fence = '```') => ['Rows for the graphic:', '', fence, ...rows, '```', ''].join('\n');

    it('a CSV row is read as a table row: party, ward by its place after the party, and post', () => {
      const t = csv(['name,post,party,ward,as_at', 'Julian Brazil,Opposition leader,Lib Dem,Salcombe,2022-12', 'Su Aves,Chair of the SEND task group,Conservative,St Sidwell\'s & St James,2022-12']);
      assert.deepStrictEqual(found(t, '2026-07-14', 'ward'), ['Salcombe']);
      assert.deepStrictEqual(found(t, '2026-07-14', 'party'), ['Conservative']);
      // the as_at column dates the row: a 2022 post is not outdated
      assert.deepStrictEqual(found(t, '2026-07-14', 'outdated'), []);
    });

    it('a tab-separated row with the post before the name', () => {
      const t = csv(['post\tholder\tas_at', 'MP for Torbay\tSteve Race\t2025']);
      assert.strictEqual(engine.check(t, { asOf: '2026-01-15' }).findings.filter((f) => t.slice(f.start, f.end) === 'MP for Torbay').length, 1);
    });

    it('a name written surname first alone in a cell ("Brazil, Julian") is the person; in prose it is not', () => {
      const t = csv(['Name,Party,Division', '"Brazil, Julian",Labour,Kingsbridge', '"Whitton, Carol",Labour,"St David\'s & Haven Banks"']);
      assert.deepStrictEqual(found(t, '2023-02-01', 'party'), ['Labour']);
      assert.deepStrictEqual(found('| Name | Party |\n|---|---|\n| Brazil, Julian | Labour |\n', '2023-02-01', 'party'), ['Labour']);
      assert.deepStrictEqual(found('It was Brazil, Julian thought, who was Labour.', '2023-02-01', 'party'), []);
    });

    it('code that is no delimited data stays unread, and offsets stay the draft\'s', () => {
      assert.deepStrictEqual(engine.check(csv(['Julian Brazil is a Conservative.', 'John Hart, Labour, said so.']), { asOf: '2022-12-16' }).findings, []);
      const t = csv(['name,party,ward', 'Julian Brazil,"Conservative",Kingsbridge']).replace(/\n/g, '\r\n');
      const f = engine.check(t, { asOf: '2022-12-16' }).findings.filter((x) => x.kind === 'party');
      assert.deepStrictEqual(f.map((x) => t.slice(x.start, x.end)), ['Conservative']);
    });
  });
});
