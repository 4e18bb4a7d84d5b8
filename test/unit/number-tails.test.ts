/**
 * The numbers checker runs NUMBER_RE only in sentences holding a tail word some fact takes (check/numbers.ts,
 * tailWords). That gate must hold every tail that can reach a fact: a number with a per cent when a fact is a
 * percentage, "years" when a fact counts years, and each unit noun a count fact counts, in every way NUMBER_RE
 * writes it ("mps" and "members of parliament").
 */
import * as assert from 'assert';
import * as path from 'path';
import * as fc from 'fast-check';
import { NUMBER_RE, tailWords } from '../../src/core/check/numbers';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { NumberFact } from '../../src/core/data/schema';

const fact = (unit: NumberFact['unit'], noun?: string): NumberFact =>
  ({ id: `${unit}-${noun ?? ''}`, values: [1], text: 'one', unit, noun, cues: ['x'], exclude: [], anchors: [], evidence: { source: 's', text: 't' } }) as NumberFact;

/** Does a NUMBER_RE match reach some fact of `facts` (as checkNumbers picks the facts to compare)? */
function reachesFact(r: RegExpExecArray, facts: NumberFact[]): boolean {
  const single = (n: string) => (n === 'mps' || n === 'members of parliament' ? 'mps' : n.replace(/s$/, ''));
  if (r[2]) return facts.some((n) => n.unit === 'percent');
  if (!r[4]) return false;
  const noun = single(r[4]);
  if (noun === 'year') return facts.some((n) => n.unit === 'years');
  return facts.some((n) => n.unit === 'count' && !!n.noun && single(n.noun) === noun);
}

const FACT_SETS: NumberFact[][] = [
  [fact('percent')],
  [fact('years', 'last')],
  [fact('count', 'areas')],
  [fact('count', 'mps')],
  [fact('count', 'members of parliament')],
  [fact('count', 'councils'), fact('count', 'issue')],
  [fact('count', 'concerns'), fact('count', 'recommendations'), fact('rank', 'worst')],
  [fact('count', 'years')],
];

const PIECES = [
  'two', 'twenty-one', 'forty five', '13', '2.5', '50', '%', ' per cent', 'percent', 'per  cent', 'years', 'year', 'area', 'areas',
  'mps', 'members of parliament', 'council', 'councillors', 'concerns', 'issues', 'recommendation', 'of', 'significant', 'the',
];

describe('numbers: tail words gate', () => {
  it('holds every tail that reaches a fact (fast-check, 3,000 sentences)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FACT_SETS),
        fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '', '-', '  ')), { maxLength: 10 }),
        (facts, parts) => {
          const text = parts.map(([w, sep]) => w + sep).join('');
          const words = tailWords(facts);
          const gate = words.some((w) => text.includes(w));
          NUMBER_RE.lastIndex = 0;
          for (let r = NUMBER_RE.exec(text); r !== null; r = NUMBER_RE.exec(text)) {
            NUMBER_RE.lastIndex = r.index + r[1].length;
            if (reachesFact(r, facts)) assert.ok(gate, `"${text}" has "${r[0]}" but no tail word of ${JSON.stringify(words)}`);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('still finds a count written out in full, and a percentage, in a sentence after others', () => {
    const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
    const numbers = (text: string) => engine.check(text, { asOf: '2022-12-16' }).findings.filter((f) => f.kind === 'number');
    const mps = numbers('The cabinet met. Three members of parliament have since confirmed the comments.');
    assert.strictEqual(mps.length, 1);
    assert.ok(mps[0].message.includes('two'), mps[0].message);
    const pct = numbers('Mr Hart spoke. He said 40 percent more money had been put into the service.');
    assert.strictEqual(pct.length, 1);
  });
});
