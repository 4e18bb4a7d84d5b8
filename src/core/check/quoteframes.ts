/**
 * A short quotation that finishes a sourced sentence in the writer's own lead-in, with other words than the source's:
 * `the Commissioner should remain in place "until the spring"`, where the source has "the Commissioner should remain
 * in place for now". The lead-in reproduces the sourced words word for word (four or more, two of them content words),
 * so the quoted words stand for the source's next words, and they are not those: a misquote.
 *
 * Nothing when the quoted words are the source's next words, or found anywhere in the sources' text, or when the draft
 * gives the words to someone who did not say that quotation.
 */
import { Ctx } from './context';
import { Model, PersonIndex, QuoteIndex, plainWords } from '../model/model';
import { QuoteSpan, quoteTokenSpans } from '../extract/quotes';
import { STOP_WORDS } from '../lexicon';
import { DiffPart } from '../types';

const COMMON = new Set<string>(STOP_WORDS);

/** The fewest lead-in words that must repeat the source's, and how many of them must be content words. */
const MIN_LEAD = 4;
const MIN_LEAD_CONTENT = 2;
/** The most quoted words read as finishing the lead-in (a longer quotation is weighed as a quotation of its own). */
const MAX_QUOTED = 4;
/** How far back the lead-in is read, in characters. */
const LEAD_REACH = 160;
/** What ends the source's words that the quoted ones stand for: a mark between two words. */
const BREAK = /[,;:.!?\u2013\u2014()]|\s-\s/;

export interface FramedMisquote {
  qi: QuoteIndex;
  /** The draft's quoted words, trimmed: [start, end). */
  start: number;
  end: number;
  /** The source's words the quoted ones stand for, as written, and the lead-in they follow. */
  sourceWords: string;
  lead: string;
}

/** How many words before the source's word j repeat the lead-in's last words (lead read backwards from its end). */
function leadRun(lead: string[], tokens: string[], j: number): number {
  let k = 0;
  while (k < lead.length && j - 1 - k >= 0 && tokens[j - 1 - k] === lead[lead.length - 1 - k]) k++;
  return k;
}

/** The source's words from j up to the next break, at most `max` of them: [j, end). */
function wordsToBreak(qi: QuoteIndex, j: number, max: number): number {
  let e = j + 1;
  while (e < qi.tokens.length && e - j < max && !BREAK.test(qi.quote.text.slice(qi.ends[e - 1], qi.starts[e]))) e++;
  return e;
}

/**
 * The framed misquote of quotation q (see the module's comment), or undefined. `sentenceStart` bounds the lead-in;
 * `speaker`, the person the draft gives the words to, if any.
 */
export function framedMisquote(ctx: Ctx, q: QuoteSpan, sentenceStart: number, speaker: PersonIndex | undefined): FramedMisquote | undefined {
  const { m, text } = ctx;
  const quoted = quoteTokenSpans(text.slice(q.innerStart, q.innerEnd));
  const n = quoted.tokens.length;
  if (n === 0 || n > MAX_QUOTED) return undefined;
  const from = Math.max(sentenceStart, q.open - LEAD_REACH);
  const leadSpans = quoteTokenSpans(text.slice(from, q.open));
  const lead = leadSpans.tokens;
  // (most lead-ins end on a word no sourced quotation uses: one look-up turns them away)
  if (lead.length < MIN_LEAD || !m.quoteWordIndex.has(lead[lead.length - 1])) return undefined;
  // the words between the lead-in's last word and the quotation mark may be white space only
  if (text.slice(from + leadSpans.ends[lead.length - 1], q.open).trim() !== '') return undefined;
  for (const qi of m.quotes) {
    if (speaker && qi.quote.speaker.person !== speaker.person.id && !qi.quote.speaker.alsoRight.includes(speaker.person.id)) continue;
    for (let j = MIN_LEAD; j < qi.tokens.length; j++) {
      const k = leadRun(lead, qi.tokens, j);
      if (k < MIN_LEAD) continue;
      const content = lead.slice(lead.length - k).filter((w) => !COMMON.has(w)).length;
      if (content < MIN_LEAD_CONTENT) continue;
      // the quoted words go on with the source's own next words: no change here
      if (quoted.tokens[0] === qi.tokens[j]) return undefined;
      if (inSources(m, text.slice(q.innerStart, q.innerEnd))) return undefined;
      const e = wordsToBreak(qi, j, MAX_QUOTED);
      return {
        qi, start: q.innerStart + quoted.starts[0], end: q.innerStart + quoted.ends[n - 1],
        sourceWords: qi.quote.text.slice(qi.starts[j], qi.ends[e - 1]),
        lead: qi.quote.text.slice(qi.starts[j - k], qi.ends[j - 1]),
      };
    }
  }
  return undefined;
}

/** Do the words stand anywhere in the sources' text? */
function inSources(m: Model, words: string): boolean {
  const w = plainWords(words);
  return w.length > 0 && m.sourceWords.includes(` ${w} `);
}

/** The word-by-word diff of a framed misquote: the lead-in kept, the source's words for the draft's. */
export function framedDiff(ctx: Ctx, f: FramedMisquote): DiffPart[] {
  return [
    { op: 'same', text: f.lead },
    { op: 'draft', text: ctx.text.slice(f.start, f.end) },
    { op: 'source', text: f.sourceWords },
  ];
}
