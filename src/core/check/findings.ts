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
  const kept: Finding[] = [];
  for (const f of findings) {
    let clash = -1;
    for (let k = 0; k < kept.length; k++) {
      const g = kept[k];
      if (f.start < g.end && g.start < f.end) {
        clash = k;
        break;
      }
    }
    if (clash < 0) kept.push(f);
    else if (rank[f.severity] > rank[kept[clash].severity]) kept[clash] = f;
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return kept;
}
