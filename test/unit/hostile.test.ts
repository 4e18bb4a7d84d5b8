/**
 * Hostile inputs, one per mechanism of the engine, checked for (near-)linear time: each input is timed at
 * doubling sizes (CPU time of the process, not wall time) from 4 KB up to its full size (e.g. 1 MB); every doubling must cost at most ~3× (median of
 * 3 runs, plus a small absolute allowance for timer and GC noise), and every run must stay within a generous
 * absolute bound. Sizes ramp up and the first violation stops the case, so quadratic behaviour is caught
 * at the small sizes before the big ones can hang the suite.
 */
import * as assert from 'assert';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import { createEngine, Engine } from '../../src/core/engine';
import { Rng } from '../../scripts/gen-drafts';

const MB = 1 << 20;
const KB = 1 << 10;
const AS_OF = { asOf: '2025-12-05' };
/** Allowed growth of the median time when the input doubles. */
const MAX_RATIO = 3;
/**
 * Absolute slack (ms) added to the ratio check: below this, differences are timer and GC noise. Measured: once one
 * paragraph's working data outgrows V8's young generation (64-128 KB of these texts), each check pays scavenges that
 * copy that live data, and sometimes a full collection: a one-off step of 10-40 ms that the paragraph-by-paragraph
 * engine had too (64 → 128 KB of opening quotes: 12-16 → 52-65 ms), not a growth rate (the following doublings are
 * ~2×). With 10 ms the suite failed now and then on that step. A quadratic cost still trips the check at the larger
 * sizes, where a doubling adds far more than this.
 */
const NOISE_MS = 20;
/** Smallest size measured. */
const START = 4 * KB;
/**
 * Generous absolute bound for one check of `chars` characters: 100 ms + 2 ms per KB of CPU (1 MB ≤ ~2.1 s),
 * about twenty times slower than the speed target (100k words ≈ 600 KB in 60 ms).
 */
const boundMs = (chars: number) => 100 + (2 * chars) / KB;
/** Above this, one run is long enough to be measured once (keeps the suite's time down). */
const LONG_RUN_MS = 150;

/** Repeats `unit` to exactly `size` characters (cutting the last copy). */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function letters(size: number, seed: number, alphabet: string): string {
  const rng = new Rng(seed);
  let s = '';
  for (let i = 0; i < size; i++) s += alphabet[rng.int(alphabet.length)];
  return s;
}

function capitalisedWords(size: number): string {
  const words = ['Councillor', 'Richard', 'Jefferies', 'Andrew', 'Leadbetter', 'John', 'Hart', 'Carol', 'Whitton', 'Devon', 'County',
    'Council', 'Labour', 'Conservative', 'Lib', 'Dem', 'Minister', 'For', 'Schools', 'Cabinet', 'Member', 'Julian', 'Brazil', 'Wooster',
    'Exeter', 'Somerset', 'Ofsted', 'Leader', 'Mr', 'Cllr', 'Su', 'Aves', 'Josh', 'MacAlister', 'Steve', 'Race', 'Kay'];
  const rng = new Rng(7);
  let s = '';
  while (s.length < size) s += words[rng.int(words.length)] + ' ';
  return s.slice(0, size);
}

function datesAndNumbers(size: number): string {
  const bits = ['14 December 2022', 'Thursday, 14 December', 'January 2021', '2020', '2015', '50 per cent', '60%', 'five',
    'four areas', '13 years', '1,000,000', '3.14', '12/12/2022', '2022-12-14', 'May', 'this July', 'last week', '10th', 'No. 3'];
  const rng = new Rng(11);
  let s = '';
  while (s.length < size) s += bits[rng.int(bits.length)] + (rng.chance(0.2) ? ', ' : ' ');
  return s.slice(0, size);
}

interface Case {
  name: string;
  /** Full size in characters (the largest of the four measured). */
  size: number;
  make: (size: number) => string;
  /** A bound of its own, for input that goes to micromark (see the case). */
  bound?: (chars: number) => number;
}

const CASES: Case[] = [
  { name: 'thousands of opening quotation marks “', size: 256 * KB, make: (n) => '“'.repeat(n) },
  { name: 'opening quotes of every kind with words', size: 512 * KB, make: (n) => fill('“Jefferies said ‘the council "never \'', n) },
  { name: '1 MB of a single character', size: MB, make: (n) => 'a'.repeat(n) },
  { name: '1 MB of "Jefferies " repeated', size: MB, make: (n) => fill('Jefferies ', n) },
  { name: '200 KB line without spaces', size: 200 * KB, make: (n) => letters(n, 3, 'abcdefghijklmnopqrstuvwxyzJEFRIS’-.') },
  { name: 'thousands of capitalised words', size: 512 * KB, make: capitalisedWords },
  { name: 'thousands of dates and numbers', size: 512 * KB, make: datesAndNumbers },
  { name: 'digits without spaces', size: 256 * KB, make: (n) => letters(n, 5, '0123456789') },
  { name: 'deeply alternating nested quotes', size: 256 * KB, make: (n) => '“‘'.repeat(n / 4) + '’”'.repeat(n / 4) },
  { name: 'alternating open quotes with words', size: 512 * KB, make: (n) => fill('“a ‘b "c \'d ', n) },
  { name: 'thousands of one-word paragraphs', size: 512 * KB, make: (n) => fill('Jefferies.\n\n', n) },
  { name: 'CRLF lines of names', size: 512 * KB, make: (n) => fill('Cllr Leadbeater\r\n', n) },
  // Markdown the document model reads (micromark's time grows faster than the text on some of it: the reader keeps
  // such chunks from the parser)
  { name: 'deeply nested block quotes and list markers', size: 256 * KB, make: (n) => fill('> - > 1. ', n) },
  { name: 'links and images without an end', size: 256 * KB, make: (n) => fill('[a](![b', n) },
  { name: 'emphasis markers everywhere', size: 256 * KB, make: (n) => fill('**a _b *c __d ', n) },
  { name: 'thousands of small tables', size: 256 * KB, make: (n) => fill('| Date | Who |\n|---|---|\n| July 2022 | **Hart** |\n\n', n) },
  { name: 'Markdown of every kind, over and over', size: 256 * KB,
    make: (n) => fill('# H **b**\n\n- *i* [l](u)\n> q `c`\n\n| a | b |\n|---|---|\n| **x** | y |\n\n```\nz\n```\n\n<!-- c -->\n\n', n) },
  // Nested lists and lazy quote lines are read by micromark, which spends about 0.1-0.2 ms on each line inside a list
  // or a quote (on this 2-core machine): linear, but twenty times the engine's usual cost, so this case has a bound of
  // its own (a chunk with more such lines than MAX_CONTAINER_LINES is read as plain text instead).
  {
    name: 'lists and quotes the line scan leaves to the parser', size: 32 * KB, make: (n) => fill('- a\n  - b\n> c\nd\n\n', n),
    bound: (chars) => 100 + (200 * chars) / KB,
  },
];

interface Timing {
  chars: number;
  ms: number;
}

/** CPU time (user + system) of this process in ms: less disturbed than wall time by other processes on a busy machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Median of `runs` CPU timings; stops after the first run if that one already exceeds `limitMs`. */
function medianTime(engine: Engine, text: string, limitMs: number, runs = 3): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = cpuMs();
    engine.check(text, AS_OF);
    ts.push(cpuMs() - a);
    if (ts[0] > limitMs || (i === 0 && ts[0] > LONG_RUN_MS && runs <= 3)) return ts[0];
  }
  ts.sort((x, y) => x - y);
  return ts[Math.floor(ts.length / 2)];
}

describe('hostile inputs run in linear time', function () {
  this.timeout(120_000);
  let engine: Engine;
  const worst: Array<{ name: string; ms: number; chars: number; ratio: number }> = [];

  before(() => {
    engine = createEngine(loadDataset(findDataDir(__dirname)));
    engine.check('Warm-up: Councillor Richard Jefferies said “hello” on 14 December 2022.', AS_OF);
  });

  after(() => {
    if (worst.length === 0) return;
    const slowest = worst.reduce((a, b) => (b.ms > a.ms ? b : a));
    const steepest = worst.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    console.log(`    hostile: slowest ${slowest.ms.toFixed(1)} ms (${slowest.name}, ${(slowest.chars / KB).toFixed(0)} KB); ` +
      `steepest doubling ${steepest.ratio.toFixed(2)}× (${steepest.name})`);
  });

  for (const c of CASES) {
    it(c.name, () => {
      const sizes: number[] = [];
      for (let n = c.size; n >= START; n = Math.floor(n / 2)) sizes.unshift(n);
      engine.check(c.make(sizes[0]), AS_OF); // warm-up at the smallest size
      const timings: Timing[] = [];
      let maxRatio = 0;
      for (const n of sizes) {
        const text = c.make(n);
        assert.strictEqual(text.length, n);
        const bound = (c.bound ?? boundMs)(n);
        let ms = medianTime(engine, text, bound);
        // a run over the bound is measured again, five times (one run is taken alone when long: a collection or
        // another process on a busy machine then decides it)
        if (ms > bound) ms = medianTime(engine, text, 3 * bound, 5);
        timings.push({ chars: n, ms });
        const table = () => timings.map((t) => `${(t.chars / KB).toFixed(0)} KB: ${t.ms.toFixed(1)} ms`).join(', ');
        assert.ok(ms <= bound, `${c.name}: ${ms.toFixed(1)} ms for ${n} chars exceeds ${bound.toFixed(0)} ms (${table()})`);
        if (timings.length > 1 && ms > MAX_RATIO * timings[timings.length - 2].ms + NOISE_MS) {
          // Looks superlinear: measure both sizes again with more runs before concluding (timer/GC noise).
          const again = medianTime(engine, text, bound, 5);
          const prevAgain = medianTime(engine, c.make(timings[timings.length - 2].chars), bound, 5);
          timings[timings.length - 1].ms = again;
          timings[timings.length - 2].ms = prevAgain;
        }
        if (timings.length > 1) {
          const ms = timings[timings.length - 1].ms;
          const prev = timings[timings.length - 2].ms;
          maxRatio = Math.max(maxRatio, prev > 0.5 ? ms / prev : 1);
          assert.ok(ms <= MAX_RATIO * prev + NOISE_MS,
            `${c.name}: doubling the input took ${(ms / Math.max(prev, 1e-3)).toFixed(1)}× the time (> ${MAX_RATIO}×): ${table()}`);
        }
      }
      const last = timings[timings.length - 1];
      worst.push({ name: c.name, ms: last.ms, chars: last.chars, ratio: maxRatio });
    });
  }
});
