/** Adding findings and confirmations to the paragraph's results. */
import { Ctx } from './context';
import { Confirmation, Finding } from '../types';

export function addFinding(ctx: Ctx, f: Finding): void {
  ctx.findings.push(f);
}

export function addConfirmation(ctx: Ctx, c: Confirmation): void {
  ctx.confirmations.push(c);
}

/**
 * Two findings on overlapping words are both kept when they are different claims ("Labour" as a party inside
 * "Labour leader Andrew Leadbetter" as a role). One is dropped when they are the same claim twice: the same
 * kind, or a number, date or rating inside a misquotation. The more severe stays, then the one added first.
 */
export function dedupe(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings; // (most paragraphs: nothing can overlap)
  const rank = { error: 3, warning: 2, info: 1, hint: 0 } as const;
  const order = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.start - b.f.start || a.i - b.i);
  const kept: ({ f: Finding; i: number } | undefined)[] = [];
  const inQuote = (a: Finding, b: Finding) => a.kind === 'quote' && (b.kind === 'number' || b.kind === 'date' || b.kind === 'rating');
  for (const x of order) {
    let dropped = false;
    for (let k = kept.length - 1; k >= 0 && k >= kept.length - 8; k--) {
      const y = kept[k];
      if (!y || y.f.end <= x.f.start) continue;
      if (!(y.f.kind === x.f.kind || inQuote(y.f, x.f) || inQuote(x.f, y.f))) continue;
      const better = rank[x.f.severity] > rank[y.f.severity] || (rank[x.f.severity] === rank[y.f.severity] && x.i < y.i);
      if (better) kept[k] = undefined;
      else dropped = true;
      break;
    }
    if (!dropped) kept.push(x);
  }
  return kept.filter((x): x is { f: Finding; i: number } => x !== undefined).map((x) => x.f);
}
