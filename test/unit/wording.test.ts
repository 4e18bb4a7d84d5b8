import * as assert from 'assert';
import { applyWording, formerWordings, WordingFix } from '../../src/extension/wording';

const HART = { given: 'John', surname: 'Hart', titles: ['Councillor', 'Cllr', 'Mr'] };
const LEADBETTER = { given: 'Andrew', surname: 'Leadbetter', titles: ['Councillor', 'Cllr'] };

/** The fixes for the claim `covered` found in `text`: what each leaves in the draft. */
function fixes(text: string, covered: string, person = HART, until = '2025-05'): Record<string, string> {
  const at = text.indexOf(covered);
  assert.ok(at >= 0);
  const out: Record<string, string> = {};
  for (const f of formerWordings(covered, text.slice(0, at), text.slice(at + covered.length), person, until)) {
    assert.strictEqual(applyWording(covered, f), f.text, 'the edits make the text the title shows');
    out[f.kind] = text.slice(0, at) + f.text + text.slice(at + covered.length);
  }
  return out;
}

describe('the "then-" and "former" wording of an outdated role', () => {
  it('a title before the name: "then-council leader John Hart", "former council leader John Hart"', () => {
    assert.deepStrictEqual(fixes('The report was welcomed by council leader John Hart at the time.', 'council leader John Hart'), {
      then: 'The report was welcomed by then-council leader John Hart at the time.',
      former: 'The report was welcomed by former council leader John Hart at the time.',
    });
  });

  it('at a sentence start: the added word takes the capital, a generic role word loses it', () => {
    assert.deepStrictEqual(fixes('# News\n\nCouncil leader John Hart said the service was failing.', 'Council leader John Hart'), {
      then: '# News\n\nThen-council leader John Hart said the service was failing.',
      former: '# News\n\nFormer council leader John Hart said the service was failing.',
    });
    assert.deepStrictEqual(fixes('It was late. Leader John Hart said so.', 'Leader John Hart').former, 'It was late. Former leader John Hart said so.');
  });

  it('after "the" and after the name: "the then council leader", "John Hart, former leader of …"', () => {
    assert.deepStrictEqual(fixes('The leader of the council, John Hart, said so.', 'leader of the council, John Hart'), {
      then: 'The then leader of the council, John Hart, said so.',
      former: 'The former leader of the council, John Hart, said so.',
    });
    assert.deepStrictEqual(fixes('John Hart, leader of Devon County Council, welcomed the report.', 'John Hart, leader of Devon County Council'), {
      then: 'John Hart, then leader of Devon County Council, welcomed the report.',
      former: 'John Hart, former leader of Devon County Council, welcomed the report.',
    });
    assert.deepStrictEqual(fixes('Cllr Andrew Leadbetter, the cabinet member for children’s services, spoke.', 'Andrew Leadbetter, the cabinet member for children’s services', LEADBETTER), {
      then: 'Cllr Andrew Leadbetter, the then cabinet member for children’s services, spoke.',
      former: 'Cllr Andrew Leadbetter, the former cabinet member for children’s services, spoke.',
    });
  });

  it('"former" only where the sentence is set after the role ended: a later date in it, or the present tense', () => {
    assert.deepStrictEqual(Object.keys(fixes('In November 2025, council leader John Hart said the report was fair.', 'council leader John Hart')), ['former']);
    assert.deepStrictEqual(Object.keys(fixes('Council leader John Hart says the service is improving.', 'Council leader John Hart')), ['former']);
    assert.deepStrictEqual(Object.keys(fixes('John Hart, the council leader, says he is proud.', 'John Hart, the council leader')), ['former']);
    // a date while the role was held keeps "then-"
    assert.deepStrictEqual(Object.keys(fixes('In December 2022, council leader John Hart said so.', 'council leader John Hart')), ['then', 'former']);
  });

  it('nothing where the wording already says so, or the claim is no role beside a name', () => {
    assert.deepStrictEqual(fixes('The former council leader John Hart said so.', 'council leader John Hart'), {});
    assert.deepStrictEqual(fixes('| John Hart | council leader |', 'John Hart | council leader'), {});
    assert.deepStrictEqual(fixes('John Hart, who leads the council, said so.', 'John Hart, who leads the council'), {});
    assert.deepStrictEqual(fixes('Devon is Conservative-run.', 'Conservative-run'), {});
  });

  it('changes only what it adds (one edit, the rest of the claim untouched)', () => {
    const [then] = formerWordings('council leader John\nHart', 'By ', ' today.', HART, '2025-05') as WordingFix[];
    assert.deepStrictEqual(then.edits, [{ start: 0, end: 0, text: 'then-' }]);
    assert.strictEqual(then.text, 'then-council leader John\nHart');
  });
});
