/**
 * Date expressions (extract/dates.ts): where a match may start. The long date pattern is tried only at word
 * starts near a digit, month, weekday or year/month/week word; these cases pin down what that must find.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { DATE_RE, canOpenDate, dateHints, dateMatches, digitIn, findDates, fractionBeforeLine, inSlug, isAlnum } from '../../src/core/extract/dates';
import { fold } from '../../src/core/text/fold';
import { quoteTokens } from '../../src/core/extract/quotes';
import { asOfDay } from '../../src/core/engine';
import { boundsOf, formatPartialDate, rangeOf } from '../../src/core/time/dates';

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

  it('reads short weekdays before a day, with or without a full stop, only with their capital', () => {
    assert.deepStrictEqual(dates('Tue 14 Dec 2022 and Thurs., Dec. 15, 2022.'), [
      { text: 'Tue 14 Dec 2022', year: 2022, month: 12, day: 14, weekday: 2 },
      { text: 'Thurs., Dec. 15, 2022', year: 2022, month: 12, day: 15, weekday: 4 },
    ]);
    assert.deepStrictEqual(dates('The panel sat 14 December 2022.').map((d) => [d.text, d.weekday]), [['sat 14 December 2022', undefined]]);
    assert.deepStrictEqual(dates('They met on Sat and Sun.'), []);
  });

  it('reads days and months in figures, day first: with a year, or after a weekday with a slash', () => {
    assert.deepStrictEqual(dates('Met 14/12/2022, again 15.12.22; Thu 14/12 too.'), [
      { text: '14/12/2022', year: 2022, month: 12, day: 14, weekday: undefined },
      { text: '15.12.22', year: 2022, month: 12, day: 15, weekday: undefined },
      { text: 'Thu 14/12', year: 2025, month: 12, day: 14, weekday: 4 },
    ]);
    // times, fractions, a month above 12, a figure with no weekday and no year: no date
    assert.deepStrictEqual(dates('At 10.30 and 10.12, with 3/4 of staff at 24/7 cover, on 31/13/2022 and 14/12.'), []);
  });

  it('reads a month and year in figures ("01/2020") and ISO dates, not financial years', () => {
    assert.deepStrictEqual(dates('Since 01/2020; 2022-12-14; 2022-05; 2011-12; 2023-24; 2019/20.').map((d) => [d.text, d.year, d.month, d.day]), [
      ['Since 01/2020', 2020, 1, undefined],
      ['2022-12-14', 2022, 12, 14],
      ['2022-05', 2022, 5, undefined],
    ]);
  });

  it('keeps a year that is a count out ("2020 children")', () => {
    assert.deepStrictEqual(dates('There were 2020 children in care in 2021.').map((d) => d.text), ['in 2021']);
  });
});

describe('dates: trying the pattern only near a hint finds what trying it everywhere finds', () => {
  // The reference: the pattern tried at every word start from 40 characters before the first hint, as the
  // engine did before it learnt to try only the few words before each hint.
  const OLD_HINT = /\d|(?<![a-z0-9])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun|years?|month|week)(?!\w)/;
  function everyWordStart(f: string, start: number, end: number): [number, string][] {
    const hint = OLD_HINT.exec(f.slice(start, end));
    if (!hint) return [];
    const from = Math.max(start, start + hint.index - 40);
    const hay = f.slice(from, end);
    const anyWord = /\sago\b/.test(hay);
    const out: [number, string][] = [];
    for (let q = 0; q < hay.length; ) {
      const c = hay.charCodeAt(q);
      const p = from + q;
      // (nor where a figure is joined to a word by a hyphen or underscore, a key's part: "devonlive-2022", see inSlug)
      if (!(anyWord ? isAlnum(c) || c === 95 : canOpenDate(c)) || (p > 0 && isAlnum(f.charCodeAt(p - 1))) || (c >= 48 && c <= 57 && inSlug(f, p))) { q++; continue; }
      DATE_RE.lastIndex = q;
      const m = DATE_RE.exec(hay);
      // (the pattern's one rule that looks past the match: "3/6⏎Dec" is no day, see fractionBeforeLine)
      if (!m || fractionBeforeLine(f, from + q, m)) { q++; continue; }
      out.push([from + q, m[0]]);
      q += m[0].length;
    }
    return out;
  }
  const WORDS = ['the', 'end', 'of', 'council', 'said', 'a', 'amid', 'x2020', 'xmay', '_may', 'mar', 'two', 'ago', 'year', 'years',
    'month', 'week', 'may', '2022', '14th'];
  const SEPS = [' ', ' ', ' ', '  ', ', ', '\n', ' (', '-', '_', '.', '. ', ',', '\t'];
  const opt = (xs: string[]) => fc.constantFrom('', ...xs);
  // a date-like phrase: [relation] [weekday] [the] [day] [month] [year], each part optional, with any separators
  const phrase = fc.tuple(
    opt(['since', 'from', 'in', 'on', 'by', 'until', 'this', 'last', 'next', 'mid-', 'the end of', 'the start of', 'earlier this', 'later this']),
    opt(['wednesday', 'monday,', 'sunday', 'tues', 'thu.,']), opt(['the']), opt(['14', '3rd', '21st', '1', '14/12', '14.12.2022', '01/2020', '2022-12']), opt(['december', 'dec.', 'may', 'sept', 'june']),
    opt(['2022', '1999', 'this year', 'last year']), fc.array(fc.constantFrom(...SEPS), { minLength: 6, maxLength: 6 }),
  ).map(([rel, wd, the, day, mon, year, seps]) => [rel, wd, the, day, mon, year].map((x, i) => (x ? x + seps[i] : '')).join(''));
  const filler = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)).map(([w, sep]) => w + sep);
  it('matches the reference on 5,000 random date-heavy texts (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(phrase, filler), { maxLength: 12 }), fc.nat(10), fc.nat(10), (parts, a, b) => {
        const f = parts.join('');
        const start = Math.min(a, f.length);
        const end = Math.max(start, f.length - b);
        const got = dateMatches(f, start, end).map((m): [number, string] => [m.index, m[0]]);
        assert.deepStrictEqual(got, everyWordStart(f, start, end));
      }),
      { numRuns: 5000 },
    );
  });

  // A paragraph's hints are found in one scan and each sentence takes its own from them: what dateMatches finds
  // must not change, wherever the sentences are cut, even inside a word.
  it('finds the same from the paragraph\'s hints as from its own scan, for any sentence cut (fast-check, 3,000 texts)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(phrase, filler), { maxLength: 12 }), fc.array(fc.nat(200), { maxLength: 4 }), (parts, cuts) => {
        const f = parts.join('');
        const bounds = [0, ...cuts.map((c) => Math.min(c, f.length)).sort((a, b) => a - b), f.length];
        const scanned = dateHints(f);
        for (let k = 0; k + 1 < bounds.length; k++) {
          const [start, end] = [bounds[k], bounds[k + 1]];
          const own = dateMatches(f, start, end).map((m): [number, string] => [m.index, m[0]]);
          assert.deepStrictEqual(dateMatches(f, start, end, scanned).map((m): [number, string] => [m.index, m[0]]), own);
        }
      }),
      { numRuns: 3000 },
    );
  });

  // the calendar rule asks the paragraph's hints, not the text, whether a sentence holds a digit
  it('says from the paragraph\'s hints whether any stretch holds a digit, as a search of it would (fast-check, 3,000 texts)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(phrase, filler), { maxLength: 12 }), fc.nat(200), fc.nat(200), (parts, a, b) => {
        const f = parts.join('');
        const [start, end] = [Math.min(a, b, f.length), Math.min(Math.max(a, b), f.length)];
        assert.strictEqual(digitIn(dateHints(f), f, start, end), /\d/.test(f.slice(start, end)), JSON.stringify([f, start, end]));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('date ranges in the data', () => {
  it('a range covers its first month to its last, and reads as a British writer prints it', () => {
    const r = rangeOf('2024-09/2024-10');
    assert.strictEqual(r.start, rangeOf('2024-09-01').start);
    assert.strictEqual(r.end, rangeOf('2024-10-31').end);
    assert.strictEqual(formatPartialDate('2024-09/2024-10'), 'September and October 2024');
    assert.strictEqual(formatPartialDate('2023-01/2023-09'), 'January to September 2023');
    assert.strictEqual(formatPartialDate('2024-12/2025-01'), 'December 2024 to January 2025');
    assert.deepStrictEqual(boundsOf('2023-01/2023-09'), { first: { year: 2023, month: 1, day: undefined }, last: { year: 2023, month: 9, day: undefined } });
    assert.deepStrictEqual(boundsOf('2022'), { first: { year: 2022, month: undefined, day: undefined }, last: { year: 2022, month: undefined, day: undefined } });
  });
});

describe("dates: a chat export's message stamp dates the message, not what it tells", () => {
  it('a date and a clock time opening a line before a sender and a colon is no date of the text', () => {
    assert.deepStrictEqual(dates('[15/12/2022, 07:02] Mark (Crediton): He did Somerset, inadequate to good'), []);
    assert.deepStrictEqual(dates('15/12/2022 07:02 - Jo P: the revisit was in May').map((d) => d.text), ['in May']);
  });
  it('a date with a time that opens an agenda line, with no sender, is still a date', () => {
    assert.strictEqual(dates('14/12/2022 10:00 Cabinet meeting at County Hall').length, 1);
    assert.strictEqual(dates('On 14 December 2022, 10:00: the cabinet met').length, 1);
  });
});
