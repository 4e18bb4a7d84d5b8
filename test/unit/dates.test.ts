/**
 * Date expressions (extract/dates.ts): where a match may start. The long date pattern is tried only at word
 * starts near a digit, month, weekday or year/month/week word; these cases pin down what that must find.
 */
import * as assert from 'assert';
import { findDates } from '../../src/core/extract/dates';
import { fold } from '../../src/core/text/fold';
import { quoteTokens } from '../../src/core/extract/quotes';
import { asOfDay } from '../../src/core/engine';

const AS_OF = asOfDay('2025-12-05');

function dates(text: string) {
  return findDates(fold(text), text, 0, text.length, AS_OF).map((d) => ({
    text: text.slice(d.start, d.end), year: d.year, month: d.month, day: d.day, weekday: d.weekday,
  }));
}

describe('dates: where an expression may start', () => {
  it('finds a day, month and year with a relation word and a weekday', () => {
    assert.deepStrictEqual(dates('The cabinet met on Wednesday, 14 December 2022 to agree it.'), [
      { text: 'on Wednesday, 14 December 2022', year: 2022, month: 12, day: 14, weekday: 3 },
    ]);
  });

  it('finds a date inside Markdown emphasis and after punctuation', () => {
    assert.deepStrictEqual(dates('*December 2022* was when (March 2023) it began.').map((d) => d.text), ['December 2022', 'March 2023']);
  });

  it('never starts inside a word, but still finds the date that follows one ("amid December 2022")', () => {
    assert.deepStrictEqual(dates('It came amid December 2022 storms.').map((d) => d.text), ['December 2022']);
    assert.deepStrictEqual(dates('A12022 code, x2020 and Xmonday.'), []);
  });

  it('reads "N years ago" after any word, and relative years', () => {
    const r = dates('Sold two years ago, and again last year.');
    assert.deepStrictEqual(r.map((d) => [d.text, d.year]), [['two years ago', 2023], ['last year', 2024]]);
  });

  it('reads only number words before "years ago": not names of Object\'s own properties', () => {
    assert.deepStrictEqual(dates('It happened constructor years ago, or toString years ago.'), []);
    assert.deepStrictEqual(quoteTokens('The constructor said four hasOwnProperty words'), ['the', 'constructor', 'said', '4', 'hasownproperty', 'words']);
  });

  it('ignores words that only begin like months or weekdays', () => {
    assert.deepStrictEqual(dates('A decision may come; the market monitors Sundays-only trading.'), []);
  });

  it('keeps a year that is a count out ("2020 children")', () => {
    assert.deepStrictEqual(dates('There were 2020 children in care in 2021.').map((d) => d.text), ['in 2021']);
  });
});
