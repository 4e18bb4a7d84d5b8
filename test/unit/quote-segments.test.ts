/** quoteSegments: a quotation's words, split at ellipses and [insertions] and nowhere else. */
import * as assert from 'assert';
import { quoteSegments } from '../../src/core/extract/quotes';
import { fold } from '../../src/core/text/fold';

/** The segments' words of text[start, end) (the whole text when not given). */
function segs(text: string, start = 0, end = text.length): string[][] {
  return quoteSegments(fold(text), text, start, end).map((s) => s.tokens);
}

describe('quote segments', () => {
  it('gives a quotation without breaks as one segment, with offsets', () => {
    const text = 'We will Improve, twenty times.';
    const s = quoteSegments(fold(text), text, 0, text.length);
    assert.deepStrictEqual(s.map((x) => x.tokens), [['we', 'will', 'improve', '20', 'times']]);
    assert.deepStrictEqual(s[0].starts, [0, 3, 8, 17, 24]);
    assert.deepStrictEqual(s[0].ends, [2, 7, 15, 23, 29]);
    assert.deepStrictEqual(segs('  ,. '), []);
  });

  it('splits at ellipses and bracketed insertions', () => {
    assert.deepStrictEqual(segs('we will ... improve'), [['we', 'will'], ['improve']]);
    assert.deepStrictEqual(segs('we will\u2026improve'), [['we', 'will'], ['improve']]);
    assert.deepStrictEqual(segs('we [the council] will improve'), [['we'], ['will', 'improve']]);
    assert.deepStrictEqual(segs('we will. Improve'), [['we', 'will', 'improve']]);
  });

  it('looks only inside the range for breaks', () => {
    const text = 'He said we will improve [sic] and more\u2026 later..';
    const start = text.indexOf('we'), end = text.indexOf(' [');
    assert.deepStrictEqual(segs(text, start, end), [['we', 'will', 'improve']]);
    // two periods, the second just past the range, still end the segment there
    assert.deepStrictEqual(segs('we will..', 0, 8), [['we', 'will']]);
  });
});
