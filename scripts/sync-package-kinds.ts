/**
 * `npm run sync-kinds`: rewrites package.json's `devonFactCheck.severity` setting and the README's table of
 * kinds from src/core/kinds.ts. With `--check` it changes nothing and exits 1 if either file is out of date.
 */
import * as fs from 'fs';
import * as path from 'path';
import { syncPackageJson, syncReadme } from './package-kinds';

const root = process.cwd();
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, sync] of [['package.json', syncPackageJson], ['README.md', syncReadme]] as const) {
  const p = path.join(root, file);
  const before = fs.readFileSync(p, 'utf8');
  const after = sync(before);
  if (before === after) continue;
  stale++;
  if (check) console.error(`${file} is out of date with src/core/kinds.ts: run npm run sync-kinds`);
  else {
    fs.writeFileSync(p, after);
    console.log(`updated ${file}`);
  }
}
if (check && stale) process.exit(1);
if (!stale) console.log('package.json and README.md match src/core/kinds.ts');
