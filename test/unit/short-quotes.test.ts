/**
 * Small errors in short quotations: a two-word fragment with a word dropped or changed, and five or six words with
 * one phrase changed inside them. Scare quotes, coined phrases and words given to someone else stay unflagged.
 */
import * as assert from 'assert';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import { createEngine } from '../../src/core/engine';

describe('short quotations', () => {
  const engine = createEngine(loadDataset(findDataDir()));
  const quotes = (text: string) =>
    engine.check(text, { asOf: '2025-12-05' }).findings.filter((f) => f.kind === 'quote' && f.severity !== 'hint')
      .map((f) => `${text.slice(f.start, f.end)} -> ${f.suggestions[0] ?? ''}`);

  it('a two-word fragment missing the sourced word between its words', () => {
    assert.deepStrictEqual(quotes('The report warned that things could go "quickly backwards".'), ['quickly backwards -> quickly slip backwards']);
  });

  it('a two-word fragment with a word changed beside a rare kept word, when the speaker is given', () => {
    assert.deepStrictEqual(quotes('Steve Race said the service was "woefully behind".'), ['woefully behind -> woefully short']);
    assert.deepStrictEqual(quotes('Josh MacAlister said the council needed a "relentless drive".'), ['relentless drive -> relentless focus']);
    // "bigger" stands in two of the report's quotations ("bigger concern", "bigger risk"): which one is meant is unknown
    assert.deepStrictEqual(quotes('The report said the "bigger worry" was a break-up.'), []);
  });

  it('no flag on a coined phrase sharing a rare word, with no speaker or another speaker, or on exact words', () => {
    assert.deepStrictEqual(quotes('Devon needs to see the "bigger picture" on reform.'), []);
    assert.deepStrictEqual(quotes('Cllr Richard Jefferies said the service was "woefully behind".'), []);
    assert.deepStrictEqual(quotes('Steve Race said there were "green shoots" and the council was in the "last chance saloon".'), []);
  });

  it('five or six words with one phrase changed inside them, given to their speaker', () => {
    assert.deepStrictEqual(quotes('Steve Race said the service is "woefully behind where it should be".'), ['woefully behind where it should be -> woefully short of where it should be']);
    assert.deepStrictEqual(quotes('Cllr Richard Jefferies said the service is "woefully behind where it should be".'), []);
    assert.deepStrictEqual(quotes('It is "woefully behind where it should be", campaigners say.'), []);
  });
});

describe('a quotation after a name and a colon', () => {
  const engine = createEngine(loadDataset(findDataDir()));
  const attributions = (text: string) =>
    engine.check(text, { asOf: '2025-12-05' }).findings.filter((f) => f.kind === 'attribution').map((f) => text.slice(f.start, f.end));
  const words = '"For too long, vulnerable children and families in Devon have been failed by services and this cannot continue."';

  it('gives the words to the person named before the colon', () => {
    assert.strictEqual(attributions(`Exeter MP Steve Race went further: ${words}`).length, 1);
  });

  it('not when the words before the colon name a role, a document or more than three words', () => {
    assert.deepStrictEqual(attributions(`Steve Race pointed to the minister: ${words}`), []);
    assert.deepStrictEqual(attributions(`Steve Race on the letter: ${words}`), []);
    assert.deepStrictEqual(attributions(`Steve Race had read out what came next: ${words}`), []);
    assert.deepStrictEqual(attributions(`Josh MacAlister went further: ${words}`), []);
  });
});
