/** Profiling aid (issue 16): WARM warm-up checks then N checks of 10k realistic words, for counting instructions
 * under valgrind, which a busy machine does not disturb (compare runs with N and N = 0; their difference is N checks):
 *   npx esbuild scripts/prof-count.ts --bundle --platform=node --packages=external --outfile=out/prof/count.js
 *   valgrind --tool=callgrind --callgrind-out-file=/dev/null node out/prof/count.js 5 10 2>&1 | grep refs */
import * as path from 'path';
import { findDataDir, loadDataset } from '../src/core/data/loader';
import { createEngine } from '../src/core/engine';
import { realisticCopy, realisticSources } from './realistic';

const WARM = Number(process.argv[2] ?? 5);
const N = Number(process.argv[3] ?? 10);
const root = path.dirname(findDataDir(__dirname));
const engine = createEngine(loadDataset(findDataDir(__dirname)));
const text = realisticCopy(realisticSources(root).files, 10_000, 20251205).text;
for (let i = 0; i < WARM + N; i++) engine.check(text, { asOf: '2025-12-05' });
