import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/**
 * What the twenty-first session's development sets missed or false-alarmed on (issue 13) — drafts59 and drafts60, the
 * blind holdout36 and holdout37 opened for development, and the new sets written this session — with sentences of our own.
 */
const DATA = path.resolve(__dirname, '../../../data');
const engine = createEngine(loadDataset(DATA));
/** The words of each finding above a hint (of one kind, if given). */
const found = (text: string, asOf: string, kind?: string) =>
  engine.check(text, { asOf }).findings.filter((f) => (!kind || f.kind === kind) && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

describe('unseen causes (issue 13, twenty-first session): the lines of records and boxes', () => {

  describe('a line ending on a time of day is a stamp: the line under it starts a sentence (text/sentences.ts mayBeCompleted)', () => {
    const comment = (body: string) => `Comment 7\tBy: jsmith\tType: Note\tWhen: 03/03/2026 09:41:07\n${body}\n`;
    it('"the then cabinet member" under a comment\'s stamp of today is not set at today', () => {
      assert.deepStrictEqual(found(comment('Cut the line about the then Conservative cabinet member Andrew Leadbetter to save space.'), '2026-03-04'), []);
    });
    it('a post told as now under the stamp is still measured against today', () => {
      assert.deepStrictEqual(found(comment('Andrew Leadbetter, the cabinet member for children\'s services, wants a call back.'), '2026-03-04', 'outdated').length, 1);
    });
  });

  describe('a key\'s line of words and its value, over another, is a sentence of its own (text/sentences.ts keyedValueLines)', () => {
    const box = (line: string) => `KEY FIGURES\nTime a trust would take to set up, the cabinet member said: about two years\n${line}\nAreas of significant concern found in 2018: four\n`;
    it('a figure on one line is not the figure of the key on the line above', () => {
      assert.deepStrictEqual(found(box('Rise in money for the service over the five years to 2022: 50 per cent'), '2026-05-01'), []);
    });
    it('a wrong figure on its own line is still flagged', () => {
      assert.deepStrictEqual(found(box('What the joint visit of December 2018 found: six areas of significant concern'), '2026-05-01', 'number'), ['six']);
    });
  });

  describe('a field that dates the copy itself dates no happening (check/events.ts COPY_DATE_FIELD)', () => {
    it('"Paper of:" on a slug line naming the cabinet', () => {
      assert.deepStrictEqual(found('Slug: CABINET-KIDS     Page: 3     Paper of: Friday 16 December 2022\n\nThe cabinet heard the task group\'s report on Wednesday.\n', '2022-12-16'), []);
    });
    it('"Filed:" after the copy\'s name', () => {
      assert.deepStrictEqual(found('Cabinet meeting copy · Filed: 15 December 2022\n', '2022-12-16'), []);
    });
    it('the meeting\'s own wrong day is still flagged', () => {
      assert.deepStrictEqual(found('The cabinet met on Friday 16 December 2022 to hear the report.\n', '2022-12-20', 'date'), ['Friday 16 December 2022']);
    });
  });

  describe('a source line takes no time from the lines above it (check/time.ts SOURCE_LINE)', () => {
    it('"Source:" naming the cabinet member, under a line dated before he took the post', () => {
      const box = '[BOX 3]  MEASURE: Who runs the council\n         VALUE:   Lib Dem\n         SINCE:   May 2024\n         SOURCE:  late-2025 report; cabinet member Cllr Richard Jefferies\n';
      assert.deepStrictEqual(found(box, '2026-04-01', 'role'), []);
    });
  });

  describe('a column headed "Report" dates the report, no happening (time/story.ts DEADLINE_COLUMN)', () => {
    const table = (row: string) => `| What the report said | Meaning | Report | When it happened |\n|---|---|---|---|\n${row}\n`;
    it('the report\'s month is not the revisit\'s', () => {
      assert.deepStrictEqual(found(table('| "a revisit this May" | the SEND revisit | Dec 2022 | May 2022 |'), '2026-02-10'), []);
    });
    it('a wrong month in the column of what happened is still flagged', () => {
      assert.deepStrictEqual(found(table('| "a revisit this May" | the SEND revisit | Dec 2022 | June 2022 |'), '2026-02-10', 'date'), ['June 2022']);
    });
  });
});

describe('unseen causes (issue 13, twenty-first session): what a word belongs to', () => {

  describe('an instruction\'s verb in the past, or "Let", opening a note is no given name (model/model.ts NOT_NAMES)', () => {
    it('"Kept Whitton high", "Let Aves have the last word", "Moved Hart up"', () => {
      assert.deepStrictEqual(found('Subbing notes. Kept Whitton high. Let Aves have the last word. Moved Hart up a par.\n', '2022-12-16', 'name'), []);
    });
    it('a wrong given name at a sentence\'s start is still flagged', () => {
      assert.deepStrictEqual(found('Subbing notes. Sue Aves has the last word.\n', '2022-12-16', 'name'), ['Sue']);
    });
  });

  describe('after a participle\'s aside, the main clause\'s passive is another deed: its "from" is not the aside\'s doer (check/events.ts PARTICIPLE_AFTER_COMMA)', () => {
    it('the service, rated inadequate …, was told in a letter from the Department for Education', () => {
      assert.deepStrictEqual(found('The service, rated inadequate since 2020, was told in a letter from the Department for Education that families faced risk.\n', '2026-01-15'), []);
    });
    it('a wrong body after "rated … by" is still flagged', () => {
      assert.deepStrictEqual(found('The service, rated inadequate by the Department for Education in 2020, was sent a warning.\n', '2026-01-15', 'organisation'), ['Department for Education']);
    });
  });

  describe('a cue that is another happening\'s anchor names what that one looks back to (check/eventdates.ts chooseEvent)', () => {
    it('the revisit that found no progress on the concerns: its date is the revisit\'s', () => {
      assert.deepStrictEqual(found('The revisit of SEND provision found no progress on any of the four areas of significant concern (May 2022).\n', '2026-01-15'), []);
    });
    it('and a wrong date for it is the revisit\'s wrong date', () => {
      assert.deepStrictEqual(found('The revisit of SEND provision found no progress on any of the four areas of significant concern (May 2020).\n', '2026-01-15', 'date'), ['May 2020']);
    });
    it('a date that is the concerns\' own ("from 2018") is left to them', () => {
      assert.deepStrictEqual(found('A revisit found no progress on the four areas of concern from 2018.\n', '2026-01-15'), []);
    });
    it('"since" the revisit with its date in brackets: the date is the revisit\'s own', () => {
      assert.deepStrictEqual(found('- Four years since the revisit found no progress on the four areas of significant concern (May 2022).\n', '2026-05-01'), []);
    });
  });

  describe('"the then leader of the X-run council" sets the council at the holder\'s past time (check/control.ts THEN_HOLDER_OF)', () => {
    it('under a heading dated after the change of control', () => {
      assert.deepStrictEqual(found('## 14 December 2025\nThe then leader of the Conservative-run council, John Hart, promised to improve.\n', '2025-12-01'), []);
    });
    it('without "then", the party of a council told in the present is still measured against today', () => {
      assert.deepStrictEqual(found('The leader of the Conservative-run council says it is improving.\n', '2026-12-01', 'outdated'), ['Conservative-run']);
    });
  });

  describe('in a table\'s row, another cell with a place and its own grade does not lend the place to a lone grade (check/ratings.ts withoutOtherGradedCells)', () => {
    const table = (row: string) => `| When | Devon's Ofsted grade | Elsewhere |\n|---|---|---|\n${row}\n`;
    it('Devon\'s grade beside Somerset\'s own', () => {
      assert.deepStrictEqual(found(table('| 2021 | Inadequate | Somerset rated good the year after |'), '2026-10-01', 'rating'), []);
    });
    it('a grade in the place\'s own cell is still that place\'s, beside another cell\'s grade', () => {
      assert.deepStrictEqual(found('| Moment | Somerset | Devon |\n|---|---|---|\n| July 2022 | Somerset rated inadequate | Devon rated inadequate |\n', '2026-10-01', 'rating'), ['inadequate']);
    });
  });

  describe('a gap-fill blank in a quotation stands for the words left out (extract/quotes.ts blankEnd)', () => {
    it('"__(3)__" and "______" are no words of the quotation', () => {
      assert.deepStrictEqual(found('Fill the gaps. Su Aves told the cabinet: “What we found was __(3)__.” Andrew Leadbetter said a trust would take “about ______ years”.\n', '2026-04-01'), []);
    });
    it('a wrong word written in is still a misquote', () => {
      assert.deepStrictEqual(found('Answer: Su Aves told the cabinet: “What we found was dreadful.”\n', '2026-04-01', 'quote').length, 1);
    });
  });
});

describe('unseen causes (issue 13, twenty-first session): claims named in order to be judged', () => {

  describe('what a sentence reports someone said, when the next sentence denies it, is reported, not claimed (check/corrections.ts, lexicon.ts DENIAL_OPENS)', () => {
    it('"Readers suggested … It did not:"', () => {
      assert.deepStrictEqual(found('Some readers suggested Ofsted first rated the service inadequate in 2018. It did not: the rating came in January 2020.\n', '2026-05-01'), []);
    });
    it('a label before the denial ("Check: … is a slip")', () => {
      assert.deepStrictEqual(found('Claims: the council has been "inadequate since 2017". Check: the 2017 date is a slip; the rating came in January 2020.\n', '2026-05-01'), []);
    });
    it('a sentence after that denies something else ("It was not a new story") leaves the claim a claim', () => {
      assert.deepStrictEqual(found('A councillor said Ofsted rated the service inadequate in March 2020. It was not a new story even then.\n', '2026-05-01', 'date'), ['March 2020']);
    });
  });

  describe('a block whose next block opens by denying it tells what is put right (text/answers.ts deniedFrames)', () => {
    it('a press release\'s line and the note under it', () => {
      assert.deepStrictEqual(found('> The service has been rated inadequate since 2017, as we have always said.\n\n[Note: Wrong year. The rating came in January 2020.]\n', '2025-12-02'), []);
    });
    it('a caller\'s claim and the fact check after it', () => {
      assert.deepStrictEqual(found('**CALLER (Tiverton):** Inadequate since 2017, isn\'t it?\n\n**FACT CHECK:** Not quite. Ofsted\'s rating came in January 2020.\n', '2026-02-01'), []);
    });
    it('a paragraph followed by one that does not deny it is still checked', () => {
      assert.deepStrictEqual(found('> The service has been rated inadequate since 2017.\n\n[Note: The council issued this on Friday.]\n', '2025-12-02', 'date'), ['2017']);
    });
  });

  describe('a date in words alone in quotation marks is a word spoken of (check/events.ts quotedAlone)', () => {
    it('"no basis for “February”"', () => {
      assert.deepStrictEqual(found('The ruling found no basis for “February”: the warning was that the service could be taken off the council from March.\n', '2026-06-01'), []);
    });
  });

  describe('a cue that is another happening\'s anchor keeps a date only when the date is its own phrase\'s (check/eventdates.ts OWN_PHRASE_DATE)', () => {
    it('"the revisit that found no progress on the areas of concern took place in 2020": the revisit\'s wrong year', () => {
      assert.deepStrictEqual(found('The revisit that found no progress on the four areas of significant concern took place in 2020.\n', '2026-03-20', 'date'), ['2020']);
    });
  });

  describe('a correction that puts a time right after what was said ("It was May 2025.") makes what was said reported (check/corrections.ts RESTATED)', () => {
    it('a notice\'s apology', () => {
      assert.deepStrictEqual(found('Our newsletter said the Lib Dems took over the council in 2023. It was May 2025. Sorry.\n', '2026-02-01'), []);
    });
    it('a sentence that goes on with another year, not putting it right, leaves the claim a claim', () => {
      assert.deepStrictEqual(found('Our newsletter said the Lib Dems took over the council in 2023. By 2026 they had a new plan.\n', '2026-02-01', 'date'), ['2023']);
    });
  });

  describe('a letter published is a publication whose words a corrections column reports (lexicon.ts PUBLICATION_SAID)', () => {
    it('"A letter published on 2 May said …", and the error is named', () => {
      assert.deepStrictEqual(found('A letter published on 2 May said Somerset was rated outstanding in 2022. Somerset was rated good that July; we should have corrected the error.\n', '2026-05-20', 'rating'), []);
    });
  });
});

describe('unseen causes (issue 13, twenty-first session): entries joined by arrows', () => {
  it('"2015: … inadequate → July 2022: … good": each grade dated on its own side (text/sentences.ts, check/ratings.ts ARROW)', () => {
    assert.deepStrictEqual(found('2015: Somerset’s children’s services judged “inadequate” → July 2022: judged “good”\n', '2026-03-01'), []);
  });
  it('the wrong grade on the later side is caught', () => {
    assert.deepStrictEqual(found('2015: Somerset’s children’s services judged “inadequate” → July 2022: judged “outstanding”\n', '2026-03-01', 'rating'), ['outstanding']);
  });
  it('"2015 → 2022 — …" is a span, not two entries', () => {
    assert.deepStrictEqual(found('**2015 → 2022** — Somerset went from ‘inadequate’ to ‘good’ under Julian Wooster.\n', '2026-03-01'), []);
  });
});

describe('unseen causes (issue 13, twenty-first session): statements set to be judged', () => {
  const quiz = (items: string) => `# Fact or fiction? Test yourself on Devon's children's services\n\n${items}\n\n## The answers\n\n**1. Fiction.** Ofsted rated the service inadequate in January 2020.\n`;
  it('the items under "Fact or fiction?" are put to the reader, not claimed (text/answers.ts deniedFrames)', () => {
    assert.deepStrictEqual(found(quiz('1. Ofsted first rated the service inadequate in 2017.\n2. Julian Brazil led the Conservative group.'), '2026-05-01'), []);
  });
  it('the answers under their own heading are still checked', () => {
    assert.deepStrictEqual(found(quiz('1. Ofsted first rated the service inadequate in 2017.').replace('January 2020', 'March 2020'), '2026-05-01', 'date'), ['March 2020']);
  });
});

describe('unseen causes (issue 13, twenty-first session): a post in other words (check/roles.ts BEFORE)', () => {
  it('"the councillor responsible for children\'s services is still X" in a draft of 2026', () => {
    assert.deepStrictEqual(found('The councillor responsible for children’s services is still Andrew Leadbetter.\n', '2026-05-01', 'outdated').length, 1);
  });
  it('"the cabinet member in charge of children\'s services remains X"', () => {
    assert.deepStrictEqual(found('The cabinet member in charge of children’s services remains Cllr Andrew Leadbetter.\n', '2026-05-01', 'outdated').length, 1);
  });
  it('the same post of its own time, and a ward\'s councillor, are no conflict', () => {
    assert.deepStrictEqual(found('In 2022 the councillor responsible for children’s services was Andrew Leadbetter. The councillor for Kingsbridge is Julian Brazil.\n', '2026-05-01'), []);
  });
});

describe('unseen causes (issue 13, twenty-first session): a happening in other words (data/facts.json required words)', () => {
  it('"calling … for the Government to take over": the call\'s date', () => {
    assert.deepStrictEqual(found('Julian Brazil, then opposition leader, calling in October 2022 for the Government to take over children’s services.\n', '2026-05-01', 'date'), ['October 2022']);
  });
  it('"They came back in …" after the joint visit: the revisit\'s date', () => {
    assert.deepStrictEqual(found('In December 2018 inspectors found four areas of significant concern. They came back in June 2022 and found no progress.\n', '2026-05-01', 'date'), ['June 2022']);
  });
  it('a council that "came back with a plan" is no revisit', () => {
    assert.deepStrictEqual(found('The council came back with a plan in May 2023.\n', '2026-05-01'), []);
  });
});

describe('unseen causes (issue 13, twenty-first session): a speaker before a colon, past an aside (check/quotes.ts COLON_TAIL)', () => {
  const words = '“For too long, vulnerable children and families in Devon have been failed by services and this cannot continue.”';
  it('"X, Exeter\'s MP, went further than the report: “…”" gives the words to X', () => {
    assert.deepStrictEqual(found(`Steve Race, the city’s MP, went further than the report: ${words}\n`, '2026-02-01', 'attribution').length, 1);
  });
  it('"X pointed to the minister\'s letter: “…”" still gives them to no one', () => {
    assert.deepStrictEqual(found(`Steve Race pointed to the minister’s letter: ${words}\n`, '2026-02-01', 'attribution'), []);
  });
});

describe('unseen causes (issue 13, twenty-first session): a date\'s possessive dates the noun it owns (check/events.ts POSSESSIVE_NOUN)', () => {
  it('"last month\'s notice said …" under a heading in capitals', () => {
    assert.deepStrictEqual(found('CORRECTION\nLast month’s notice said the Lib Dems took over the council in 2024. It was May 2025.\n', '2026-01-24'), []);
  });
});

describe('unseen causes (issue 13, twenty-first session): ", of W & X," after a name is a ward (check/roles.ts OF_WARD)', () => {
  it('a misspelt ward after "of"', () => {
    assert.deepStrictEqual(found('The leader then, Cllr John Hart, of Bickleigh & Wembley, spoke first.\n', '2022-12-20', 'ward'), ['Bickleigh & Wembley']);
  });
  it('the right ward, and a body after "of", raise nothing', () => {
    assert.deepStrictEqual(found('The leader then, Cllr John Hart, of Bickleigh & Wembury, spoke first. Julian Brazil, of Devon and Cornwall Police, did not.\n', '2022-12-20', 'ward'), []);
  });
});

describe('unseen causes (issue 13, twenty-first session): asides after a name', () => {
  const words = '“It is imperative that you maintain a relentless focus to build upon the early signs of improvement evidenced by the Commissioner.”';
  it('"X, in a statement, said: “…”" gives the words to X (check/quotes.ts IN_DOC_ASIDE)', () => {
    assert.deepStrictEqual(found(`Steve Race, in a statement, said: ${words}\n`, '2026-05-01', 'attribution').length, 1);
  });
  it('"The letter, in its second paragraph, said: “…”" is still the letter\'s', () => {
    assert.deepStrictEqual(found(`The letter, in its second paragraph, said: ${words}\n`, '2026-05-01', 'attribution'), []);
  });
  it('"(then Conservative)" after a name is a party of its time, still the person\'s (check/roles.ts claimsInBrackets)', () => {
    assert.deepStrictEqual(found('The motion quoted Cllr Su Aves (then Conservative) on the report.\n', '2026-05-01', 'party'), ['Conservative']);
  });
  it('"(then Labour)" for her is right', () => {
    assert.deepStrictEqual(found('The motion quoted Cllr Su Aves (then Labour) on the report.\n', '2026-05-01', 'party'), []);
  });
});

describe('unseen causes (issue 13, twenty-first session): a note in brackets is no label over what follows (time/story.ts isLabelLine)', () => {
  it('"[Note: Wrong year. … in January 2020.]" does not date the paragraphs under it', () => {
    const text = '> The service has been rated inadequate since 2019.\n\n[Note: Wrong year. Ofsted rated it inadequate in January 2020.]\n\n> Cllr Richard Jefferies, Cabinet Member for Children’s Services, said the staff work hard.\n';
    assert.deepStrictEqual(found(text, '2025-12-02', 'role'), []);
  });
});

