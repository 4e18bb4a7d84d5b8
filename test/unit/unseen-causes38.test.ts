import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/**
 * What the thirty-second session's development sets missed or false-alarmed on (issue 13) — drafts105 and drafts106,
 * the blind holdout58 and holdout59 opened for development — with sentences of our own.
 */
const DATA = path.resolve(__dirname, '../../../data');
const engine = createEngine(loadDataset(DATA));
/** The words of each finding above a hint (of one kind, if given). */
const found = (text: string, asOf: string, kind?: string) =>
  engine.check(text, { asOf }).findings.filter((f) => (!kind || f.kind === kind) && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

describe('unseen causes (issue 13, thirty-second session): the time of a post (check/time.ts)', () => {
  it('a clause joined on by "and" in the present tells of now, not of the date of the past clause before it', () => {
    const t = 'Background for the bid: the Liberal Democrats won a by-election in Exmouth in May 2024 and Cllr Richard Jefferies is the cabinet member for children\'s services.\n';
    assert.deepStrictEqual(found(t, '2026-02-10', 'role'), []);
  });
  it('the same clause told in the past keeps the date ("… in May 2024 and X was the cabinet member")', () => {
    const t = 'Background for the bid: the county held its elections in May 2024 and Cllr Richard Jefferies was the cabinet member for children\'s services.\n';
    assert.deepStrictEqual(found(t, '2026-02-10', 'role'), ['Richard Jefferies was the cabinet member for children\'s services']);
  });
  it('"late in 2025" is the last third of the year, as "late 2025" is', () => {
    const t = 'Late in 2025 the minister wrote to County Hall. The cabinet member for children’s services, Andrew Leadbetter, has met our trustees twice.\n';
    assert.deepStrictEqual(found(t, '2026-04-20').length, 1);
    assert.match(found(t, '2026-04-20')[0], /Andrew Leadbetter/);
  });
  it('"early in 2025" is the first third: Conservative control then is right', () => {
    assert.deepStrictEqual(found('Early in 2025 the county council was still Conservative-run.\n', '2026-04-20'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session): posts said of people (check/roles.ts, check/holders.ts)', () => {
  it('a portfolio that refers back ("the lead member for this work") is no portfolio to set against the person\'s', () => {
    assert.deepStrictEqual(found('The lead member for this work is Cllr Richard Jefferies, who chairs our steering group.\n', '2026-01-15', 'role'), []);
  });
  it('a portfolio of its own is still read ("the lead member for highways")', () => {
    assert.deepStrictEqual(found('The lead member for highways is Cllr Richard Jefferies.\n', '2026-01-15', 'role'), ['lead member for highways']);
  });
  it('"was brought in as" a post appoints to it, past an aside after the name', () => {
    const t = 'In December 2022 Julian Wooster, until then at Somerset, was brought in as chief executive of the county council.\n';
    assert.deepStrictEqual(found(t, '2026-03-01', 'role').length, 1);
  });
  it('"was drafted in as" the post the sources give is no conflict', () => {
    assert.deepStrictEqual(found('In December 2022 Julian Wooster was drafted in as interim director of children\'s services.\n', '2026-03-01'), []);
  });
  it('a term and post before the name with "is" between ("her successor as permanent director is X")', () => {
    const t = 'Melissa Caslake has moved on, and her successor as permanent director is Julian Wooster.\n';
    assert.deepStrictEqual(found(t, '2022-12-30', 'role'), ['permanent director']);
  });
  it('the interim term the sources give, said the same way, is no conflict', () => {
    assert.deepStrictEqual(found('Her successor as interim director is Julian Wooster.\n', '2022-12-30'), []);
  });
  it('"cabinet member for" a portfolio is never a ward ("member for highways")', () => {
    const t = 'Cllr Andrew Leadbetter, the cabinet member for roads and highways, opened the depot in 2021.\n';
    assert.deepStrictEqual(found(t, '2026-03-01', 'ward'), []);
  });
  it('"member for" a ward after a name is still read as one', () => {
    assert.deepStrictEqual(found('Cllr Andrew Leadbetter, member for Crediton South, spoke first.\n', '2022-12-20', 'ward'), ['Crediton South']);
  });
});

describe('unseen causes (issue 13, thirty-second session): names (model/model.ts)', () => {
  it('a saint\'s name in a ward ("St James") is still a given name: "James Hart" for John Hart is flagged', () => {
    assert.deepStrictEqual(found('Council leader James Hart opened the debate.\n', '2022-12-20', 'name'), ['James']);
  });
  it('the ward with the saint\'s name in it is still read as a ward', () => {
    assert.deepStrictEqual(found('Su Aves (Labour, St Sidwell\'s & St James) chaired the task group.\n', '2022-12-20'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session): grades (check/ratings.ts)', () => {
  it('a grade an inspectorate gives to another kind of body ("graded the force") is not the council\'s', () => {
    const t = 'Devon’s children’s services remain rated inadequate. Separately, the constabulary’s inspectorate graded the force “requires improvement” last year.\n';
    assert.deepStrictEqual(found(t, '2026-02-01', 'rating'), []);
  });
  it('a grade given to the council itself is still read ("rated the council")', () => {
    assert.deepStrictEqual(found('In 2024 Ofsted rated the council “good”.\n', '2026-02-01', 'rating'), ['good']);
  });
  it('a word of a part judgement in another part of the sentence ("leadership … , taking Somerset from …") skips no grade', () => {
    const t = 'Julian Wooster proved what good leadership achieves, taking Somerset from ‘inadequate’ in 2015 to ‘outstanding’ in July 2022.\n';
    assert.deepStrictEqual(found(t, '2026-02-01', 'rating'), ['outstanding']);
  });
  it('a part judgement that is the grade\'s own subject is still skipped', () => {
    assert.deepStrictEqual(found('In Somerset, leadership was judged ‘outstanding’ in July 2022.\n', '2026-02-01', 'rating'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session): what a date dates (check/events.ts, extract/dates.ts)', () => {
  it('a date of the happening a requested deed is reckoned from ("asked us to … after the cabinet on …") is that happening\'s', () => {
    const t = 'The duty inspector asked us to read the coverage after the council cabinet on Thursday 15 December, where members heard the service was third or fourth worst in the country.\n';
    assert.deepStrictEqual(found(t, '2022-12-20', 'date'), ['Thursday 15 December']);
  });
  it('a date of the deed asked for is still that deed\'s ("asked officers to report back at the February meeting")', () => {
    const t = 'The cabinet heard the service was third or fourth worst in the country and asked officers to report back at its meeting on 8 February 2023.\n';
    assert.deepStrictEqual(found(t, '2022-12-20', 'date'), []);
  });
  it('a month after a year that opens the sentence with no comma takes that year ("In 2022 a revisit in July …")', () => {
    assert.deepStrictEqual(found('In 2022 a revisit in July found progress had not been made.\n', '2026-01-10', 'date'), ['July']);
  });
  it('not a month in a clause of what was to come after it ("In 2025 the warning was that … from March")', () => {
    const t = 'In 2025 the warning was that the service could be taken off the council from March unless it improved.\n';
    assert.deepStrictEqual(found(t, '2026-01-10', 'date'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session): who runs the council (check/control.ts)', () => {
  it('a fact sheet\'s "Political control:" line in a paragraph of its own is the council\'s', () => {
    assert.deepStrictEqual(found('- Political control: Green Party since the May elections.\n', '2025-11-20', 'party'), ['Green Party']);
  });
  it('not under a heading that names another council first ("## Torbay Council — notes")', () => {
    const t = '## Torbay Council — notes\n\n- Political control: Green Party since the May elections.\n';
    assert.deepStrictEqual(found(t, '2025-11-20'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session): quotations (check/quotes.ts)', () => {
  it('two words with one changed, credited to a body the sources give them to ("The Department wrote …")', () => {
    const t = 'The Department wrote that the danger was greatest for children facing “extra-familial violence”.\n';
    assert.deepStrictEqual(found(t, '2026-01-10', 'quote'), ['extra-familial violence']);
  });
  it('credited to a body the sources do not give them to, no misquote is read', () => {
    assert.deepStrictEqual(found('Ofsted wrote that the danger was greatest for children facing “extra-familial violence”.\n', '2026-01-10', 'quote'), []);
  });
  it('a person\'s writing speaks for them ("MacAlister\'s letter said … “if progress slows”")', () => {
    const t = 'MacAlister’s letter said ministers would bring in a trust “if progress slows”.\n';
    assert.deepStrictEqual(found(t, '2026-01-10', 'quote'), ['if progress slows']);
  });
  it('a writing inside another subject does not ("the report behind the minister\'s letter warned …")', () => {
    const t = 'The report behind the minister’s letter warned that children’s services could “quickly slip backwards”.\n';
    assert.deepStrictEqual(found(t, '2026-01-10', 'attribution'), []);
  });
  it('nor does one after which another subject speaks ("When the minister\'s letter came out he said …")', () => {
    const t = 'When the minister’s letter came out he said the county was still “in the last chance saloon”.\n';
    assert.deepStrictEqual(found(t, '2026-01-10', 'attribution'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session, new development sets): time and structure', () => {
  it('a day after the draft\'s in an opening line ("runs to 14 Jan 2023") is no scene its relative dates are reckoned from', () => {
    const t = 'The show runs to 14 Jan 2023.\n\nJulian Brazil had earlier this month called for the government to take over children’s services.\n';
    assert.deepStrictEqual(found(t, '2022-12-21', 'date'), []);
  });
  it('a scene told "N years ago today" in the past is no scene told in the present ("The cabinet member … is now X")', () => {
    const t = 'Three years ago today, on Wednesday 14 December 2022, the cabinet heard bleak words.\n\nThe cabinet member for children\'s services is now Cllr Richard Jefferies.\n';
    assert.deepStrictEqual(found(t, '2025-12-14', 'role'), []);
  });
  it('a paragraph opening "No. 5" is a numbered entry, not a denial of the paragraph before it', () => {
    const t = 'The minister, Josh McAlister, wrote to the council.\n\nNo. 5 — a duet for two violins.\n';
    assert.deepStrictEqual(found(t, '2025-12-10', 'name'), ['McAlister']);
  });
  it('"No." as an answer still denies the paragraph before it', () => {
    const t = 'Did the minister, Josh McAlister, write to the council?\n\nNo. That was somebody else.\n';
    assert.deepStrictEqual(found(t, '2025-12-10', 'name'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session, new development sets): who did it, who said it', () => {
  it('a joint inspection "of" a service "by" two bodies names its doers, one of them unknown ("the Care Inspectorate")', () => {
    const t = 'The joint inspection of the county’s SEND services by Ofsted and the Care Inspectorate in December 2018 found four areas of significant concern.\n';
    assert.deepStrictEqual(found(t, '2026-01-20', 'organisation'), ['Care Inspectorate']);
  });
  it('services "run jointly by the council and" a body the sources do not give as partner: that body is flagged, not the council', () => {
    assert.deepStrictEqual(found('Its SEND services are run jointly by the council and Exmoor Community Health Trust.\n', '2026-01-20', 'organisation'), ['Exmoor Community Health Trust']);
  });
  it('an inspection "carried out jointly by" its doers is no partnership', () => {
    assert.deepStrictEqual(found('The December 2018 visit was carried out jointly by Ofsted and the Care Quality Commission.\n', '2026-01-20', 'organisation'), []);
  });
  it('a letter that "has gone to the council from" a body names its sender', () => {
    const t = 'A letter has gone to County Hall from the Department for Transport saying children’s services are on ‘final notice’.\n';
    assert.deepStrictEqual(found(t, '2025-12-01', 'organisation'), ['Department for Transport']);
  });
  it('"the line given by X, who …:" credits the words to X', () => {
    const t = 'The choir closes with the line given by Su Aves, who led the task group: ‘What we found was dreadful.’\n';
    assert.deepStrictEqual(found(t, '2026-01-20', 'quote'), ['What we found was dreadful']);
  });
  it('"As the minister, X, put it:" credits the words to X', () => {
    const t = 'As the minister, Josh MacAlister, put it: “This is the last chance for Devon County Council to implement real change for vulnerable children under their watch.”\n';
    assert.deepStrictEqual(found(t, '2026-01-20', 'attribution').length, 1);
  });
  it('a document a verb before has as its object is no speaker ("X presented the report and called it …")', () => {
    assert.deepStrictEqual(found('Su Aves presented the report and called it “an appalling state of affairs”.\n', '2026-01-20', 'attribution').length, 1);
  });
  it('a wording set against another ("… without “very”") is no misquote', () => {
    assert.deepStrictEqual(found('The actor often says “taking this seriously” without “very”.\n', '2026-01-20', 'quote'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session, new development sets): posts and grades', () => {
  it('"with X as" a post gives X that post', () => {
    const t = 'Last year the Liberal Democrats took over County Hall, with Cllr Richard Jefferies as council leader.\n';
    assert.deepStrictEqual(found(t, '2026-08-19', 'role').length, 1);
  });
  it('"with X as" the post the sources give is no conflict', () => {
    assert.deepStrictEqual(found('In May 2025 the Liberal Democrats took over County Hall, with Cllr Richard Jefferies as cabinet member for children\'s services.\n', '2026-08-19'), []);
  });
  it('"saw its services rise to" a grade tells the grade', () => {
    assert.deepStrictEqual(found('Somerset saw its children’s services rise to ‘outstanding’ in July 2022.\n', '2026-03-01', 'rating'), ['outstanding']);
  });
  it('"before rising to" a grade after a dated one does not date the later grade', () => {
    assert.deepStrictEqual(found('- **2015** – the year Somerset’s services were rated ‘inadequate’, before rising to ‘good’ under Julian Wooster\n', '2026-03-01', 'rating'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session, older sets\' misses): posts and happenings said other ways', () => {
  it('"X remains in charge of children\'s services" says X holds their post over them now', () => {
    assert.deepStrictEqual(found('Andrew Leadbetter remains in charge of children\'s services on the cabinet.\n', '2026-03-01', 'outdated').length, 1);
  });
  it('"was in charge of" them at a time X held the post is no conflict', () => {
    assert.deepStrictEqual(found('In December 2022 Andrew Leadbetter was in charge of children\'s services on the cabinet.\n', '2026-03-01'), []);
  });
  it('"a letter from X as" a post gives X that post; "captioned X as" a post, a description, does not', () => {
    assert.deepStrictEqual(found('The letter, from Josh MacAlister as Minister for Schools, told the council it could carry on.\n', '2026-01-05', 'role').length, 1);
    assert.deepStrictEqual(found('The picture desk captioned Josh MacAlister as Minister for Schools by mistake.\n', '2026-01-05', 'role'), []);
  });
  it('"the Lib Dem takeover of" a month and a timeline\'s "… — Lib Dems take charge" date the change of control', () => {
    assert.deepStrictEqual(found('Cllr Richard Jefferies, in post since the Lib Dem takeover of May 2023, spoke first.\n', '2026-03-01', 'date'), ['May 2023']);
    assert.deepStrictEqual(found('- May 2023 — Lib Dems take charge at County Hall\n', '2026-03-01', 'date'), ['May 2023']);
  });
  it('a government takeover is no change of control, whatever party the sentence names', () => {
    assert.deepStrictEqual(found('Late in 2025 the minister warned of a government takeover from March; the Lib Dems had run the council since May 2025.\n', '2026-03-01', 'date'), []);
  });
  it('a correction\'s own date in brackets dates the note, not the happening it corrects', () => {
    assert.deepStrictEqual(found('Correction (12 March 2026): an earlier version gave the wrong year for the Lib Dem takeover at County Hall. It was May 2025.\n', '2026-03-20', 'date'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session, older sets\' misses): credits', () => {
  it('a post\'s possessive before a noun of saying credits its one holder ("the minister\'s line that …")', () => {
    const t = 'Even the minister’s line that the service is “woefully short of where it should be” gets repeated wrongly.\n';
    assert.deepStrictEqual(found(t, '2026-01-05', 'attribution').length, 1);
  });
  it('the possessive of the post of the words\' own speaker is no misattribution ("the MP\'s verdict")', () => {
    assert.deepStrictEqual(found('The MP’s verdict that the service remained “woefully short of where it should be” stung.\n', '2026-01-05', 'attribution'), []);
  });
  it('"It was X who delivered the line …:" credits the words to X', () => {
    const t = 'It was Cllr Whitton who delivered the line everyone remembered: ‘What we found was shocking. We are one of the worst councils in the country.’\n';
    assert.deepStrictEqual(found(t, '2026-01-05', 'attribution').length, 1);
  });
  it('… and to their own speaker is no misattribution', () => {
    const t = 'It was Cllr Aves who delivered the line everyone remembered: ‘What we found was shocking. We are one of the worst councils in the country.’\n';
    assert.deepStrictEqual(found(t, '2026-01-05'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session, older sets\' misses): wards and counts', () => {
  it('a ward after a party\'s post in a list after the name ("X, Labour group leader, St Thomas & Haven Banks")', () => {
    assert.deepStrictEqual(found('Cllr Carol Whitton, Labour group leader, St Thomas & Haven Banks.\n', '2026-01-05', 'ward'), ['St Thomas & Haven Banks']);
  });
  it('the right ward in that list is no conflict', () => {
    assert.deepStrictEqual(found('Cllr Carol Whitton, Labour group leader, St David’s & Haven Banks.\n', '2026-01-05'), []);
  });
  it('a count told in the past after "will remember that" is no count to come', () => {
    const t = 'Readers will remember that in 2018 a joint visit by Ofsted and the Care Quality Commission found five areas of significant concern.\n';
    assert.deepStrictEqual(found(t, '2026-01-05', 'number'), ['five']);
  });
  it('a count in a clause of what will be is still left alone', () => {
    assert.deepStrictEqual(found('The council says it will clear five areas of significant concern next year.\n', '2026-01-05', 'number'), []);
  });
});

describe('unseen causes (issue 13, thirty-second session, older sets\' false alarms): a post with the words it is known for', () => {
  it('a line of no tense labelling sourced words with the name ("X on why a trust … would be \'…\'") is set at the day they were said', () => {
    const t = 'Cabinet member Andrew Leadbetter on why a trust, at ‘about two years’ to set up, would be ‘no good for Devon’.\n';
    assert.deepStrictEqual(found(t, '2026-03-01'), []);
  });
  it('… and so is a list\'s "X (party, ward): \'…\'"', () => {
    const t = '- Cabinet member Andrew Leadbetter (Conservative, Wearside & Topsham): a trust takes “about two years”, “no good for Devon”.\n';
    assert.deepStrictEqual(found(t, '2026-03-01'), []);
  });
  it('not a post set off by commas before a verb tenseOf does not know ("X, the cabinet member, reckons \'…\'")', () => {
    const t = 'Meanwhile the cabinet member, Andrew Leadbetter, reckons the council is “working tirelessly to sort it out”.\n';
    assert.deepStrictEqual(found(t, '2026-03-01', 'outdated').length, 1);
  });
});
