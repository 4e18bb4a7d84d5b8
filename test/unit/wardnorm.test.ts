/**
 * wardNorm(): the one-pass normal form of a ward name gives exactly what the chain of replaces it stands for gives
 * (normPhrase, '&' as "and", only a-z, 0-9 and spaces kept, white space collapsed and trimmed), on every string.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { wardNorm } from '../../src/core/check/roles';
import { normPhrase } from '../../src/core/text/words';
import { createEngine } from '../../src/core/engine';
import { findDataDir, loadDataset } from '../../src/core/data/loader';

function reference(w: string): string {
  return normPhrase(w).replace(/&/g, ' and ').replace(/[^a-z0-9 ]+/g, '').replace(/\s+/g, ' ').trim();
}

// the characters that decide how a name normalises: cases, digits, '&', apostrophes, dashes, every kind of white space
const PIECES = [
  'a', 'Z', 'st', 'St', '0', '9', ' ', '  ', '\n', '\r', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028',
  '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '&', "'", '\u2019', '-', '\u2013', '.', ',', '(', 'é', 'İ', '\u212a',
  'ß', 'Σ', '\ud83d\ude00', '\ud83d', 'David\u2019s', 'Haven Banks', 'Exwick & St Thomas',
];

describe('wardNorm', () => {
  it('agrees with the chain of replaces (fast-check, 5,000 strings)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const w = parts.join('');
        assert.strictEqual(wardNorm(w), reference(w));
      }),
      { numRuns: 5000, seed: 20251205 },
    );
  });

  it('agrees on arbitrary UTF-16 too (fast-check, 3,000 strings)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (w) => assert.strictEqual(wardNorm(w), reference(w))), {
      numRuns: 3000,
      seed: 20251205,
    });
  });

  it('agrees on every single UTF-16 code unit, alone and between two words', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      assert.strictEqual(wardNorm(ch), reference(ch), `U+${c.toString(16)}`);
      assert.strictEqual(wardNorm(`a${ch}b`), reference(`a${ch}b`), `a U+${c.toString(16)} b`);
    }
  });
});

describe('a ward in brackets after a name', () => {
  const engine = createEngine(loadDataset(findDataDir()));
  const wards = (text: string) =>
    engine.check(text, { asOf: '2022-12-20' }).findings.filter((f) => f.kind === 'ward').map((f) => text.slice(f.start, f.end));

  it('flags its parts the other way round, and leaves a part of it or "and" for "&"', () => {
    assert.deepStrictEqual(wards("Carol Whitton (Labour, Haven Banks & St David's) spoke."), ["Haven Banks & St David's"]);
    assert.deepStrictEqual(wards("Carol Whitton (Labour, St David's and Haven Banks) spoke."), []);
    assert.deepStrictEqual(wards('Carol Whitton (Labour, Haven Banks) spoke.'), []);
  });
});
