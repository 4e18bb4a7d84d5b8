/**
 * nearDistance() (findPeople's edit distance, its rows kept between calls) gives exactly editDistance()'s answer,
 * for every cap, on pairs asked one after another in any order (short after long and long after short).
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { nearDistance } from '../../src/core/check/people';
import { editDistance } from '../../src/core/text/words';

// near-identical words over a small alphabet (distances 0..4 and transpositions are common), and some long ones
const word = fc.oneof(
  fc.array(fc.constantFrom('a', 'b', 'c', 'r'), { maxLength: 12 }).map((x) => x.join('')),
  fc.string({ maxLength: 60 }),
);

describe('nearDistance', () => {
  it('agrees with editDistance on sequences of pairs and caps (fast-check, 2,000 sequences)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 12 }), (pairs) => {
        for (const [a, b, cap] of pairs) assert.strictEqual(nearDistance(a, b, cap), editDistance(a, b, cap), `${a} / ${b} cap ${cap}`);
      }),
      { numRuns: 2000, seed: 20251205 },
    );
  });

  it('agrees with the default cap too', () => {
    for (const [a, b] of [['leadbetter', 'leadbeater'], ['brazil', 'brasil'], ['', 'abc'], ['abcdefghij', 'jihgfedcba'], ['ab', 'ba']]) {
      assert.strictEqual(nearDistance(a, b), editDistance(a, b));
    }
  });
});
