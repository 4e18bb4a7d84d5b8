/** Profiling aid (issue 16): a warm full check of 10k realistic words, N times; prints median, fastest and p10 ms, of
 * wall time and of this process's CPU time (steadier on a shared machine). Build and run:
 *   npx esbuild scripts/prof-full.ts --bundle --platform=node --packages=external --outfile=out/prof/prof.js
 *   node --cpu-prof --cpu-prof-dir out/prof out/prof/prof.js 200 */
import * as path from 'path';
import { performance } from 'perf_hooks';
import { findDataDir, loadDataset } from '../src/core/data/loader';
import { createEngine } from '../src/core/engine';
import { realisticCopy, realisticSources } from './realistic';

const N = Number(process.argv[2] ?? 200);
const root = path.dirname(findDataDir(__dirname));
const engine = createEngine(loadDataset(findDataDir(__dirname)));
const text = realisticCopy(realisticSources(root).files, 10_000, 20251205).text;
for (let i = 0; i < 20; i++) engine.check(text, { asOf: '2025-12-05' });
const t: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < N; i++) {
  const a = performance.now();
  const c = process.cpuUsage();
  engine.check(text, { asOf: '2025-12-05' });
  const used = process.cpuUsage(c);
  t.push(performance.now() - a);
  cpu.push((used.user + used.system) / 1000);
}
const line = (xs: number[]) => {
  xs.sort((a, b) => a - b);
  return `median ${xs[N >> 1].toFixed(2)} ms, min ${xs[0].toFixed(2)} ms, p10 ${xs[Math.floor(N / 10)].toFixed(2)} ms`;
};
console.log(`${line(t)} | cpu ${line(cpu)}`);
