/**
 * findQuoteSpans against a plain reference: the same rules walked one character at a time, finding a closing
 * mark's opener by searching the stack of open quotations (as findQuoteSpans did before it kept where the innermost
 * quotation of each kind stands). Any string of quotation marks, words, spaces and line breaks gives the same spans.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { findQuoteSpans, QuoteSpan } from '../../src/core/extract/quotes';
import { isWordCode } from '../../src/core/text/fold';

const LDQ = 0x201c, RDQ = 0x201d, LSQ = 0x2018, RSQ = 0x2019, DQ = 34, SQ = 39, LOW_DQ = 0x201e, LAQ = 0xab, RAQ = 0xbb;

function opensOrSpace(text: string, i: number, start: number): boolean {
  if (i < start) return true;
  const c = text.charCodeAt(i);
  return ' \n\r\t\u00a0\u202f([{\u2014\u2013-/:\u201c"\u00ab'.includes(String.fromCharCode(c)) || (c >= 0x2000 && c <= 0x200a);
}

function reference(text: string, start = 0, end = text.length): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let stack: { open: number; double: boolean }[] = [];
  const lastOf = (double: boolean) => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].double === double) return k;
    return -1;
  };
  const close = (idx: number, i: number) => {
    const o = stack[idx];
    stack = stack.slice(0, idx);
    out.push({ open: o.open, end: i + 1, innerStart: o.open + 1, innerEnd: i, closed: true, double: o.double, depth: idx });
  };
  const unclosed = (at: number) => {
    stack.forEach((o, k) => out.push({ open: o.open, end: at, innerStart: o.open + 1, innerEnd: at, closed: false, double: o.double, depth: k }));
    stack = [];
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (stack.length === 0) continue;
      let j = i + 1;
      while (j < end && ' \r\t'.includes(text[j])) j++;
      const nc = text.charCodeAt(j);
      if (nc === LDQ || nc === DQ || nc === LSQ) unclosed(i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i);
    } else if (c === LDQ && lastOf(true) >= 0 && text.charCodeAt(stack[lastOf(true)].open) === LOW_DQ && !(i + 1 < end && isWordCode(text.charCodeAt(i + 1)))) {
      // (a quotation opened low, "„…“", closed by its high mark)
      close(lastOf(true), i);
    } else if (c === LDQ || c === LOW_DQ || c === LAQ) {
      stack.push({ open: i, double: true });
    } else if (c === RDQ || c === RAQ) {
      const k = lastOf(true);
      if (k >= 0) close(k, i);
      else if (stack.length > 0) close(stack.length - 1, i);
    } else if (c === DQ) {
      const k = lastOf(true);
      const opener = opensOrSpace(text, i - 1, start) && i + 1 < end && !opensOrSpace(text, i + 1, start);
      if (k >= 0 && !(opener && k < stack.length - 1)) close(k, i);
      else if (!opener && stack.length > 0 && !stack[stack.length - 1].double) close(stack.length - 1, i);
      else stack.push({ open: i, double: true });
    } else if (c === LSQ || c === SQ || c === RSQ) {
      const prevWord = i > start && isWordCode(text.charCodeAt(i - 1));
      const nextWord = i + 1 < end && isWordCode(text.charCodeAt(i + 1));
      if (prevWord && nextWord) continue;
      const prevOpen = opensOrSpace(text, i - 1, start);
      const nextSpace = i + 1 >= end || opensOrSpace(text, i + 1, start) || (!nextWord && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' '));
      if (c === LSQ || (prevOpen && !nextSpace)) {
        if (c !== LSQ && /^\d\ds\b/.test(text.slice(i + 1, i + 5))) continue;
        // (a year's first figures elided after a month or a preposition, or as a list's label)
        if (/^\d\d\b/.test(text.slice(i + 1, i + 4)) && (/(?:^|[^A-Za-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|in|since|from|of|by|until|early|late|mid|spring|summer|autumn|winter)\.?,?[ \t]+$/i.test(text.slice(Math.max(start, i - 12), i)) || /^\d\d[ \t]*[\u2013\u2014-][ \t]/.test(text.slice(i + 1, i + 6)))) continue;
        stack.push({ open: i, double: false });
      } else {
        const k = lastOf(false);
        if (k >= 0) close(k, i);
      }
    }
  }
  unclosed(end);
  return out.sort((a, b) => a.open - b.open);
}

const PIECES = ['“', '”', '‘', '’', "'", '"', '«', '»', '„', ' ', ' ', '\n', '\r\n', '\n\n', 'a', 'Jefferies', 's', '90s', '(', ':', '-', '.', '7', '22', 'May', 'in', ' – '];

describe('quotation spans', () => {
  it('match the reference walk on any mix of quotation marks, words and line breaks', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const text = parts.join('');
      const start = text.length ? a % (text.length + 1) : 0;
      const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
      assert.deepStrictEqual(findQuoteSpans(text, start, end), reference(text, start, end));
    }), { numRuns: 3000, seed: 20251205 });
  });

  it('close a long run of openers in linear work (thousands of “ then closing apostrophes)', () => {
    const text = '“'.repeat(20_000) + 'Jefferies said ' + 'councils’ '.repeat(10_000);
    const spans = findQuoteSpans(text);
    assert.strictEqual(spans.length, 20_000);
    assert.ok(spans.every((s) => !s.closed && s.double));
  });
});
