/**
 * A correction notice reports the error it corrects: "An article on 4 December said the phrase was used by the
 * minister. It was used by the Exeter MP." The words a publication of ours is said to have said, in a paragraph that
 * says it corrects them, are the error reported, not a claim the writer makes: nothing in them is flagged.
 */
import { Span } from '../text/sentences';

/** Words that mark a paragraph as a correction or clarification. */
const CORRECTION_MARK = /\b(?:correction|corrected|clarification|apologi[sz]e|in fact|wrongly|incorrectly|mistakenly|in error|should have (?:said|read|been))\b/;

/**
 * (Not "report": the sources' own documents are reports, and what they said is checked.)
 * A publication (or "we") as the subject of a verb of saying: "an article on 4 December said", "an earlier version of
 * this story stated", "the caption wrongly gave", "we incorrectly reported". What follows it to the sentence's end is
 * what it said.
 */
const PUBLICATION_SAID = /\b(?:(?:an?|the|our|this|that)\s+(?:earlier\s+|previous\s+|online\s+|print\s+)?(?:version\s+of\s+(?:this|the|an?|our)\s+)?(?:article|story|piece|headline|caption|column|graphic|tweet|bulletin)\b[^.;:]{0,60}?|we)\s+(?:also\s+)?(?:wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:said|stated|reported|claimed|suggested|described|named|gave|called|referred\s+to|implied)\b(?:\s+that\b)?/;

/** The spans of masked (a paragraph's folded text) that report an error a correction corrects. */
export function reportedErrors(masked: string, sentences: readonly Span[]): Span[] {
  if (!CORRECTION_MARK.test(masked)) return [];
  const out: Span[] = [];
  for (const s of sentences) {
    // (the first such subject in the sentence: what follows it, to the end, is what was said)
    const r = PUBLICATION_SAID.exec(masked.slice(s.start, s.end));
    if (r) out.push({ start: s.start + r.index + r[0].length, end: s.end });
  }
  return out;
}
