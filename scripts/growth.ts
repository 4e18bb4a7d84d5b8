/**
 * Growth check: no hostile draft makes a check grow faster than linearly with its size (issue 16).
 *
 *   npm run test:growth                 (CI runs it after npm test)
 *   options: --cases=N (generated shapes, default 40), --seed=N, --sizes=25,50,100,200 (KiB),
 *            --only=TEXT (only the named shapes whose name contains TEXT), --no-paragraph, --no-cli
 *
 * Each shape (the named ones of scripts/hostile.ts, then fast-check's) is checked at growing sizes; each size is
 * timed as the fastest of several runs in CPU time (after a garbage collection, with --expose-gc), which another
 * process on the machine can slow but hardly speed up. The growth per doubling is fitted over all the sizes; when it
 * and the last doubling both look superlinear (above MAX_RATIO), or the largest size takes longer than
 * MAX_MS_AT_LARGEST, every size is measured
 * again with more runs, up to RETRIES times, and only what stays so fails. A linear check grows about 2× per
 * doubling, a quadratic one 4×.
 *
 * Two passes: the check as the CLI and the editor run it (engine.check, whose document model cuts a block longer than 4,000
 * characters into pieces), then each draft as one paragraph, uncut (engine.checkParagraph, 32-256 KiB; the named
 * shapes and the first PARAGRAPH_CASES generated ones): the cut bounds any cost that grows faster than a paragraph,
 * and the second pass finds such a cost anyway (the quadratic of issue 16 shows there as 4.5× per doubling).
 *
 * Then the 1.1-million-character draft of issue 16 must check in under a second through the CLI, Node's start
 * included (wall time, the best of up to five runs, as another process can only slow it; on a machine so busy that
 * no run gets there, the process's own CPU time, user + system, decides).
 *
 * And a 2,000-word source of the writer's own is read in under 50 ms of CPU time.
 *
 * Wall-clock timing lives here, not in npm test, where a busy machine made it fail now and then.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { performance } from 'perf_hooks';
import { findDataDir, loadDataset } from '../src/core/data/loader';
import { asOfDay, createEngine } from '../src/core/engine';
import { LineMap } from '../src/cli/lines';
import { HostileShape, makeHostile, NAMED_SHAPES, sampleShapes } from './hostile';
import { ingestSource } from '../src/core/ingest/ingest';
import { gazetteer } from '../src/core/ingest/merge';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.find((a) => a.startsWith(`--${name}=`)) ?? `--${name}=${dflt}`).slice(name.length + 3);
const CASES = Number(opt('cases', '40'));
const SEED = Number(opt('seed', '16'));
const SIZES = opt('sizes', '25,50,100,200').split(',').map((k) => Math.round(Number(k) * 1024));
const ONLY = opt('only', '');
const PARAGRAPH = !args.includes('--no-paragraph');
const CLI = !args.includes('--no-cli');
/** Sizes and generated shapes of the one-paragraph pass. */
const PARAGRAPH_SIZES = [32, 64, 128, 256].map((k) => k * 1024);
const PARAGRAPH_CASES = 10;
const AS_OF = '2025-12-05';

/** Growth per doubling that fails, after retries (linear ≈ 2×, quadratic ≈ 4×). */
const MAX_RATIO = 3;
/** Times below this (ms) are noise: a doubling is judged against at least this much. */
const FLOOR_MS = 3;
/**
 * CPU time (ms) no shape may take at the largest size, however it grows: nested lists and lazy quote lines, linear
 * but sent chunk by chunk to the Markdown parser, took 17 s at 200 KiB; now the slowest shapes take 0.3-0.8 s there.
 */
const MAX_MS_AT_LARGEST = 2500;
const RUNS = 3;
const RETRIES = 3;
/** The CLI must check the 1.1-million-character draft of issue 16 within this (ms), Node's start included. */
const CLI_LIMIT_MS = 1000;
/** A 2,000-word source must be read within this (ms, CPU time, fastest of RUNS + 2) (issue 15). */
const INGEST_LIMIT_MS = 50;

const ROOT = path.dirname(findDataDir(__dirname));
const engine = createEngine(loadDataset(findDataDir(__dirname)));
const asOf = asOfDay(AS_OF);
type Timed = (text: string) => unknown;
/** The check as the CLI and the editor run it. */
const fullCheck: Timed = (t) => engine.check(t, { asOf: AS_OF });
/** The text as one paragraph, however long (the engine would cut it into pieces). */
const oneParagraph: Timed = (t) => engine.checkParagraph(t, asOf);
/** The CLI's line map of a file (its lines, then one look-up per 50 characters). */
const lineMap: Timed = (t) => {
  const m = new LineMap(t);
  for (let i = 0; i < t.length; i += 50) m.positionAt((i * 7919) % t.length);
};

/** CPU time of this process (user + system), in ms: time spent waiting for a processor another process holds is not counted. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Collects garbage when node runs with --expose-gc: each run starts from the same heap, not the last run's garbage. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** The fastest of `runs` checks of text, in ms of CPU time. */
function fastest(check: Timed, text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    collect();
    const a = cpuMs();
    check(text);
    best = Math.min(best, cpuMs() - a);
  }
  return best;
}

const kib = (n: number) => `${Math.round(n / 1024)} KiB`;
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

interface Outcome {
  name: string;
  times: number[];
  /** Growth per doubling of the size, fitted over all sizes (least squares on the logarithms). */
  growth: number;
  retried: number;
  failed: boolean;
}

/**
 * Growth per doubling fitted over all the sizes: one step between two sizes (a garbage collection that starts at some
 * size, a run slowed by another process) moves it little, while a quadratic cost shows at every doubling (4×).
 */
function fittedGrowth(times: number[]): number {
  const ys = times.map((t) => Math.log2(Math.max(t, FLOOR_MS)));
  const xm = (ys.length - 1) / 2;
  const ym = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0, den = 0;
  ys.forEach((y, x) => {
    num += (x - xm) * (y - ym);
    den += (x - xm) ** 2;
  });
  return 2 ** (num / den);
}

function measureShape(check: Timed, name: string, shape: HostileShape, sizes: number[]): Outcome {
  const texts = sizes.map((n) => makeHostile(shape, n));
  check(texts[0]); // warm-up
  const times = texts.map((t) => fastest(check, t, RUNS));
  let retried = 0;
  // (a cost that grows faster than linearly shows at every doubling, the last one too: one fast smallest size — the
  // fastest of several runs is luckiest where runs are shortest — can steepen the fit alone, and made CI fail once)
  const lastStep = () => times[times.length - 1] / Math.max(times[times.length - 2], FLOOR_MS);
  const tooSlow = () => (fittedGrowth(times) > MAX_RATIO && lastStep() > MAX_RATIO) || times[times.length - 1] > MAX_MS_AT_LARGEST;
  for (let r = 1; r <= RETRIES && tooSlow(); r++) {
    retried++;
    // more runs each time; the fastest of everything measured stands
    texts.forEach((t, i) => (times[i] = Math.min(times[i], fastest(check, t, RUNS * 2 * r))));
  }
  return { name, times, growth: fittedGrowth(times), retried, failed: tooSlow() };
}

function describeShape(shape: HostileShape): string {
  return JSON.stringify(shape).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).slice(0, 300);
}

function cliCheck(): { ok: boolean; line: string } {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) return { ok: false, line: 'dist/cli.js is not built (npm run build)' };
  const text = makeHostile(NAMED_SHAPES[0].shape, 1_100_000);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'devon-growth-')), 'issue16.md');
  fs.writeFileSync(file, text);
  const walls: number[] = [];
  /** CPU time (user + system) of each run's process, from bash's `time`: what waiting for a busy processor does not add to. */
  const cpus: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const a = performance.now();
      const cmd = `TIMEFORMAT='%U %S'; time "$0" "$@" > /dev/null`;
      const r = spawnSync('bash', ['-c', cmd, process.execPath, cli, 'check', '--max-size', '2000000', '--as-of', AS_OF, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      walls.push(performance.now() - a);
      const t = /(\d+\.\d+) (\d+\.\d+)\s*$/.exec(r.stderr || '');
      if (t) cpus.push((Number(t[1]) + Number(t[2])) * 1000);
      if (r.status !== 0 && r.status !== 1) return { ok: false, line: `the CLI failed (exit ${r.status}): ${(r.stderr || '').split('\n')[0]}` };
      if (walls[walls.length - 1] < CLI_LIMIT_MS) break;
    }
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  const best = Math.min(...walls);
  const bestCpu = cpus.length ? Math.min(...cpus) : Infinity;
  const bytes = Buffer.byteLength(text);
  return {
    // on a busy machine the wall time is mostly waiting for a processor: the process's own CPU time then decides
    ok: best < CLI_LIMIT_MS || bestCpu < CLI_LIMIT_MS,
    line: `CLI on the issue-16 draft (1,100,000 characters, ${(bytes / 1e6).toFixed(2)} MB): ${best.toFixed(0)} ms wall, ${bestCpu.toFixed(0)} ms CPU, best of ${walls.length} (limit ${CLI_LIMIT_MS} ms)`,
  };
}

/** Measures each shape; returns the failures. */
function pass(title: string, check: Timed, sizes: number[], shapes: { name: string; shape: HostileShape }[]): string[] {
  console.log(`${title}: ${shapes.length} hostile shapes at ${sizes.map(kib).join(' / ')}`);
  const t0 = performance.now();
  const failures: string[] = [];
  let steepest: Outcome | undefined;
  let slowest: Outcome | undefined;
  for (const { name, shape } of shapes) {
    const o = measureShape(check, name, shape, sizes);
    if (!steepest || o.growth > steepest.growth) steepest = o;
    if (!slowest || o.times[o.times.length - 1] > slowest.times[slowest.times.length - 1]) slowest = o;
    const line = `${o.failed ? '✗' : '✓'} ${name}: ${o.times.map(fmt).join(' → ')} ms, growth ${o.growth.toFixed(2)}× per doubling${o.retried ? ` (${o.retried} retries)` : ''}`;
    console.log(line);
    if (o.failed) failures.push(`${title}: ${line}\n    shape: ${describeShape(shape)}`);
  }
  console.log(`  steepest: ${steepest?.name} ${steepest?.growth.toFixed(2)}× per doubling; slowest at ${kib(sizes[sizes.length - 1])}: ${slowest?.name} ` +
    `${fmt(slowest?.times[slowest.times.length - 1] ?? NaN)} ms; ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return failures;
}

/** The writer's own sources: a 2,000-word source (the bundled articles' words, repeated) is read within INGEST_LIMIT_MS. */
function ingestSpeed(): { ok: boolean; line: string } {
  const ds = loadDataset(findDataDir(__dirname));
  const reference = gazetteer(ds);
  const one = ds.sources.map((s) => s.text).join('\n\n');
  const text = one.repeat(Math.ceil(2000 / one.split(/\s+/).length) + 1).split(/(?<=\s)(?=\S)/).slice(0, 2000).join('');
  const read: Timed = (t) => ingestSource(t, { file: 'long.txt', reference, today: AS_OF });
  // (measured again, up to RETRIES times, while over the limit: another process can only slow it)
  let ms = fastest(read, text, RUNS + 2);
  for (let k = 0; k < RETRIES && ms >= INGEST_LIMIT_MS; k++) ms = Math.min(ms, fastest(read, text, RUNS + 2));
  return { ok: ms < INGEST_LIMIT_MS, line: `a 2,000-word source read in ${fmt(ms)} ms CPU (fastest of ${RUNS + 2}, retried while over; limit ${INGEST_LIMIT_MS} ms)` };
}

function main(): void {
  const named = NAMED_SHAPES.filter((s) => !ONLY || s.name.includes(ONLY));
  const generated = ONLY ? [] : sampleShapes(CASES, SEED).map((shape, k) => ({ name: `generated #${k + 1}`, shape }));
  console.log(`growth: fastest of ${RUNS} runs in CPU time; fails above ${MAX_RATIO}× per doubling (fitted over the sizes) or ${MAX_MS_AT_LARGEST} ms at the largest size, after ${RETRIES} retries ` +
    `(node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)})`);
  const failures = pass('engine.check (as the CLI and the editor check)', fullCheck, SIZES, [...named, ...generated]);
  if (PARAGRAPH) failures.push(...pass('engine.checkParagraph (one paragraph, uncut)', oneParagraph, PARAGRAPH_SIZES, [...named, ...generated.slice(0, PARAGRAPH_CASES)]));
  // the CLI's offset-to-line map, on a file of many CRLF lines (a map is quick: sixteen times the sizes, to measure more than noise)
  failures.push(...pass('the CLI\'s line map', lineMap, SIZES.map((n) => n * 16), [{ name: 'CRLF lines', shape: { mode: 'runs', units: ['A line of copy about Devon County Council.\r\n'] } }]));
  const ingest = ingestSpeed();
  console.log(`${ingest.ok ? '✓' : '✗'} ${ingest.line}`);
  if (!ingest.ok) failures.push(ingest.line);
  if (CLI) {
    const c = cliCheck();
    console.log(`${c.ok ? '✓' : '✗'} ${c.line}`);
    if (!c.ok) failures.push(c.line);
  }
  if (failures.length) {
    console.error(`\n${failures.length} growth failure(s):\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

main();
