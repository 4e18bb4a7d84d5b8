/**
 * editDistance(a, b, max): findPeople asks it with the smallest cap its rules can accept, which is only the same
 * answer as a larger cap if every distance up to the cap is exact and every larger one comes back above the cap.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { editDistance } from '../../src/core/text/words';

// near-identical strings over a small alphabet, so distances of 0..4 (and transpositions) are common
const word = fc.array(fc.constantFrom('a', 'b', 'c', 'r'), { maxLength: 10 }).map((x) => x.join(''));

describe('editDistance caps', () => {
  it('is exact up to the cap and above the cap beyond it (fast-check, 5,000 pairs)', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, cap) => {
        const full = editDistance(a, b, 20);
        const capped = editDistance(a, b, cap);
        if (full <= cap) assert.strictEqual(capped, full);
        else assert.ok(capped > cap, `${a} ${b} cap ${cap}: ${capped} (full ${full})`);
      }),
      { numRuns: 5000, seed: 20251205 },
    );
  });
});
