/**
 * A quotation whose words are a sourced quotation's, in another order ("our spending is too high and our quality of
 * practice is poor" for "our quality of practice is poor and our spending is too high"): every stretch of the draft's
 * words stands in the source, but not in the source's order. The word-by-word alignment reads a moved clause as many
 * changes and gives up; this finds it as a few long runs.
 */

/** A run of the draft's words found in the source: draft words [d, d + len) are source words [s, s + len). */
export interface Run {
  d: number;
  s: number;
  len: number;
}

/** The fewest words a moved run needs: shorter runs (a word or two) match a source anywhere by chance. */
const MIN_RUN = 3;
/** Draft words no run holds (a joining "and" or "but"), at most. */
const MAX_LOOSE = 2;

/** The longest run of d[from, to) from draft word `i` that stands in `s` at a source word not yet `used`. */
function longestAt(d: Int32Array, from: number, to: number, i: number, s: Int32Array, used: Uint8Array): Run {
  let best: Run = { d: i - from, s: -1, len: 0 };
  for (let j = 0; j < s.length; j++) {
    let k = 0;
    while (i + k < to && j + k < s.length && d[i + k] === s[j + k] && !used[j + k]) k++;
    if (k > best.len) best = { d: i - from, s: j, len: k };
  }
  return best;
}

/**
 * The draft words d[from, to) as runs of the source `s` out of the source's order, or undefined when they are not:
 * each run at least MIN_RUN words, no source word used twice, at most MAX_LOOSE draft words in no run, and at least
 * one run standing before the run it follows in the draft.
 */
export function reorderedRuns(d: Int32Array, from: number, to: number, s: Int32Array): Run[] | undefined {
  // (each source word stands in one run at most: a longer quotation cannot be the source's words, and is not searched)
  if (to - from < 2 * MIN_RUN || to - from > s.length + MAX_LOOSE) return undefined;
  const used = new Uint8Array(s.length);
  const runs: Run[] = [];
  let loose = 0;
  for (let i = from; i < to;) {
    const run = longestAt(d, from, to, i, s, used);
    if (run.len < MIN_RUN) {
      if (++loose > MAX_LOOSE) return undefined;
      i++;
      continue;
    }
    used.fill(1, run.s, run.s + run.len);
    runs.push(run);
    i += run.len;
  }
  if (runs.length < 2) return undefined;
  const moved = runs.some((r, k) => k > 0 && r.s < runs[k - 1].s);
  return moved ? runs : undefined;
}
