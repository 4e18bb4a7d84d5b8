/**
 * The edit path (DocumentCache.edit, StoryDates.edit, DocumentFrames.edit in IncrementalChecker) on real copy: random
 * edits to the project's own labelled drafts, joined as the realistic benchmark joins them — words replaced, letters
 * typed and deleted, line breaks, markup, headings, questions and speakers put in — and after every edit:
 *
 * - the document the cache edited in place is the one a fresh read gives (blocks, offsets, context: deep-equal);
 * - the kept context dates and frames are those worked out afresh;
 * - the incremental check equals a full check of the edited text.
 *
 * Held-out sets are never read here.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import { createEngine, IncrementalChecker, ParagraphEngine } from '../../src/core/engine';
import { DocumentCache, readDocument } from '../../src/core/text/document';
import { StoryDates, contextDates } from '../../src/core/time/story';
import { DocumentFrames, answerFrames, profileFrames, quizFrames, blockQuotationFrames, subjectFrames, answerKeyFrames, deniedFrames, correctionFrames, pronounFrames, rowFrames } from '../../src/core/text/answers';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20251206;
const FACTOR = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 1;
const AS_OF = { asOf: '2025-12-05' };

/** The labelled drafts of the development sets (never a held-out one). */
function fixtureDrafts(): string[] {
  const root = path.join(path.dirname(findDataDir(__dirname)), 'test', 'fixtures');
  const out: string[] = [];
  for (const dir of fs.readdirSync(root).sort()) {
    if (/holdout/i.test(dir) || !fs.statSync(path.join(root, dir)).isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(root, dir)).sort()) if (f.endsWith('.md')) out.push(fs.readFileSync(path.join(root, dir, f), 'utf8'));
  }
  return out;
}

type Edit =
  | { op: 'replace'; at: number; word: string }
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number };

const WORDS = ['Jeffries', 'Jefferies', 'Leadbeater', 'Leadbetter', 'council', 'five', 'four', 'Thursday,', '2022', 'the', 'said', 'é', ''];
const INSERTS = [
  'a', ' ', '.', ',', '\u2019', '\u201c', '"', '\n', '\n\n', '\r\n', '*', '_', '`', '|', '# ', '## December 2022\n\n', '- ', '> ',
  '**Who led it in 2022?**\n\n', 'PRESENTER: ', 'Q: Who is John Hart?\n', 'On Wednesday 14 December 2022, ', '\n```\n', '<!--', '---\n',
  'https://x.y ', '[', '](https://x.y)', '\u00a0', '\ud83d\ude00',
];

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), word: fc.constantFrom(...WORDS) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...INSERTS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
);

/** The edit applied: a word (a run of letters and digits) replaced, or text put in or taken out at a position. */
function apply(text: string, e: Edit): string {
  if (e.op === 'replace') {
    const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
    if (!words.length) return e.word + text;
    const w = words[e.at % words.length];
    return text.slice(0, w.index) + e.word + text.slice(w.index! + w[0].length);
  }
  const i = e.at % (text.length + 1);
  return e.op === 'insert' ? text.slice(0, i) + e.text + text.slice(i) : text.slice(0, i) + text.slice(i + e.length);
}

describe('the edit path on the labelled drafts: an edited document equals one read afresh', function () {
  this.timeout(300_000);
  let drafts: string[];
  let engine: ParagraphEngine;
  let fullEngine: ParagraphEngine;

  before(() => {
    drafts = fixtureDrafts();
    engine = createEngine(loadDataset(findDataDir(__dirname)));
    // a separate engine, so that nothing one engine keeps can hide a stale result
    fullEngine = createEngine(loadDataset(findDataDir(__dirname)));
  });

  /** A few drafts joined by blank lines, as the realistic benchmark joins them, chosen by the seed. */
  const copy = (seed: number, n: number) => Array.from({ length: n }, (_, i) => drafts[(seed * 7919 + i * 104729) % drafts.length].trim()).join('\n\n') + '\n';

  it('the document, its context dates and its frames after each edit (fast-check)', () => {
    let edited = 0;
    let edits = 0;
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 6 }), fc.array(editArb, { minLength: 1, maxLength: 25 }), (seed, n, list) => {
        let text = copy(seed, n);
        const cache = new DocumentCache();
        let doc = readDocument(text, 'markdown', cache);
        let dates = StoryDates.of(doc, text);
        let frames = new DocumentFrames(doc.blocks, text);
        for (const e of list) {
          text = apply(text, e);
          edits++;
          const edit = cache.edit(text);
          if (edit) {
            edited++;
            doc = edit.doc;
            if (!dates.edit(doc, text, edit)) dates = StoryDates.of(doc, text);
            if (!frames.edit(doc.blocks, text, edit)) frames = new DocumentFrames(doc.blocks, text);
          } else {
            doc = readDocument(text, 'markdown', cache);
            dates = StoryDates.of(doc, text);
            frames = new DocumentFrames(doc.blocks, text);
          }
          const fresh = readDocument(text);
          assert.deepStrictEqual(doc, fresh, `after ${JSON.stringify(e)}: the edited document differs from a fresh read`);
          assert.deepStrictEqual(dates.dates, contextDates(fresh, text), `after ${JSON.stringify(e)}: context dates differ`);
          const want = answerFrames(fresh.blocks, text);
          pronounFrames(fresh.blocks, text, want);
          profileFrames(fresh.blocks, text, want);
          quizFrames(fresh.blocks, text, want);
          blockQuotationFrames(fresh.blocks, text, want);
          subjectFrames(fresh.blocks, text, want);
          correctionFrames(fresh.blocks, want);
          answerKeyFrames(fresh.blocks, text, want);
          deniedFrames(fresh.blocks, text, want);
          rowFrames(fresh.blocks, want);
          assert.deepStrictEqual([...frames.frames], [...want], `after ${JSON.stringify(e)}: frames differ`);
        }
      }),
      { numRuns: Math.max(1, Math.round(60 * FACTOR)), seed: SEED },
    );
    console.log(`    edit path: ${edited} of ${edits} edits read one chunk again`);
    // most edits to prose fall inside one chunk: the path under test is the one taken
    assert.ok(edited * 3 > edits, `only ${edited} of ${edits} edits took the edit path`);
  });

  it('an incremental check after each edit equals a full check (fast-check)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 4 }), fc.array(editArb, { minLength: 1, maxLength: 12 }), (seed, n, list) => {
        let text = copy(seed, n);
        const ic = new IncrementalChecker(engine);
        assert.deepStrictEqual(ic.check(text, AS_OF), fullEngine.check(text, AS_OF));
        for (const e of list) {
          text = apply(text, e);
          assert.deepStrictEqual(ic.check(text, AS_OF), fullEngine.check(text, AS_OF), `after ${JSON.stringify(e)}: incremental differs from full`);
        }
      }),
      { numRuns: Math.max(1, Math.round(30 * FACTOR)), seed: SEED },
    );
  });
});
