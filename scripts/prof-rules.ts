/** Profiling aid (issue 16): where a warm full check of 10k realistic words spends its time, rule by rule. */
import * as path from 'path';
import { performance } from 'perf_hooks';
import { findDataDir, loadDataset } from '../src/core/data/loader';
import { createEngine } from '../src/core/engine';
import { RULES } from '../src/core/check/registry';
import { realisticCopy, realisticSources } from './realistic';

const N = Number(process.argv[2] ?? 100);
const root = path.dirname(findDataDir(__dirname));
const spent = new Map<string, number>();
for (const r of RULES as any[]) {
  for (const k of ['checkParagraph', 'checkSentence']) {
    const f = r[k];
    if (!f) continue;
    const key = `${r.id}.${k}`;
    spent.set(key, 0);
    r[k] = function (...a: unknown[]) {
      const t = performance.now();
      try { return f.apply(this, a); } finally { spent.set(key, spent.get(key)! + performance.now() - t); }
    };
  }
}
const engine = createEngine(loadDataset(findDataDir(__dirname)));
const text = realisticCopy(realisticSources(root).files, 10_000, 20251205).text;
for (let i = 0; i < 20; i++) engine.check(text, { asOf: '2025-12-05' });
for (const k of spent.keys()) spent.set(k, 0);
let total = 0;
for (let i = 0; i < N; i++) {
  const a = performance.now();
  engine.check(text, { asOf: '2025-12-05' });
  total += performance.now() - a;
}
console.log(`total ${(total / N).toFixed(2)} ms per check`);
for (const [k, v] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`${(v / N).toFixed(2).padStart(7)} ms ${k}`);
