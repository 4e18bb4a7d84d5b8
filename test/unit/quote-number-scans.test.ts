/**
 * The quotation and number checkers' fast scans against the plain ways they replace: scanQuote (one walk, words
 * looked up by hash) against quoteSegments and the model's words; WordsIn (a pattern searched once per paragraph)
 * against testing each sentence's slice; hasAnyIn against hasAny; and the one speech-verb pattern after a
 * quotation against the verb-first pattern tried before it.
 */
import * as assert from 'assert';
import * as path from 'path';
import * as fc from 'fast-check';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { quoteSegments } from '../../src/core/extract/quotes';
import { fold } from '../../src/core/text/fold';
import { hasAny, hasAnyIn } from '../../src/core/text/words';
import { AFTER_NAME_VERB, VERB, isQuoteWord, quotesRule, scanQuoteForTest } from '../../src/core/check/quotes';
import { WordsIn } from '../../src/core/check/numbers';

const dataset = loadDataset(path.resolve(__dirname, '../../../data'));
const model = createEngine(dataset).model;
/** The quotation check's index (its word table), as an engine over the bundled data builds it. */
const quoteIndex = quotesRule.build(model);

/** Words of the source quotations (as written, so folding matters), and words that are not. */
const SOURCE_WORDS = [...new Set(dataset.quotes.flatMap((q) => q.text.split(/[^A-Za-z0-9'’-]+/)).filter((w) => w.length > 0))].slice(0, 80);
const OTHER_WORDS = [
  'four', 'Twenty', 'fifty', 'one', 'eleven', '4', '20', '1', '50', '2.5', 'the', 'A', 'an', 'banana', 'zebra', "don't", 'lib-dem',
  'we’ve', "council's", "'90s", 'café', 'NAÏVE', 'Ωmega', 'x', 'constructor', 'hasOwnProperty', '__proto__',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '... ', '…', ' [', '] ', '[sic]', '"', '“', '”', ' - ', '--', "'", '’', '.', '..', '\n', ''];

describe('quotation and number scans', () => {
  it('scanQuote reads the words and segments quoteSegments does, each as the model knows it (fast-check, 3,000 texts)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...SOURCE_WORDS, ...OTHER_WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 16 }),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const text = parts.map(([w, sep]) => w + sep).join('');
          const start = text.length ? a % (text.length + 1) : 0;
          const end = start + (b % (text.length - start + 1));
          const f = fold(text);
          const ref = quoteSegments(f, text, start, end);
          const got = scanQuoteForTest(quoteIndex, f, text, start, end);
          const where = `${JSON.stringify(text)} [${start}, ${end})`;
          assert.strictEqual(got.length, ref.length, `segments of ${where}`);
          ref.forEach((seg, i) => {
            assert.deepStrictEqual(got[i].starts, seg.starts, `starts of ${where}`);
            assert.deepStrictEqual(got[i].ends, seg.ends, `ends of ${where}`);
            seg.tokens.forEach((t, k) => {
              if (isQuoteWord(quoteIndex, t)) assert.strictEqual(got[i].tokens[k], t, `word ${k} of ${where}`);
              else assert.strictEqual(got[i].tokens[k], null, `word ${k} of ${where} ("${t}" is no quotation word)`);
            });
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('WordsIn answers as testing each slice does, sentences in order or not, paragraphs alternating (fast-check, 2,000 runs)', () => {
    const words = ['%', 'per', 'year', 'area', 'mps', 'members of parliament'];
    const source = words.join('|');
    const PIECES = ['pe', 'per', 'percent', 'yea', 'years', 'are', 'area', 'mp', 'mps', 'members of', 'members of parliament', '%', '5', 'the', ' ', '. ', 'a', 'r'];
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat()), { maxLength: 12 }), fc.boolean(), (t1, t2, asks, inOrder) => {
        const w = new WordsIn(new RegExp(source), new RegExp(source, 'g'));
        const ref = new RegExp(source);
        // in order: consecutive sentences of each text; otherwise: any windows
        const next = [0, 0];
        for (const [second, x, y] of asks) {
          const t = second ? t2 : t1;
          let start: number, end: number;
          if (inOrder) {
            const k = second ? 1 : 0;
            start = Math.min(next[k], t.length);
            end = start + (y % (t.length - start + 1));
            next[k] = end;
          } else {
            start = t.length ? x % (t.length + 1) : 0;
            end = start + (y % (t.length - start + 1));
          }
          assert.strictEqual(w.test(t, start, end), ref.test(t.slice(start, end)), `"${t}" [${start}, ${end})`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('hasAnyIn answers as hasAny does (fast-check, 2,000 runs)', () => {
    const PIECES = ['money', 'extra money', 'funding', 'fund', 'set up', 'setup', 'x', ' ', ', ', "'s", '-'];
    const phrases = ['extra money', 'funding', 'set up', 'money', 'up'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), fc.nat(), fc.nat(), fc.subarray(phrases), (parts, a, b, ps) => {
        const s = parts.join('');
        const from = s.length ? a % (s.length + 1) : 0;
        const to = from + (b % (s.length - from + 1));
        assert.strictEqual(hasAnyIn(s, s.slice(from, to), from, ps), hasAny(s, ps, from, to), `"${s}" [${from}, ${to}) ${ps}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the speech verb after a quotation as the verb-first pattern, then the name-verb one, did (fast-check, 3,000 texts)', () => {
    const verbFirst = new RegExp(`^[\\s,.!?'"-]*${VERB}\\b`);
    const PIECES = [' ', ',', '.', '!', '?', "'", '"', '-', 'said', 'says', 'saying', 'told', 'he', 'Mr', 'race', "o'neil", 'ex-mp', 'calls', '_x', '9'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
        const after = parts.join('');
        const ref = verbFirst.exec(after) ?? AFTER_NAME_VERB.exec(after);
        assert.strictEqual(AFTER_NAME_VERB.exec(after)?.[0], ref?.[0], JSON.stringify(after));
      }),
      { numRuns: 3000 },
    );
  });
});
