/**
 * IncrementalChecker (src/core/engine.ts) re-checks only the paragraphs that changed. For random
 * sequences of edits on generated drafts — words inserted, deleted and replaced, text typed letter by
 * letter, paragraphs split and joined, line endings switched to CRLF and back, ranges deleted, paragraphs
 * pasted, undo to an earlier version, a new story date — its result after every edit must deep-equal a
 * fresh full `engine.check` of the same text.
 *
 * Planned API: `new IncrementalChecker(engine).check(text, { asOf })` → CheckResult. Skipped (pending)
 * while src/core/engine.ts does not export it yet.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import * as engineModule from '../../src/core/engine';
import { CheckOptions, CheckResult } from '../../src/core/types';
import { generateDraft, NAME_VARIANTS, wordSpans } from '../../scripts/gen-drafts';

type Checker = { check(text: string, opts: CheckOptions): CheckResult };
type IncrementalCtor = new (engine: engineModule.Engine) => Checker;
const IC_NAME = 'IncrementalChecker';
const IncrementalChecker = (engineModule as unknown as Record<string, IncrementalCtor | undefined>)[IC_NAME];

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20251205;
const FACTOR = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 1;

type Edit =
  | { op: 'insertWord'; at: number; word: string }
  | { op: 'deleteWord'; at: number }
  | { op: 'replaceWord'; at: number; word: string }
  | { op: 'toggleName'; at: number }
  | { op: 'type'; at: number; word: string }
  | { op: 'backspace'; at: number; count: number }
  | { op: 'splitParagraph'; at: number }
  | { op: 'joinParagraphs'; at: number }
  | { op: 'toCRLF' }
  | { op: 'toLF' }
  | { op: 'oneCRLF'; at: number }
  | { op: 'insertRaw'; at: number; text: string }
  | { op: 'deleteRange'; at: number; length: number }
  | { op: 'pasteParagraph'; at: number; seed: number }
  | { op: 'undo'; back: number }
  | { op: 'asOf'; asOf: string };

const WORDS = [
  ...NAME_VARIANTS.flatMap(([right, wrong]) => [...right.split(' '), ...wrong.flatMap((w) => w.split(' '))]),
  'Labour', 'Conservative', 'Lib', 'Dem', 'councillor', 'Minister', 'for', 'Schools', 'January', '2021', '2020', 'Thursday,',
  'Wednesday,', '14', 'December', 'five', 'four', 'areas', 'of', 'significant', 'concern', '“', '”', '‘', '’', '"', 'said:', 'the',
  'Conservative-run', 'council', 'is', 'was', '.', '\u00a0', 'Ofsted', 'inadequate', 'good',
];

function editArb(): fc.Arbitrary<Edit> {
  const word = fc.constantFrom(...WORDS);
  const at = fc.nat();
  const raw = fc.oneof(
    fc.constantFrom('\n', '\n\n', '\r\n', '“', '”', '‘', '’', '"', "'", '# ', '- ', '. ', ' said: “', '”.', '😀', '\u0301', 'é', '\ud800'),
    // document structure: what sets a block's context or hides text from the checkers
    fc.constantFrom('\n\n### 2022\n\n', '\n\n## December 2022\n\n', '\n\n| Year | Who |\n|---|---|\n| 2022 | ', ' |\n', '\n- **2022**: ', '**', '_', '`', '\n> ',
      '\n```\n', '\nPRESENTER: ', '\n\n**Who led it in 2022?**\n\n', 'On Wednesday 14 December 2022 ', '[', '](https://x.y)', '---\n', '<!--', '-->',
      'EXETER, Dec 15 - '),
    fc.string({ unit: 'grapheme-ascii', maxLength: 10 }),
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('insertWord' as const), at, word }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('deleteWord' as const), at }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('replaceWord' as const), at, word }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('toggleName' as const), at }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('type' as const), at, word }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('backspace' as const), at, count: fc.integer({ min: 1, max: 6 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('splitParagraph' as const), at }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('joinParagraphs' as const), at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('toCRLF' as const) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('toLF' as const) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('oneCRLF' as const), at }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('insertRaw' as const), at, text: raw }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteRange' as const), at, length: fc.integer({ min: 1, max: 300 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('pasteParagraph' as const), at, seed: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('undo' as const), back: fc.integer({ min: 1, max: 5 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('asOf' as const), asOf: fc.constantFrom('2022-12-16', '2025-12-05', '2026-04-01') }) },
  );
}

/** One-letter, same-length fixes and mistakes: a paragraph keeps its length but its findings change. */
const TOGGLES: ReadonlyArray<readonly [string, string]> = [
  ['Leadbetter', 'Leadbeater'], ['Whitton', 'Whitten'], ['Jefferies', 'Jefferys'], ['Caslake', 'Kaslake'],
  ['Brazil', 'Brasil'], ['Wooster', 'Wouster'], ['four', 'five'], ['2020', '2021'], ['Labour', 'Tories'],
];
const TOGGLE_RE = new RegExp(TOGGLES.flat().map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/** Indices of every occurrence of a blank-line paragraph break. */
function breaks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\r?\n[ \t]*\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Applies one edit; returns the successive texts the editor would hand to the checker (typing a word
 * letter by letter gives one text per letter).
 */
function apply(text: string, e: Edit, history: string[], data: Parameters<typeof generateDraft>[0]): string[] {
  const spans = wordSpans(text);
  const wordAt = (k: number) => (spans.length ? spans[k % spans.length] : ([0, 0] as [number, number]));
  const pos = (k: number) => k % (text.length + 1);
  switch (e.op) {
    case 'insertWord': {
      const [s] = wordAt(e.at);
      return [text.slice(0, s) + e.word + ' ' + text.slice(s)];
    }
    case 'deleteWord': {
      if (!spans.length) return [text];
      const [s, end] = wordAt(e.at);
      return [text.slice(0, s) + text.slice(end + (text[end] === ' ' ? 1 : 0))];
    }
    case 'replaceWord': {
      if (!spans.length) return [e.word];
      const [s, end] = wordAt(e.at);
      return [text.slice(0, s) + e.word + text.slice(end)];
    }
    case 'toggleName': {
      const hits = [...text.matchAll(TOGGLE_RE)];
      if (!hits.length) return [text];
      const h = hits[e.at % hits.length];
      const pair = TOGGLES.find((p) => p.includes(h[0]))!;
      const other = pair[0] === h[0] ? pair[1] : pair[0];
      return [text.slice(0, h.index!) + other + text.slice(h.index! + h[0].length)];
    }
    case 'type': {
      const i = spans.length ? wordAt(e.at)[0] : 0;
      const out: string[] = [];
      const chars = Array.from(e.word + ' ');
      for (let j = 1; j <= chars.length; j++) out.push(text.slice(0, i) + chars.slice(0, j).join('') + text.slice(i));
      return out;
    }
    case 'backspace': {
      const i = pos(e.at);
      const out: string[] = [];
      let t = text;
      for (let j = 1; j <= e.count && i - j >= 0; j++) {
        t = t.slice(0, i - j) + t.slice(i - j + 1);
        out.push(t);
      }
      return out.length ? out : [text];
    }
    case 'splitParagraph': {
      if (!spans.length) return [text + '\n\n'];
      const [, end] = wordAt(e.at);
      const nl = text.includes('\r\n') ? '\r\n' : '\n';
      return [text.slice(0, end) + nl + nl + text.slice(end).replace(/^ +/, '')];
    }
    case 'joinParagraphs': {
      const bs = breaks(text);
      if (!bs.length) return [text];
      const [s, end] = bs[e.at % bs.length];
      return [text.slice(0, s) + ' ' + text.slice(end)];
    }
    case 'toCRLF':
      return [text.replace(/\r?\n/g, '\r\n')];
    case 'toLF':
      return [text.replace(/\r\n/g, '\n')];
    case 'oneCRLF': {
      const nls: number[] = [];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n' && text[i - 1] !== '\r') nls.push(i);
      if (!nls.length) return [text];
      const i = nls[e.at % nls.length];
      return [text.slice(0, i) + '\r' + text.slice(i)];
    }
    case 'insertRaw': {
      const i = pos(e.at);
      return [text.slice(0, i) + e.text + text.slice(i)];
    }
    case 'deleteRange': {
      const i = pos(e.at);
      return [text.slice(0, i) + text.slice(i + e.length)];
    }
    case 'pasteParagraph': {
      const bs = breaks(text);
      const para = generateDraft(data, { words: 30, seed: e.seed }).trim();
      const i = bs.length ? bs[e.at % bs.length][1] : text.length;
      return [text.slice(0, i) + para + '\n\n' + text.slice(i)];
    }
    case 'undo':
      return [history[Math.max(0, history.length - 1 - e.back)]];
    case 'asOf':
      return [text];
  }
}

describe('IncrementalChecker matches a full check after every edit', function () {
  this.timeout(120_000);
  let data: ReturnType<typeof loadDataset>;
  let cases = 0;
  let checks = 0;

  before(function () {
    if (typeof IncrementalChecker !== 'function') {
      console.log(`    IncrementalChecker is not exported by src/core/engine.ts yet: incremental tests pending`);
      this.skip();
    }
    data = loadDataset(findDataDir(__dirname));
  });

  after(() => {
    if (cases) console.log(`    incremental: ${cases} edit sequences, ${checks} incremental checks compared (seed ${SEED})`);
  });

  const run = (label: string, numRuns: number, draftWords: fc.Arbitrary<number>, maxEdits: number, start?: (seed: number, words: number) => string) =>
    it(label, () => {
      // Separate engines, so state shared inside one engine cannot hide a stale cache.
      const fullEngine = engineModule.createEngine(data);
      const incEngine = engineModule.createEngine(loadDataset(findDataDir(__dirname)));
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1_000_000 }), draftWords, fc.boolean(), fc.array(editArb(), { minLength: 1, maxLength: maxEdits }), (seed, words, crlf, edits) => {
          const ic = new IncrementalChecker!(incEngine);
          let opts: CheckOptions = start && seed % 3 === 0 ? { asOf: '2025-12-05', format: 'plaintext' } : { asOf: '2025-12-05' };
          let text = start ? start(seed, words) : generateDraft(data, { words, seed, crlf });
          const history = [text];
          const compare = (step: string) => {
            checks++;
            const got = ic.check(text, opts);
            const want = fullEngine.check(text, opts);
            assert.deepStrictEqual(got, want, `after ${step}: incremental result differs from a full check`);
          };
          compare('the first check');
          edits.forEach((e, k) => {
            if (e.op === 'asOf') opts = { ...opts, asOf: e.asOf };
            for (const t of apply(text, e, history, data)) {
              text = t;
              compare(`edit ${k} (${e.op})`);
            }
            history.push(text);
          });
          cases++;
        }),
        { numRuns: Math.max(1, Math.round(numRuns * FACTOR)), seed: SEED },
      );
    });

  run('short drafts, long edit sequences', 60, fc.integer({ min: 20, max: 300 }), 30);
  run('longer drafts, a few edits', 15, fc.integer({ min: 1000, max: 3000 }), 8);
  // drafts whose blocks take dates from their context (dated headings, a table's year column, a Q&A's questions,
  // a scene, leads), as Markdown and as plain text: an edit above a block can change its result without touching it
  run('drafts with document structure and context dates', 40, fc.integer({ min: 20, max: 200 }), 20, (seed, words) => {
    const parts = [
      '# Devon\u2019s children\u2019s services', 'At a cabinet meeting on Wednesday 14 December 2022, councillors heard a report.',
      generateDraft(data, { words, seed }).trim(), '### 2022', 'John Hart, the council leader, says the service must improve.',
      '| Name | Role | Year |\n|---|---|---|\n| John Hart | Council leader | 2022 |\n| Andrew Leadbetter | Cabinet member | 2026 |',
      '## Who led the council in December 2022?', 'Leader John Hart said the council was taking it seriously.', '- **2020**: Ofsted rated it inadequate.\n- 2025: a final notice.',
      'PRESENTER: The cabinet member for children\u2019s services, Andrew Leadbetter, told the meeting recruitment was hard.\nCLLR HART: We will improve.',
      '```\nnot prose: Cllr Jeffries\n```', generateDraft(data, { words: 40, seed: seed + 1 }).trim(),
    ];
    // a different order and a few parts left out, by the seed
    return parts.filter((_, i) => (seed >> i) % 5 !== 0).join('\n\n') + '\n';
  });

  it('one checker switching between unrelated documents', () => {
    const engine = engineModule.createEngine(data);
    const ic = new IncrementalChecker!(engine);
    const opts = { asOf: '2025-12-05' };
    const docs = [1, 2, 3].map((seed) => generateDraft(data, { words: 400, seed }));
    for (const t of [...docs, '', docs[0], docs[0].replace(/\n/g, '\r\n'), docs[2], '', '', docs[1]]) {
      checks++;
      assert.deepStrictEqual(ic.check(t, opts), engine.check(t, opts));
    }
  });
});
