/**
 * Growth check: no hostile draft makes a check grow faster than linearly with its size (issue 16).
 *
 *   npm run test:growth                 (CI runs it after npm test)
 *   options: --cases=N (generated shapes, default 40), --seed=N, --sizes=25,50,100,200 (KiB),
 *            --paragraph (time engine.checkParagraph on the draft as one paragraph, no cut into pieces),
 *            --only=TEXT (only the named shapes whose name contains TEXT), --no-cli
 *
 * Each shape (the named ones of scripts/hostile.ts, then fast-check's) is checked at growing sizes; each size is
 * timed as the fastest of several runs in CPU time (after a garbage collection, with --expose-gc), which another
 * process on the machine can slow but hardly speed up. The growth per doubling is fitted over all the sizes; when it
 * looks superlinear (above MAX_RATIO) every size is measured again with more runs, up to RETRIES times, and only
 * growth that stays above MAX_RATIO fails. A linear check grows about 2× per doubling, a quadratic one 4×.
 *
 * Then the 1.1-million-character draft of issue 16 must check in under a second through the CLI, Node's start
 * included (wall time: the best of up to five runs, as another process can only slow it).
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

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.find((a) => a.startsWith(`--${name}=`)) ?? `--${name}=${dflt}`).slice(name.length + 3);
const CASES = Number(opt('cases', '40'));
const SEED = Number(opt('seed', '16'));
const SIZES = opt('sizes', '25,50,100,200').split(',').map((k) => Math.round(Number(k) * 1024));
const ONLY = opt('only', '');
const PARAGRAPH = args.includes('--paragraph');
const CLI = !args.includes('--no-cli');
const AS_OF = '2025-12-05';

/** Growth per doubling that fails, after retries (linear ≈ 2×, quadratic ≈ 4×). */
const MAX_RATIO = 3;
/** Times below this (ms) are noise: a doubling is judged against at least this much. */
const FLOOR_MS = 3;
const RUNS = 3;
const RETRIES = 3;
/** The CLI must check the 1.1-million-character draft of issue 16 within this (ms), Node's start included. */
const CLI_LIMIT_MS = 1000;

const ROOT = path.dirname(findDataDir(__dirname));
const engine = createEngine(loadDataset(findDataDir(__dirname)));
const asOf = asOfDay(AS_OF);
const engineCheck = PARAGRAPH ? (t: string) => engine.checkParagraph(t, asOf) : (t: string) => engine.check(t, { asOf: AS_OF });
/** The CLI's line map of a file (its lines, then one look-up per 50 characters), timed like a check. */
const lineMap = (t: string) => {
  const m = new LineMap(t);
  for (let i = 0; i < t.length; i += 50) m.positionAt((i * 7919) % t.length);
};
let check: (t: string) => unknown = engineCheck;

/** CPU time of this process (user + system), in ms: time spent waiting for a processor another process holds is not counted. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Collects garbage when node runs with --expose-gc: each run starts from the same heap, not the last run's garbage. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** The fastest of `runs` checks of text, in ms of CPU time. */
function fastest(text: string, runs: number): number {
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

function measureShape(name: string, shape: HostileShape, sizes = SIZES): Outcome {
  const texts = sizes.map((n) => makeHostile(shape, n));
  check(texts[0]); // warm-up
  const times = texts.map((t) => fastest(t, RUNS));
  let retried = 0;
  for (let r = 1; r <= RETRIES && fittedGrowth(times) > MAX_RATIO; r++) {
    retried++;
    // more runs each time; the fastest of everything measured stands
    texts.forEach((t, i) => (times[i] = Math.min(times[i], fastest(t, RUNS * 2 * r))));
  }
  const growth = fittedGrowth(times);
  return { name, times, growth, retried, failed: growth > MAX_RATIO };
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
  try {
    for (let i = 0; i < 5; i++) {
      const a = performance.now();
      const r = spawnSync(process.execPath, [cli, 'check', '--max-size', '2000000', '--as-of', AS_OF, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      walls.push(performance.now() - a);
      if (r.status !== 0 && r.status !== 1) return { ok: false, line: `the CLI failed (exit ${r.status}): ${(r.stderr || '').split('\n')[0]}` };
      if (walls[walls.length - 1] < CLI_LIMIT_MS) break;
    }
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  const best = Math.min(...walls);
  const bytes = Buffer.byteLength(text);
  return {
    ok: best < CLI_LIMIT_MS,
    line: `CLI on the issue-16 draft (1,100,000 characters, ${(bytes / 1e6).toFixed(2)} MB): ${best.toFixed(0)} ms wall, best of ${walls.length} (limit ${CLI_LIMIT_MS} ms)`,
  };
}

function main(): void {
  const shapes = [
    ...NAMED_SHAPES.filter((s) => !ONLY || s.name.includes(ONLY)),
    ...(ONLY ? [] : sampleShapes(CASES, SEED).map((shape, k) => ({ name: `generated #${k + 1}`, shape }))),
  ];
  console.log(`growth: ${shapes.length} hostile shapes at ${SIZES.map(kib).join(' / ')}, ${PARAGRAPH ? 'engine.checkParagraph (one paragraph)' : 'engine.check'}; ` +
    `fastest of ${RUNS} runs; fails above ${MAX_RATIO}× per doubling (fitted over the sizes) after ${RETRIES} retries (node ${process.version}, ${os.cpus().length} CPUs)`);
  const t0 = performance.now();
  const failures: string[] = [];
  let steepest: Outcome | undefined;
  let slowest: Outcome | undefined;
  for (const { name, shape } of shapes) {
    const o = measureShape(name, shape);
    if (!steepest || o.growth > steepest.growth) steepest = o;
    if (!slowest || o.times[o.times.length - 1] > slowest.times[slowest.times.length - 1]) slowest = o;
    const line = `${o.failed ? '✗' : '✓'} ${name}: ${o.times.map(fmt).join(' → ')} ms, growth ${o.growth.toFixed(2)}× per doubling${o.retried ? ` (${o.retried} retries)` : ''}`;
    console.log(line);
    if (o.failed) failures.push(`${line}\n    shape: ${describeShape(shape)}`);
  }
  // the CLI's offset-to-line map, on a file of many CRLF lines (it was timed inside npm test before)
  check = lineMap;
  {
    const sizes = SIZES.map((n) => n * 16); // (a map is quick: sixteen times the sizes, to measure more than noise)
    const o = measureShape('CLI line map of CRLF lines', { mode: 'runs', units: ['A line of copy about Devon County Council.\r\n'] }, sizes);
    const line = `${o.failed ? '✗' : '✓'} ${o.name} at ${sizes.map(kib).join(' / ')}: ${o.times.map(fmt).join(' → ')} ms, growth ${o.growth.toFixed(2)}× per doubling`;
    console.log(line);
    if (o.failed) failures.push(line);
  }
  check = engineCheck;
  console.log(`steepest: ${steepest?.name} ${steepest?.growth.toFixed(2)}× per doubling; slowest at ${kib(SIZES[SIZES.length - 1])}: ${slowest?.name} ` +
    `${fmt(slowest?.times[slowest.times.length - 1] ?? NaN)} ms; ${((performance.now() - t0) / 1000).toFixed(0)} s`);
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
