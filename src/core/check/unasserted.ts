/**
 * What a paragraph tells without asserting it: a world the writer says is imagined, a guide to saying names, and a
 * multiple-choice question's options.
 *
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

/**
 * A line that opens as a guide to saying names ("PRONUNCIATION: Caslake – CASS-lake. Whitton – WIT-un.", "Say: …"):
 * its respellings are no names, wards or anything else claimed.
 */
const SAYING_GUIDE = /(?:^|\n)[\s*_#>-]*(?:pronunciations?|pronouncing|phonetics?|say(?:\s+it)?|how\s+to\s+say(?:\s+\S+){0,3})[*_]*\s*:[^\n]*/;

/** A question's option, lettered: "A) ", "(b) ", after a line's start, a space or a semicolon (masked is folded). */
const OPTION = /(?:^|[\s;,])\(?([a-h])\)\s/g;

/** What stands before a question's options: the question, ending in a question mark or an ellipsis. */
const ASKED = /(?:\?|\.\.)[\s*_]*$/;

/**
 * A multiple-choice question's options, lettered in order from "a" after the question ("…inadequate?⏎A) December
 * 2018  B) January 2020  C) May 2022", on one line or a line each): all but one are wrong on purpose, and none is
 * claimed. From the first option to the end of the line of the last. (Lettered clauses in prose, "the notice requires
 * it to (a) … (b) …", follow no question and are claims.)
 */
function optionSpans(masked: string, out: Span[]): void {
  let first = -1;
  let next = 0;
  let last = -1;
  const close = () => {
    if (next >= 3 && ASKED.test(masked.slice(Math.max(0, first - 200), first))) out.push({ start: first, end: lineEnd(masked, last) });
    next = 0;
  };
  for (const r of masked.matchAll(OPTION)) {
    const k = r[1].charCodeAt(0) - 97;
    const at = r.index + r[0].search(/[(a-h]/);
    if (k !== next) {
      close();
      if (k !== 0) continue;
    }
    if (k === 0) first = at;
    last = at;
    next = k + 1;
  }
  close();
}

function lineEnd(t: string, from: number): number {
  const nl = t.indexOf('\n', from);
  return nl < 0 ? t.length : nl;
}

/** The spans of masked (a paragraph's folded text) that assert nothing (see the module's comment). */
export function unassertedSpans(masked: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  if (masked.includes(') ')) optionSpans(masked, out);
  if (/pronunc|phonetic|say/.test(masked)) for (const r of masked.matchAll(new RegExp(SAYING_GUIDE.source, 'g'))) out.push({ start: r.index, end: r.index + r[0].length });
  if (!/imagin|hypothet|counterfact|invented|made-up|fictional|alternat|parallel|suppos|world|universe|timeline/.test(masked)) return out;
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
