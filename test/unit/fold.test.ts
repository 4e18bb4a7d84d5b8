/**
 * fold(): the same length, so offsets carry over, and the one-pass table path gives exactly what the general
 * path (whole-string lower-casing, then the punctuation table) gives, on every string.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { fold, foldByTable, foldGeneral } from '../../src/core/text/fold';

// the characters that decide which path a text takes, and how it folds
const PIECES = [
  'A', 'z', 'Q', '0', ' ', '\n', '\r', '\t', '`', '\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014', '\u00a0', '\u202f',
  '\u2026', '\u00ad', '\u200b', '\ufeff', '\ufffe', '\u3000', '\uff02', '\0', 'é', 'É', 'Σ', 'ς', 'İ', 'ẞ', '\u212a', '\u00c5',
  '\ud83d\ude00', '\ud83d', '\ude00', 'Ω', 'Jefferies', 'Devon\u2019s',
];

describe('fold', () => {
  it('keeps the length and agrees with the general path (fast-check, 3,000 strings)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        const f = fold(t);
        assert.strictEqual(f.length, t.length);
        assert.strictEqual(f, foldGeneral(t));
      }),
      { numRuns: 3000, seed: 20251205 },
    );
  });

  it('agrees on arbitrary UTF-16 too (fast-check, 2,000 strings)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => assert.strictEqual(fold(t), foldGeneral(t))), {
      numRuns: 2000,
      seed: 20251205,
    });
  });

  it('folds any part of a text as that part of the whole text\'s one-pass fold (the engine folds a draft once and slices it)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const t = parts.join('');
        const whole = foldByTable(t);
        // only a capital sigma, whose lower case depends on its neighbours, keeps a text off the one pass
        assert.strictEqual(whole === undefined, t.includes('Σ'));
        if (whole === undefined) return;
        const a = x % (t.length + 1), b = a + (y % (t.length - a + 1));
        assert.strictEqual(whole.slice(a, b), fold(t.slice(a, b)));
      }),
      { numRuns: 3000, seed: 20251205 },
    );
    // an accent, a pound sign, a bullet, an emoji: one pass
    assert.strictEqual(foldByTable('Café • £5 \ud83e\uddf5 Ω'), 'café • £5 \ud83e\uddf5 ω');
  });

  it('folds curly quotes, dashes, spaces and case in one pass; long texts too', () => {
    assert.strictEqual(fold('Devon\u2019s \u201cChildren\u2019s\u201d \u2013 Cllr\u00a0Leadbetter\u2026'), 'devon\'s "children\'s" - cllr leadbetter.');
    const long = 'Ab\u2019c '.repeat(30000);
    assert.strictEqual(fold(long), 'ab\'c '.repeat(30000));
    assert.strictEqual(fold('plain words'), 'plain words');
  });
});
