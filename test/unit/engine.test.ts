/**
 * The engine on single sentences: what must be flagged (the flagged words, the kind, a word the finding
 * must name) and what must not be (nothing above hint). Written from the two source articles; each case is
 * a kind of sentence journalists write, not a sentence from the labelled drafts.
 */
import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { Finding } from '../../src/core/types';
import { Span, paragraphs, sentences } from '../../src/core/text/sentences';
import { generateDraft } from '../../scripts/gen-drafts';

const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
const loud = (text: string, asOf: string): Finding[] => engine.check(text, { asOf }).findings.filter((f) => f.severity !== 'hint');

interface Flag {
  text: string;
  asOf: string;
  /** words of the finding's range */
  flagged: string;
  kind: string;
  /** a word the message or a suggestion must contain */
  names: string;
}

const FLAGS: Flag[] = [
  { text: 'Councillor Richard Jeffreys said the inspector praised the council.', asOf: '2025-12-01', flagged: 'Jeffreys', kind: 'name', names: 'Jefferies' },
  { text: "Mr Leadbeater's comments were criticised.", asOf: '2022-12-16', flagged: 'Leadbeater', kind: 'name', names: 'Leadbetter' },
  { text: 'Josh McAlister wrote to the council.', asOf: '2025-12-01', flagged: 'McAlister', kind: 'name', names: 'MacAlister' },
  { text: 'Melissa Castlake left the council this year.', asOf: '2022-12-16', flagged: 'Castlake', kind: 'name', names: 'Caslake' },
  { text: 'Robert Jefferies, the cabinet member, responded.', asOf: '2025-12-01', flagged: 'Robert', kind: 'name', names: 'Richard' },
  { text: 'Schools minister Josh MacAlister wrote to the council.', asOf: '2025-12-01', flagged: 'Schools minister', kind: 'role', names: 'Children and Families' },
  { text: 'Steve Race, the MP for Plymouth, called it a final warning.', asOf: '2025-12-01', flagged: 'MP for Plymouth', kind: 'ward', names: 'Exeter' },
  { text: 'Labour councillor John Hart defended the record.', asOf: '2022-12-16', flagged: 'Labour', kind: 'party', names: 'Conservative' },
  { text: 'Tue 14/12: cabinet hears the SEND task group report.', asOf: '2022-12-16', flagged: 'Tue', kind: 'date', names: 'Wednesday' },
  { text: 'The revisit (2022-07) found no progress.', asOf: '2025-12-01', flagged: '2022-07', kind: 'date', names: 'May' },
  { text: 'Dates:\n\n```\nevent,when\nsend_revisit,2022-07\n```\n', asOf: '2025-12-01', flagged: '2022-07', kind: 'date', names: 'May' },
  { text: 'Councillor Su Aves (Conservative, St Sidwell’s & St James) chaired the group.', asOf: '2022-12-16', flagged: 'Conservative', kind: 'party', names: 'Labour' },
  { text: 'Cllr Julian Brazil (Lib Dem, Totnes) called for a government takeover.', asOf: '2022-12-16', flagged: 'Totnes', kind: 'ward', names: 'Kingsbridge' },
  { text: 'Opposition leader Andrew Leadbetter called for the government to step in.', asOf: '2022-12-16', flagged: 'Opposition leader Andrew Leadbetter', kind: 'role', names: 'Brazil' },
  { text: 'Devon was rated inadequate by Ofsted in March 2020.', asOf: '2022-12-16', flagged: 'March 2020', kind: 'date', names: 'January' },
  { text: 'The services have been rated inadequate since 2019.', asOf: '2025-12-01', flagged: '2019', kind: 'date', names: '2020' },
  { text: 'A joint visit by Ofsted and the CQC in 2017 identified the concerns.', asOf: '2022-12-16', flagged: '2017', kind: 'date', names: '2018' },
  { text: 'The cabinet met on Tuesday, 14 December, when Cllr Whitton spoke.', asOf: '2022-12-16', flagged: 'Tuesday', kind: 'date', names: 'Wednesday' },
  { text: 'A joint visit by Ofsted and NHS England found four areas of significant concern.', asOf: '2022-12-16', flagged: 'NHS England', kind: 'organisation', names: 'Care Quality Commission' },
  { text: 'In January 2020 Devon’s children’s services were rated requires improvement by Ofsted.', asOf: '2022-12-16', flagged: 'requires improvement', kind: 'rating', names: 'inadequate' },
  { text: 'Somerset’s children’s services were rated outstanding in July 2022.', asOf: '2022-12-16', flagged: 'outstanding', kind: 'rating', names: 'good' },
  { text: 'Devon CS: Ofsted RI since 2020.', asOf: '2025-12-01', flagged: 'RI', kind: 'rating', names: 'inadequate' },
  // a sourced rating history set in another place; a known place after a dash and "brought in from"
  { text: 'Before that he led children’s services in Cornwall, where the rating rose from “inadequate” in 2015 to “good” in July 2022.', asOf: '2023-01-05', flagged: 'Cornwall', kind: 'organisation', names: 'Somerset' },
  { text: 'Julian Wooster — brought in from Dorset — started last week.', asOf: '2022-12-16', flagged: 'Dorset', kind: 'organisation', names: 'Somerset' },
  // a quotation with a leading article, a phrase of three changed in a long one, a sourced denial dropped
  { text: 'Carol Whitton said Devon was now "the second or third worst in the country".', asOf: '2022-12-16', flagged: 'second or third worst in the country', kind: 'quote', names: 'fourth' },
  { text: 'Julian Brazil said the council had "spectacularly failed to get a handle on the problems for some 13 years".', asOf: '2022-12-16', flagged: 'spectacularly failed to get a handle on the problems for some 13 years', kind: 'quote', names: 'grips' },
  { text: 'A revisit this May found that "progress has been slow".', asOf: '2022-12-16', flagged: 'progress has been slow', kind: 'quote', names: 'not' },
  // quoted words finishing a sourced sentence that the writer's lead-in repeats
  { text: 'Steve Race welcomed the instruction that the Commissioner should remain in place "until March".', asOf: '2025-12-01', flagged: 'until March', kind: 'quote', names: 'for now' },
  { text: 'SOMERSET: INADEQUATE (2015) → OUTSTANDING (JULY 2022)', asOf: '2022-12-16', flagged: 'OUTSTANDING', kind: 'rating', names: 'good' },
  { text: 'Julian Wooster, under whom Somerset moved from “inadequate” to “outstanding”, is the interim director.', asOf: '2023-03-01', flagged: 'outstanding', kind: 'rating', names: 'good' },
  { text: 'The inspectors found 6 areas of significant concern.', asOf: '2022-12-16', flagged: '6', kind: 'number', names: 'four' },
  { text: 'Mr Hart said 40 per cent more money had gone in over the last five years.', asOf: '2022-12-16', flagged: '40 per cent', kind: 'number', names: '50' },
  { text: 'Devon is now the second worst in the country, MPs were told.', asOf: '2022-12-16', flagged: 'second', kind: 'number', names: 'third or fourth' },
  { text: 'Mr Race said: "This is the final chance for Devon County Council to implement real change for vulnerable children under their watch."', asOf: '2025-12-01', flagged: 'This is the final chance for Devon County Council to implement real change for vulnerable children under their watch', kind: 'quote', names: 'last chance' },
  { text: '“We are already working closely with the Department for Education on rapidly implementing our improvement plan,” said Cllr Leadbetter.', asOf: '2022-12-16', flagged: 'We are already working closely with the Department for Education on rapidly implementing our improvement plan,” said Cllr Leadbetter', kind: 'attribution', names: 'Hart' },
  { text: '| Name | Role | Party |\n|---|---|---|\n| Su Aves | Chair of the SEND task group | Conservative |', asOf: '2022-12-16', flagged: 'Conservative', kind: 'party', names: 'Labour' },
  { text: 'Devon was hit with an improvement notice over its SEND services, which it runs in partnership with NHS England.', asOf: '2022-12-16', flagged: 'NHS England', kind: 'organisation', names: 'NHS Devon' },
  { text: 'Julian Wooster, who came from Cornwall, took interim charge.', asOf: '2022-12-16', flagged: 'Cornwall', kind: 'organisation', names: 'Somerset' },
  { text: 'The cabinet met on 14 December 2022, a Thursday, to hear the report.', asOf: '2026-01-10', flagged: 'Thursday', kind: 'date', names: 'Wednesday' },
  { text: 'Su Aves, who leads the Labour group, spoke first.', asOf: '2022-12-16', flagged: 'Su Aves, who leads the Labour group', kind: 'role', names: 'Whitton' },
  { text: 'The Conservative-run council is under pressure to improve.', asOf: '2026-11-20', flagged: 'Conservative-run', kind: 'outdated', names: 'Lib Dem' },
  { text: 'Devon was rated requires improvement by Ofsted in January 2020, and Dorset was rated good.', asOf: '2022-12-16', flagged: 'requires improvement', kind: 'rating', names: 'inadequate' },
  { text: 'Andrew Leadbetter, who is the cabinet member for children’s services, disagrees.', asOf: '2026-11-20', flagged: "Andrew Leadbetter, who is the cabinet member for children’s services", kind: 'outdated', names: 'Jefferies' },
];

const CLEAN: { text: string; asOf: string }[] = [
  { text: 'In December 2022 the Conservative-run council apologised.', asOf: '2026-11-20' },
  { text: 'Then cabinet member Andrew Leadbetter said in 2022 that the council was working tirelessly.', asOf: '2026-11-20' },
  { text: 'The Lib Dem-run council has appointed Richard Jefferies as cabinet member for children’s services.', asOf: '2025-12-01' },
  { text: 'Education Secretary Bridget Phillipson has not commented.', asOf: '2025-12-01' },
  { text: 'Cornwall’s children’s services were rated good in 2023.', asOf: '2025-12-01' },
  { text: 'The race to improve services is on, and Brazil’s World Cup squad is announced today.', asOf: '2025-12-01' },
  { text: 'Exeter MP Steve Race says it is a final warning.', asOf: '2025-12-01' },
  { text: 'Devon has been in the ‘last chance saloon’, Mr Race said.', asOf: '2025-12-01' },
  { text: '“Unfortunately, we’ve not seen that much of a response,” council leader John Hart admitted.', asOf: '2022-12-16' },
  { text: 'Inspectors judged one area, leadership, to require improvement.', asOf: '2022-12-16' },
  { text: 'Four schools in Plymouth were rated good last year.', asOf: '2025-12-01' },
  { text: 'Five years ago the council had a different director.', asOf: '2025-12-01' },
  { text: 'It was a good meeting, and nobody thought the plan inadequate.', asOf: '2022-12-16' },
  { text: 'Andrew Smith, a parent in Exeter, said the service had let his family down.', asOf: '2025-12-01' },
  { text: 'Labour’s Carol Whitton told the cabinet on Wednesday, 14 December, that MPs had been told Devon was the ‘third or fourth worst in the country’.', asOf: '2022-12-16' },
  { text: 'Somerset’s rating rose from inadequate in 2015 to good in July.', asOf: '2022-12-16' },
  // a denial the writer adds is a contrast with what was said; a stranger's words that share a sourced phrase are theirs
  { text: 'The chair said the service was "no longer among the worst in the country" on that measure.', asOf: '2025-12-01' },
  { text: 'One parent said: "The council has failed to get a grip on the problems for years and nobody has paid for it."', asOf: '2022-12-16' },
  // a history the sources do not give (another year), or given with its own place named
  { text: 'In Plymouth, children’s services went from inadequate in 2016 to good in 2022.', asOf: '2023-01-05' },
  { text: 'Somerset went from inadequate in 2015 to good in 2022; Cornwall was rated outstanding.', asOf: '2023-01-05' },
  // a lead-in that goes on with the source's own words; a lead-in that is not the source's
  { text: 'John Hart said the council was taking this "very seriously".', asOf: '2022-12-16' },
  { text: 'Steve Race said the council remained in the "last chance saloon".', asOf: '2025-12-01' },
  { text: 'The grades go from "outstanding" at the top, through "good" and "requires improvement", down to "inadequate".', asOf: '2026-03-01' },
  { text: 'Devon’s children’s services were rated inadequate, the grade below ri, in 2020.', asOf: '2025-12-01' },
  { text: 'The Lib Dems took charge of the council in May 2025.', asOf: '2025-12-01' },
  { text: 'The minister, Josh MacAlister, said he was prepared to let the council continue its improvement work.', asOf: '2025-12-01' },
  { text: 'Council leader Julian Brazil welcomed the letter.', asOf: '2026-11-20' },
  { text: 'Julian Wooster, the interim director, arrived from Somerset.', asOf: '2022-12-16' },
  { text: 'The cabinet meets on Thursday 14 December to hear the report.', asOf: '2023-11-20' },
  { text: 'The children\'s services budget for 2022-23 was set in 2022-02.', asOf: '2025-12-01' },
  { text: 'Wed 14/12/2022: the cabinet met at County Hall.', asOf: '2025-12-01' },
  { text: 'As The Sun, 14 December 2022, reported, the cabinet met at County Hall.', asOf: '2025-12-01' },
  { text: 'Carol Whitton, who leads the Labour group, spoke.', asOf: '2022-12-16' },
  // open world: a date right after another kind of happening dates that one
  { text: 'The interim director took questions on the inspection of March 2024.', asOf: '2024-04-02' },
  // "the first since": the date is an earlier occurrence's
  { text: 'Inspectors returned in the autumn, for the first time since 2023.', asOf: '2026-11-20' },
  // a letter still to come is another letter
  { text: 'A letter from Ofsted will be published next month, the council said.', asOf: '2026-03-02' },
  // a paragraph that last named another council goes on about it
  { text: 'Dorset has had a harder road. The council was judged to require improvement in 2023.', asOf: '2025-12-01' },
  // a weekday after "by" bounds a count, not the meeting's day
  // apologies recur; a date after "the inspection in late" is the inspection's; an "until" date ends no single event
  { text: 'The council apologised to the family in 2019 after an ombudsman’s ruling.', asOf: '2025-12-01' },
  { text: 'The service has been rated inadequate since the inspection in late 2019.', asOf: '2025-12-01' },
  { text: 'The Liberal Democrats took charge of the council and ran it until 2009.', asOf: '2025-12-01' },
  // the leader's "50 per cent more money" is the children's service's: a figure for another service is another figure
  { text: 'Mr Hart said spending on adult social care had risen by 35 per cent over the last five years.', asOf: '2022-12-16' },
  // a city or district council is another council than the county's
  { text: 'Across the county, Newton Abbot Town Council and Bristol City Council are Labour-run.', asOf: '2025-12-01' },
  // a scene told in the present tense is set from its own paragraph on
  { text: 'It is the morning of Wednesday 14 December 2022 and the cabinet is about to meet. The Conservatives run the council, and John Hart is the leader.', asOf: '2026-02-10' },
  // a second occurrence of a kind, and a time before a date
  { text: 'The government issued a second improvement notice over SEND in 2024.', asOf: '2025-12-01' },
  { text: 'Before 2020 the service had been rated requires improvement.', asOf: '2025-12-01' },
  { text: 'An improvement notice over its children’s services came in 2013, and a second improvement notice, over SEND, years later.', asOf: '2025-12-01' },
  // someone introduced as new who shares a sourced person's surname
  { text: 'Lucy Aves, a childminder in Honiton, said she had waited months for help.', asOf: '2025-12-01' },
  { text: 'Dan Leadbetter, 29, runs a youth club in Paignton.', asOf: '2025-12-01' },
  // a count in a clause about another council is that council's
  { text: 'After a joint visit by Ofsted and the CQC, inspectors in Cornwall raised two areas of significant concern.', asOf: '2022-12-16' },
  // a term after "succeeded by" is the successor's
  { text: 'Julian Wooster left in 2023 and was replaced by a permanent director from Wiltshire.', asOf: '2025-12-01' },
  // a joint inspection is one of many: only what it found identifies the 2018 one
  { text: 'A joint inspection of the area’s SEND services in 2024 found systemic failings.', asOf: '2025-12-01' },
  { text: 'Cllr Aves spoke at the cabinet meeting. Parents sent her 90 emails since the meeting, most of them by Friday night.', asOf: '2022-12-17' },
];

describe('engine: sentences that must be flagged', () => {
  for (const c of FLAGS) {
    it(`${c.kind}: ${c.text}`, () => {
      const fs = loud(c.text, c.asOf);
      const hit = fs.find((f) => c.text.slice(f.start, f.end) === c.flagged);
      assert.ok(hit, `expected "${c.flagged}" flagged; got ${JSON.stringify(fs.map((f) => [c.text.slice(f.start, f.end), f.kind, f.message]))}`);
      assert.strictEqual(hit.kind, c.kind, hit.message);
      const said = (hit.message + ' ' + hit.suggestions.join(' ')).toLowerCase();
      assert.ok(said.includes(c.names.toLowerCase()), `"${c.names}" not named in: ${hit.message} / ${hit.suggestions.join(' | ')}`);
      assert.ok(hit.citations.length > 0, 'a citation');
      for (const cit of hit.citations) assert.ok(engine.dataset.sourceById.get(cit.source)!.text.slice(cit.start, cit.end) === cit.quote);
    });
  }
});

describe('engine: sentences that must not be flagged', () => {
  for (const c of CLEAN) {
    it(c.text, () => {
      const fs = loud(c.text, c.asOf);
      assert.deepStrictEqual(fs.map((f) => `${f.kind}: ${c.text.slice(f.start, f.end)} — ${f.message}`), []);
    });
  }
});

describe('engine: time of a claim', () => {
  const text = 'Devon County Council, which is Conservative-run, faces losing its children’s services.';
  it('a 2022 fact presented as current is outdated in 2026', () => {
    assert.deepStrictEqual(loud(text, '2026-11-20').map((f) => f.kind), ['outdated']);
  });
  it('the same sentence written in December 2022 is right', () => {
    assert.deepStrictEqual(loud(text, '2022-12-16'), []);
  });
  it('an earlier date in the paragraph sets the time of a sentence without one', () => {
    const text = 'In December 2022 the cabinet met. Cabinet member Richard Jefferies spoke first.';
    const fs = loud(text, '2026-11-20');
    assert.deepStrictEqual(fs.map((f) => f.kind), ['role'], JSON.stringify(fs.map((f) => f.message)));
    assert.ok(fs[0].message.includes('Leadbetter'), fs[0].message);
  });
  it('a title before a dated deed, a saying told before the title, or a name in the past perfect is that time\'s (traps8)', () => {
    for (const t of [
      'Council leader John Hart apologised in December 2022 after MPs heard the news.',
      '"We will act," said council leader John Hart in December 2022.',
      'Council leader John Hart, speaking in December 2022, said the council would act.',
      'As council leader, Hart had presided over the service for years.',
      'The director of children\u2019s services, Melissa Caslake, had recently left.',
      'The Conservative administration is long gone.',
      'Pictured: council leader John Hart (left) with cabinet member Andrew Leadbetter at County Hall in 2022.',
    ]) assert.deepStrictEqual(loud(t, '2026-03-02').map((f) => f.kind), [], t);
  });
  it('"three years ago this week" sets a title at the anniversary, and a date leading a list as a label reaches all of it (traps8)', () => {
    assert.deepStrictEqual(loud('Three years ago this week, council leader John Hart told the cabinet it had not worked.', '2025-12-12'), []);
    assert.deepStrictEqual(loud('As of December 2022: council leader John Hart; opposition leader Julian Brazil.', '2026-04-01'), []);
  });
  it('"last week" after a title sets it at the draft\'s day, past a scene set before it (traps8)', () => {
    const text = '"We acted," said council leader John Hart in December 2022.\n\n"We will not give up," said council leader John Hart last week.';
    assert.deepStrictEqual(loud(text, '2026-09-14').map((f) => f.kind), ['outdated']);
  });
});

describe('engine: offsets', () => {
  it('curly quotes, non-breaking spaces, dashes and CRLF do not shift ranges', () => {
    const text = '“Quote” —\u00a0text.\r\n\r\nCllr Richard Jeffries said so.';
    const f = loud(text, '2025-12-01').find((x) => x.kind === 'name')!;
    assert.strictEqual(text.slice(f.start, f.end), 'Jeffries');
  });
  it('findings in NFD text map back onto the text as given', () => {
    const text = 'Cafe\u0301 owner Richard Jeffries said so.';
    const f = loud(text, '2025-12-01').find((x) => x.kind === 'name')!;
    assert.strictEqual(text.slice(f.start, f.end), 'Jeffries');
  });
});

describe('engine: paragraphs checked stage by stage keep the order of checking each alone', () => {
  // The engine runs each checker over every paragraph before the next checker; a paragraph's results must still
  // list what its sentence checkers confirm sentence by sentence (and dedupe must see findings in that order).
  const data = loadDataset(path.resolve(__dirname, '../../../data'));
  const sentenceOf = (text: string, para: Span, at: number) => sentences(text, para.start, para.end).findIndex((s) => at >= s.start && at < s.end);

  it('lists sentence checkers\' confirmations in sentence order in every paragraph of generated drafts', () => {
    let pairs = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const text = generateDraft(data, { words: 3000, seed });
      const { confirmations } = engine.check(text, { asOf: '2025-12-05' });
      for (const para of paragraphs(text)) {
        const facts = confirmations.filter((c) => c.kind === 'fact' && c.start >= para.start && c.end <= para.end);
        for (let i = 1; i < facts.length; i++) {
          pairs++;
          const [a, b] = [sentenceOf(text, para, facts[i - 1].start), sentenceOf(text, para, facts[i].start)];
          assert.ok(a <= b, `"${text.slice(facts[i].start, facts[i].end)}" (sentence ${b}) listed after sentence ${a}'s in: ${text.slice(para.start, para.end)}`);
        }
      }
    }
    assert.ok(pairs > 20, `only ${pairs} pairs of confirmations in one paragraph: the drafts test too little`);
  });

  it('gives each paragraph of a draft what checking it alone gives', () => {
    const text = generateDraft(data, { words: 3000, seed: 7 });
    const whole = engine.check(text, { asOf: '2025-12-05' });
    for (const para of paragraphs(text)) {
      const alone = engine.check(text.slice(para.start, para.end), { asOf: '2025-12-05' });
      const inPara = <T extends { start: number; end: number }>(xs: T[]) =>
        xs.filter((x) => x.start >= para.start && x.end <= para.end).map((x) => ({ ...x, start: x.start - para.start, end: x.end - para.start }));
      assert.deepStrictEqual(inPara(whole.findings), alone.findings);
      assert.deepStrictEqual(inPara(whole.confirmations), alone.confirmations);
    }
  });
});
