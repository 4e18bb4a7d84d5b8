/**
 * Q&A answers read with their question (text/answers.ts): "Who is X?" answered "The MP for Exmouth." claims X is
 * that MP; the words lent by the question never carry a finding of their own.
 */
import * as assert from 'assert';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import { createEngine, IncrementalChecker } from '../../src/core/engine';
import { questionFrame, unframe } from '../../src/core/text/answers';

describe('Q&A answers read with their question', () => {
  const engine = createEngine(loadDataset(findDataDir()));
  const kinds = (text: string, asOf: string) =>
    engine.check(text, { asOf }).findings.map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);

  it('makes an appositive, a post or a speaker of the question, and leaves other questions alone', () => {
    assert.strictEqual(questionFrame('Who is Steve Race?'), 'Steve Race, ');
    assert.strictEqual(questionFrame('Q: Who was the leader of the council?'), 'the leader of the council, ');
    assert.strictEqual(questionFrame('Who chairs the task group?'), 'The chair of the task group, ');
    assert.strictEqual(questionFrame('Who said "things could slip"?'), '"things could slip" said ');
    assert.strictEqual(questionFrame('Who wrote the letter?'), undefined, 'no quotation: nothing to attribute');
    assert.strictEqual(questionFrame('Who is in charge of the service?'), undefined);
    assert.strictEqual(questionFrame('Which MP called it a final warning?'), undefined);
    assert.strictEqual(questionFrame('What happens next?'), undefined);
  });

  it('drops findings on the inserted words, moves a pairing one to the answer, and keeps offsets', () => {
    const frame = { at: 3, insert: 'Steve Race, ', headEnd: 10, past: false };
    const out = unframe(
      [
        { start: 3, end: 8, kind: 'name' },
        { start: 4, end: 9, kind: 'role' },
        { start: 20, end: 25, kind: 'ward' },
        { start: 0, end: 20, kind: 'attribution' },
      ],
      frame,
    );
    assert.deepStrictEqual(out, [
      { start: 3, end: 10, kind: 'role' },
      { start: 8, end: 13, kind: 'ward' },
      { start: 0, end: 8, kind: 'attribution' },
    ]);
  });

  it('flags a wrong answer under a heading, a bold line or a "Q:" line, on the answer', () => {
    const heading = '## Who is Steve Race?\n\nThe MP for Exmouth, who called the letter a final warning.\n';
    assert.deepStrictEqual(kinds(heading, '2025-12-05').map((k) => k.split(':')[0]), ['ward']);
    const bold = '**Who said "the service is woefully short of where it should be"?**\nRichard Jefferies.\n';
    assert.ok(kinds(bold, '2025-12-05').some((k) => k.startsWith('attribution:') && k.includes('Richard Jefferies')));
    const labelled = 'Q: Who is Julian Brazil?\nA: The leader of the council.\n';
    assert.ok(kinds(labelled, '2023-01-03').some((k) => k === 'role:The leader of the council'));
  });

  it('a right answer, a second paragraph and a question not about a person give no finding', () => {
    const text = [
      '## Who is Steve Race?', '', 'The MP for Exeter.', '', 'He says the letter is a final warning.', '',
      '## Who chaired the SEND task group?', '', 'Councillor Su Aves.', '',
      '## Who is in charge of the service?', '', 'Richard Jefferies, the cabinet member for children\'s services.', '',
    ].join('\n');
    assert.deepStrictEqual(kinds(text, '2025-12-05'), []);
  });

  it('a question in the present tense makes a past post outdated; one in the past tense does not', () => {
    const now = '**Who leads Devon County Council?**\nJohn Hart, the Conservative councillor.\n';
    assert.deepStrictEqual(kinds(now, '2026-02-15'), ['outdated:John Hart']);
    const then = '**Who led Devon County Council?**\nJohn Hart.\n\nQ: Who was the council leader?\nA: John Hart.\n';
    assert.deepStrictEqual(kinds(then, '2026-02-15'), []);
  });

  it('the editor\'s incremental check gives what a full check gives', () => {
    const text = '**Who is Steve Race?**\nThe MP for Exmouth.\n\nQ: Who chaired the SEND task group?\nA: Carol Whitton.\n';
    const full = engine.check(text, { asOf: '2023-01-03' });
    assert.deepStrictEqual(new IncrementalChecker(engine).check(text, { asOf: '2023-01-03' }), full);
    assert.strictEqual(full.findings.length, 2);
  });

  describe('a pronoun that refers back to the paragraph before', () => {
    const attributions = (text: string) => engine.check(text, { asOf: '2025-12-08' }).findings.filter((f) => f.kind === 'attribution').length;
    const words = '"This is the last chance for Devon County Council to implement real change for vulnerable children under their watch,"';

    it('gives a paragraph\'s opening quotation to the one person the paragraph before names', () => {
      assert.strictEqual(attributions(`The minister, Josh MacAlister, wrote to the council.\n\n${words} he wrote.\n`), 1);
      assert.strictEqual(attributions(`Exeter MP Steve Race spoke.\n\n${words} he said.\n`), 0, 'the right speaker');
    });

    it('not after a paragraph naming two people, nor when the paragraph names someone first', () => {
      assert.strictEqual(attributions(`Josh MacAlister and Julian Brazil met.\n\n${words} he said.\n`), 0);
      assert.strictEqual(attributions(`Josh MacAlister wrote.\n\nA spokesman replied. ${words} he said.\n`), 0);
      assert.strictEqual(attributions(`Josh MacAlister wrote.\n\n## Reaction\n\n${words} he said.\n`), 0);
    });
  });
});

