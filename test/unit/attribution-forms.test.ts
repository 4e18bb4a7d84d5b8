import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

/** Ways copy attributes a quotation: each case gives sourced words to the wrong person, which must be flagged. */
describe('attribution forms', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const attributions = (text: string) => engine.check(text, { asOf: '2026-01-05' }).findings.filter((f) => f.kind === 'attribution');
  const cases: [string, string][] = [
    ['a headline pull-quote with its speaker after a colon', "# 'What we found was shocking': Leadbetter tells cabinet of findings"],
    ['"reminded the meeting:" before the quotation', 'Cllr Hart also reminded the meeting: "We are one of the worst councils in the country. This is inadequate."'],
    ['a quotation joining two sourced sentences, its verb after it', '"Of course we take this extremely seriously, which is why we\'re working tirelessly to sort it out – the leader, the chief executive, all our staff. We all know that we\'ve come out of a pandemic and we all know it\'s very hard to recruit people at the moment," Cllr Aves told members.'],
  ];
  for (const [what, text] of cases) it(what, () => assert.strictEqual(attributions(text).length, 1));

  it('the right speaker in the same forms is no finding', () => {
    assert.deepStrictEqual(attributions("# 'What we found was shocking': Aves tells cabinet of findings"), []);
    assert.deepStrictEqual(attributions('"Of course we take this extremely seriously, which is why we\'re working tirelessly to sort it out – the leader, the chief executive, all our staff. We all know that we\'ve come out of a pandemic and we all know it\'s very hard to recruit people at the moment," Cllr Leadbetter told members.'), []);
  });
});
