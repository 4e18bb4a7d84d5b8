/**
 * The lexicon (src/core/lexicon.ts) is where the checks get their English words: a word added there is known
 * to every check that reads that list. Each case takes every word of a list and asks the check that uses it.
 */
import * as assert from 'assert';
import * as path from 'path';
import {
  ABBREVIATIONS, GRADE_FORMS, INSPECTION_GRADES, MONTHS, MONTH_ABBREVIATIONS, ROLE_WORDS, SPEECH_VERBS, STOP_WORDS, TENS_WORDS,
  TITLES, UNIT_WORDS, WEEKDAYS, capitalise,
} from '../../src/core/lexicon';
import { findDates } from '../../src/core/extract/dates';
import { tokenKey } from '../../src/core/extract/quotes';
import { fold } from '../../src/core/text/fold';
import { sentences } from '../../src/core/text/sentences';
import { asOfDay, createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { NUMBER_RE } from '../../src/core/check/numbers';
import { RATING_RE, ratingValue } from '../../src/core/check/ratings';
import { AFTER_NAME_VERB } from '../../src/core/check/quotes';
import { content } from '../../src/core/check/roles';

const AS_OF = asOfDay('2025-12-05');

function dates(text: string) {
  return findDates(fold(text), text, 0, text.length, AS_OF);
}

describe('lexicon: the checks read its lists', () => {
  it('the date extractor reads every month and its short forms', () => {
    MONTHS.forEach((m, i) => {
      const d = dates(`It began in ${capitalise(m)} 2021.`);
      assert.deepStrictEqual(d.map((x) => [x.month, x.year]), [[i + 1, 2021]], m);
    });
    for (const [short, n] of Object.entries(MONTH_ABBREVIATIONS)) {
      assert.deepStrictEqual(dates(`It began on 3 ${capitalise(short)} 2021.`).map((x) => [x.day, x.month]), [[3, n]], short);
    }
  });

  it('the date extractor reads every weekday (0 = Sunday)', () => {
    WEEKDAYS.forEach((w, i) => {
      assert.deepStrictEqual(dates(`They met on ${capitalise(w)}.`).map((x) => x.weekday), [(i + 1) % 7], w);
    });
  });

  it('number words: "N years ago", quotation words and the number check read every one', () => {
    for (const [w, n] of Object.entries({ ...UNIT_WORDS, ...TENS_WORDS })) {
      assert.deepStrictEqual(dates(`It opened ${w} years ago.`).map((x) => x.year), [2025 - n], w);
      assert.strictEqual(tokenKey(w), String(n), w);
      NUMBER_RE.lastIndex = 0;
      assert.strictEqual(NUMBER_RE.exec(`about ${w} councils`)?.[1], w, w);
    }
  });

  it('the rating check reads every inspection grade and its other forms', () => {
    for (const [written, grade] of [...INSPECTION_GRADES.map((g) => [g, g]), ...Object.entries(GRADE_FORMS)]) {
      RATING_RE.lastIndex = 0;
      const r = RATING_RE.exec(`it was rated ${written} last year`);
      assert.ok(r, written);
      assert.strictEqual(ratingValue(r[1]), grade, written);
    }
  });

  it('the quotation check takes every speech verb after a quotation as its attribution', () => {
    for (const v of SPEECH_VERBS) assert.ok(AFTER_NAME_VERB.exec(`," jane smith ${v} on monday`), v);
  });

  it('the role check leaves every function word out of a portfolio', () => {
    for (const w of STOP_WORDS) assert.deepStrictEqual(content(`${w} schools`), ['schools'], w);
  });

  it('the sentence splitter does not end a sentence at any abbreviation', () => {
    assert.strictEqual(sentences('Seen by Smith. Later that day.').length, 2);
    for (const a of ABBREVIATIONS) assert.strictEqual(sentences(`Seen by ${capitalise(a)}. Later that day.`).length, 1, a);
  });

  it('no title, word of a post, function word, speech verb, month or weekday is taken for a name', () => {
    const { notNames } = createEngine(loadDataset(path.resolve(__dirname, '../../../data'))).model;
    for (const w of [...TITLES, ...ROLE_WORDS, ...STOP_WORDS, ...SPEECH_VERBS, ...MONTHS, ...WEEKDAYS]) assert.ok(notNames.has(w), w);
  });
});
