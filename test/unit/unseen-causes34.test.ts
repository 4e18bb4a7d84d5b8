import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { dataWithArticle3 } from './article3-data';

/**
 * What the twenty-eighth session's development sets missed or false-alarmed on (issue 13) — drafts87 and drafts88, the
 * blind holdout50 and holdout51 opened for development, and the new sets written this session — with sentences of our
 * own.
 */
const DATA = path.resolve(__dirname, '../../../data');
const engine = createEngine(loadDataset(DATA));
/** The words of each finding above a hint (of one kind, if given). */
const found = (text: string, asOf: string, kind?: string) =>
  engine.check(text, { asOf }).findings.filter((f) => (!kind || f.kind === kind) && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

describe('unseen causes (issue 13, twenty-eighth session): the writer\'s own copy in quotation marks (extract/quotes.ts isOwnCopy)', () => {
  it('words shown on screen are the writer\'s claims: a wrong body in them is found', () => {
    assert.deepStrictEqual(found('Frame 4 — On screen: “Then a letter from Ofsted put the council on final notice for its failings.”\n', '2026-03-01', 'organisation'), ['Ofsted']);
  });
  it('so are a tooltip\'s words after a field mark, and a wrong year in them', () => {
    assert.deepStrictEqual(found('Bar 3 · colour: red · Tooltip: “Its services have been rated inadequate by Ofsted since 2019 and still are.”\n', '2026-03-01', 'date'), ['2019']);
  });
  it('and a text layer\'s words after its timecode', () => {
    assert.deepStrictEqual(found('TXT_line2   in 0:09   “Judged inadequate by Ofsted ever since 2018”\n', '2026-03-01', 'date'), ['2018']);
  });
  it('the right words so are right', () => {
    assert.deepStrictEqual(found('Frame 4 — On screen: “Then a letter from the Department for Education put the council on final notice.”\n', '2026-03-01'), []);
  });
  it('a quotation inside the copy still quotes its speaker: a changed word in it is a misquote', () => {
    assert.deepStrictEqual(found('Alt text: “Cabinet member Andrew Leadbetter at the meeting, where he said a trust would be ‘no good for Plymouth’.”\n', '2022-12-20', 'quote'), ['no good for Plymouth']);
  });
  it('a pull quote\'s label is no such copy: its long words are the speaker\'s, not the writer\'s claims', () => {
    assert.deepStrictEqual(found('Pull quote: “We are one of the worst councils in the country, rated inadequate since 2019.”\n', '2026-03-01', 'date'), []);
  });
  it('nor is another paper\'s headline', () => {
    assert.deepStrictEqual(found('The Herald\'s headline: “Devon services inadequate since 2019, say MPs.”\n', '2026-03-01', 'date'), []);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): indirect speech inside quotation marks (check/quotes.ts)', () => {
  it('"\'The minister wrote that the Department would not hesitate …\'" reports the letter: no misquote for its shifted tense', () => {
    assert.deepStrictEqual(found('Closing card: “The minister wrote that the Department would not hesitate to move to a Trust model of intervention if progress stalls.”\n', '2026-03-01', 'quote'), []);
  });
  it('the letter\'s own words, quoted with a word changed, are still a misquote', () => {
    assert.deepStrictEqual(found('The minister wrote: “the Department would not hesitate to move to a Trust model of intervention if progress stalls.”\n', '2026-03-01', 'quote').length, 1);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): a page\'s last-modified date (lexicon DATES_THE_COPY)', () => {
  it('"lastmod: 2022-12-16" before a link\'s title dates the page, not the meeting its title tells of', () => {
    assert.deepStrictEqual(found('- https://news.example/devon-cabinet-told/\n  lastmod: 2022-12-16 · title: “Devon services among the worst in the country, cabinet told”\n', '2026-03-01', 'date'), []);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): credits in design copy (check/quotes.ts, check/people.ts, check/roles.ts)', () => {
  it('a dash, a name and a colon before another quotation introduce that quotation, not the title before the dash', () => {
    assert.deepStrictEqual(found('Box 3: “The minister’s letter” — Josh MacAlister, Minister for Children and Families: “this cannot continue”.\n', '2026-03-01'), []);
  });
  it('a dash and a name ending the line still credit the words before it', () => {
    assert.deepStrictEqual(found('Sidebar: “The Minister’s letter makes clear” — Josh MacAlister.\n', '2026-03-01', 'attribution').length, 1);
  });
  it('a surname that is also a word, with a colon and a quotation after it, labels the words ("balloon from Hart: …")', () => {
    assert.deepStrictEqual(found('John Hart is drawn at the lectern. Speech balloon from Hart: “We all know that we’ve come out of a pandemic.”\n', '2022-12-20', 'attribution').length, 1);
  });
  it('the right speaker so is right', () => {
    assert.deepStrictEqual(found('Andrew Leadbetter is drawn at the lectern. Speech balloon from Leadbetter: “We all know that we’ve come out of a pandemic.”\n', '2022-12-20'), []);
  });
  it('a lower third\'s numbered lines ("L1: name⏎L2: post (party, ward)") are a record\'s fields, even indented', () => {
    assert.deepStrictEqual(found('07  SUPER  (pkg 00:41)\n    L1: Cllr Su Aves\n    L2: SEND task group chair (Lab, St David’s & Haven Banks)\n', '2022-12-20', 'ward'), ['St David’s & Haven Banks']);
  });
  it('the right ward so is right', () => {
    assert.deepStrictEqual(found('07  SUPER  (pkg 00:41)\n    L1: Cllr Su Aves\n    L2: SEND task group chair (Lab, St Sidwell’s & St James)\n', '2022-12-20'), []);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): a line\'s own credit under a heading in capitals (extract/speakers.ts)', () => {
  it('a heading in capitals over lines that credit their own words is no screenplay cue: the line\'s name speaks', () => {
    assert.deepStrictEqual(found('PANELS\nJohn Hart, then council leader: “Of course we take this extremely seriously.”\n', '2026-03-06', 'attribution').length, 1);
  });
  it('a screenplay cue still gives the lines under it to its speaker', () => {
    assert.deepStrictEqual(found('JOHN HART\nOf course we take this extremely seriously.\n', '2022-12-20', 'attribution').length, 1);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): a figure that finishes a quotation (check/numbers.ts quotedCue)', () => {
  it('"had \'… failed to get to grips with the problems\' for some 15 years" is the figure of those words', () => {
    assert.deepStrictEqual(found('Julian Brazil said the council had ‘spectacularly failed to get to grips with the problems’ for some 15 years.\n', '2022-12-20', 'number'), ['15']);
  });
  it('the right figure so is right', () => {
    assert.deepStrictEqual(found('Julian Brazil said the council had ‘spectacularly failed to get to grips with the problems’ for some 13 years.\n', '2022-12-20'), []);
  });
  it('a quotation with none of the figure\'s words gives it none', () => {
    assert.deepStrictEqual(found('Julian Brazil said the council had ‘lost its way with children and families’ for some 15 years.\n', '2022-12-20', 'number'), []);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): words that name no happening (check/events.ts), with a third source that has a second inspection', () => {
  const withThird = createEngine(loadDataset(dataWithArticle3(DATA)));
  const foundWith = (text: string, asOf: string, kind: string) =>
    withThird.check(text, { asOf }).findings.filter((f) => f.kind === kind && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));
  it('"Ofsted, England\'s inspection agency" names who inspects, not an inspection: "rated inadequate … since 2020" stays the first rating\'s', () => {
    assert.deepStrictEqual(foundWith('The services have been rated inadequate by Ofsted, England\'s inspection agency, since 2020.\n', '2026-01-10', 'date'), []);
  });
  it('"the hospital\'s latest CQC inspection" is the hospital\'s own, no inspection of the council\'s services', () => {
    assert.deepStrictEqual(foundWith('The hospital\'s latest CQC inspection rated it good, and the ward staff were praised.\n', '2026-01-10', 'organisation'), []);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): translated and foreign-press copy (check/roles.ts, text/document.ts, check/quotes.ts, check/eventdates.ts)', () => {
  it('a month in a credit\'s bracket is its date, no ward ("(Julian Brazil, Lib Dem, Dec. 2022)")', () => {
    assert.deepStrictEqual(found('“We have asked for help.” (opposition leader Julian Brazil, Lib Dem, Dec. 2022)\n', '2026-03-01', 'ward'), []);
  });
  it('a ward in the same bracket is still read', () => {
    assert.deepStrictEqual(found('“We have asked for help.” (opposition leader Julian Brazil, Lib Dem, Totnes, Dec. 2022)\n', '2026-03-01', 'ward'), ['Totnes']);
  });
  it('a source text\'s line numbers with one space after them ("08 not seen …") are no words of a quotation running across them', () => {
    const text = 'SOURCE TEXT (lines numbered)\n06 At the cabinet the then leader, John Hart, said\n07 more money had gone in, admitting: ‘Unfortunately, we’ve\n08 not seen that much of a response.’ The task group\n09 chair was blunter.\n';
    assert.deepStrictEqual(found(text, '2026-03-01', 'quote'), []);
  });
  it('a misquote across numbered lines is still one', () => {
    const text = 'SOURCE TEXT (lines numbered)\n06 At the cabinet the then leader, John Hart, said\n07 more money had gone in, admitting: ‘Unfortunately, we’ve\n08 not seen that much of an improvement.’ The task group\n09 chair was blunter.\n';
    assert.deepStrictEqual(found(text, '2026-03-01', 'quote').length, 1);
  });
  it('a round bracket inside a closed quotation, well into its words, is the writer\'s gloss: no misquote', () => {
    assert.deepStrictEqual(found('The risk of harm was high for “children experiencing neglect and domestic abuse, those at risk of extra-familial harm (harm outside the home) and care leavers living in unsuitable accommodation”.\n', '2026-03-01', 'quote'), []);
  });
  it('a changed word beside such a gloss is still a misquote', () => {
    assert.deepStrictEqual(found('The risk of harm was high for “children experiencing neglect and domestic abuse, those at risk of extra-familial harm (harm outside the home) and care leavers living in poor accommodation”.\n', '2026-03-01', 'quote').length, 1);
  });
  it('a date after the words it dates is theirs, not a happening told in a conjunct after it ("rated … in January 2020 and which remain …, with a Commissioner in place")', () => {
    assert.deepStrictEqual(found('Our partner council, whose services Ofsted rated ‘requires improvement’ in January 2020 and which remain under scrutiny, with a Commissioner in place, works with us.\n', '2026-05-01', 'date'), []);
  });
  it('a date opening its clause still dates what comes after it', () => {
    assert.deepStrictEqual(found('In May 2024, the Liberal Democrats took charge of Devon County Council.\n', '2026-05-01', 'date'), ['May 2024']);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): glosses and other kinds (check/people.ts, check/events.ts)', () => {
  it('a respelling in brackets after a name ("Andrew Leadbetter (LED-better)") is how it is said, not a misspelling', () => {
    assert.deepStrictEqual(found('In the archive: Andrew Leadbetter (LED-better), then the cabinet member.\n', '2026-03-01', 'name'), []);
  });
  it('a misspelling with no syllable in capitals is still one', () => {
    assert.deepStrictEqual(found('In the archive: Andrew Ledbetter, then the cabinet member.\n', '2026-03-01', 'name'), ['Ledbetter']);
  });
  it('"the study visit to Devon (15-17 June 2026)" is the visitors\' own, no inspectors\' visit of the sources', () => {
    const text = '4. Report of the study visit to Devon, England (15-17 June 2026)\nMs Smit reported for the delegation. Devon County Council runs children’s services for the\nwhole county. A joint visit by Ofsted and the Care Quality Commission in December 2018\nhad found four areas of significant concern.\n';
    assert.deepStrictEqual(found(text, '2026-07-22', 'date'), []);
  });
  it('a joint visit with the wrong year is still found', () => {
    assert.deepStrictEqual(found('A joint visit by Ofsted and the Care Quality Commission in December 2019 found four areas of significant concern.\n', '2026-11-01', 'date'), ['December 2019']);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): health and partner copy (check/roles.ts claimLabel, check/ratings.ts)', () => {
  it('a contact list\'s label opening with the council\'s name ("DCC lead member for children\'s services: Cllr X") is the post', () => {
    assert.deepStrictEqual(found('Contacts for this return:\n- DCC lead member for children’s services: Cllr Andrew Leadbetter\n- Business manager: Rachel Moss\n', '2026-06-01', 'outdated').length, 1);
  });
  it('the post\'s holder now so is right', () => {
    assert.deepStrictEqual(found('Contacts for this return:\n- DCC lead member for children’s services: Cllr Richard Jefferies\n- Business manager: Rachel Moss\n', '2026-06-01'), []);
  });
  it('grades a person "had overseen", no service named, are that person\'s old service\'s, not the story\'s', () => {
    assert.deepStrictEqual(found('The council then appointed Julian Wooster as interim director; he had overseen a rise in ratings from “requires improvement” in 2015 to “good” in July 2022.\n', '2026-03-01', 'rating'), []);
  });
  it('with the service named, they are that service\'s and are checked', () => {
    assert.deepStrictEqual(found('The council then appointed Julian Wooster as interim director; in Somerset he had overseen a rise from “inadequate” in 2015 to “outstanding” in July 2022.\n', '2026-03-01', 'rating'), ['outstanding']);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): text marked as another language (text/document.ts taggedOtherLanguage)', () => {
  const tmx = (en: string, other: string) => `<tu tuid="7">\n  <tuv xml:lang="en-GB"><seg>${en}</seg></tuv>\n  <tuv xml:lang="nl-NL"><seg>${other}</seg></tuv>\n</tu>\n<tu tuid="8">\n  <tuv xml:lang="en-GB"><seg>Councillor Richard Jefferies, Cabinet Member for Children's Services</seg></tuv>\n</tu>\n`;
  it('a segment marked as Dutch sets no date for the segments after it', () => {
    assert.deepStrictEqual(found(tmx('rated inadequate since 2020', 'sinds 2020 onvoldoende beoordeeld'), '2025-12-18'), []);
  });
  it('the English segment is still read', () => {
    assert.deepStrictEqual(found(tmx('rated inadequate by Ofsted in January 2021', 'sinds 2021 onvoldoende beoordeeld'), '2025-12-18', 'date'), ['January 2021']);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): a post, a name and a colon opening a sentence (check/quotes.ts colonSpeaker)', () => {
  it('"Minister Josh MacAlister: \'…\'" after another sentence credits the words to him', () => {
    assert.deepStrictEqual(found('A letter arrived in 2025. Minister Josh MacAlister: “This is the last chance for Devon County Council to implement real change for vulnerable children under their watch.”\n', '2026-03-01', 'attribution').length, 1);
  });
  it('his own words so are right', () => {
    assert.deepStrictEqual(found('A letter arrived in 2025. Minister Josh MacAlister: “For too long, vulnerable children and families in Devon have been failed by services.”\n', '2026-03-01'), []);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): a body the data does not know as a letter\'s sender (check/events.ts BODY_NAME)', () => {
  it('"a letter from the Local Government Association put the council on final notice" names the wrong sender', () => {
    assert.deepStrictEqual(found('In 2025 a letter from the Local Government Association put the council on final notice.\n', '2026-03-01', 'organisation'), ['Local Government Association']);
  });
  it('an association\'s letter not identified as the sources\' one is another letter', () => {
    assert.deepStrictEqual(found('In 2024 a letter from the Local Government Association asked councils about foster care.\n', '2026-03-01'), []);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): a name between two posts set off by commas (check/roles.ts)', () => {
  it('"a new cabinet member for children\'s services, Richard Jefferies, the council leader" gives him both posts', () => {
    assert.deepStrictEqual(found('The council has a new cabinet member for children’s services, Richard Jefferies, the council leader.\n', '2026-03-01', 'role').length, 1);
  });
  it('a party\'s description after the name is no post', () => {
    assert.deepStrictEqual(found('The council has a new cabinet member for children’s services, Richard Jefferies, the Liberal Democrat councillor.\n', '2026-03-01'), []);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): a story told in the present (check/events.ts)', () => {
  it('"A letter arrives from Ofsted telling the council it is on final notice" names the wrong sender', () => {
    assert.deepStrictEqual(found('Chapter 10. A letter arrives from Ofsted telling the council it is on final notice.\n', '2026-03-01', 'organisation'), ['Ofsted']);
  });
  it('the right sender so is right', () => {
    assert.deepStrictEqual(found('Chapter 10. A letter arrives from the Department for Education telling the council it is on final notice.\n', '2026-03-01'), []);
  });
});

describe('unseen causes (issue 13, twenty-eighth session): a spreadsheet\'s quoted field (extract/quotes.ts isOwnCopy)', () => {
  it('a double-quoted field after three fields or more is the writer\'s copy: its claims are checked', () => {
    assert.deepStrictEqual(found('year,month,day,headline,text\n2022,12,14,Worst in the country,"At cabinet, Labour group leader Cllr Carol Whitton (Exwick) says MPs were told the service is among the worst."\n', '2026-03-01', 'ward'), ['Exwick']);
  });
  it('a quotation after a comma in prose is still a quotation', () => {
    assert.deepStrictEqual(found('She said,"Labour group leader Cllr Carol Whitton (Exwick) told us so."\n', '2026-03-01', 'ward'), []);
  });
});
