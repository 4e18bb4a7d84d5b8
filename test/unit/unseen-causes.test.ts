import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { sentences } from '../../src/core/text/sentences';
import { findDates, yearFromContext } from '../../src/core/extract/dates';
import { dayOf } from '../../src/core/time/dates';
import { fold } from '../../src/core/text/fold';

/** Causes of drafts6's false alarms and misses (issue 13, third session), each with sentences of our own. */
describe('unseen causes (issue 13, drafts6)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const found = (text: string, asOf: string, kind: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.kind === kind).map((f) => text.slice(f.start, f.end));

  describe('header lines of a memo or an e-mail', () => {
    it('a line opening with a field label ends the sentence above it', () => {
      const t = 'PLANNING NOTE — Friday 9 December 2022\nRe: county cabinet, Wednesday 14 December\nSubject: the agenda';
      assert.deepStrictEqual(sentences(t).map((s) => t.slice(s.start, s.end)), [
        'PLANNING NOTE — Friday 9 December 2022', 'Re: county cabinet, Wednesday 14 December', 'Subject: the agenda',
      ]);
    });

    it("a line ending on a title or an open comma keeps going ('Cllr⏎Hart: …' is one sentence)", () => {
      const t = 'The reply came from Cllr\nHart: we are trying.';
      assert.strictEqual(sentences(t).length, 1);
    });

    it("the note's own date is not the meeting's named on the next line", () => {
      const t = 'MEMO — Tuesday 6 December 2022\nSent: Tuesday 6 December 2022\nRe: Devon cabinet, Wednesday 14 December\n\nBe there early.';
      assert.deepStrictEqual(found(t, '2022-12-06', 'date'), []);
    });
  });

  describe('a month with no year in a dated section', () => {
    it('takes the year of the context, the latest such month not after its end', () => {
      const t = 'In May the revisit came; early December brought more; this May too.';
      const f = fold(t);
      const ds = findDates(f, t, 0, f.length, dayOf(2026, 1, 20));
      yearFromContext(ds, f, { start: dayOf(2022, 1, 1), end: dayOf(2022, 12, 31) });
      assert.deepStrictEqual(ds.map((d) => d.year), [2022, 2022, 2025]);
      const ms = findDates(f, t, 0, f.length, dayOf(2026, 1, 20));
      yearFromContext(ms, f, { start: dayOf(2022, 6, 1), end: dayOf(2022, 6, 30) });
      // under "June 2022", December is the one before
      assert.deepStrictEqual(ms.map((d) => d.year), [2022, 2021, 2025]);
    });

    it("'**Early December** —' under '## 2022' is about December 2022, not the one before the draft's date", () => {
      const t = '## 2022\n\n**Early December** — The opposition leader, Julian Brazil, calls for a government takeover.';
      assert.deepStrictEqual(found(t, '2026-01-20', 'outdated'), []);
    });

    it('a nested item is dated by the year its parent item leads with', () => {
      const under = '- **2022**\n  - December: council leader John Hart says the council is "taking this very seriously".';
      assert.deepStrictEqual(found(under, '2026-01-20', 'outdated'), []);
      // with no year above it, the December before the draft's date is meant, when Hart led no more
      const alone = '- December: council leader John Hart says the council is "taking this very seriously".';
      assert.deepStrictEqual(found(alone, '2026-01-20', 'outdated'), ['council leader John Hart']);
    });
  });

  describe('a table whose column headers are dates', () => {
    it('sets each cell at its column header\'s date', () => {
      const t = '| | In December 2022 | In December 2025 |\n|---|---|---|\n| Council leader | John Hart | Not known |';
      assert.deepStrictEqual(found(t, '2026-01-05', 'outdated'), []);
    });

    it('a cell under a column of now is still checked now', () => {
      const t = '| Post | 2022 | Today |\n|---|---|---|\n| Leader of the council | Not known | John Hart |';
      assert.deepStrictEqual(found(t, '2026-01-05', 'outdated').length, 1);
    });
  });

  describe('an event named only as a point of reference', () => {
    it("'the first visit after the inadequate judgement' is not dated by the visit's month", () => {
      const t = '### 2020\n\n**October:** The first monitoring visit after the inadequate judgement looks at care leavers.';
      assert.deepStrictEqual(found(t, '2026-01-05', 'date'), []);
    });

    it('the event itself in that month still is', () => {
      const t = '### 2020\n\n**October:** Ofsted rates the service inadequate.';
      assert.deepStrictEqual(found(t, '2026-01-05', 'date'), ['October']);
    });
  });

  describe('which party runs the council since a date', () => {
    it('a wrong start is a date finding, not a party one', () => {
      const t = 'The Lib Dems, who have run the council since the elections of May 2023, disagree.';
      assert.deepStrictEqual(found(t, '2025-12-10', 'party'), []);
      assert.deepStrictEqual(found(t, '2025-12-10', 'date'), ['May 2023']);
      const u = 'The council (Lib Dem-run since the local elections in May 2024) says so.';
      assert.deepStrictEqual(found(u, '2025-12-10', 'party'), []);
      assert.deepStrictEqual(found(u, '2025-12-10', 'date'), ['May 2024']);
    });

    it('the party that took charge at the time the sources tell of is theirs; another time is another change', () => {
      assert.deepStrictEqual(found('After the elections in May, Labour took control of the county council.', '2025-10-01', 'party'), ['Labour']);
      assert.deepStrictEqual(found('The Conservative-run authority, which took charge in May, disagrees.', '2025-12-10', 'party'), ['Conservative']);
      assert.deepStrictEqual(found('The Conservatives took control of the county council in 2009.', '2025-12-10', 'party'), []);
      assert.deepStrictEqual(found('The Lib Dems took charge of the council after the May elections.', '2025-12-10', 'party'), []);
      // another party taking charge later in the sentence is not this one's claim
      assert.deepStrictEqual(found('In 2022 the Conservatives ran the council; the Lib Dems took control in May 2025.', '2025-12-10', 'party'), []);
    });

    it('a wrong party since the right date is still flagged: it ran the council before that', () => {
      const t = 'The council, Conservative-run since the local elections in May 2025, disagrees.';
      assert.deepStrictEqual(found(t, '2025-12-10', 'outdated'), ['Conservative-run']);
    });
  });

  describe('a quotation after a colon', () => {
    it('NAME, on THE SUBJECT, colon, quotation: the words are the name\'s, after a time stamp too', () => {
      const t = '10.42am — Cllr Aves, on the pace of change: “Unfortunately, we’ve not seen that much of a response.”';
      // (an attribution finding runs from the speaker to the words)
      assert.deepStrictEqual(found(t, '2022-12-14', 'attribution').map((x) => x.slice(0, 9)), ['Cllr Aves']);
    });

    it('As the MP put it, colon, quotation: the words are the one holder\'s of the post', () => {
      assert.deepStrictEqual(found('As the MP put it: “For too long, vulnerable children and families in Devon have been failed by services.”', '2025-12-12', 'attribution').map((x) => x.slice(0, 6)), ['the MP']);
      assert.deepStrictEqual(found('As the minister put it: “For too long, vulnerable children and families in Devon have been failed by services.”', '2025-12-12', 'attribution'), []);
    });
  });

  describe('a count apart from its noun', () => {
    it('a number alone in a table cell counts what its row header names', () => {
      const t = '| | |\n|---|---|\n| Areas of significant concern after the joint visit | three |\n| Years to set up a trust, says Leadbetter | about two |';
      assert.deepStrictEqual(found(t, '2022-12-20', 'number'), ['three']);
    });

    it('a number before a dash counts the noun after it ("**3** — MPs who …")', () => {
      assert.deepStrictEqual(found('**6** — MPs who have since confirmed what Cllr Whitton said.', '2022-12-16', 'number'), ['6']);
      assert.deepStrictEqual(found('**2** — MPs who have since confirmed what Cllr Whitton said.', '2022-12-16', 'number'), []);
    });
  });

  describe('a table row of who runs the council', () => {
    it("each cell's party is checked at its column's time", () => {
      const t = '| | Before May 2025 | After May 2025 |\n|---|---|---|\n| Party in control | Conservative | Labour |';
      assert.deepStrictEqual(found(t, '2025-12-20', 'party'), ['Labour']);
      const u = '| | Before May 2025 | After May 2025 |\n|---|---|---|\n| Who runs the council | Conservatives | Liberal Democrats |';
      assert.deepStrictEqual(found(u, '2025-12-20', 'party').concat(found(u, '2025-12-20', 'outdated')), []);
    });

    it("a column header 'Before DATE' or 'After DATE' is the time on that side of the date", () => {
      const t = '| | Before May 2025 | After May 2025 |\n|---|---|---|\n| Cabinet member for children\'s services | Andrew Leadbetter | Richard Jefferies |';
      assert.deepStrictEqual(found(t, '2025-12-20', 'outdated'), []);
    });
  });

  describe("a cover line's credit after a colon", () => {
    it('the name right after the colon is the speaker', () => {
      const t = '**“What we found was shocking”: Carol Whitton on the report** — page 3';
      assert.deepStrictEqual(found(t, '2022-12-20', 'attribution').length, 1);
      assert.deepStrictEqual(found('**“What we found was shocking”: Su Aves on the report**', '2022-12-20', 'attribution'), []);
    });

    it('a name later in the words after the colon is not the credit', () => {
      assert.deepStrictEqual(found('She called it “shocking”: the report by Carol Whitton’s group was read out.', '2022-12-20', 'attribution'), []);
    });
  });

  describe("a script's cue before the words", () => {
    it('the one person named in the bracketed cue on the line before is the speaker', () => {
      assert.deepStrictEqual(found('[CLIP — CLLR JOHN HART]\n“Please own this. It has happened under your watch.”', '2022-12-14', 'attribution').length, 1);
      assert.deepStrictEqual(found('[CLIP — CLLR SU AVES]\n“Please own this. It has happened under your watch.”', '2022-12-14', 'attribution'), []);
    });

    it('a cue naming two people, or none, gives the words to no one', () => {
      assert.deepStrictEqual(found('[CLIP — JOHN HART AND SU AVES]\n“Please own this.”', '2022-12-14', 'attribution'), []);
      assert.deepStrictEqual(found('[GVs — COUNTY HALL]\n“Please own this.”', '2022-12-14', 'attribution'), []);
    });
  });

  describe("a post said of a name with 'is'", () => {
    it("'X is (still) the POST' is a claim about now", () => {
      assert.deepStrictEqual(found('Andrew Leadbetter is still cabinet member for children\'s services.', '2026-01-20', 'outdated').length, 1);
      assert.deepStrictEqual(found('Richard Jefferies is the cabinet member for children\'s services.', '2026-01-20', 'outdated'), []);
      assert.deepStrictEqual(found('Melissa Caslake is director of children\'s services at Devon County Council.', '2025-11-30', 'outdated').length, 1);
    });

    it("'X is' with no post after it claims none", () => {
      assert.deepStrictEqual(found('Andrew Leadbetter is confident the service will improve.', '2026-01-20', 'outdated'), []);
    });
  });

  describe('a date between two events it could date', () => {
    it("dates what stands before it: 'from inadequate in 2016 to good'", () => {
      const t = "On Julian Wooster's watch, Somerset's rating rose from inadequate in 2016 to good.";
      assert.deepStrictEqual(found(t, '2022-12-20', 'date'), ['2016']);
      assert.deepStrictEqual(found(t.replace('2016', '2015'), '2022-12-20', 'date'), []);
    });
  });
});
