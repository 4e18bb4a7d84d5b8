/**
 * A correction notice reports the error it corrects: "An article on 4 December said the phrase was used by the
 * minister. It was used by the Exeter MP." The words a publication of ours is said to have said, in a paragraph that
 * says it corrects them, are the error reported, not a claim the writer makes: nothing in them is flagged. So are the
 * words of anyone's saying that the next sentence denies ("Readers suggested … It did not:") or puts right.
 */
import { Span } from '../text/sentences';
import { DENIAL_OPENS, PUBLICATION_SAID } from '../lexicon';

/** Words that mark a paragraph as a correction or clarification. */
const CORRECTION_MARK = /\b(?:corrections?|corrected|correctly|clarifications?|apologi[sz]e|we\s+regret\s+the\s+error|in fact|wrongly|incorrectly|mistakenly|in error|the error|should have (?:said|read|been))\b/;

/** A short label with its date in brackets, and no verb of saying: "Devon children's services (March 27)." */
const ENTRY_LABEL = /^[^.()]{1,60}\([^()]{1,30}\)\s*[.:]?\s*$/;

/** A correction's or clarification's label with its day, before a colon ("Correction, 16 December 2022:"). */
const DATED_LEAD = /^[\s*_]*(?:correction|clarification|update|editor's\s+note)s?\s*[,(\u2013\u2014-]?\s*[^:.;]{0,40}\d[^:.;]{0,20}\)?\s*:/;

/** A relative clause that calls what comes before it wrong: ", which was wrong", " — that is incorrect". */
const SAID_WRONG = /(?:,|\s-)\s*(?:which|that|this)\s+(?:was|is|were|are|has\s+been|had\s+been)\s+(?:(?:simply|plainly|just|also)\s+)?(?:wrong|incorrect|mistaken|an\s+error|a\s+mistake)\b/;

/**
 * A verb of saying, claiming or writing, or a claim's label ("Claims: …", "The section currently reads: …"): what
 * follows it in its sentence is what was said.
 */
const REPORTED = /\b(?:said|says|claimed|claims?|suggested|suggests|stated|states|insisted|insists|argued|argues|alleged|alleges|asserted|asserts|saying|claiming|suggesting|insisting|arguing|wrote|writes|reads)\b\s*:?/;

/** A sentence that puts a time right: "It was May 2025.", "It took place in December 2018." */
const RESTATED = /^[\s*_>-]*(?:it|this|that|they)\s+(?:was|were|took\s+place|happened|came)\s+(?:(?:in|on)\s+)?(?:[a-z]+\s+)?\d{1,4}\b/;

/** How much of a sentence's opening DENIAL_OPENS and RESTATED read (their longest matches are shorter). */
const OPENING = 120;

/** The spans of masked (a paragraph's folded text) that report an error a correction corrects, or say is wrong. */
export function reportedErrors(masked: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  // "Readers suggested the service was rated outstanding. It was not.": what the sentence after denies was reported
  // (the next sentence's opening is asked first: both patterns are anchored there and most sentences fail them at once)
  for (let k = 0; k + 1 < sentences.length; k++) {
    const n = sentences[k + 1];
    const next = masked.slice(n.start, Math.min(n.end, n.start + OPENING));
    if (!DENIAL_OPENS.test(next) && !RESTATED.test(next)) continue;
    const s = sentences[k];
    const r = REPORTED.exec(masked.slice(s.start, s.end));
    if (r) out.push({ start: s.start + r.index + r[0].length, end: s.end });
  }
  // "Our cuttings file had 2019 for the rating, which was wrong.": what a sentence says is wrong is reported, not claimed
  if (/\b(?:wrong|incorrect|mistaken|an error|a mistake)\b/.test(masked)) {
    for (const s of sentences) {
      const r = SAID_WRONG.exec(masked.slice(s.start, s.end));
      if (r) out.push({ start: s.start, end: s.start + r.index });
    }
  }
  if (!CORRECTION_MARK.test(masked)) return out;
  // a correction's label before it ("SEND visit (March 20)."): the date in it is the article's, no claim (the first
  // sentence, or the second after a lent "Correction." — see correctionFrames)
  const label = sentences.slice(0, 2).find((s) => ENTRY_LABEL.test(masked.slice(s.start, s.end)));
  if (label) out.push(label);
  // a correction's own dated lead ("Correction, 16 December 2022: An earlier version …"): the day it was corrected
  const first = sentences[0];
  const lead = first && DATED_LEAD.exec(masked.slice(first.start, first.end));
  if (lead) out.push({ start: first.start, end: first.start + lead[0].length });
  for (const s of sentences) {
    // (the first such subject in the sentence: what follows it, to the end, is what was said)
    const r = PUBLICATION_SAID.exec(masked.slice(s.start, s.end));
    // (not what it is said to have said rightly: "The article correctly reported that …" is the writer's claim too)
    if (r && !ENDORSED.test(r[0])) out.push({ start: s.start + r.index + r[0].length, end: s.end });
  }
  return out;
}

/** A word that says a publication's words were right, before its verb of saying. */
const ENDORSED = /\b(?:correctly|rightly|accurately)\s+[a-z]+(?:\s+that)?\s*$/;
