/**
 * Sentence splitting and capitalised words (text/sentences.ts, text/words.ts) against plain reference versions:
 * the fast scans (numeric abbreviation keys, regex tests instead of exec) must find exactly what these find.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { sentences } from '../../src/core/text/sentences';
import { capitalWords } from '../../src/core/text/words';
import { fold, isWordCode } from '../../src/core/text/fold';

const ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'cllr', 'st', 'prof', 'rev', 'sir', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf', 'approx', 'gov', 'dept', 'co', 'ltd',
];

/** Where sentences() may decide a full stop belongs to an abbreviation: the letters and stops before it, looked up by string. */
function isAbbreviationRef(text: string, stop: number, start: number): boolean {
  let w = stop - 1;
  while (w >= start && /[.a-zA-Z]/.test(text[w])) w--;
  const word = text.slice(w + 1, stop);
  return (word.length === 1 && word !== '.') || ABBREVIATIONS.includes(word.toLowerCase());
}

/** Capitalised words as a plain walk over every position finds them. */
function capitalWordsRef(text: string, f: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (!/[A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F]/.test(ch) || ch === ch.toLowerCase()) continue;
    if (i > start && isWordCode(f.charCodeAt(i - 1))) continue;
    if (!isWordCode(f.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < end) {
      const c = f.charCodeAt(j);
      if (isWordCode(c)) j++;
      else if ((c === 39 || c === 45) && j + 1 < end && isWordCode(f.charCodeAt(j + 1))) j += 2;
      else break;
    }
    out.push({ start: i, end: j });
    i = j - 1;
  }
  return out;
}

const WORDS = [...ABBREVIATIONS, 'Mr', 'DR', 'Cllr', 'E.g', 'I.E', 'APPROX', 'Sept', 'ano', 'amr', 'mrss', 'drs', 'x', 'Q', 'e.g.g',
  'council', 'Devon', 'said', 'The', 'it', 'Ωmega', 'Élan', 'ǅemal', 'ālan', 'ωmega', 'жук', '×', 'ß', 'İstanbul', 'year', '2022', "O'Neil", 'Lib-Dem', 'a'];
const SEPS = [' ', '. ', '.', '! ', '? ', '.\n', '\n', '\n# ', '\n- ', ': ', '." ', '… ', ', ', ' “', '” ', '..', ' (', ') '];

describe('sentence splitting: the same spans as the plain lookups', () => {
  it('never ends a sentence at an abbreviation in any case, and ends it at words that only look like one', () => {
    for (const a of [...ABBREVIATIONS, 'Mr', 'DR', 'Cllr', 'E.g', 'I.E', 'APPROX']) {
      assert.strictEqual(sentences(`Then ${a}. Smith came.`).length, 1, a);
    }
    for (const w of ['ano', 'amr', 'mrss', 'drs', 'eg', 'approxx', 'council']) {
      assert.strictEqual(sentences(`Then ${w}. Smith came.`).length, 2, w);
    }
  });

  const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)), { maxLength: 30 }).map((ps) => ps.map(([w, s]) => w + s).join(''));
  it('splits at a full stop after a word exactly when the string lookup says it is no abbreviation (fast-check)', () => {
    fc.assert(
      fc.property(text, (t) => {
        // every full stop followed by a space and a capital: a split there or not, as the reference lookup says
        const ends = new Set(sentences(t).map((s) => s.end));
        for (let i = 0; i < t.length; i++) {
          if (t[i] !== '.' || t[i + 1] !== ' ' || !/[A-Z]/.test(t[i + 2] ?? '') || t[i - 1] === '.') continue;
          const split = ends.has(i + 1) && sentences(t).some((s) => s.start === i + 2);
          assert.strictEqual(split, !isAbbreviationRef(t, i, 0), `${JSON.stringify(t)} at ${i}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the capitalised words a walk over every position finds, in every sentence (fast-check)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const f = fold(t);
        for (const s of sentences(t)) assert.deepStrictEqual(capitalWords(t, f, s.start, s.end), capitalWordsRef(t, f, s.start, s.end));
      }),
      { numRuns: 3000 },
    );
  });
});
