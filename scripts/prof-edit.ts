/** Profiling aid (issue 16): one-word edits in 10k realistic words through IncrementalChecker, as the bench makes them, ROUNDS times
 *   npx esbuild scripts/prof-edit.ts --bundle --platform=node --packages=external --outfile=out/prof/edit.js
 *   node [--cpu-prof --cpu-prof-dir out/prof] out/prof/edit.js 5 */
import * as path from 'path';
import { performance } from 'perf_hooks';
import { findDataDir, loadDataset } from '../src/core/data/loader';
import { createEngine, IncrementalChecker } from '../src/core/engine';
import { realisticCopy, realisticSources } from './realistic';
import { Rng, replaceWord, wordSpans } from './gen-drafts';
const ROUNDS = Number(process.argv[2] ?? 5);
const root = path.dirname(findDataDir(__dirname));
const engine = createEngine(loadDataset(findDataDir(__dirname)));
const SEED = 20251205, AS_OF = { asOf: '2025-12-05' };
const base = realisticCopy(realisticSources(root).files, 10_000, SEED).text;
const spans = wordSpans(base);
const rng = new Rng(SEED ^ 0x1f0);
const vocab = ['Jeffries', 'Jefferies', 'Leadbeater', 'Leadbetter', 'council', 'five', 'four', 'Thursday,', '2022', 'the'];
const versions = [base];
for (let i = 0; i < 330; i++) versions.push(replaceWord(versions[versions.length - 1], rng.int(spans.length), rng.pick(vocab)));
const all: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const ic = new IncrementalChecker(engine);
  ic.check(base, AS_OF);
  let v = 1;
  for (; v < 30; v++) ic.check(versions[v], AS_OF);
  for (; v < versions.length; v++) { const a = performance.now(); ic.run(versions[v], AS_OF); all.push(performance.now() - a); }
}
all.sort((a, b) => a - b);
console.log(`edit: median ${all[all.length >> 1].toFixed(3)} ms, min ${all[0].toFixed(3)}, p10 ${all[Math.floor(all.length / 10)].toFixed(3)} (${all.length})`);
