import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/**
 * A quotation given to an organisation or a document instead of a person: wrong when the sources put the words in
 * another body's mouth, or give a councillor's spoken words to a report; right when the body is the speaker's own.
 */
describe('quotations given to a body', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const attributions = (text: string, asOf = '2025-12-05') => engine.check(text, { asOf }).findings.filter((f) => f.kind === 'attribution');

  const wrong: [string, string, string][] = [
    ['a regulator before a colon for the council\'s words', 'The regulator had its say. In a statement Ofsted said: "If Government want children services improved, they need to stop local government reorganisation."', 'council'],
    ['a department after the quotation, for an MP\'s words', '"This is the last chance for Devon County Council to implement real change for vulnerable children under their watch," the Department for Education said.', 'Race'],
    ['the verb first after the quotation', '"For too long, vulnerable children and families in Devon have been failed by services and this cannot continue," said Ofsted.', 'MacAlister'],
    ['"according to" a body, before the quotation', 'According to Ofsted, "We are already working closely with the Department for Education on rapidly implementing our improvement plan."', 'Hart'],
    ['a report made to say a councillor\'s spoken words', 'The cabinet papers were long. Their report said the authority was "going to work very hard to make sure that doesn\'t happen".', 'Leadbetter'],
  ];
  for (const [what, text, expect] of wrong) {
    it(what, () => {
      const found = attributions(text, '2025-12-05');
      assert.strictEqual(found.length, 1, JSON.stringify(found));
      assert.match(found[0].message, new RegExp(expect, 'i'));
    });
  }

  it('the words\' own body, a letter its signatory wrote, or a person named in the clause is no finding', () => {
    assert.deepStrictEqual(attributions('The Department for Education wrote: "For too long, vulnerable children and families in Devon have been failed by services and this cannot continue."'), []);
    assert.deepStrictEqual(attributions('The letter said: "For too long, vulnerable children and families in Devon have been failed by services and this cannot continue."'), []);
    assert.deepStrictEqual(attributions('"We are already working closely with the Department for Education on rapidly implementing our improvement plan," Devon County Council said.', '2022-12-20'), []);
    assert.deepStrictEqual(attributions('Ofsted said Councillor Hart had told it that the council was "taking this very seriously".', '2022-12-20'), []);
  });

  it('a common noun ("the council", "the department") is not read as a body: it may mean another', () => {
    assert.deepStrictEqual(attributions('The department said: "For too long, vulnerable children and families in Devon have been failed by services and this cannot continue."'), []);
  });
});

describe('quotations given to a body: what is not a credit', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const attributions = (text: string) => engine.check(text, { asOf: '2025-12-05' }).findings.filter((f) => f.kind === 'attribution');

  it('a body opening the next sentence is not the credit of the quotation before it', () => {
    assert.deepStrictEqual(attributions('The warning was blunt: "This is the last chance for Devon County Council to implement real change for vulnerable children under their watch." Ofsted said in its last inspection that the service was inadequate.'), []);
  });

  it('a short fragment one body quotes from another is not weighed', () => {
    assert.deepStrictEqual(attributions('The Department for Education said the council was now "in the last chance saloon".'), []);
  });
});
