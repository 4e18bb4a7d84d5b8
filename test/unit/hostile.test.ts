/**
 * Hostile drafts (scripts/hostile.ts: runs and interleavings of quotation marks, apostrophes, brackets, names,
 * titles, dates, digits, list markers, table pipes, very long lines, CRLF, lone surrogates...): the engine never
 * throws on them, returns well-formed ranges, and checking them a paragraph at a time (IncrementalChecker, as the
 * editor does) gives what a full check gives. Long blocks are checked in pieces that cover them.
 *
 * Nothing here is timed: how the time grows with the size of such drafts is checked by `npm run test:growth`
 * (scripts/growth.ts), outside npm test, where wall-clock assertions failed now and then on a busy machine.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import { createEngine, IncrementalChecker, ParagraphEngine } from '../../src/core/engine';
import { blockPieces, MAX_BLOCK, readDocument } from '../../src/core/text/document';
import { CheckResult } from '../../src/core/types';
import { hostileShape, makeHostile, NAMED_SHAPES, PIECES } from '../../scripts/hostile';

const AS_OF = { asOf: '2025-12-05' };
const KIB = 1024;
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20251205;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

function assertWellFormed(text: string, r: CheckResult, what: string): void {
  for (const x of [...r.findings, ...r.confirmations]) {
    const where = `${what}: ${x.kind} at [${x.start}, ${x.end}) of ${text.length}`;
    assert.ok(Number.isInteger(x.start) && Number.isInteger(x.end) && 0 <= x.start && x.start < x.end && x.end <= text.length, where);
    assert.ok(!splitsPair(text, x.start) && !splitsPair(text, x.end), `${where} splits a surrogate pair`);
    assert.ok(typeof x.message === 'string' && x.message.length > 0, `${where} has no message`);
  }
}

describe('hostile drafts', function () {
  this.timeout(60_000);
  let engine: ParagraphEngine;

  before(() => {
    engine = createEngine(loadDataset(findDataDir(__dirname)));
  });

  /** Checks text both ways and asserts the contract. */
  function checkBothWays(text: string, what: string): void {
    const full = engine.check(text, AS_OF);
    assertWellFormed(text, full, what);
    const inc = new IncrementalChecker(engine).check(text, AS_OF);
    assert.deepStrictEqual(inc, full, `${what}: checked a paragraph at a time ≠ full check`);
  }

  for (const { name, shape } of NAMED_SHAPES) {
    it(`${name} (64 KiB): no throw, well-formed ranges, same a paragraph at a time`, () => {
      checkBothWays(makeHostile(shape, 64 * KIB), name);
    });
  }

  it('generated hostile drafts (fast-check, 1-24 KiB): no throw, well-formed ranges, same a paragraph at a time', () => {
    fc.assert(fc.property(hostileShape, fc.integer({ min: 1, max: 24 }), (shape, k) => {
      checkBothWays(makeHostile(shape, k * KIB), JSON.stringify(shape).slice(0, 200));
    }), { numRuns: 40, seed: SEED });
  });

  it('short pieces of hostile text (fast-check): no throw, well-formed ranges', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assertWellFormed(text, engine.check(text, AS_OF), JSON.stringify(text));
    }), { numRuns: 1500, seed: SEED });
  });
});

describe('long blocks are checked in pieces', () => {
  const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

  /** Asserts blockPieces(t): in order, trimmed, at most MAX_BLOCK, covering every non-blank character. */
  function assertPieces(t: string): void {
    const pieces = blockPieces(t);
    if (t.length <= MAX_BLOCK && t.trim() === t && t) assert.deepStrictEqual(pieces, [{ start: 0, end: t.length }], 'a short block is kept whole');
    let at = 0;
    for (const { start, end } of pieces) {
      assert.ok(start >= at && start < end && end <= t.length, `piece [${start}, ${end}) after ${at}`);
      assert.ok(end - start <= MAX_BLOCK, `piece of ${end - start} characters`);
      assert.ok(!splitsPair(t, start) && !splitsPair(t, end), 'a piece splits a surrogate pair');
      for (let i = at; i < start; i++) assert.ok(isBlank(t.charCodeAt(i)), `character ${i} left out`);
      at = end;
    }
    for (let i = at; i < t.length; i++) assert.ok(isBlank(t.charCodeAt(i)), `character ${i} left out at the end`);
  }

  it('cover any text, cut at line breaks, sentence ends, spaces or anywhere (fast-check)', () => {
    const unit = fc.constantFrom('word ', 'Sentence ends. ', 'line\n', 'crlf\r\n', 'x', '\ud83d\ude00', '\ud800', '  ', '\u00a0');
    fc.assert(fc.property(fc.array(unit, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 40_000 }), (units, size) => {
      assertPieces(makeHostile({ units, mode: 'interleave' }, size).trim());
    }), { numRuns: 200, seed: SEED });
  });

  it('no block the document model gives is longer than MAX_BLOCK (fast-check)', () => {
    fc.assert(fc.property(hostileShape, fc.integer({ min: 8, max: 40 }), (shape, k) => {
      for (const kind of ['markdown', 'plaintext'] as const) {
        for (const b of readDocument(makeHostile(shape, k * KIB), kind).blocks) assert.ok(b.end - b.start <= MAX_BLOCK, `${kind} block of ${b.end - b.start}`);
      }
    }), { numRuns: 30, seed: SEED });
  });

  it('keep every labelled-draft-sized paragraph whole', () => {
    const text = 'Cllr Jefferies said so. '.repeat(160).trim(); // 3,839 characters: one paragraph (the drafts' longest: 2,797)
    assert.deepStrictEqual(readDocument(text).blocks.map((b) => [b.start, b.end]), [[0, text.length]]);
  });
});
