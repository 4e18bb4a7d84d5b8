/** Profiling aid (issue 16): a warm full check of 10k realistic words, N times; prints median, fastest and p10 ms. Build and run:
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
for (let i = 0; i < N; i++) {
  const a = performance.now();
  engine.check(text, { asOf: '2025-12-05' });
  t.push(performance.now() - a);
}
t.sort((a, b) => a - b);
console.log(`median ${t[N >> 1].toFixed(2)} ms, min ${t[0].toFixed(2)} ms, p10 ${t[Math.floor(N / 10)].toFixed(2)} ms`);
