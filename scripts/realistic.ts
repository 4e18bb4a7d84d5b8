/**
 * Realistic copy for the benchmark (scripts/bench.ts): the project's labelled drafts (test/fixtures/<set>/NAME.md
 * with NAME.json beside it; held-out sets left out) and, when present, ../shared/realworld/*.md, read at run time (never copied into the
 * repo), joined in a seeded order with no paragraph twice: copy of varied shapes that does not repeat itself.
 */
import * as fs from 'fs';
import * as path from 'path';
import { countWords, Rng } from './gen-drafts';

/** The drafts realistic copy is made of: labelled drafts of the project, then ../shared/realworld when present; and where from. */
export function realisticSources(root: string): { files: string[]; sets: string[] } {
  const files: string[] = [];
  const fixtureSets: string[] = [];
  const sets: string[] = [];
  const fixtures = path.join(root, 'test', 'fixtures');
  for (const set of fs.readdirSync(fixtures).sort()) {
    // held-out sets are never read to profile or tune on, and the benchmark's copy is what speed work profiles
    if (set.startsWith('holdout')) continue;
    const dir = path.join(fixtures, set);
    if (!fs.statSync(dir).isDirectory()) continue;
    // a labelled draft has its labels beside it (READMEs and broken data files are not drafts)
    const drafts = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && fs.existsSync(path.join(dir, f.replace(/\.md$/, '.json'))));
    if (drafts.length) fixtureSets.push(set);
    files.push(...drafts.sort().map((f) => path.join(dir, f)));
  }
  if (fixtureSets.length) sets.push(`test/fixtures/{${fixtureSets.join(',')}}`);
  const realworld = path.join(root, '..', 'shared', 'realworld');
  if (fs.existsSync(realworld)) {
    const pages = fs.readdirSync(realworld).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
    if (pages.length) sets.push('../shared/realworld');
    files.push(...pages.map((f) => path.join(realworld, f)));
  }
  return { files, sets };
}

/**
 * Realistic copy of about `words` words: whole drafts in a seeded order, joined as paragraphs, no paragraph twice
 * (a draft that repeats a paragraph, or two that share one, would let a cache or the incremental check flatter it).
 */
export function realisticCopy(files: string[], words: number, seed: number): { text: string; words: number; drafts: number } {
  const order = [...files];
  const rng = new Rng(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const seen = new Set<string>();
  const out: string[] = [];
  let n = 0;
  let drafts = 0;
  const done = () => ({ text: out.join('\n\n') + '\n', words: n, drafts });
  for (const f of order) {
    drafts++;
    for (const p of fs.readFileSync(f, 'utf8').replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
      const para = p.trim();
      if (!para || seen.has(para)) continue;
      const w = countWords(para);
      if (n + w > words) return done(); // whole paragraphs only: stop short of the target rather than pass it
      seen.add(para);
      out.push(para);
      n += w;
    }
  }
  return done();
}
