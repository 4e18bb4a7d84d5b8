import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { sentences } from '../../src/core/text/sentences';
import { findDates } from '../../src/core/extract/dates';
import { dayOf } from '../../src/core/time/dates';

/**
 * Issue 13's trust rule, traps9 round: correct copy in shapes nobody had written (autocue, webcast notes, forum
 * threads, board papers, sidebars, logs, notebooks). Each construction it false-alarmed on is read in general here,
 * in wordings of its own, and each is shown keeping a true catch.
 */
describe('forum posts, logs, notebooks and sidebars (issue 13, traps9)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const found = (text: string, asOf: string, kind: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.kind === kind && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  it("a line ending on a year (a byline's, an edit stamp's) ends its sentence before a capitalised line", () => {
    const post = '**DadInDawlish** · 12 Jun 2023\nIt was said back in December at a cabinet meeting.';
    assert.deepStrictEqual(sentences(post).map((s) => post.slice(s.start, s.end)), ['**DadInDawlish** · 12 Jun 2023', 'It was said back in December at a cabinet meeting.']);
    assert.deepStrictEqual(found('Posted by Kath_M on 3 December 2025\nThe cabinet met on Wednesday, 14 December 2022.', '2025-12-05', 'date'), []);
    assert.deepStrictEqual(found('Last edited: 4 Dec 2025\nThe cabinet was told in December 2022 that things were bad.', '2025-12-05', 'date'), []);
    // a name or a day broken over two lines still reads as one ("Andrew⏎Leadbetter", "14⏎December")
    const wrapped = 'The cabinet met on Wednesday 14\nDecember.';
    assert.strictEqual(sentences(wrapped).length, 1);
    // the date in the post's own sentence is still checked
    assert.deepStrictEqual(found('Posted 12 Jun 2023\nOfsted rated the service inadequate in January 2021.', '2023-06-13', 'date'), ['January 2021']);
  });

  it('a number after a slash with the month on the next line is no day of it', () => {
    assert.deepStrictEqual(found('📸 Slide 3/6\nDec 2022 👉 the cabinet was told Devon was third or fourth worst.', '2024-07-10', 'date'), []);
    assert.deepStrictEqual(found('PAGE 3/4\nMAY 2022 REVISIT FOUND "PROGRESS HAS NOT BEEN MADE".', '2022-12-15', 'date'), []);
    // a day range on one line keeps its day
    const range = 'the cabinet met on 13/14 december 2022.';
    assert.deepStrictEqual(findDates(range, range, 0, range.length, dayOf(2022, 12, 20)).map((d) => [d.day, d.month, d.year]), [[14, 12, 2022]]);
    const slide = 'slide 3/6\ndec 2022 the cabinet met.';
    assert.deepStrictEqual(findDates(slide, slide, 0, slide.length, dayOf(2024, 7, 10)).map((d) => [d.day, d.month, d.year]), [[undefined, 12, 2022]]);
  });

  it("a semicolon parts a note's items: a date that is its item's only word reaches no further", () => {
    assert.deepStrictEqual(found('TO DO: Ofsted date check — inadequate Jan 2020; SEND improvement notice (with NHS Devon) — get date.', '2022-12-14', 'date'), []);
    assert.deepStrictEqual(found('Ofsted grade — inadequate, Jan 2020; SEND improvement notice — recent, with NHS Devon.', '2022-12-16', 'date'), []);
    assert.deepStrictEqual(found('Ofsted grade — inadequate, Jan 2021; SEND improvement notice — recent.', '2022-12-16', 'date'), ['Jan 2021']);
  });

  it("a date that ends its phrase dates it, not a noun phrase joined on after 'and a'", () => {
    assert.deepStrictEqual(found('Hart oversaw a service rated inadequate by Ofsted since January 2020 and a SEND improvement notice.', '2025-05-06', 'date'), []);
    assert.deepStrictEqual(found('Wooster takes over a department judged inadequate by Ofsted in January 2020 and a special needs service under a government improvement notice.', '2022-12-16', 'date'), []);
    // the phrase the date ends is still checked, whatever is joined on
    assert.deepStrictEqual(found('Concerns were found after a joint visit by Ofsted and the Care Quality Commission in December 2019 and a revisit this year found no progress.', '2022-12-16', 'date'), ['December 2019']);
  });

  it('a date that opens a clause of saying with a noun-phrase subject dates the saying', () => {
    assert.deepStrictEqual(found('In late 2025 the Department for Education told the council its children\'s services could be taken off it from March unless improvements were made.', '2026-02-20', 'date'), []);
    assert.deepStrictEqual(found('In late 2025 ministers warned the council it could lose its children\'s services from March.', '2026-01-20', 'date'), []);
    assert.deepStrictEqual(found('In late 2025 the minister wrote that the Department would not hesitate to move to a Trust model if progress stalled.', '2026-01-20', 'date'), []);
    // a date that is the happening's own is still checked
    assert.deepStrictEqual(found('In January 2021 the inspectors rated the service inadequate.', '2026-01-20', 'date'), ['January 2021']);
  });

  it("the name of the body a post is held in, before the post, is no portfolio", () => {
    assert.deepStrictEqual(found("Cllr Richard Jefferies (DCC cabinet member, children's services) spoke.", '2025-12-04', 'role'), []);
    assert.deepStrictEqual(found('Devon County Council cabinet member Richard Jefferies says the report acknowledges progress.', '2025-12-06', 'role'), []);
    // a group's name before "chair" is the post's own, and still checked
    assert.deepStrictEqual(found('SEND task group chair Carol Whitton spoke.', '2022-12-15', 'role').length, 1);
  });

  it("a bracket's part naming a post, whole or in notes' short forms, is no ward", () => {
    assert.deepStrictEqual(found('Leadbetter (Con, cabinet mbr children\'s): trust takes "about two years".', '2022-12-19', 'ward'), []);
    assert.deepStrictEqual(found('Whitton (Lab grp ldr, St David\'s & Haven Banks) spoke.', '2022-12-14', 'ward'), []);
    assert.deepStrictEqual(found('Aves (Lab, task grp chair) spoke.', '2022-12-14', 'ward'), []);
    assert.deepStrictEqual(found('Leadbetter (Con, Exeter St Thomas) spoke.', '2022-12-14', 'ward'), ['Exeter St Thomas']);
  });

  it('a word in capitals before a surname that is not is an abbreviation, not a given name', () => {
    assert.deepStrictEqual(found('NB Leadbetter told cabinet it was "very hard to recruit people at the moment".', '2023-11-04', 'name'), []);
    assert.deepStrictEqual(found('PS Aves has sent over the full task group report.', '2022-12-16', 'name'), []);
    assert.deepStrictEqual(found('ACTION Leadbetter to send the recruitment figures. TBC Wooster interview.', '2022-12-16', 'name'), []);
    // a whole name in capitals is still read
    assert.deepStrictEqual(found('CABINET MEMBER ANDREA LEADBETTER SAID THE COUNCIL WAS WORKING HARD.', '2022-12-15', 'name'), ['ANDREA']);
  });

  it('a draft written before a happening cannot name who carried it out', () => {
    assert.deepStrictEqual(found('Labour asked for a cross-party meeting on the Ofsted letter.', '2023-11-04', 'organisation'), []);
    assert.deepStrictEqual(found('A letter from Ofsted in April set out three priorities for the service.', '2023-06-20', 'organisation'), []);
    assert.deepStrictEqual(found('A letter from Ofsted has warned Devon County Council that it could lose its children\'s services from March.', '2025-12-03', 'organisation'), ['Ofsted']);
  });

  it('the error a correction notice reports is not the writer\'s claim', () => {
    const notice = 'An article on 4 December said the phrase "last chance saloon" was used by the Minister for Children and Families, Josh MacAlister. It was used by the Exeter MP, Steve Race. We apologise for the error.';
    assert.deepStrictEqual(found(notice, '2025-12-08', 'attribution'), []);
    assert.deepStrictEqual(found('An earlier version of this story stated that Ofsted rated the service inadequate in January 2021. In fact it was January 2020.', '2025-12-08', 'date'), []);
    // without a word of correction in the paragraph, what an article said is checked; so is the corrected text itself
    assert.deepStrictEqual(found('The article said Ofsted rated the service inadequate in January 2021.', '2025-12-08', 'date'), ['January 2021']);
    assert.deepStrictEqual(found('Correction: we wrongly said the service was rated in 2020. Ofsted rated it inadequate in January 2021.', '2025-12-08', 'date'), ['January 2021']);
  });

  it("a who's-who entry's nameless fragment gives the ward of the person it opens with", () => {
    const entry = (ward: string) => `**Carol Whitton** — Leader of the Labour group. Councillor for ${ward}. Told cabinet the service was among the worst.`;
    assert.deepStrictEqual(found(entry("St Sidwell's & St James"), '2022-12-16', 'ward'), ["St Sidwell's & St James"]);
    assert.deepStrictEqual(found(entry("St David's & Haven Banks"), '2022-12-16', 'ward'), []);
    assert.deepStrictEqual(found('Andrew Leadbetter: Cabinet member for children\'s services. Conservative councillor for Bickleigh & Wembury.', '2022-12-16', 'ward'), ['Bickleigh & Wembury']);
    // a paragraph that does not open with the name is no entry
    assert.deepStrictEqual(found('The meeting heard from Andrew Leadbetter — the cabinet member. Councillor for Bickleigh & Wembury John Hart chaired it.', '2022-12-16', 'ward'), []);
  });
});
