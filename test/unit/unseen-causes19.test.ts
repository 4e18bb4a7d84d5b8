import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { readDocument } from '../../src/core/text/document';

/**
 * What the thirteenth session's development sets missed or false-alarmed on (issue 13) — drafts33 and drafts34, the
 * blind holdout20 and holdout21 opened for development, and the new sets written this session — with sentences of our own.
 */
describe('unseen causes (issue 13, thirteenth session)', () => {
  const DATA = path.resolve(__dirname, '../../../data');
  const engine = createEngine(loadDataset(DATA));
  const found = (text: string, asOf: string, kind?: string) =>
    engine.check(text, { asOf }).findings.filter((f) => (!kind || f.kind === kind) && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  describe('a section heading that ends on its time (time/story.ts sectionDate)', () => {
    const list = '- Julian Brazil — Lib Dem opposition leader, Kingsbridge\n';
    it('"## Who held which post in 2022" dates the list under it, as "## 2022" would', () => {
      assert.deepStrictEqual(found(`# Covering the council\n\nA note for new starters.\n\n## Who held which post in 2022\n\n${list}`, '2026-05-06', 'outdated'), []);
      assert.deepStrictEqual(found(`# Covering the council\n\nA note for new starters.\n\n## Who holds which post\n\n${list}`, '2026-05-06', 'outdated').length, 1);
    });
    it('so does a plain line standing over a list ("Part 3: names and posts in December 2022")', () => {
      assert.deepStrictEqual(found(`Briefing pack for the desk.\n\nPart 3: names and posts in December 2022\n${list}`, '2026-05-06', 'outdated'), []);
      assert.deepStrictEqual(found(`Briefing pack for the desk.\n\nPart 3: names and posts\n${list}`, '2026-05-06', 'outdated').length, 1);
    });
  });

  describe('a clause joined on by "and" after a dated one (check/time.ts joinedOn)', () => {
    it('is not set back at a heading\'s time: it happened when the clause before it says', () => {
      const story = (who: string) => `# Looking back — December 2022\n\nMuch changed afterwards. The Liberal Democrats won control of the council in May 2025, and Cllr ${who} became cabinet member for children’s services.`;
      assert.deepStrictEqual(found(story('Richard Jefferies'), '2026-10-01', 'role'), []);
      // (with no dated clause before it, the heading's time still holds)
      assert.deepStrictEqual(found('# Looking back — December 2022\n\nMuch changed afterwards, and Cllr Richard Jefferies became cabinet member for children’s services.', '2026-10-01', 'role').length, 1);
    });
    it('a wrong date in the first clause is flagged there, not again on the post after "and"', () => {
      const r = found('The Liberal Democrats won control of the council in May 2023, and Cllr Richard Jefferies became cabinet member for children’s services.', '2026-10-01');
      assert.ok(!r.some((t) => t.includes('Jefferies')), r.join(' | '));
    });
  });

  describe('a title after "claimed by" and the like is dated by the date after the name (check/time.ts SAYING_BEFORE)', () => {
    it('"a figure claimed by opposition leader X in 2022" gives the post of 2022', () => {
      assert.deepStrictEqual(found('Thirteen: the years of failure claimed by opposition leader Julian Brazil in 2022.', '2026-08-05', 'outdated'), []);
      assert.deepStrictEqual(found('Thirteen: the years of failure now claimed by opposition leader Julian Brazil.', '2026-08-05', 'outdated').length, 1);
    });
  });

  describe('a spreadsheet pasted as it is, with no fence (text/document.ts pastedDelimited)', () => {
    const sheet = (words: string) => `Working copy, pasted from the sheet.\n\nyear,item,who,detail\n"2022","Cabinet","Su Aves","Chair of the SEND task group"\n"2025","Letter","Josh MacAlister","Minister: department '${words}'"\n`;
    it('a field\'s quotes are no quotation marks: the label before the quoted words is not taken for them', () => {
      assert.deepStrictEqual(found(sheet('will not hesitate to move to a Trust model of intervention if progress stalls'), '2026-02-01', 'quote'), []);
      assert.strictEqual(found(sheet('will not hesitate to move to a Trust model of intervention if progress slows'), '2026-02-01', 'quote').length, 1);
    });
  });

  describe('whose words a second quotation is (check/quotes.ts behindNewClause)', () => {
    it('"X says \'…\', and the minister refers to \'…\'": the second words are the minister\'s, not X\'s', () => {
      const t = (verb: string) => `Exeter MP Steve Race says "some green shoots have started to appear", and the minister ${verb} "early signs of improvement evidenced by the Commissioner".`;
      assert.deepStrictEqual(found(t('refers to'), '2025-12-01', 'attribution'), []);
      assert.deepStrictEqual(found(t('says'), '2025-12-01', 'attribution'), []);
      // ("…", and adds "…": no new subject, the same speaker)
      assert.strictEqual(found('Exeter MP Steve Race says "some green shoots have started to appear", and adds "What we found was shocking".', '2025-12-01', 'attribution').length, 1);
    });
  });

  describe('posts (check/roles.ts)', () => {
    it('"vice-chair of a cross-party … group": the group named with "a" is still the sourced one', () => {
      assert.strictEqual(found('Councillor Su Aves, vice-chair of a cross-party SEND task group, told the meeting it was shocking.', '2022-12-14', 'role').length, 1);
      assert.deepStrictEqual(found('Councillor Su Aves, chair of a cross-party SEND task group, told the meeting it was shocking.', '2022-12-14', 'role'), []);
    });
    it('"the … brief sits with X": the brief is the person\'s, at the time the sentence tells', () => {
      assert.strictEqual(found('These days the children’s services brief sits with Councillor Andrew Leadbetter.', '2025-11-20', 'outdated').length, 1);
      assert.deepStrictEqual(found('These days the children’s services brief sits with Councillor Richard Jefferies.', '2025-11-20'), []);
      assert.deepStrictEqual(found('In 2022 the children’s services brief sat with Councillor Andrew Leadbetter.', '2025-11-20'), []);
    });
    it('a comparison after the post (", as he was when the 2022 warnings were made") does not date it', () => {
      assert.strictEqual(found('Andrew Leadbetter remains the cabinet member for children’s services, just as he was when the 2022 report came out.', '2026-03-01', 'outdated').length, 1);
      assert.deepStrictEqual(found('Andrew Leadbetter was the cabinet member for children’s services when the 2022 report came out.', '2026-03-01', 'outdated'), []);
    });
  });

  describe('control (check/control.ts)', () => {
    it('"the Conservatives, who took charge in May": the party in a relative clause took charge then', () => {
      assert.strictEqual(found('On the politics: it is the Conservatives, who took charge in May after the local elections.', '2025-11-20', 'party').length, 1);
      assert.deepStrictEqual(found('On the politics: it is the Liberal Democrats, who took charge in May after the local elections.', '2025-11-20'), []);
    });
  });

  describe('front matter\'s prose fields (text/document.ts frontMatterProse)', () => {
    const draft = (summary: string, tags: string) =>
      `---\ntitle: "Where the service stands"\ndate: 2026-02-01\nsummary: "${summary}"\ntags: [${tags}]\n---\n\nEXETER, 1 February 2026 — The council said it was making progress.\n`;
    it('a summary and tags are the writer\'s words: checked as the body is', () => {
      assert.deepStrictEqual(found(draft('Rated inadequate by Ofsted since January 2021.', 'Ofsted, Richard Jeffries'), '2026-02-01'), ['January 2021', 'Jeffries']);
      assert.deepStrictEqual(found(draft('Rated inadequate by Ofsted since January 2020.', 'Ofsted, Richard Jefferies'), '2026-02-01'), []);
    });
    it('they are no paragraph of the story: the dateline under them still opens it', () => {
      const t = draft('Rated inadequate by Ofsted since January 2020.', 'Ofsted');
      // (the dateline's day is no claim)
      assert.deepStrictEqual(found(t.replace('1 February 2026', '15 December 2022').replace('2026-02-01', '2022-12-15') + '\nThe cabinet heard yesterday that the service was among the worst.\n', '2022-12-15', 'date'), []);
    });
  });

  describe('what a post or comment thread carries (traps40)', () => {
    it('a date and clock time ending their line are a stamp: the time of writing, not of what is told', () => {
      const t = (stamp: string) => `> **DartValleyDad** · ${stamp}\n> Four areas of "significant concern" after the visit, and still no plan.`;
      assert.deepStrictEqual(found(t('2 July 2019, 21:05'), '2019-07-02'), []);
      // (a message header's "Sent:" day is read still: titles under it are of that day)
      assert.deepStrictEqual(found('From: Desk\nSent: Friday 16 December 2022 08:40\nSubject: Follow-ups\n\nCouncil leader John Hart is not doing interviews today.', '2026-11-01', 'outdated'), []);
    });
    it('a clock\'s minutes are no count ("08:14" then "four areas")', () => {
      assert.deepStrictEqual(found('> **ExeValleyMum** · 18 June 2019, 08:14\n> Four areas of “significant concern” after the Ofsted and CQC visit last December, and six months later no plan.', '2019-06-18', 'number'), []);
      assert.strictEqual(found('Fourteen areas of significant concern were found after the Ofsted and CQC visit.', '2019-06-18', 'number').length, 1);
    });
    it('"my MP", "our MP": a possessive is no constituency', () => {
      assert.deepStrictEqual(found('Steve Race, my MP, wrote back within a week.', '2026-05-01', 'ward'), []);
      assert.strictEqual(found('Steve Race, the Torbay MP, wrote back within a week.', '2026-05-01', 'ward').length, 1);
    });
  });

  describe('tables and reprints (traps40)', () => {
    it('a "Date said" column dates the saying, not what was said', () => {
      const t = (col: string) => `| ID | Claim | ${col} | Note |\n|---|---|---|---|\n| 3 | The government “will take the service off the council in March” | 30 Nov 2025 | Warning only: it could be taken off the council from March unless improvements are made. |\n`;
      assert.deepStrictEqual(found(t('Date said'), '2025-12-03', 'date'), []);
      assert.deepStrictEqual(found(t('Posted'), '2025-12-03', 'date'), []);
      // (a column of when things happened is read as ever, where the row's words give the happening no date of their own)
      const bare = `| ID | Claim | Date | Note |\n|---|---|---|---|\n| 3 | The government could take the service off the council | 30 Nov 2025 | Warning only, unless improvements are made. |\n`;
      assert.strictEqual(found(bare, '2025-12-03', 'date').length, 1);
    });
    it('an editor\'s note that a report is reprinted as first published on a day sets the report at that day', () => {
      const note = (words: string) => `Editor’s note, 2 April 2026: ${words}\n\n———\n\nLeader John Hart said the council is taking the situation very seriously.`;
      assert.deepStrictEqual(found(note('This report was first published on 15 December 2022. We reprint it unchanged.'), '2026-04-02', 'outdated'), []);
      assert.strictEqual(found(note('This report looks back at December 2022.'), '2026-04-02', 'outdated').length, 1);
    });
  });

  describe('shapes of traps39', () => {
    it('a table lined up with spaces, no pipes: each line a row, so a quotation is not credited across rows', () => {
      const table = [
        'When            What                                              Who',
        '--------------  ------------------------------------------------  ------------------------',
        'early Dec 2022  Julian Wooster takes interim charge               Devon County Council',
        '14 Dec 2022     MPs told the service is "third or fourth worst"   Cllr Carol Whitton (Lab)',
        '14 Dec 2022     "What we found was shocking"                      Cllr Su Aves',
      ].join('\n');
      assert.deepStrictEqual(found(`Desk reference.\n\n${table}\n`, '2026-02-11', 'attribution'), []);
      const doc = readDocument(`Desk reference.\n\n${table}\n`, 'markdown');
      assert.strictEqual(doc.blocks.filter((b) => b.kind === 'row').length, 3);
    });
    it('prose is never read as such a table', () => {
      const prose = 'The council said it had put more money in over five years.\nIt said it would keep doing so while the service improved.\nIt did not say how much more it would spend after that.\n';
      assert.ok(!readDocument(prose, 'markdown').blocks.some((b) => b.kind === 'row'));
    });
    it('an extract with its lines numbered "(7) … (8) …": the numbers are no words of a quotation broken across them', () => {
      const t = '(1) John Hart, the leader, admitted: "Unfortunately, we\'ve\n(2) not seen that much of a response." Su Aves said\n(3) "What we found was shocking."\n';
      assert.deepStrictEqual(found(t, '2024-05-13', 'quote'), []);
    });
    it('"met on 14 February 2019 to discuss December\'s joint visit": the visit has its own date', () => {
      const t = (own: string) => `Caption: Parents meet at a coffee morning in Tiverton on Thursday 14 February 2019 to talk about the findings of ${own} joint visit by Ofsted and the Care Quality Commission, which identified four areas of significant concern.`;
      assert.deepStrictEqual(found(t('December’s'), '2019-02-15', 'date'), []);
      assert.strictEqual(found(t('the'), '2019-02-15', 'date').length, 1);
      assert.strictEqual(found('On Thursday 14 February 2019 Ofsted and the Care Quality Commission made a joint visit and found four areas of significant concern.', '2019-02-15', 'date').length, 1);
    });
    it('"It is December 2022." opening a paragraph tells it in the present of that date', () => {
      const t = (opening: string) => `# Looking back\n\n*Told as it happened. Written in January 2026.*\n\n${opening}Melissa Caslake has left as director of children’s services. Julian Wooster, who turned Somerset round from “inadequate” in 2015 to “good” that July, takes interim charge. The Lib Dem opposition leader, Julian Brazil, calls for the government to take over.`;
      assert.deepStrictEqual(found(t('It is early December 2022. '), '2026-01-20', 'outdated'), []);
      // (with no date, the present is the draft's)
      assert.strictEqual(found(t(''), '2026-01-20', 'outdated').length, 1);
    });
  });

  describe('more of drafts33\'s misses', () => {
    it('a headline\'s credit "Name to body: \'…\'" gives the words to the name', () => {
      assert.strictEqual(found('LATEST: Whitton to cabinet: "Please own this. It has happened under your watch."', '2022-12-14', 'attribution').length, 1);
      assert.deepStrictEqual(found('LATEST: Aves to cabinet: "Please own this. It has happened under your watch."', '2022-12-14', 'attribution'), []);
    });
    it('a reference link whose definition is further down ("[the Care Quality Commission][1]") reads as its words', () => {
      const t = (body: string) => `The service was rated inadequate by [${body}][1] in January 2020.\n\nMore follows.\n\n[1]: https://example.org/report\n`;
      assert.deepStrictEqual(found(t('the Care Quality Commission'), '2026-03-01', 'organisation'), ['Care Quality Commission']);
      assert.deepStrictEqual(found(t('Ofsted'), '2026-03-01'), []);
    });
    it('a post taken up "when" a dated thing happened is dated by it', () => {
      assert.strictEqual(found('Richard Jefferies, who became council leader when the Liberal Democrats took charge in May 2025, spoke to us.', '2026-06-01', 'role').length, 1);
      assert.deepStrictEqual(found('Richard Jefferies, who became cabinet member when the Liberal Democrats took charge in May 2025, spoke to us.', '2026-06-01'), []);
    });
  });

  describe('older development sets\' last false alarms', () => {
    it('"invited to a governors\' forum in June": an occasion of its own takes the date, not a happening told before it', () => {
      assert.deepStrictEqual(found('Richard Jefferies, who became cabinet member after the Liberal Democrats took charge in May 2025, has been invited to a parents\' forum in June.', '2026-03-01', 'date'), []);
      assert.strictEqual(found('Richard Jefferies became cabinet member after the Liberal Democrats took charge in June 2025.', '2026-03-01', 'date').length, 1);
    });
    it('a grade with no subject ("Rated \'good\', up from …") goes on about the place the line before names', () => {
      const t = (place: string) => `**6. Ofsted inspection of ${place} children’s services, July 2022.**\nRated ‘good’, up from ‘inadequate’ in 2015; background on Julian Wooster, who took interim charge in Devon in December 2022.`;
      assert.deepStrictEqual(found(t('Somerset'), '2026-03-01', 'rating'), []);
      // (a sentence with a subject of its own is about it: the home service, named in its clause)
      assert.strictEqual(found('**6. Ofsted inspection of Somerset children’s services, July 2022.**\nDevon’s service was rated ‘good’ that year; background on Julian Wooster.', '2026-03-01', 'rating').length, 1);
    });
  });

  describe('traps41\'s causes', () => {
    it('"… the cabinet member for children\'s services, X\'s letter …": a possessive after the comma is no apposition', () => {
      assert.deepStrictEqual(found('What matters now: Cllr Richard Jefferies as the new cabinet member for children\'s services, Josh MacAlister\'s letter as minister, and the deadline.', '2026-01-10', 'role'), []);
      assert.strictEqual(found('What matters now: the new cabinet member for children\'s services, Josh MacAlister, and the deadline.', '2026-01-10', 'role').length, 1);
    });
    it('"<br>" in a table cell parts a ward from the party after it', () => {
      const row = (cell: string) => `| Name | Post | Ward and party |\n|---|---|---|\n| John Hart | Council leader (December 2022) | ${cell} |\n`;
      assert.deepStrictEqual(found(row('Bickleigh & Wembury<br>Con'), '2026-02-01', 'ward'), []);
      assert.strictEqual(found(row('Bickleigh & Wembury<br>Labour'), '2026-02-01', 'party').length, 1);
    });
    it('"2015 → 2022 — climb from inadequate to good": two dates joined by an arrow bound one stretch', () => {
      assert.deepStrictEqual(found('**2015 → 2022** — Somerset’s climb from ‘inadequate’ to ‘good’, on the watch of Julian Wooster, who took interim charge in Devon in December 2022.', '2026-03-02', 'date'), []);
    });
    it('a quoted headline of a few words around a quotation: the inner words are the speaker\'s', () => {
      assert.deepStrictEqual(found('Our headline was “Leader: ‘we’ve not seen that much of a response’”.', '2026-03-02', 'quote'), []);
      assert.strictEqual(found('Our headline was “Leader: ‘we’ve not seen that much of a result’”.', '2026-03-02', 'quote').length, 1);
    });
    it('a term in quotation marks that differs from the source by a noun\'s number only is no misquote', () => {
      assert.deepStrictEqual(found('Families ask the council for an "EHC needs assessment" first.', '2026-01-10', 'quote'), []);
    });
    it('"the Conservatives, who ran County Hall until May", written in December: the May before, not the next', () => {
      assert.deepStrictEqual(found('It has been rated inadequate since 2020 — under the Conservatives, who ran County Hall until May, and now under the Liberal Democrats.', '2025-12-10', 'outdated'), []);
      // ("has until March": a deadline to come, read as ever)
      assert.strictEqual(found('The Lib Dem-led council has until March to show progress.', '2022-12-20', 'party').length, 1);
    });
  });

  describe('traps42\'s causes', () => {
    it('a correction of "an earlier upload" reports the error it corrects', () => {
      assert.deepStrictEqual(found('Corrections: an earlier upload said the joint visit was in 2019. It was December 2018.', '2026-02-20', 'date'), []);
    });
    it('"the lowest of four grades, below \'requires improvement\'": a grade named as another\'s bound', () => {
      const t = 'Last month Ofsted rated Devon County Council’s children’s services ‘inadequate’. That is the lowest of Ofsted’s four grades, below ‘requires improvement’.';
      assert.deepStrictEqual(found(t, '2020-02-20', 'rating'), []);
    });
    it('an aligned table\'s first line of short names over rows of dates is its header, with no line of dashes', () => {
      const line = (a: string, b: string, c: string) => a.padEnd(17) + b.padEnd(56) + c;
      const table = (source: string) => [
        line('When', 'What happened', source),
        line('May 2025', 'Lib Dems take charge after the local elections', '2025 final-notice story'),
        line('Mar 2026', 'Earliest the service could be taken off the council', '2025 final-notice story'),
      ].join('\n');
      // (the "Where it comes from" column cites: its year dates no happening of the row)
      assert.deepStrictEqual(found(`Key dates.\n\n${table('Where it comes from')}\n`, '2026-02-09', 'date'), []);
    });
    it('"Exeter, 14 December 2022." alone on a line sets a scene told in its present', () => {
      const t = (line: string) => `# Scenes\n\nA story told in the moments that made it.\n\n${line}\n\nIt is a Wednesday. Andrew Leadbetter, the cabinet member for children’s services, talks about how hard it is to recruit.`;
      assert.deepStrictEqual(found(t('Exeter, 14 December 2022.'), '2026-04-02', 'outdated'), []);
      assert.strictEqual(found(t('Exeter, County Hall.'), '2026-04-02', 'outdated').length, 1);
    });
    it('"X was cabinet member for …, Carol Whitton (Lab, …) led the Labour group": no apposition across a list of clauses', () => {
      const t = 'In December 2022 Andrew Leadbetter (Con, Wearside and Topsham) was cabinet member for children\'s services, Carol Whitton (Lab, St David\'s & Haven Banks) led the Labour group, and Julian Brazil was opposition leader.';
      assert.deepStrictEqual(found(t, '2026-02-09', 'role'), []);
      // ("… is the cabinet member, Cllr X, who …": an apposition still)
      assert.strictEqual(found('Our contact is the Cabinet Member for Children’s Services, Cllr Andrew Leadbetter, who chairs the group.', '2026-02-09', 'outdated').length, 1);
    });
  });

  describe('drafts35\'s false alarms', () => {
    it('a happening denied with its date ("hasn\'t been rated \'inadequate\' since 2018") claims no date', () => {
      assert.deepStrictEqual(found('No, the council hasn’t been rated ‘inadequate’ since 2018: that year was the joint visit.', '2026-02-01', 'date'), []);
      // (a negation on another verb leaves the happening's date claimed: "progress had not been made on the concerns identified in 2019")
      assert.strictEqual(found('A revisit in May 2022 found progress had not been made on the four areas of concern identified in December 2019.', '2026-02-01', 'date').length, 1);
    });
    it('"since the committee last met in March 2026": another body\'s sitting takes the date', () => {
      assert.deepStrictEqual(found('This report updates members on progress against the children’s services improvement plan since the committee last met in March 2026.', '2026-06-10', 'date'), []);
      assert.strictEqual(found('The cabinet met on 15 December 2022 to hear about children’s services.', '2026-01-05', 'date').length, 1);
    });
  });

  describe('a script\'s stage direction (check/quotes.ts STAGE_DIRECTION)', () => {
    it('"**CLLR X:** *(standing)* …": the words after the direction are the speaker\'s', () => {
      assert.strictEqual(found('**CLLR LEADBETTER:** *(standing, not looking at the room)* What we found was shocking. We are one of the worst councils in the country.', '2026-03-01', 'attribution').length, 1);
      assert.deepStrictEqual(found('**CLLR AVES:** *(standing)* What we found was shocking. We are one of the worst councils in the country.', '2026-03-01'), []);
    });
  });
});
