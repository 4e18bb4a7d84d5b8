/** Adding findings and confirmations to the paragraph's results. */
import { Ctx } from './context';
import { Confirmation, Finding } from '../types';

export function addFinding(ctx: Ctx, f: Finding): void {
  ctx.findings.push(f);
}

export function addConfirmation(ctx: Ctx, c: Confirmation): void {
  ctx.confirmations.push(c);
}

/** Keeps one finding per overlapping group: the most severe, then the earliest-added (checkers run most specific first). */
export function dedupe(findings: Finding[]): Finding[] {
  const rank = { error: 3, warning: 2, info: 1, hint: 0 } as const;
  // sort by position (stable: among equals, the order checkers added them), then sweep: O(n log n)
  const order = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.start - b.f.start || a.i - b.i);
  const kept: { f: Finding; i: number }[] = [];
  for (const x of order) {
    const last = kept[kept.length - 1];
    if (!last || x.f.start >= last.f.end) {
      kept.push(x);
      continue;
    }
    const better = rank[x.f.severity] > rank[last.f.severity] || (rank[x.f.severity] === rank[last.f.severity] && x.i < last.i);
    if (better) kept[kept.length - 1] = x;
  }
  return kept.map((x) => x.f);
}
