import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/** Causes of drafts7's false alarms and misses (issue 13, fourth session), each with sentences of our own. */
describe('unseen causes (issue 13, drafts7)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const found = (text: string, asOf: string, kind: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.kind === kind && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  describe('a date in a reporting clause dates the saying', () => {
    it("'warned in late 2025 that … from March': the warning's date, not the takeover's", () => {
      const t = 'The Department warned in late 2025 that the service could be taken off the council from March.';
      assert.deepStrictEqual(found(t, '2026-02-10', 'date'), []);
      assert.deepStrictEqual(found('Ministers said in November 2025 that the council would lose control of the service.', '2026-02-10', 'date'), []);
    });

    it('a wrong date inside the reported words is still flagged', () => {
      const t = 'Councillors were reminded in December 2022 that Ofsted had rated the department inadequate in January 2021.';
      assert.deepStrictEqual(found(t, '2026-02-10', 'date'), ['January 2021']);
    });

    it('a date right after a verb that is the event itself still dates it', () => {
      // "rated in 2021": the rating's own verb, not a saying
      assert.deepStrictEqual(found('Ofsted rated the department inadequate in January 2021.', '2026-02-10', 'date'), ['January 2021']);
    });
  });

  describe('a cue inside a phrase that names another happening', () => {
    it("'a follow-up visit in May' after the joint visit is the revisit's May, not the joint visit's", () => {
      const t = 'A joint visit found four areas of significant concern in December 2018. A follow-up visit in May found no progress.';
      assert.deepStrictEqual(found(t, '2022-12-20', 'date'), []);
      const r = 'Inspectors identified the concerns at a joint visit in December 2018; a return visit in May found no progress.';
      assert.deepStrictEqual(found(r, '2022-12-20', 'date'), []);
    });

    it('the joint visit given the wrong year is still flagged', () => {
      const t = 'A joint visit in December 2019 identified four areas of significant concern.';
      assert.deepStrictEqual(found(t, '2022-12-20', 'date'), ['December 2019']);
    });
  });

  describe('words in capitals', () => {
    it("a word before a surname in a caption in capitals is no given name ('SOMERSET UNDER WOOSTER', 'ASK WHITTON')", () => {
      for (const t of ['SOMERSET UNDER WOOSTER: A TURNAROUND', 'ASK WHITTON ABOUT THE FIGURES', 'MEET THE NEW BOSS WOOSTER']) {
        assert.deepStrictEqual(found(t, '2022-12-16', 'name'), [], t);
      }
    });

    it('a given name in capitals is still checked: a near one, or one the sources give anyone', () => {
      assert.deepStrictEqual(found('JULIEN WOOSTER TOOK INTERIM CHARGE LAST WEEK', '2022-12-16', 'name'), ['JULIEN']);
      assert.deepStrictEqual(found('COUNCIL LEADER ANDREW HART SAYS THE COUNCIL IS TRYING', '2022-12-16', 'name'), ['ANDREW']);
    });

    it('in ordinary text a capitalised word before a surname is still read as a given name', () => {
      assert.deepStrictEqual(found('Interim director Jacob Wooster took charge last week.', '2022-12-16', 'name'), ['Jacob']);
    });
  });

  describe('a quotation given to a post-holder named by the post', () => {
    it("the misattribution takes in the words that give it ('the MP wrote:')", () => {
      const t = 'Explaining the decision, the MP wrote: “For too long, vulnerable children and families in Devon have been failed by services and this cannot continue.”';
      const spans = found(t, '2025-12-12', 'attribution');
      assert.strictEqual(spans.length, 1);
      assert.ok(spans[0].startsWith('the MP wrote'), spans[0]);
    });
  });

  describe('the time of a claim', () => {
    it("a cover sheet's 'Submitted: DATE' dates the document, not a scene for its past-tense sentences", () => {
      const t = 'Coursework cover sheet\nModule: Local government | Submitted: 2 March 2026\n\nThe Conservative-run council and NHS Devon both apologised.';
      assert.deepStrictEqual(found(t, '2026-03-02', 'outdated'), []);
      const sent = 'From: the desk\nSent: Monday 2 March 2026\n\nThe Conservative-run council apologised at the time.';
      assert.deepStrictEqual(found(sent, '2026-03-02', 'outdated'), []);
    });

    it("a date opening the sentence sets the time of an aside in it ('In December 2022, the council — then X-run — …')", () => {
      const wrong = 'In December 2022 the council — then Lib Dem-run — was told the service could be placed into special measures.';
      assert.deepStrictEqual(found(wrong, '2026-01-20', 'party'), ['Lib Dem-run']);
      const right = 'In December 2022 the council — then Conservative-run — was told the service could be placed into special measures.';
      assert.deepStrictEqual(found(right, '2026-01-20', 'outdated'), []);
      assert.deepStrictEqual(found(right, '2026-01-20', 'party'), []);
    });

    it("not past a clause of its own or a move to the present ('In December 2022 X spoke first; today …')", () => {
      const t = 'In December 2022 Cllr Whitton spoke first; today the cabinet member Richard Jefferies leads on the issue.';
      assert.deepStrictEqual(found(t, '2026-01-10', 'role'), []);
    });
  });
  describe('quotations', () => {
    it("'a' and 'an' are one article: 'a dreadful state' for 'an appalling state' is one word changed", () => {
      assert.deepStrictEqual(found('Cllr Whitton called it “a dreadful state of affairs”.', '2022-12-20', 'quote'), ['a dreadful state of affairs']);
      // the article alone is no misquote
      assert.deepStrictEqual(found('Cllr Whitton called it “a appalling state of affairs”.', '2022-12-20', 'quote'), []);
    });

    it("a passive's agent credits the words: '“…” by NAME', 'a phrase used by NAME', 'by the minister'", () => {
      const spans = (t: string, asOf: string) => found(t, asOf, 'attribution');
      assert.strictEqual(spans('The time it takes to set up a trust was put at “about two years” by John Hart.', '2022-12-20').length, 1);
      assert.strictEqual(spans('The phrase “What we found was shocking” was used by Julian Brazil.', '2022-12-20').length, 1);
      const byRole = spans('The council was told it was “woefully short of where it should be” by the minister.', '2025-12-15');
      assert.strictEqual(byRole.length, 1);
      assert.ok(byRole[0].endsWith('the minister'), byRole[0]);
    });

    it('other participles credit nothing, and the right speaker is confirmed', () => {
      const t = 'Cllr Leadbetter said a trust would take “about two years”, a figure disputed by John Hart.';
      assert.deepStrictEqual(found(t, '2022-12-20', 'attribution'), []);
      assert.deepStrictEqual(found('The phrase “taking this very seriously” was used by the council leader, John Hart.', '2022-12-20', 'attribution'), []);
    });
  });
  describe('a post in brackets after a name', () => {
    it("is read as one after a comma is: 'NAME (the council's cabinet member for education)'", () => {
      const t = 'Cllr Richard Jefferies (the council’s cabinet member for education) gave an interview.';
      assert.deepStrictEqual(found(t, '2025-12-10', 'role'), ['cabinet member for education']);
      // (the range takes in the name the post is claimed of, as after a comma)
      const leader = found('Andrew Leadbetter (council leader) answered for the department.', '2022-12-20', 'role');
      assert.strictEqual(leader.length, 1);
      assert.ok(leader[0].endsWith('council leader'), leader[0]);
    });

    it('a right post, a party and ward, or a word that is no post, in brackets, is no claim against it', () => {
      for (const t of [
        'Julian Wooster (interim director of children’s services) had been in post for a week.',
        'John Hart (Conservative, Bickleigh & Wembury) said the council was trying.',
        'Carol Whitton (leader of the Labour group) spoke.',
        'Julian Wooster (pictured) took charge last week.',
      ]) assert.deepStrictEqual(found(t, '2022-12-20', 'role'), [], t);
    });
  });
  describe("a fact sheet's key: value lines", () => {
    it('snake-case keys read as words, and each line is a sentence of its own', () => {
      const t = 'council_control: Conservative\nlib_dem_control_since: May 2024';
      assert.deepStrictEqual(found(t, '2025-12-10', 'outdated'), ['Conservative']);
      assert.deepStrictEqual(found(t, '2025-12-10', 'date'), ['May 2024']);
    });

    it('a right line, and a former control, are no claim against the council now', () => {
      const t = 'council: Devon County Council\ncontrol: Liberal Democrats\ncontrol_since: May 2025\nprevious_control: Conservative';
      for (const kind of ['outdated', 'party', 'date']) assert.deepStrictEqual(found(t, '2025-12-10', kind), [], kind);
    });

    it("a dated heading sets the sheet's time", () => {
      const t = '## Devon County Council at a glance (December 2022)\n\n- council_control: Labour\n- leader: John Hart';
      assert.deepStrictEqual(found(t, '2025-12-10', 'party'), ['Labour']);
    });
  });
  describe('profile cards under a name as heading', () => {
    it("'### NAME' then '**Then:** post, ward': the card's words are read as said of the heading's person", () => {
      const t = '### Su Aves\n**Then:** Labour councillor for St Sidwell’s & St Thomas and chair of the SEND task group.\n**Now:** Still quoted.';
      assert.deepStrictEqual(found(t, '2026-06-01', 'ward'), ['St Sidwell’s & St Thomas']);
      const role = '## Andrew Leadbetter\nRole: Councillor for Bickleigh & Wembury.';
      assert.deepStrictEqual(found(role, '2022-12-16', 'ward'), ['Bickleigh & Wembury']);
    });

    it('a right card, a past card, and a heading that is no name are no claim', () => {
      const right = '### John Hart\n**Then:** Council leader (Conservative, Bickleigh & Wembury).\n**Now:** No longer leader.';
      for (const kind of ['ward', 'party', 'role', 'outdated']) assert.deepStrictEqual(found(right, '2026-06-01', kind), [], kind);
      const body = '### Devon County Council\n**Then:** Councillor for Bickleigh & Wembury was the leader.';
      assert.deepStrictEqual(found(body, '2026-06-01', 'ward'), []);
    });
  });

  describe('a ward in a second appositive after a name', () => {
    it("'NAME, post, councillor for WARD' and 'NAME, post; councillor for WARD'", () => {
      assert.deepStrictEqual(found('Carol Whitton, leader of the Labour group, councillor for St Thomas & Haven Banks, spoke.', '2022-12-16', 'ward'), ['St Thomas & Haven Banks']);
      assert.deepStrictEqual(found('Andrew Leadbetter, cabinet member for children’s services; councillor for Bickleigh & Wembury.', '2022-12-16', 'ward'), ['Bickleigh & Wembury']);
    });

    it("not when the first appositive is a clause or names someone else ('NAME, who spoke after X Y, councillor for …')", () => {
      assert.deepStrictEqual(found('Carol Whitton, who spoke after Andrew Leadbetter, councillor for Wearside & Topsham, was angry.', '2022-12-16', 'ward'), []);
      assert.deepStrictEqual(found('Carol Whitton, a critic of Andrew Leadbetter, councillor for Wearside & Topsham, was angry.', '2022-12-16', 'ward'), []);
    });
  });
  describe('a ranking in a short quotation', () => {
    it("a headline's scare-quoted ranking is read as a ranking", () => {
      assert.deepStrictEqual(found('Devon children’s services ‘second or third worst’ in country, MPs told', '2022-12-15', 'number'), ['second or third']);
    });

    it('the right ranking in quotation marks, and a long quotation (the quotation check weighs it), are not', () => {
      assert.deepStrictEqual(found('Devon children’s services ‘third or fourth worst’ in country, MPs told', '2022-12-15', 'number'), []);
      const long = 'Cllr Whitton said the service was now the “fourth or fifth worst in the country”.';
      assert.deepStrictEqual(found(long, '2022-12-15', 'number'), []);
    });
  });
});
