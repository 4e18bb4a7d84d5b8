/**
 * A world the writer says is imagined: "In our imagined Devon, the 2020 inspection comes back 'requires improvement'",
 * "Suppose the Conservatives had held on in May 2025: …", "In a parallel universe, X still leads the council." What
 * such a sentence tells after its frame is no claim about what happened, so nothing in it is flagged — up to words
 * that turn back to what really happened ("…, as Carol Whitton really did, …", "— which, in the real one, X did").
 *
 * Examples: "In the imagined version, the letter is a thank-you note." → the words after the frame are no claim;
 * "In an imagined Devon it is rated good; in reality it was rated inadequate." → only "it is rated good" is left out.
 */
import { Span } from '../text/sentences';

/** A frame that opens an imagined world: an imagined or other version, world or timeline; "imagine" or "suppose" opening a sentence. */
const FRAME = /\bin\s+(?:our|this|that|an?|the|my|another|some)\s+(?:(?:imagined|imaginary|hypothetical|counterfactual|invented|made-up|fictional|alternative|alternate|parallel|other)\s+)+(?!\d)[a-z'-]+\b|^[^a-z]*(?:imagine|suppose|supposing)\b(?:\s+(?:for\s+a\s+moment|that|if))?|\bin\s+(?:a|an|another)\s+(?:world|universe|timeline|version|reality)\s+(?:where|in\s+which)\b/;

/** Words that turn back from the imagined world to what happened. */
const REAL = /\b(?:really|in\s+reality|in\s+the\s+real\s+(?:one|world|version|story|timeline|[a-z]+)|in\s+fact|actually|in\s+truth|as\s+it\s+(?:was|is|happened))\b/;

/** The spans of masked (a paragraph's folded text) told of an imagined world (see the module's comment). */
export function imaginedSpans(masked: string, sentences: readonly Span[]): Span[] {
  if (!/imagin|hypothet|counterfact|invented|made-up|fictional|alternat|parallel|suppos|world|universe|timeline/.test(masked)) return [];
  const out: Span[] = [];
  for (const s of sentences) {
    const t = masked.slice(s.start, s.end);
    const f = FRAME.exec(t);
    if (!f) continue;
    const from = f.index + f[0].length;
    const real = REAL.exec(t.slice(from));
    out.push({ start: s.start + f.index, end: real ? s.start + from + real.index : s.end });
  }
  return out;
}
