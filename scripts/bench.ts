/**
 * Reproducible benchmark of the checking engine (separate from the tests).
 *
 *   npm run bench            readable table
 *   npm run bench -- --json  machine-readable figures
 *   options: --skip-build (don't run `node esbuild.js --production`), --seed=N (draft PRNG seed, default 20251205)
 *
 * Two kinds of copy, the realistic first:
 * - realistic: the project's labelled drafts (test/fixtures/<set>/NAME.md with NAME.json) and, when present,
 *   ../shared/realworld/*.md (read here at run time, never copied into the repo), in a seeded order, each paragraph
 *   once, up to 10,000 words: copy of varied shapes that does not repeat itself.
 * - generated: scripts/gen-drafts.ts with a fixed seed (a small pool of sentences, a claim in nearly every one).
 * This file is bundled with esbuild (packages external) and run with plain node: no ts-node/tsx.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { performance } from 'perf_hooks';
import { findDataDir, loadDataset } from '../src/core/data/loader';
import * as engineModule from '../src/core/engine';
import type { CheckOptions } from '../src/core/types';
import { countWords, generateDraft, Rng, replaceWord, wordSpans } from './gen-drafts';
import { realisticCopy, realisticSources } from './realistic';

const args = process.argv.slice(2);
const JSON_OUT = args.includes('--json');
const SKIP_BUILD = args.includes('--skip-build');
const SEED = Number((args.find((a) => a.startsWith('--seed=')) ?? '--seed=20251205').slice(7));
const AS_OF: CheckOptions = { asOf: '2025-12-05' };

const ROOT = path.dirname(findDataDir(__dirname));
const OUT_DIR = path.join(ROOT, 'out', 'bench');

const log = (s: string) => {
  if (!JSON_OUT) process.stderr.write(s + '\n');
};

// --- statistics ---------------------------------------------------------------------------------------

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const median = (xs: number[]) => quantile(xs, 0.5);
const p95 = (xs: number[]) => quantile(xs, 0.95);

interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
}

let peakRss = 0;
const sampleMemory = () => {
  const m = process.memoryUsage();
  if (m.rss > peakRss) peakRss = m.rss;
  return m;
};

/** Warm up (≥ 3 runs and ≥ warmMs, at most 200 runs), then time runs until `budgetMs` is spent (between minRuns and maxRuns). */
function measure(fn: () => void, budgetMs: number, minRuns = 7, maxRuns = 400, warmMs = 150): Timing {
  const w0 = performance.now();
  for (let i = 0; i < 3 || performance.now() - w0 < warmMs; i++) {
    fn();
    if (i >= 200) break;
  }
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < minRuns || (times.length < maxRuns && performance.now() - t0 < budgetMs)) {
    const a = performance.now();
    fn();
    times.push(performance.now() - a);
    sampleMemory();
  }
  return { runs: times.length, medianMs: median(times), p95Ms: p95(times), minMs: Math.min(...times) };
}

// --- results ------------------------------------------------------------------------------------------

interface Row {
  metric: string;
  value: string;
  target?: string;
  ok?: boolean;
}
const rows: Row[] = [];
const json: Record<string, unknown> = { seed: SEED, asOf: AS_OF.asOf, node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model };

const ms = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(3) : x.toFixed(1)) + ' ms' : 'n/a');
const kib = (b: number) => (b / 1024).toFixed(1) + ' KiB';
const mib = (b: number) => (b / 1024 / 1024).toFixed(1) + ' MiB';

function section(title: string) {
  rows.push({ metric: `— ${title}`, value: '' });
}

// --- 1. dataset load + engine set-up ------------------------------------------------------------------


function main() {
  section('set-up');
  const loadTimes: number[] = [];
  const createTimes: number[] = [];
  let engine!: engineModule.Engine;
  for (let i = 0; i < 12; i++) {
    const a = performance.now();
    const ds = loadDataset(findDataDir(__dirname));
    const b = performance.now();
    engine = engineModule.createEngine(ds);
    const c = performance.now();
    if (i >= 2) {
      loadTimes.push(b - a);
      createTimes.push(c - b);
    }
  }
  // first-time (cold JIT) figures are in the cold-start section; these are warm medians
  rows.push({ metric: 'dataset load (loadDataset), warm median', value: ms(median(loadTimes)) });
  rows.push({ metric: 'engine set-up (createEngine), warm median', value: ms(median(createTimes)) });
  json.setup = { loadMedianMs: median(loadTimes), createEngineMedianMs: median(createTimes) };

  // --- 2. realistic copy: full check, one-word edit, the CLI as a writer runs it ----------------------
  realistic(engine);

  // --- real editor: figures the last `npm run test:e2e` recorded -------------------------------------
  editorFigures();

  // --- 3. full-document check at 1k / 10k / 100k words ------------------------------------------------
  section('generated drafts (scripts/gen-drafts.ts): full-document check, warm');
  const sizes = [1_000, 10_000, 100_000];
  const targets: Record<number, number> = { 10_000: 5, 100_000: 60 };
  const perSize: Record<string, unknown>[] = [];
  let heapAfter100k = 0;
  const ds = engine.dataset;
  for (const n of sizes) {
    const text = generateDraft(ds, { words: n, seed: SEED + n });
    const words = countWords(text);
    let findings = 0;
    log(`checking ${n} words…`);
    const t = measure(() => {
      findings = engine.check(text, AS_OF).findings.length;
    }, n >= 100_000 ? 6000 : 3000, n >= 100_000 ? 7 : 15);
    const wps = words / (t.medianMs / 1000);
    const per1k = t.medianMs / (words / 1000);
    const target = targets[n];
    rows.push({
      metric: `${n / 1000}k words (${words} words, ${text.length} chars), median / p95`,
      value: `${ms(t.medianMs)} / ${ms(t.p95Ms)}  (${t.runs} runs)`,
      target: target ? `≤ ${target} ms median` : undefined,
      ok: target ? t.medianMs <= target : undefined,
    });
    rows.push({ metric: `  words per second · per-1k-word cost · findings`, value: `${Math.round(wps).toLocaleString('en-GB')} w/s · ${ms(per1k)}/1k · ${findings}` });
    perSize.push({ words: n, actualWords: words, chars: text.length, ...t, wordsPerSecond: wps, msPer1kWords: per1k, findings });
    if (n === 100_000) heapAfter100k = sampleMemory().heapUsed;
  }
  const c1 = perSize[0].msPer1kWords as number;
  const c100 = perSize[perSize.length - 1].msPer1kWords as number;
  rows.push({ metric: 'linearity: per-1k cost at 100k ÷ at 1k', value: (c100 / c1).toFixed(2) + '×', target: '≈ 1× (≤ 2×)', ok: c100 / c1 <= 2 });
  json.fullCheck = perSize;
  json.linearity100kOver1k = c100 / c1;

  // --- 4. incremental re-check after a one-word edit in 10k words ------------------------------------
  section('generated drafts: incremental');
  {
    const base = generateDraft(ds, { words: 10_000, seed: SEED + 10_000 });
    const rng = new Rng(SEED ^ 0x5eed);
    const nWords = wordSpans(base).length;
    const versions: string[] = [base];
    const vocab = ['Jeffries', 'Jefferies', 'Leadbeater', 'Leadbetter', 'council', 'five', 'four', 'Thursday,', 'Wednesday,', 'the'];
    for (let i = 0; i < 300; i++) versions.push(replaceWord(versions[versions.length - 1], rng.int(nWords), rng.pick(vocab)));
    const ic = new engineModule.IncrementalChecker(engine as engineModule.ParagraphEngine);
    ic.check(base, AS_OF); // prime
    let v = 1;
    // warm-up over the first versions, then each timed call is exactly one one-word edit after the previous
    for (; v < 30; v++) ic.check(versions[v], AS_OF);
    const times: number[] = [];
    for (; v < versions.length; v++) {
      const a = performance.now();
      ic.run(versions[v], AS_OF); // (what the editor asks: see the realistic copy's edits)
      times.push(performance.now() - a);
    }
    const last = versions[versions.length - 1];
    const same = JSON.stringify(ic.check(last, AS_OF)) === JSON.stringify(engine.check(last, AS_OF));
    const med = median(times);
    rows.push({
      metric: 'one-word edit in 10k words, median / p95',
      value: `${ms(med)} / ${ms(p95(times))}  (${times.length} edits)${same ? '' : '  ⚠ result differs from full check'}`,
      target: '≤ 1 ms median',
      ok: med <= 1,
    });
    json.incremental = { edits: times.length, medianMs: med, p95Ms: p95(times), matchesFullCheck: same };
  }

  // --- 5. memory ----------------------------------------------------------------------------------------
  section('memory');
  const maxRssKb = process.resourceUsage().maxRSS;
  rows.push({ metric: 'peak RSS (sampled max / OS maxRSS)', value: `${mib(peakRss)} / ${mib(maxRssKb * 1024)}` });
  rows.push({ metric: 'heapUsed after the 100k run', value: mib(heapAfter100k) });
  json.memory = { peakRssSampled: peakRss, maxRss: maxRssKb * 1024, heapUsedAfter100k: heapAfter100k };

  // --- 6. bundle sizes ----------------------------------------------------------------------------------
  section('production bundles (node esbuild.js --production; data/ not bundled)');
  let buildError: string | undefined;
  if (!SKIP_BUILD) {
    const r = spawnSync(process.execPath, ['esbuild.js', '--production'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) buildError = (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n')[0];
  }
  const bundles: Record<string, number | null> = {};
  for (const f of ['dist/extension.js', 'dist/cli-main.js']) {
    const p = path.join(ROOT, f);
    const size = fs.existsSync(p) ? fs.statSync(p).size : null;
    bundles[f] = size;
    rows.push({
      metric: `${f} size (minified)`,
      value: size === null ? 'n/a (not built)' : kib(size) + (buildError ? ' (stale: build failed)' : ''),
      target: '≤ 200 KB',
      ok: size === null ? undefined : size <= 200 * 1000,
    });
  }
  if (buildError) rows.push({ metric: '  build error', value: buildError });
  json.bundles = bundles;
  json.buildError = buildError ?? null;

  // --- 7. cold start ------------------------------------------------------------------------------------
  section('generated drafts: cold start (fresh node process, 1k-word draft)');
  json.coldStart = coldStart(generateDraft(ds, { words: 1_000, seed: SEED + 1_000 }));
}

// --- realistic copy -----------------------------------------------------------------------------------

/** Each run of fn, in ms (after `warm` runs not counted). */
function timesOf(fn: () => void, runs: number, warm = 5): number[] {
  for (let i = 0; i < warm; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    out.push(performance.now() - a);
  }
  return out;
}

function realistic(engine: engineModule.Engine): void {
  const { files, sets } = realisticSources(ROOT);
  section('realistic copy: labelled drafts joined in a seeded order, no paragraph twice (warm)');
  rows.push({ metric: `  made from ${files.length} drafts`, value: sets.join(' + ') });
  const json10: Record<string, unknown> = { sets, drafts: files.length };
  json.realistic = json10;
  if (files.length === 0) {
    rows.push({ metric: 'realistic copy', value: 'n/a (no labelled drafts found)' });
    return;
  }
  // 1k and 10k words: warm full check
  for (const target of [1_000, 10_000]) {
    const copy = realisticCopy(files, target, SEED);
    log(`checking ${copy.words} words of realistic copy…`);
    let findings = 0;
    // warmed for a second: this section comes first, before the engine's code is optimised for varied copy
    const t = measure(() => {
      findings = engine.check(copy.text, AS_OF).findings.length;
    }, 3000, 15, 400, 1000);
    const goal = target === 10_000 ? 10 : undefined;
    rows.push({
      metric: `${target / 1000}k words (${copy.words} words from ${copy.drafts} drafts, ${copy.text.length} chars), median / p95`,
      value: `${ms(t.medianMs)} / ${ms(t.p95Ms)}  (fastest ${ms(t.minMs)}; ${t.runs} runs, ${findings} findings)`,
      target: goal ? `≤ ${goal} ms median` : undefined,
      ok: goal ? t.medianMs <= goal : undefined,
    });
    json10[`fullCheck${target / 1000}k`] = { words: copy.words, chars: copy.text.length, drafts: copy.drafts, ...t, findings };
  }

  // one-word edits in the 10k-word copy, each checked by IncrementalChecker after the one before
  const base = realisticCopy(files, 10_000, SEED).text;
  const spans = wordSpans(base);
  const rng = new Rng(SEED ^ 0x1f0);
  const vocab = ['Jeffries', 'Jefferies', 'Leadbeater', 'Leadbetter', 'council', 'five', 'four', 'Thursday,', '2022', 'the'];
  const versions = [base];
  for (let i = 0; i < 330; i++) versions.push(replaceWord(versions[versions.length - 1], rng.int(spans.length), rng.pick(vocab)));
  const ic = new engineModule.IncrementalChecker(engine as engineModule.ParagraphEngine);
  ic.check(base, AS_OF);
  let v = 1;
  for (; v < 30; v++) ic.check(versions[v], AS_OF); // warm-up
  const edits: number[] = [];
  for (; v < versions.length; v++) {
    const a = performance.now();
    // what the editor asks at each edit: the findings (a confirmation is made when the writer hovers on it)
    ic.run(versions[v], AS_OF);
    edits.push(performance.now() - a);
  }
  const last = versions[versions.length - 1];
  const same = JSON.stringify(ic.check(last, AS_OF)) === JSON.stringify(engine.check(last, AS_OF));
  rows.push({
    metric: 'one-word edit in the 10k words (IncrementalChecker), median / p95',
    value: `${ms(median(edits))} / ${ms(p95(edits))}  (fastest ${ms(Math.min(...edits))}; ${edits.length} edits)${same ? '' : '  ⚠ result differs from full check'}`,
    target: '≤ 1 ms median',
    ok: median(edits) <= 1,
  });
  json10.oneWordEdit = { edits: edits.length, medianMs: median(edits), p95Ms: p95(edits), matchesFullCheck: same };

  // the CLI as a writer runs it: a fresh process per check, Node's start included, JSON written
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) {
    rows.push({ metric: 'CLI on 1,000 words', value: 'n/a (dist/cli.js not built)', target: '≤ 150 ms wall' });
    return;
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const copy1k = realisticCopy(files, 1_000, SEED);
  const file = path.join(OUT_DIR, 'realistic-1k.md');
  fs.writeFileSync(file, copy1k.text);
  try {
    const walls = timesOf(() => {
      const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--as-of', AS_OF.asOf!, file], { encoding: 'utf8' });
      if (r.status !== 0 && r.status !== 1) throw new Error(`the CLI failed (exit ${r.status}): ${(r.stderr || '').split('\n')[0]}`);
    }, 11, 1);
    rows.push({
      metric: `CLI \`check --format json\` on ${copy1k.words} words, whole process (Node's start included), median / p95`,
      value: `${ms(median(walls))} / ${ms(p95(walls))}  (fastest ${ms(Math.min(...walls))}; ${walls.length} runs)`,
      target: '≤ 150 ms wall median',
      ok: median(walls) <= 150,
    });
    json10.cli1k = { words: copy1k.words, runs: walls.length, wallMedianMs: median(walls), wallP95Ms: p95(walls) };
  } finally {
    fs.rmSync(file, { force: true }); // realworld text never stays in the tree, even under out/
  }
}

/** What the real-VS-Code tests measured (test/e2e/suite/8-responsiveness.test.ts writes test-output/e2e-timings.json). */
function editorFigures(): void {
  const file = path.join(ROOT, 'test-output', 'e2e-timings.json');
  section('real editor (VS Code server + chromium), from the last `npm run test:e2e`');
  if (!fs.existsSync(file)) {
    rows.push({ metric: 'keystroke to squiggle, longest stall', value: 'n/a (run npm run test:e2e first)' });
    return;
  }
  const when = fs.statSync(file).mtime.toISOString().slice(0, 16).replace('T', ' ');
  type Stall = { checkMs: number; slices: number; longestCpuMs: number; maxGapMs: number; maxGapCpuMs: number; load: number; findings: number };
  type Keys = { medianMs: number; maxMs: number; extensionMedianMs: number; edits: number };
  const figures = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Stall | Keys>;
  json.editor = figures;
  const keys = figures['keystroke to squiggle'] as Keys | undefined;
  if (keys) {
    rows.push({
      metric: `keystroke to squiggle, 10k-word draft, debounce 0 (median / max, ${keys.edits} edits; ${when} UTC)`,
      value: `${ms(keys.medianMs)} / ${ms(keys.maxMs)}  (the extension's part: ${ms(keys.extensionMedianMs)}; VS Code delays its diagnostics event 50 ms)`,
    });
  }
  for (const [name, v] of Object.entries(figures)) {
    if (!name.startsWith('stall: ')) continue;
    const st = v as Stall;
    rows.push({
      metric: `  199,000 chars, ${name.slice(7)}: longest stall (CPU / wall)`,
      value: `${ms(st.maxGapCpuMs)} / ${ms(st.maxGapMs)}  (checked in ${ms(st.checkMs)}, ${st.slices} slices, load ${st.load.toFixed(1)})`,
      target: '≤ 50 ms CPU',
      ok: st.maxGapCpuMs <= 50,
    });
  }
}

/** Median and max of one figure over runs. */
const stats = (xs: number[]) => ({ median: median(xs), max: Math.max(...xs) });

/** Spawns `args` with a wrapper that reports in-process times; returns them per run (the first, OS-cache-warming run dropped). */
function spawnTimed(args: string[], runs: number): { inProcess: number[]; wall: number[]; boot: number[] } | string {
  // t0: just before the bundle is required; reported at exit, whatever the program wrote
  const wrapper =
    "const t0=performance.now();process.on('exit',()=>require('fs').writeSync(2,'\\n@@'+t0+' '+performance.now()+'\\n'));require(process.argv[1])";
  const out = { inProcess: [] as number[], wall: [] as number[], boot: [] as number[] };
  for (let i = 0; i <= runs; i++) {
    const a = performance.now();
    const r = spawnSync(process.execPath, ['-e', wrapper, ...args], { encoding: 'utf8' });
    const wall = performance.now() - a;
    const m = /@@([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
    if (!m || (r.status !== 0 && r.status !== 1)) return `exit ${r.status}: ${(r.stderr || '').trim().split('\n')[0]}`;
    if (i === 0) continue;
    out.boot.push(Number(m[1]));
    out.inProcess.push(Number(m[2]) - Number(m[1]));
    out.wall.push(wall);
  }
  return out;
}

function coldStart(draft: string): Record<string, unknown> | null {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const draftFile = path.join(OUT_DIR, 'cold-start-draft.txt');
  fs.writeFileSync(draftFile, draft);
  const RUNS = 10;

  // node's own floor: an empty script in a fresh process
  const empty: number[] = [];
  for (let i = 0; i < 6; i++) {
    const a = performance.now();
    spawnSync(process.execPath, ['-e', ''], { encoding: 'utf8' });
    if (i > 0) empty.push(performance.now() - a);
  }
  rows.push({ metric: 'node floor: empty `node -e ""` wall time (median)', value: ms(median(empty)) });

  // 1. The product: the terminal command (dist/cli.js → cli-main.js with its code cache), JSON written.
  const cli = path.join(ROOT, 'dist', 'cli.js');
  let cliFig: Record<string, unknown> | null = null;
  const r = fs.existsSync(cli) ? spawnTimed([cli, 'check', '--format', 'json', '--as-of', AS_OF.asOf!, draftFile], RUNS) : 'dist/cli.js not built';
  if (typeof r === 'string') {
    rows.push({ metric: 'CLI cold start', value: `n/a (${r})`, target: '≤ 50 ms' });
  } else {
    const inP = stats(r.inProcess);
    const wall = stats(r.wall);
    const cache = fs.existsSync(path.join(ROOT, 'dist', 'cli-main.cache')) ? 'with' : 'WITHOUT';
    rows.push({
      metric: `CLI \`check --format json\`: load bundle + data, check, write (in-process, median / max)`,
      value: `${ms(inP.median)} / ${ms(inP.max)}  (${RUNS} runs, ${cache} code cache)`,
      target: '≤ 50 ms',
      ok: inP.median <= 50,
    });
    rows.push({ metric: '  node boot before it (process start → require, median)', value: ms(median(r.boot)) });
    rows.push({ metric: '  whole process, parent-measured wall time (median / max)', value: `${ms(wall.median)} / ${ms(wall.max)}` });
    cliFig = { inProcessMedianMs: inP.median, inProcessMaxMs: inP.max, bootMedianMs: median(r.boot), wallMedianMs: wall.median, wallMaxMs: wall.max, codeCache: cache === 'with' };
  }

  // 2. The engine alone, with none of the CLI's start-up help (no code cache, default regex tiering): the raw cost.
  // Built with esbuild's API (required lazily: a dev dependency, kept external in this bundle).
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const esbuild = require('esbuild') as typeof import('esbuild');
  const entry = path.join(OUT_DIR, 'cold-start.js');
  const contents = `
    import * as fs from 'fs';
    import { findDataDir, loadDataset, readValidatedData } from './src/core/data/loader';
    import { createEngine } from './src/core/engine';
    const text = fs.readFileSync(process.argv[2], 'utf8');
    const ds = loadDataset(findDataDir(__dirname), readValidatedData(${JSON.stringify(path.join(ROOT, 'dist'))}));
    createEngine(ds).check(text, { asOf: '${AS_OF.asOf}' });
  `;
  let engineFig: Record<string, unknown> | null = null;
  try {
    esbuild.buildSync({
      stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'cold-start-entry.ts' },
      bundle: true, platform: 'node', target: 'node18', format: 'cjs', minify: true, outfile: entry, logLevel: 'silent',
    });
    const e = spawnTimed([entry, draftFile], RUNS);
    if (typeof e === 'string') throw new Error(e);
    const inP = stats(e.inProcess);
    rows.push({ metric: 'engine alone, no start-up help (in-process, median / max)', value: `${ms(inP.median)} / ${ms(inP.max)}  (${kib(fs.statSync(entry).size)} bundle)` });
    engineFig = { inProcessMedianMs: inP.median, inProcessMaxMs: inP.max, bundleBytes: fs.statSync(entry).size };
  } catch (err) {
    rows.push({ metric: 'engine alone', value: `n/a (${(err as Error).message.split('\n')[0]})` });
  }
  return { nodeEmptyWallMedianMs: median(empty), cli: cliFig, engineAlone: engineFig };
}

function printTable() {
  const w1 = Math.max(...rows.map((r) => r.metric.length));
  const w2 = Math.max(...rows.map((r) => r.value.length));
  const out: string[] = [];
  out.push(`Devon Fact Check benchmark — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, seed ${SEED}, asOf ${AS_OF.asOf}`);
  out.push('');
  out.push(`${'metric'.padEnd(w1)}  ${'value'.padEnd(w2)}  target`);
  out.push(`${'-'.repeat(w1)}  ${'-'.repeat(w2)}  ${'-'.repeat(24)}`);
  for (const r of rows) {
    if (r.metric.startsWith('— ')) {
      out.push(r.metric);
      continue;
    }
    const status = r.ok === undefined ? '' : r.ok ? '  ✓' : '  ✗ MISSED';
    out.push(`${r.metric.padEnd(w1)}  ${r.value.padEnd(w2)}  ${r.target ?? ''}${status}`);
  }
  console.log(out.join('\n'));
}

try {
  main();
} catch (e) {
  rows.push({ metric: 'benchmark aborted', value: (e as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(e) });
  json.error = String(e);
  process.exitCode = 1;
}
json.rows = rows;
if (JSON_OUT) console.log(JSON.stringify(json, null, 2));
else printTable();
