import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/** Constructions traps11 false-alarmed on (issue 13, seventh session), with sentences of our own. */
describe('unseen causes (issue 13, traps11: corrections columns, owners\' possessives, another occurrence, quoting in a turn)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const found = (text: string, asOf: string, kind?: string) =>
    engine.check(text, { asOf }).findings.filter((f) => (!kind || f.kind === kind) && f.severity !== 'hint').map((f) => text.slice(f.start, f.end));

  describe('a column of corrections (check/corrections.ts, text/answers.ts)', () => {
    const column = (entry: string) => `# Corrections and clarifications\n\n${entry}\n\n## Elsewhere\n\nOfsted rated the service inadequate in March 2020.\n`;

    it('an entry under a heading of corrections reports the error it corrects, label and all', () => {
      const text = column('**Children’s services (4 May).** A profile of the service said Ofsted rated it inadequate in March 2020. The rating came in January 2020.');
      // (the same words under another heading are the writer's own claim)
      assert.deepStrictEqual(found(text, '2026-05-10', 'date'), ['March 2020']);
      assert.strictEqual(text.lastIndexOf('March 2020'), engine.check(text, { asOf: '2026-05-10' }).findings.find((f) => f.kind === 'date')!.start);
    });

    it('"Corrections:", "we regret the error" mark a paragraph as one', () => {
      assert.deepStrictEqual(found('Corrections: last week we said Ofsted rated the service inadequate in 2021. It was January 2020.', '2026-05-10', 'date'), []);
      assert.deepStrictEqual(found('The same article quoted Steve Race as saying the council was “in the last chance salon”. He said “saloon”. We regret the error.', '2026-05-10', 'quote'), []);
    });

    it('without a word of correction, what an article is said to have said is still checked', () => {
      assert.deepStrictEqual(found('A profile of the service said Ofsted rated it inadequate in March 2020.', '2026-05-10', 'date'), ['March 2020']);
    });
  });

  it('an owner\'s possessive before a post is no portfolio ("his own party\'s minister"), a party\'s before a group leader is its group', () => {
    assert.deepStrictEqual(found('His own party’s minister, Josh MacAlister, wrote that the Department would act.', '2026-03-01'), []);
    assert.deepStrictEqual(found('The government’s minister, Josh MacAlister, wrote that the Department would act.', '2026-03-01'), []);
    assert.deepStrictEqual(found('The schools minister, Josh MacAlister, wrote that the Department would act.', '2026-03-01', 'role'), ['schools minister']);
  });

  it('"a separate …", "a different …" before the event\'s noun after the date: another occurrence', () => {
    const first = 'In December 2018 a joint visit by Ofsted and the Care Quality Commission found four areas of significant concern.';
    assert.deepStrictEqual(found(`${first} Two years later, in 2020, a separate monitoring visit found progress.`, '2026-03-01', 'date'), []);
    assert.deepStrictEqual(found('In March 2019 a joint visit by Ofsted and the Care Quality Commission found four areas of significant concern.', '2026-03-01', 'date'), ['March 2019']);
  });

  describe('a speaker quoting somebody else in a transcript\'s turn (check/quotes.ts)', () => {
    it('"He also said …", "The report says …" in a turn give the words to another, not to the label\'s speaker', () => {
      const turn = (words: string) => `**Q:** Is there any progress?\n\n**CLLR JEFFERIES:** ${words}`;
      assert.deepStrictEqual(found(turn('Our critics have been fair. He also said “some green shoots have started to appear”, and I agree.'), '2026-01-10', 'attribution'), []);
      assert.deepStrictEqual(found(turn('The report says, and I quote: “The bigger concern would be for any recommendation which leads to the break-up and fragmentation of Devon County Council.”'), '2026-01-10', 'attribution'), []);
    });

    it('words the label\'s speaker says as their own are still theirs', () => {
      const text = '**Q:** Is there any progress?\n\n**CLLR JEFFERIES:** Honestly, “some green shoots have started to appear”.';
      // (the finding takes in the label that names the speaker)
      assert.deepStrictEqual(found(text, '2026-01-10', 'attribution').map((t) => t.startsWith('CLLR JEFFERIES') && t.endsWith('to appear')), [true]);
    });
  });

  it('", who represented …" beside a post: a standing fact told in the past sets the post in the past too', () => {
    const text = 'The council’s leader, John Hart, who represented Bickleigh & Wembury, said more money had gone in.';
    assert.deepStrictEqual(found(text, '2026-03-20', 'outdated'), []);
    assert.deepStrictEqual(found('The council’s leader, John Hart, who represents Bickleigh & Wembury, says more money has gone in.', '2026-03-20', 'outdated'), ['council’s leader, John Hart']);
  });

  it('", having …" after a date opens a clause of its own: the date is not the participle\'s', () => {
    assert.deepStrictEqual(found('Julian Wooster arrived in Devon in December 2022, having taken Somerset’s children’s services from “inadequate” to “good”.', '2026-03-01'), []);
  });

  it('control in the past tense at a day with no year ("At its 14 December meeting, a Conservative-run council heard …") is not outdated', () => {
    assert.deepStrictEqual(found('At its 14 December cabinet meeting, a Conservative-run council heard that the service was failing.', '2026-04-15', 'outdated'), []);
    // (present tense with a coming month: the council now)
    assert.deepStrictEqual(found('Conservative-run Devon County Council has until March to show that its services are improving.', '2026-01-15', 'outdated'), ['Conservative-run']);
  });
});
