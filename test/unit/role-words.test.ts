/**
 * The role checker's word splitting, read character by character, gives exactly what the patterns it stands for give:
 * content() (split at white space , & / -, trailing 's or ' off, stop words out) and spaceWords() (trim, split at \s+).
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { STOP, content, spaceWords } from '../../src/core/check/roles';

function contentByPattern(words: string): string[] {
  return words.split(/[\s,&/-]+/).map((w) => w.replace(/'s$|'$/, '')).filter((w) => w && !STOP.has(w));
}
// the characters that decide a split: letters, apostrophes, every separator and white space, and a few beyond ASCII
const PIECES = [
  'a', 'z', 'ab', 'children', "children's", "s'", "'s", "'", 's', ' ', '  ', '\t', '\n', '\r', '\v', '\f', ',', '&', '/', '-',
  '\u00a0', '\u2028', '\u3000', '\ufeff', '\u0085', 'é', '.', '(', 'the', 'for', 'of', 'and', 'services', 'former', "devon's",
];

describe('role words', () => {
  it('content() agrees with the split by pattern (fast-check, 5,000 phrases)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (parts) => {
        const w = parts.join('');
        assert.deepStrictEqual(content(w), contentByPattern(w));
      }),
      { numRuns: 5000, seed: 20251205 },
    );
  });

  it('spaceWords() agrees with trim().split(/\\s+/) (fast-check, 5,000 texts)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (parts) => {
        const w = parts.join('');
        assert.deepStrictEqual(spaceWords(w), w.trim().split(/\s+/));
      }),
      { numRuns: 5000, seed: 20251205 },
    );
  });

  it('both agree on arbitrary UTF-16 (fast-check, 3,000 strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (w) => {
        assert.deepStrictEqual(content(w), contentByPattern(w));
        assert.deepStrictEqual(spaceWords(w), w.trim().split(/\s+/));
      }),
      { numRuns: 3000, seed: 20251205 },
    );
  });
});
