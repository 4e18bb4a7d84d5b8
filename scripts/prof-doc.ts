/** Profiling aid: readDocument of one file (default: 10k realistic words), N times; prints the fastest and median ms. */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { findDataDir } from '../src/core/data/loader';
import { readDocument } from '../src/core/text/document';
import { realisticCopy, realisticSources } from './realistic';

const N = Number(process.argv[2] ?? 300);
const file = process.argv[3];
const text = file ? fs.readFileSync(file, 'utf8') : realisticCopy(realisticSources(path.dirname(findDataDir(__dirname))).files, 10_000, 20251205).text;
for (let i = 0; i < 30; i++) readDocument(text);
const t: number[] = [];
for (let i = 0; i < N; i++) {
  const a = performance.now();
  readDocument(text);
  t.push(performance.now() - a);
}
t.sort((a, b) => a - b);
console.log(`readDocument: median ${t[N >> 1].toFixed(3)} ms, min ${t[0].toFixed(3)} ms`);
