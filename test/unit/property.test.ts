/**
 * Property-based tests of the engine's contract (fast-check): on any string the engine never throws,
 * its findings are well-formed ranges of the given text with allowed kinds and severities, it is
 * deterministic, and its findings do not depend on line endings (LF vs CRLF) or on the Unicode
 * normalisation form (NFC vs NFD).
 *
 * Environment: FC_SEED=<n> picks another seed (default fixed, so `npm test` is reproducible);
 * FC_RUNS=<factor> multiplies every numRuns (e.g. FC_RUNS=10 for a long exploration).
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { Dataset, findDataDir, loadDataset } from '../../src/core/data/loader';
import { createEngine, Engine } from '../../src/core/engine';
import { CheckOptions, CheckResult, Finding, FINDING_KINDS, Severity } from '../../src/core/types';
import { generateDraft, NAME_VARIANTS } from '../../scripts/gen-drafts';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20251205;
const FACTOR = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 1;
const runs = (n: number) => Math.max(1, Math.round(n * FACTOR));
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

const casesRun: Array<[string, number]> = [];
/**
 * Runs a property like fc.assert, recording how many cases actually ran. A property stops early (and says
 * so) after TIME_LIMIT_MS so a slow engine cannot blow the suite's time budget; failures still fail.
 */
const TIME_LIMIT_MS = Number(process.env.FC_TIME_LIMIT_MS ?? 12_000);
function check<Ts extends [unknown, ...unknown[]]>(label: string, numRuns: number, prop: fc.IProperty<Ts>) {
  const details = fc.check(prop, { numRuns, seed: SEED, interruptAfterTimeLimit: TIME_LIMIT_MS * FACTOR });
  casesRun.push([details.interrupted ? `${label} (stopped at the ${TIME_LIMIT_MS * FACTOR} ms limit, of ${numRuns})` : label, details.numRuns]);
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
}

// --- helpers ------------------------------------------------------------------------------------------

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether offset i falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

function describeRange(text: string, f: { start: number; end: number }): string {
  return `[${f.start}, ${f.end}) of ${text.length}: ${JSON.stringify(text.slice(Math.max(0, f.start - 10), f.end + 10))}`;
}

/** Throws (with the offending finding) unless every finding/confirmation is a well-formed range of `text`. */
function assertWellFormed(text: string, r: CheckResult): void {
  assert.ok(r && Array.isArray(r.findings) && Array.isArray(r.confirmations), 'check() must return { findings[], confirmations[] }');
  for (const f of r.findings) {
    const where = `finding ${f.kind} ${describeRange(text, f)}`;
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `${where}: offsets must be integers`);
    assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length, `${where}: needs 0 ≤ start < end ≤ text.length`);
    assert.ok(!splitsPair(text, f.start) && !splitsPair(text, f.end), `${where}: splits a surrogate pair`);
    assert.ok((FINDING_KINDS as readonly string[]).includes(f.kind), `${where}: kind ${JSON.stringify(f.kind)} not allowed`);
    assert.ok(SEVERITIES.includes(f.severity), `${where}: severity ${JSON.stringify(f.severity)} not allowed`);
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `${where}: empty message`);
    assert.ok(Array.isArray(f.suggestions) && f.suggestions.every((s) => typeof s === 'string'), `${where}: suggestions must be strings`);
    assert.ok(typeof f.claimKey === 'string', `${where}: claimKey must be a string`);
  }
  for (const c of r.confirmations) {
    const where = `confirmation ${c.kind} ${describeRange(text, c)}`;
    assert.ok(Number.isInteger(c.start) && Number.isInteger(c.end), `${where}: offsets must be integers`);
    assert.ok(0 <= c.start && c.start < c.end && c.end <= text.length, `${where}: needs 0 ≤ start < end ≤ text.length`);
    assert.ok(!splitsPair(text, c.start) && !splitsPair(text, c.end), `${where}: splits a surrogate pair`);
  }
}

/** Applies character-level edits (insert / delete / substitute / transpose / change case) to a string. */
function applyCharEdits(s: string, edits: Array<[number, number, string]>): string {
  for (const [op, pos, ch] of edits) {
    if (s.length === 0) return ch;
    const i = pos % s.length;
    switch (op % 5) {
      case 0: s = s.slice(0, i) + ch + s.slice(i); break;
      case 1: s = s.slice(0, i) + s.slice(i + 1); break;
      case 2: s = s.slice(0, i) + ch + s.slice(i + 1); break;
      case 3: s = i + 1 < s.length ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s; break;
      default: s = s.slice(0, i) + (s[i] === s[i].toLowerCase() ? s[i].toUpperCase() : s[i].toLowerCase()) + s.slice(i + 1);
    }
  }
  return s;
}

// --- arbitraries (built once the dataset is loaded) ------------------------------------------------------

interface Arbs {
  asOf: fc.Arbitrary<string>;
  anything: fc.Arbitrary<string>;
  adversarial: fc.Arbitrary<string>;
  draft: fc.Arbitrary<string>;
  text: fc.Arbitrary<string>;
  longLine: fc.Arbitrary<string>;
  accented: fc.Arbitrary<string>;
}

function buildArbitraries(ds: Dataset): Arbs {
  const sourceTexts = ds.sources.map((s) => s.text);
  const sourceWords = sourceTexts.map((t) => t.split(/\s+/).filter(Boolean));
  const names = [
    ...ds.people.map((p) => p.name),
    ...ds.people.map((p) => p.surname),
    ...NAME_VARIANTS.flatMap(([, wrong]) => wrong),
  ];
  const quoteTexts = ds.quotes.map((q) => q.text);
  const pad = (a: fc.Arbitrary<string>) => fc.tuple(a, fc.constantFrom(' ', ' ', ' ', '', '\n', ', ')).map(([x, s]) => x + s);

  const asOf = fc.oneof(
    fc.constantFrom('2022-12-16', '2025-12-05', '2026-04-01', '2019-01-01'),
    fc.date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );

  const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  const anything = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }), // any code point, astral included
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: utf16Unit, maxLength: 300 }), // any UTF-16 code unit: lone surrogates too
    fc.string({ unit: fc.oneof(loneSurrogate, fc.constantFrom('a', ' ', '“', '\n', '😀', 'J')), maxLength: 100 }),
  );

  const sourceFragment = fc
    .tuple(fc.nat({ max: sourceWords.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 40 }))
    .map(([s, i, n]) => {
      const ws = sourceWords[s];
      const a = i % ws.length;
      return ws.slice(a, a + n).join(' ');
    });
  const rawSlice = fc
    .tuple(fc.nat({ max: sourceTexts.length - 1 }), fc.nat(), fc.nat({ max: 300 }))
    .map(([s, i, n]) => {
      const t = sourceTexts[s];
      const a = i % t.length;
      return t.slice(a, a + n); // not word-aligned: may cut words, quotes and sentences anywhere
    });
  const charEdits = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('e', 'i', 'y', 'r', 'ä', 'é', '-', '’', ' ', 'F', '😀')), { maxLength: 3 });
  const editedName = fc.tuple(fc.constantFrom(...names), charEdits).map(([n, e]) => applyCharEdits(n, e));
  const quoteMark = fc.constantFrom('“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '`');
  const nested = fc
    .tuple(fc.array(fc.constantFrom<[string, string]>(['“', '”'], ['‘', '’'], ['"', '"'], ["'", "'"]), { minLength: 1, maxLength: 6 }), sourceFragment, fc.boolean(), fc.nat())
    .map(([pairs, inner, balanced, k]) => {
      const opens = pairs.map((p) => p[0]).join('');
      const closes = pairs.map((p) => p[1]).reverse().join('');
      return balanced ? opens + inner + closes : opens + inner + closes.slice(0, k % (closes.length + 1));
    });
  const quotation = fc
    .tuple(fc.constantFrom(...quoteTexts), quoteMark, quoteMark, charEdits, fc.constantFrom(...names), fc.boolean())
    .map(([q, o, c, e, who, before]) => {
      const body = applyCharEdits(q, e);
      return before ? `${who} said: ${o}${body}${c}` : `${o}${body}${c} said ${who}.`;
    });
  const structural = fc.constantFrom(
    ' ', ' ', ' ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\t', '\u00a0', '\u202f', '\u2028', '\u200b', '\ufeff',
    '# ', '## ', '- ', '* ', '> ', '1. ', '(', ')', '[', ']', '–', '—', '-', '.', '. ', ',', ':', ';', '?', '!', '…', '&', '’s ',
  );
  const claimWords = fc.constantFrom(
    'January 2020', 'January 2021', '14 December', 'Wednesday, 14 December', 'Thursday, 14 December', 'December 2018',
    'May', 'this July', 'last week', 'next year', '2015', '2025', 'five', 'four areas of significant concern',
    '50 per cent', '60%', 'some 13 years', 'about two years', 'third or fourth worst', 'Two MPs',
    'Labour', 'Conservative', 'Lib Dem', 'Lib-Dem run', 'Conservative-run council', 'is Conservative-run',
    'Councillor', 'Cllr', 'Mr', 'Minister for Schools', 'Minister for Children and Families', 'council leader',
    'cabinet member for children’s services', 'Exeter MP', 'Ofsted', 'rated ‘inadequate’', 'good', 'requires improvement',
    'Devon County Council', 'NHS Devon', 'Department for Education', 'Somerset', '(St David’s & Haven Banks)',
    '(Conservative, Bickleigh & Wembury)', 'Kingsbridge', 'said', 'told the cabinet', 'added:',
  );
  const token = fc.oneof(
    { weight: 4, arbitrary: pad(sourceFragment) },
    { weight: 2, arbitrary: rawSlice },
    { weight: 3, arbitrary: pad(editedName) },
    { weight: 2, arbitrary: pad(quotation) },
    { weight: 2, arbitrary: pad(nested) },
    { weight: 3, arbitrary: quoteMark },
    { weight: 5, arbitrary: structural },
    { weight: 4, arbitrary: pad(claimWords) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,12}$/) },
  );
  const adversarial = fc.array(token, { maxLength: 60 }).map((ts) => ts.join(''));

  // Generated drafts with adversarial tokens spliced in at random places.
  const draft = fc
    .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 20, max: 400 }), fc.array(fc.tuple(fc.nat(), token), { maxLength: 8 }))
    .map(([seed, words, splices]) => {
      let t = generateDraft(ds, { words, seed });
      for (const [at, ins] of splices) {
        const i = at % (t.length + 1);
        t = t.slice(0, i) + ins + t.slice(i);
      }
      return t;
    });

  const text = fc.oneof({ weight: 2, arbitrary: anything }, { weight: 4, arbitrary: adversarial }, { weight: 3, arbitrary: draft });

  // Very long lines: hundreds of tokens with no line break at all.
  const longLine = fc
    .tuple(fc.array(token, { minLength: 1, maxLength: 12 }), fc.integer({ min: 30, max: 200 }))
    .map(([ts, k]) => {
      const unit = ts.join(' ').replace(/[\r\n\u2028]/g, ' ');
      return Array.from({ length: k }, () => unit).join(' ');
    });

  const accentedWord = fc.constantFrom(
    'café', 'Zoë', 'naïve', 'résumé', 'São Paulo', 'Whittön', 'Jéfferies', 'Lèadbetter', 'Ofstéd', 'Çaslake', 'Brazíl',
    'Ävés', 'Hårt', 'MacÀlister', 'coöperation', 'Señora', 'ﬁnal', 'Å', 'ǅ', 'ẞ', 'é', 'e\u0301', 'n\u0303', '\u0301',
  );
  const accented = fc
    .array(fc.oneof({ weight: 3, arbitrary: pad(accentedWord) }, { weight: 4, arbitrary: token }), { minLength: 1, maxLength: 50 })
    .map((ts) => ts.join(''));

  return { asOf, anything, adversarial, draft, text, longLine, accented };
}

// --- comparisons --------------------------------------------------------------------------------------

/** Finding with offsets mapped through `map` and CRLF → LF inside its strings. */
function mapFinding(f: Finding, map: (i: number) => number): Finding {
  const lf = (s: string) => s.replace(/\r\n/g, '\n');
  return {
    ...f,
    start: map(f.start),
    end: map(f.end),
    message: lf(f.message),
    suggestions: f.suggestions.map(lf),
    claimKey: lf(f.claimKey),
    ...(f.diff ? { diff: f.diff.map((d) => ({ ...d, text: lf(d.text) })) } : {}),
  };
}

function summary(text: string, f: Finding) {
  const nfc = (s: string) => s.normalize('NFC');
  return {
    kind: f.kind,
    severity: f.severity,
    flagged: nfc(text.slice(f.start, f.end)),
    message: nfc(f.message),
    suggestions: f.suggestions.map(nfc),
  };
}

// --- the properties -----------------------------------------------------------------------------------

describe('engine properties (fast-check)', function () {
  this.timeout(120_000);
  let engine: Engine;
  let fresh: Engine;
  let arbs: Arbs;
  const opts = (asOf: string): CheckOptions => ({ asOf });

  before(() => {
    const ds = loadDataset(findDataDir(__dirname));
    engine = createEngine(ds);
    fresh = createEngine(loadDataset(findDataDir(__dirname)));
    arbs = buildArbitraries(ds);
  });

  after(() => {
    const total = casesRun.reduce((n, [, k]) => n + k, 0);
    console.log(`    property cases run: ${total} (seed ${SEED}) — ${casesRun.map(([l, n]) => `${l}: ${n}`).join('; ')}`);
  });

  it('never throws and returns well-formed findings on any text (Unicode, lone surrogates, CRLF, quotes, fragments)', () => {
    check('well-formed', runs(500), fc.property(arbs.text, arbs.asOf, (text, asOf) => {
      assertWellFormed(text, engine.check(text, opts(asOf)));
    }));
  });

  it('never throws and returns well-formed findings on very long lines', () => {
    check('long lines', runs(25), fc.property(arbs.longLine, arbs.asOf, (text, asOf) => {
      assertWellFormed(text, engine.check(text, opts(asOf)));
    }));
  });

  it('is deterministic: same input → same result, whatever was checked before and on a fresh engine', () => {
    check('deterministic', runs(200), fc.property(arbs.text, arbs.text, arbs.asOf, (a, b, asOf) => {
      const first = engine.check(a, opts(asOf));
      engine.check(b, opts(asOf));
      const again = engine.check(a, opts(asOf));
      assert.deepStrictEqual(again, first, 'second check of the same text differs');
      assert.deepStrictEqual(fresh.check(a, opts(asOf)), first, 'a fresh engine gives a different result');
    }));
  });

  it('finds the same things whatever the line endings (LF vs CRLF, offsets mapped back)', () => {
    const withNewlines = fc.oneof(arbs.draft, arbs.adversarial, arbs.accented);
    check('LF vs CRLF', runs(250), fc.property(withNewlines, arbs.asOf, (raw, asOf) => {
      const lfText = raw.replace(/\r\n?/g, '\n');
      const crlfText = lfText.replace(/\n/g, '\r\n');
      const crBefore = new Int32Array(crlfText.length + 1);
      for (let i = 0; i < crlfText.length; i++) crBefore[i + 1] = crBefore[i] + (crlfText.charCodeAt(i) === 13 ? 1 : 0);
      const lf = engine.check(lfText, opts(asOf));
      const crlf = engine.check(crlfText, opts(asOf));
      assertWellFormed(crlfText, crlf);
      const mapped = crlf.findings.map((f) => mapFinding(f, (i) => i - crBefore[i]));
      assert.deepStrictEqual(mapped, lf.findings.map((f) => mapFinding(f, (i) => i)));
    }));
  });

  it('finds the same things whatever the Unicode normalisation form (NFC vs NFD)', () => {
    check('NFC vs NFD', runs(250), fc.property(fc.oneof(arbs.accented, arbs.draft.map((t) => t.replace(/e/g, 'é'))), arbs.asOf, (raw, asOf) => {
      const nfc = raw.normalize('NFC');
      const nfd = raw.normalize('NFD');
      const a = engine.check(nfc, opts(asOf));
      const b = engine.check(nfd, opts(asOf));
      assertWellFormed(nfc, a);
      assertWellFormed(nfd, b);
      assert.deepStrictEqual(b.findings.map((f) => summary(nfd, f)), a.findings.map((f) => summary(nfc, f)));
    }));
  });
});
