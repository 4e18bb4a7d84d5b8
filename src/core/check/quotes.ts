/**
 * Quotations: text in quotation marks presented as what a source person or document said. Verbatim
 * (allowing case, punctuation, ellipses and [insertions]) is fine; a near match is a misquote, shown
 * word by word; a sourced quotation given to the wrong person is a misattribution.
 */
import { Ctx, Mention, lineInCapitals, nameFieldAlone } from './context';
import { Model, PersonIndex, QuoteIndex, plainWords, statusAt } from '../model/model';
import { NUMBER_WORDS, QuoteSpan, blankEnd, isOwnCopy, tokenKey } from '../extract/quotes';
import { isWordCode } from '../text/fold';
import { escapeRegExp, normPhrase } from '../text/words';
import { Citation, DiffPart } from '../types';
import { addConfirmation, addFinding } from './findings';
import { SpeakerLabel, speakerLabels } from '../extract/speakers';
import { ARTICLES as ARTICLE_WORDS, CONNECTIVES, CREDIT_LINE, NEGATIONS, ROLE_WORDS, SPEECH_PARTICIPLES, SPEECH_VERBS, STOP_WORDS, TITLE_ONLY } from '../lexicon';
import { defineRule } from './rule';
import { reorderedRuns } from './quotereorder';
import { ADDRESSED_TO, BodyPatterns, BodySpeaker, bodyName, bodyPatterns, bodySpeaker, wrongBody } from './quotebodies';
import { framedDiff, framedMisquote } from './quoteframes';

const COMMON = new Set<string>(STOP_WORDS);

const ARTICLES = new Set<string>(ARTICLE_WORDS);

const PARTICIPLE = new RegExp(`^(?:${SPEECH_PARTICIPLES.join('|')}|warning)$`);
/** Sayings of more than one word that name what was said ("spoke of '…'", "the minister referred to '…'", "the report talks about '…'"). */
const SAYING_PHRASES = '(?:spoke|speaks|talked|talks)\\s+(?:of|about)|(?:referred|refers)\\s+to';
const SAYING_PHRASE = new RegExp(`^(?:${SAYING_PHRASES})$`);
// (and a bare infinitive after a verb of hearing or seeing: "I heard Councillor X tell the cabinet: '…'")
const SPEECH = new RegExp(`\\b(${SPEECH_VERBS.join('|')}|${SPEECH_PARTICIPLES.join('|')}|(?<=\\b(?:heard|hear|hearing|saw|see|watched|watch|watching)\\s+(?:[\\w'.-]+\\s+){1,4})(?:tell|warn|admit|describe)|pointed\\s+out|according\\s+to|in\\s+the\\s+words\\s+of|in\\s+(?:the\\s+)?[a-z]+(?:\\s+[a-z]+){0,2}?['\u2019]s?\\s+(?:own\\s+)?words|to\\s+quote|${SAYING_PHRASES}|(?<=,\\s)warning(?=\\s*:|\\s+that\\b)|put\\s+it(?!\\s*:))\\b`, 'g');

/** A stretch of a quotation's draft words between breaks (ellipses, [insertions]): words [from, to) of `qw`. */
interface Seg {
  from: number;
  to: number;
}

/**
 * The draft words of the quotation being checked, as scanQuote reads them: each word's id (see QuoteModel; -1 for a
 * word no source quotation and no common word is) and its offsets. Typed arrays reused from one quotation to the next,
 * not arrays of strings and objects per quotation.
 */
interface QuoteWords {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Buffers the quotation check reuses from one quotation to the next, held by the engine's index (one engine checks
 * one paragraph at a time): the draft words, the alignment table, a segment's words without articles, and a count per
 * source quotation.
 */
interface QuoteScratch {
  words: QuoteWords;
  align: Int32Array;
  bare: Int32Array;
  counts: Int32Array;
}

function quoteScratch(quotes: number): QuoteScratch {
  return {
    words: { ids: new Int32Array(256), starts: new Int32Array(256), ends: new Int32Array(256) },
    align: new Int32Array(1024),
    bare: new Int32Array(64),
    counts: new Int32Array(quotes),
  };
}

/** The draft words' buffers with room for at least `n` words (a quotation has fewer words than characters). */
function growWords(scratch: QuoteScratch, n: number): QuoteWords {
  let size = scratch.words.ids.length;
  while (size < n) size *= 2;
  // (the same object, new buffers: a caller holding scratch.words sees them)
  const w = scratch.words;
  w.ids = new Int32Array(size);
  w.starts = new Int32Array(size);
  w.ends = new Int32Array(size);
  return w;
}

/** The buffers grow with the longest quotation seen; past this many words they are given back after the paragraph. */
const WORDS_KEEP = 1 << 14;

function shrinkWords(scratch: QuoteScratch): void {
  const w = scratch.words;
  if (w.ids.length > WORDS_KEEP) {
    w.ids = new Int32Array(256);
    w.starts = new Int32Array(256);
    w.ends = new Int32Array(256);
  }
  if (scratch.bare.length > WORDS_KEEP) scratch.bare = new Int32Array(64);
}

interface Align {
  cost: number;
  srcStart: number; // token index in source
  srcEnd: number; // exclusive
  diff: { op: 'same' | 'draft' | 'source' | 'sub'; d?: number; s?: number }[];
}

/** The alignment table (scratch.align) is reused between calls, grown as needed up to ALIGN_KEEP cells; larger tables
 * are made for the call. Every cell read is written first in the same call. */
const ALIGN_KEEP = 1 << 16;

/**
 * Semi-global word alignment: all of the draft words (d[dFrom, dFrom + n)) against any stretch of the source words.
 * Words come as ids (see QuoteModel): comparing numbers is much cheaper than comparing strings in the table's inner loop.
 */
function align(scratch: QuoteScratch, d: Int32Array, dFrom: number, n: number, s: Int32Array, maxCost: number): Align | undefined {
  const m = s.length;
  if (n === 0 || m === 0) return undefined;
  const W = m + 1;
  const size = (n + 1) * W;
  const dp = size <= scratch.align.length ? scratch.align : size <= ALIGN_KEEP ? (scratch.align = new Int32Array(size)) : new Int32Array(size);
  // row 0 is free (the draft may start anywhere in the source); column 0 costs one per draft word
  dp.fill(0, 0, W);
  for (let i = 1; i <= n; i++) dp[i * W] = i;
  for (let i = 1; i <= n; i++) {
    let rowMin = 1 << 30;
    const di = d[dFrom + i - 1];
    const up = (i - 1) * W, row = i * W;
    // the cells to the upper left and to the left carried along the row: one read of the table per cell, not three
    let diag = dp[up], left = dp[row];
    for (let j = 1; j <= m; j++) {
      const above = dp[up + j];
      const sub = diag + (di === s[j - 1] ? 0 : 1);
      const ins = above + 1; // extra draft word
      const del = left + 1; // source word missing from the draft
      const v = sub < ins ? (sub < del ? sub : del) : ins < del ? ins : del;
      dp[row + j] = v;
      if (v < rowMin) rowMin = v;
      diag = above;
      left = v;
    }
    if (dp[row] < rowMin) rowMin = dp[row];
    if (rowMin > maxCost) return undefined;
  }
  let bestJ = 0;
  let best = 1 << 30;
  for (let j = 0; j <= m; j++) if (dp[n * W + j] <= best) { best = dp[n * W + j]; bestJ = j; }
  if (best > maxCost) return undefined;
  // trace back
  const diff: Align['diff'] = [];
  let i = n, j = bestJ;
  while (i > 0) {
    const v = dp[i * W + j];
    const di = d[dFrom + i - 1];
    // (a changed or extra word ties with a source word left out right after the draft's word: "not [seen] that much"
    // has left "seen" out, not changed it to "not" nor added "not" — the left-out word is taken)
    const same = j > 0 && di === s[j - 1];
    const leftOut = !same && j > 1 && di === s[j - 2] && v === dp[i * W + j - 1] + 1;
    if (!leftOut && j > 0 && v === dp[(i - 1) * W + j - 1] + (same ? 0 : 1)) {
      diff.push({ op: di === s[j - 1] ? 'same' : 'sub', d: i - 1, s: j - 1 });
      i--; j--;
    } else if (!leftOut && v === dp[(i - 1) * W + j] + 1) {
      diff.push({ op: 'draft', d: i - 1 });
      i--;
    } else {
      diff.push({ op: 'source', s: j - 1 });
      j--;
    }
  }
  diff.reverse();
  return { cost: best, srcStart: j, srcEnd: bestJ, diff };
}

/** Where run[runFrom, runTo) first stands as a contiguous stretch of `words` at or after `from`, or -1. */
function indexOfRun(words: Int32Array, run: Int32Array, runFrom: number, runTo: number, from: number): number {
  const len = runTo - runFrom;
  outer: for (let j = from; j + len <= words.length; j++) {
    for (let k = 0; k < len; k++) if (words[j + k] !== run[runFrom + k]) continue outer;
    return j;
  }
  return -1;
}

/** Is each segment a contiguous run of the source's words (`ids`), in order? */
function exactIn(qw: QuoteWords, segs: Seg[], ids: Int32Array): boolean {
  let from = 0;
  for (const seg of segs) {
    const found = indexOfRun(ids, qw.ids, seg.from, seg.to, from);
    if (found < 0) return false;
    from = found + seg.to - seg.from;
  }
  return true;
}

/** The segments cut again where a sentence ends between two words ("… all our staff. We all know …"). */
function bySentence(qw: QuoteWords, text: string, segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const seg of segs) {
    let from = seg.from;
    for (let k = seg.from + 1; k < seg.to; k++) {
      if (/[.!?]/.test(text.slice(qw.ends[k - 1], qw.starts[k]))) {
        out.push({ from, to: k });
        from = k;
      }
    }
    out.push({ from, to: seg.to });
  }
  return out;
}

/**
 * The sourced quotations a draft's quotation joins, when each of its sentences stands exactly in one of them and all of
 * them are one speaker's (the first sentence's quotation first); else none.
 */
function joinedQuotes(m: Model, qw: QuoteWords, cands: number[], sentences: Seg[], quoteIds: Int32Array[]): number[] {
  if (sentences.length < 2) return [];
  const found: number[] = [];
  for (const seg of sentences) {
    if (seg.to - seg.from < 3) return [];
    const qi = cands.find((c) => exactIn(qw, [seg], quoteIds[c]));
    if (qi === undefined) return [];
    if (!found.includes(qi)) found.push(qi);
  }
  const speakers = new Set(found.map((qi) => m.quotes[qi].quote.speaker.person ?? m.quotes[qi].quote.speaker.document));
  return found.length >= 2 && speakers.size === 1 ? found : [];
}

/** Writes the words (ids) of ids[from, to) without "the"/"a"/"an" to scratch.bare (one segment at a time); returns
 * how many there are. */
function withoutArticles(qm: QuoteModel, ids: Int32Array, from: number, to: number): number {
  if (qm.scratch.bare.length < to - from) qm.scratch.bare = new Int32Array(to - from);
  const bare = qm.scratch.bare;
  let n = 0;
  for (let k = from; k < to; k++) {
    const id = ids[k];
    if (id !== qm.the && id !== qm.a && id !== qm.an) bare[n++] = id;
  }
  return n;
}

/**
 * The source quotations' words and the common words, made once per model, each with a number (its id: distinct words,
 * distinct ids). A draft word is found in the table (slots, chars) from its characters, with no string made for it:
 * an open-addressing table keyed by a hash scanQuote works out as it reads the word, holding each word as a draft may
 * write it (as folded; "four" as well as "4", as tokenKey reads it). What `candidates` needs to know of a word is in
 * typed arrays by id: no object to reach per draft word.
 */
interface QuoteModel {
  /** The words by token, as numbers: a source quotation's words, then the common words they do not use. */
  words: Map<string, number>;
  /** By id: is the word a common one, and the `candidates` call (numbered by `calls`) that last counted it. */
  common: Uint8Array;
  /** By id: is the word one of a body's name ("devon", "county", "council")? */
  nameWord: Uint8Array;
  countedIn: Int32Array;
  calls: number;
  /** By id: the quotations that use the word (the model's quoteWordIndex list) are uses[usesFrom[id], usesFrom[id + 1]). */
  usesFrom: Int32Array;
  uses: Int32Array;
  /** Each word by id, as tokenKey makes it. */
  tokens: string[];
  /**
   * The table: four numbers a slot, side by side (one cache line to read, where a check leaves little of the table
   * in cache): the word's hash, its id, its length (0: an empty slot) and where its characters start in `chars`.
   */
  slots: Int32Array;
  chars: Uint16Array;
  /** 32 less the table's size in bits, and the size less one. */
  shift: number;
  mask: number;
  /** By id: does the word deny ("not", "never", "hasn't")? By quotation: does it hold such a word? */
  negation: Uint8Array;
  denies: boolean[];
  /** The ids of "the", "a" and "an". */
  the: number;
  a: number;
  an: number;
  /** Each source quotation's words as ids, and without the articles. */
  quoteIds: Int32Array[];
  bareIds: Int32Array[];
  /** Each source quotation's words as ids with "an" read as "a" (one article: which is written follows the next word's sound). */
  alignIds: Int32Array[];
  /** Each source quotation's words as written and its citation, made on first use. */
  wordTexts: Map<QuoteIndex, string[]>;
  citations: Map<QuoteIndex, Citation>;
  scratch: QuoteScratch;
  /** The patterns that find an organisation or document speaking (see quotebodies.ts). */
  bodies: BodyPatterns;
  /** An inspection or a regulator as the subject finding words, just before them (see foundByInspection). */
  foundBy: RegExp;
}

/** The hash scanQuote works out for a word as it reads it, character by character. */
function hashWord(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

function quoteModel(m: Model): QuoteModel {
  const words = new Map<string, number>();
  const lists: number[][] = [];
  for (const [t, quotes] of m.quoteWordIndex) {
    words.set(t, words.size);
    lists.push(quotes);
  }
  for (const t of COMMON) if (!words.has(t)) words.set(t, words.size);
  const common = new Uint8Array(words.size);
  for (const [t, id] of words) common[id] = COMMON.has(t) ? 1 : 0;
  const usesFrom = new Int32Array(words.size + 1);
  for (let id = 0; id < words.size; id++) usesFrom[id + 1] = usesFrom[id] + (lists[id]?.length ?? 0);
  const uses = new Int32Array(usesFrom[words.size]);
  lists.forEach((list, id) => uses.set(list, usesFrom[id]));
  // a draft word's entry is words.get(tokenKey(word)): each word that is its own key, and each number word whose digits are one
  const entries: [string, number][] = [];
  for (const [t, id] of words) if (tokenKey(t) === t) entries.push([t, id]);
  for (const [word, digits] of NUMBER_WORDS) {
    const id = words.get(digits);
    if (id !== undefined) entries.push([word, id]);
  }
  let bits = 4;
  while (1 << bits < entries.length * 2) bits++;
  const size = 1 << bits;
  const slots = new Int32Array(size * 4);
  const chars = new Uint16Array(entries.reduce((a, [t]) => a + t.length, 0));
  let at = 0;
  for (const [t, id] of entries) {
    const h = hashWord(t);
    let k = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
    while (slots[k * 4 + 2] !== 0) k = (k + 1) & (size - 1);
    slots.set([h, id, t.length, at], k * 4);
    for (let j = 0; j < t.length; j++) chars[at++] = t.charCodeAt(j);
  }
  const the = words.get('the')!, a = words.get('a')!, an = words.get('an')!;
  const denying = new Set<string>(NEGATIONS);
  const negation = new Uint8Array(words.size);
  for (const [t, id] of words) negation[id] = denying.has(t) || /n['’]t$/.test(t) ? 1 : 0;
  // (the words of bodies' names: "Devon County Council" kept is a name shared, not words of a quotation kept)
  const nameWord = new Uint8Array(words.size);
  for (const { phrase } of m.orgPhrases) for (const t of phrase.split(/\s+/)) if (words.has(t)) nameWord[words.get(t)!] = 1;
  const quoteIds = m.quotes.map((q) => Int32Array.from(q.tokens, (t) => words.get(t) ?? -1));
  const denies = quoteIds.map((ids) => ids.some((id) => id >= 0 && negation[id] === 1));
  const bareIds = quoteIds.map((q) => q.filter((id) => id !== the && id !== a && id !== an));
  const alignIds = quoteIds.map((q) => q.map((id) => (id === an ? a : id)));
  return {
    words, common, countedIn: new Int32Array(words.size), calls: 0, usesFrom, uses, tokens: [...words.keys()], slots, chars,
    shift: 32 - bits, mask: size - 1, negation, nameWord, denies, the, a, an, quoteIds, bareIds, alignIds, wordTexts: new Map(), citations: new Map(), scratch: quoteScratch(m.quotes.length),
    bodies: bodyPatterns(m),
    foundBy: foundByPattern(m),
  };
}

/** The id of folded[from, to) (whose hash is h), or -1. */
function lookupWord(qm: QuoteModel, folded: string, from: number, to: number, h: number): number {
  const { slots, chars } = qm;
  const len = to - from;
  for (let k = Math.imul(h, 0x9e3779b1) >>> qm.shift; ; k = (k + 1) & qm.mask) {
    const slotLen = slots[k * 4 + 2];
    if (slotLen === 0) return -1;
    if (slots[k * 4] !== h || slotLen !== len) continue;
    const off = slots[k * 4 + 3] - from;
    let j = from;
    while (j < to && chars[off + j] === folded.charCodeAt(j)) j++;
    if (j === to) return slots[k * 4 + 1];
  }
}

function isInnerJoin(c: number): boolean {
  return c === 39 /* ' */ || c === 45 /* - */ || c === 0x2019 || c === 0x2011 || c === 0x2010;
}

/**
 * The draft words of a quotation, folded[start, end), into `qw` and `segs`: the words and segments quoteSegments
 * finds (words as `words` reads them, split at ellipses and [bracketed insertions]), each word as its id in the
 * model's table. One walk over the characters, as quoteSegments' own. Returns the number of words.
 */
function scanQuote(qm: QuoteModel, folded: string, original: string, start: number, end: number, segs: Seg[], glosses = false): number {
  const qw = qm.scratch.words;
  const { ids, starts, ends } = qw.ids.length >= end - start ? qw : growWords(qm.scratch, end - start);
  let n = 0;
  let segFrom = 0;
  let i = start;
  while (i < end) {
    const c = folded.charCodeAt(i);
    // words first (most characters): no break character is a letter or digit, so this order finds what quoteSegments does
    if (isWordCode(c)) {
      // a word: letters and digits, and an apostrophe or hyphen between two of them
      const ws = i;
      let h = c;
      i++;
      while (i < end) {
        const d = folded.charCodeAt(i);
        if (isWordCode(d)) {
          h = (Math.imul(h, 31) + d) | 0;
          i++;
        } else if (isInnerJoin(d) && i + 1 < end && isWordCode(folded.charCodeAt(i + 1))) {
          h = (Math.imul(h, 31) + d) | 0;
          h = (Math.imul(h, 31) + folded.charCodeAt(i + 1)) | 0;
          i += 2;
        } else break;
      }
      ids[n] = lookupWord(qm, folded, ws, i, h);
      starts[n] = ws;
      ends[n] = i;
      n++;
      continue;
    }
    if (c === 91 /* [ */) {
      if (n > segFrom) segs.push({ from: segFrom, to: n });
      segFrom = n;
      const close = folded.indexOf(']', i);
      i = close < 0 || close > end ? end : close + 1;
      continue;
    }
    // a short bracket inside a closed quotation, well into its words and with more after it, is the writer's gloss, as
    // a square one is: "… those at risk of extra-familial harm (harm outside the family) and care leavers …"
    if (c === 40 /* ( */ && glosses && n >= GLOSS_AFTER_WORDS) {
      const close = folded.indexOf(')', i);
      if (close > i && close - i <= GLOSS_CHARS && /[a-z0-9]/.test(folded.slice(close, end))) {
        if (n > segFrom) segs.push({ from: segFrom, to: n });
        segFrom = n;
        i = close + 1;
        continue;
      }
    }
    const blank = blankEnd(folded, i, end);
    if (blank >= 0) {
      if (n > segFrom) segs.push({ from: segFrom, to: n });
      segFrom = n;
      i = blank;
      continue;
    }
    // two periods, or an ellipsis character (which folds to a period)
    if (c === 46 && (folded.charCodeAt(i + 1) === 46 || original.charCodeAt(i) === 0x2026)) {
      if (n > segFrom) segs.push({ from: segFrom, to: n });
      segFrom = n;
      i++;
      while (i < end && (folded.charCodeAt(i) === 46 || folded.charCodeAt(i) === 32)) i++;
      continue;
    }
    i++;
  }
  if (n > segFrom) segs.push({ from: segFrom, to: n });
  return n;
}

/** The longest round bracket inside a quotation read as the writer's gloss, and the words of the quotation before it. */
const GLOSS_CHARS = 60;
const GLOSS_AFTER_WORDS = 6;

/** A segment's words as quoteSegments gives them (folded, numbers as digits), joined by spaces: for a finding's key. */
function segText(qm: QuoteModel, folded: string, seg: Seg): string {
  const qw = qm.scratch.words;
  const out: string[] = [];
  for (let k = seg.from; k < seg.to; k++) {
    const id = qw.ids[k];
    out.push(id >= 0 ? qm.tokens[id] : tokenKey(folded.slice(qw.starts[k], qw.ends[k])));
  }
  return out.join(' ');
}

/**
 * What scanQuote reads in folded[start, end), as quoteSegments gives it (exported for tests): each segment's words as
 * tokens (from the model's table; null for a word it does not hold), and their offsets.
 */
export function scanQuoteForTest(qm: QuoteModel, folded: string, original: string, start: number, end: number): { tokens: (string | null)[]; starts: number[]; ends: number[] }[] {
  const segs: Seg[] = [];
  scanQuote(qm, folded, original, start, end, segs);
  const qw = qm.scratch.words;
  return segs.map((seg) => {
    const out = { tokens: [] as (string | null)[], starts: [] as number[], ends: [] as number[] };
    for (let k = seg.from; k < seg.to; k++) {
      out.tokens.push(qw.ids[k] >= 0 ? qm.tokens[qw.ids[k]] : null);
      out.starts.push(qw.starts[k]);
      out.ends.push(qw.ends[k]);
    }
    return out;
  });
}

/** Does the model's word table hold this token (a source quotation's word or a common word)? (exported for tests) */
export function isQuoteWord(qm: QuoteModel, token: string): boolean {
  return qm.words.has(token);
}

/** The source quotations sharing enough content words with the draft's, in the order their words are first met. */
function candidates(m: Model, qm: QuoteModel, folded: string, segs: Seg[]): number[] {
  // a typed array (all zero again when a call returns) and the list of quotes counted (in first-count order), not a
  // Map: same order, no allocation per word
  const counts = qm.scratch.counts;
  const qw = qm.scratch.words;
  const touched: number[] = [];
  const { common, countedIn, usesFrom, uses } = qm;
  // (calls are numbered in int32 range: on the rare wrap, no word has been counted yet)
  if (qm.calls === 0x7fffffff) {
    countedIn.fill(0);
    qm.calls = 0;
  }
  const call = ++qm.calls;
  let content = 0;
  // content words no source quotation uses: they only count towards `content`, once each
  let others: Set<string> | undefined;
  for (const seg of segs) for (let k = seg.from; k < seg.to; k++) {
    const id = qw.ids[k];
    if (id >= 0) {
      if (common[id] || countedIn[id] === call) continue;
      countedIn[id] = call;
      content++;
      for (let u = usesFrom[id]; u < usesFrom[id + 1]; u++) if (counts[uses[u]]++ === 0) touched.push(uses[u]);
    } else {
      const t = tokenKey(folded.slice(qw.starts[k], qw.ends[k]));
      if ((others ??= new Set()).has(t)) continue;
      others.add(t);
      content++;
    }
  }
  const need = Math.min(2, content);
  const out: number[] = [];
  // a quotation that denies what the draft's words do not may share one content word only ("progress has been slow"
  // for "progress has not been made")
  const denies = segs.some((seg) => deniesAny(qm, qw.ids.subarray(seg.from, seg.to)));
  for (const qi of touched) {
    const c = counts[qi];
    counts[qi] = 0; // ready for the next call
    if ((c >= need && c >= content * 0.4) || (c >= 1 && content <= 3 && qm.denies[qi] && !denies)) out.push(qi);
  }
  if (content === 0) {
    // only common words: try every quote for an exact match
    return m.quotes.map((_, i) => i);
  }
  return out;
}

function speakerOk(q: QuoteIndex, p: PersonIndex): boolean {
  return q.quote.speaker.person === p.person.id || q.quote.speaker.alsoRight.includes(p.person.id);
}

function sentenceAtPos(ctx: Ctx, pos: number) {
  const ss = ctx.sentences;
  let lo = 0, hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end <= pos) lo = mid + 1;
    else if (ss[mid].start > pos) hi = mid - 1;
    else return ss[mid];
  }
  return undefined;
}

/** Mentions (sorted by start) starting in [from, to). */
function mentionsIn(all: Mention[], from: number, to: number): Mention[] {
  let lo = 0, hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < all.length && all[i].start < to; i++) out.push(all[i]);
  return out;
}

interface Speaker {
  person: PersonIndex;
  /** Where the draft names (or refers to) the speaker, when it does. */
  start?: number;
  end?: number;
  /** A pronoun and its verb of saying that take the speaker up in the quotation's sentence ("He also wrote that"). */
  via?: { start: number; end: number };
}

/** The speech verbs after a quotation, and the pattern that finds one (exported for tests). */
export const VERB = `(?:${SPEECH_VERBS.join('|')})`;
/** (a headline's pull-quote has its speaker after a colon: "'…': Aves tells cabinet") */
/** (and "as X put it", "as the minister, X, put it": the words are X's) */
// (or "as" and a longer credit before its verb: '"…", as SEND task group chair Su Aves put it to cabinet')
export const AFTER_NAME_VERB = new RegExp(`^[\\s,.!?:'"-]*(?:(?:[\\w'-]+,?\\s+){0,5}?|as\\s+(?:[\\w'-]+\\s+){1,8}?)(?:${VERB}|puts?\\s+it)\\b`);
const AFTER_PRONOUN = new RegExp(`^[\\s,.!?'"-]*(?:(?:${VERB}|told\\s+\\w+)\\s+(he|she)\\b|(he|she)\\s+${VERB})`);
/**
 * "the minister", "the MP", "the cabinet member": a role standing for its holder — not one "of a" body the draft does
 * not name ("the director of a Devon family support charity").
 */
const ROLE_NOUN = /\b(?:the|[a-z]+'s|the council's)\s+(minister|mp|cabinet member|council leader|leader|opposition leader|interim director|director|chair|chief reporter)\b(?!['\u2019]s?\b)(?!\s+of\s+(?:a|an|another|one)\b)(?!\s+of\s+the\s+(?:[a-z-]+\s+){0,2}(?:group|party|opposition)\b)/;
/** "the Exeter MP " before a verb of saying: group 1 the seat. */
const SEAT_MP = /\bthe\s+([a-z]+)\s+mp\s+(?:[a-z]+\s+)?$/;
/** ROLE_NOUN up to its post (group 1), without what may not follow it. */
const ROLE_NOUN_HEAD = ROLE_NOUN.source.slice(0, ROLE_NOUN.source.indexOf('\\b(?!'));
/** A post's writing ("the minister's letter"): group 1 the post, as ROLE_NOUN's. */
const ROLE_WRITING = new RegExp(`${ROLE_NOUN_HEAD}['\u2019]s?\\s+(?:letter|statement|speech|email|e-mail|note|message)\\b`);
const ROLE_NOUN_TYPES: Record<string, string> = {
  minister: 'minister', mp: 'mp', 'cabinet member': 'cabinet-member', 'council leader': 'council-leader', leader: 'council-leader',
  'opposition leader': 'opposition-leader', 'interim director': 'director', director: 'director', chair: 'chair', 'chief reporter': 'reporter',
};

/** '"…", and Labour's Carol Whitton told members…': a clause of its own after the quotation, not its credit. */
/** A document credited right after a quotation ("identified in that report", "used in the letter", "set out by the review"). */
const DOCUMENT_AFTER = /^[\s,'"\u2019\u201d]*(?:identified|found|described|set\s+out|used|cited|named|quoted|highlighted)\s+(?:in|by)\s+(?:the|that|this|its|a|an)\s+(?:[a-z'-]+\s+){0,2}?(?:report|letter|review|inspection|document|statement|minutes|visit|plan)\b/;
/**
 * A passive of telling in a clause of its own right before the quotation's verb ("… after Devon's MPs were told"): the
 * hearers stand before it, not the speaker. (As what a speaker said, "X revealed that MPs had been told '…'", the words
 * are the speaker's report.)
 */
const TOLD_PASSIVE = /\b(?:after|when|before|because|once|since|as|while)\s+(?:[\w'\u2019-]+\s+){1,4}(?:was|were|had\s+been|have\s+been|has\s+been|is|are)\s+(?:also\s+)?$/;
/** (or a passive of telling after a verb of hearing: "cabinet heard MPs had been told it was '…'") */
const HEARD_TOLD = /\b(?:heard|learned|learnt|was\s+told|were\s+told)\s+(?:that\s+)?(?:[\w'\u2019-]+\s+){1,4}(?:was|were|had\s+been|have\s+been|has\s+been|is|are)\s+(?:also\s+)?$/;
/** Another source of the words named after a verb of saying: a post or document that found or said them, or whose view they are. */
const NESTED_SOURCE = /\b(?:the|a|an)\s+(?:[a-z]+\s+)?(?:commissioner|inspector|report|minister|letter|review|department|regulator|inspectors)(?:'s\s+(?:view|verdict|words|report|conclusion|findings?|warning|assessment|letter)\b|\s+(?:had\s+|has\s+|have\s+)?(?:found|said|reported|warned|concluded|noted|stated|wrote|evidenced|identified|described|acknowledged|recognised|recognized|observed|highlighted|recorded|saw)\b)/;
/** A verb of quoting and its object, a document or a post: "quoted the report:", "read from the minister's letter". */
const QUOTES_SOURCE = /^(?:quoted|quoting|quotes|cited|citing|cites|read|reading|reads)$/;
const SOURCE_OBJECT = /^\s*(?:(?:out\s+)?from\s+)?(?:the|a|an)\s+(?:[a-z]+\s+)?(?:report|letter|review|statement|document|minister|inspector|inspectors|commissioner|department)(?:'s)?\b/;
/** A relative "which" right before a speech verb. */
const WHICH_BEFORE = /\bwhich\s+(?:[a-z]+ly\s+|also\s+|still\s+)?$/;
/** What stands before the name of the person words were said to ("put to", "quoted back to Cllr"). */
const ADDRESSEE_BEFORE = /\bto\s+(?:(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+)?$/;

/** The mentions, in the text `after` the quotation, that are not who the words were said to (ADDRESSEE_BEFORE). */
function notAddressed(ms: Mention[], q: QuoteSpan, after: string): Mention[] {
  return ms.filter((x) => !ADDRESSEE_BEFORE.test(after.slice(Math.max(0, x.start - q.end - 24), x.start - q.end)));
}
const NEW_CLAUSE_AFTER = /^[\s,;'"\u2019\u201d\u2013\u2014-]*(?:and|but|while|whereas|before|after|when|though|although|even\s+though|yet|because|unless)\s/;
/** Where another quotation opens in the text after a quotation (not an apostrophe in a word: "Labour's"). */
const QUOTE_OPENS = /(?<![\p{L}\d])["']\s*\p{L}/u;
/** After a quotation that ends its sentence: a bracket, or a line break and a dash (its marks of quotation blanked). */
const CREDIT_NEXT = /^[ \t]*(?:\(|\r?\n(?:[ \t>]*\r?\n)?[ \t>]*[-\u2013\u2014])/;
/** A pull-quote's credit: a dash after the quotation, unless the sentence goes on after it ("— and …"). */
const CREDIT_DASH = /^\s*[-\u2013\u2014]+\s*/;

/**
 * A line that opens with a list's mark and a space: a dash ("– she calls it …"), a bullet, or a log's sign for a task
 * done or moved ("× Rang Race's office", "> …", "✓ …").
 */
const DASH_ITEM = /^[ \t>]*[-\u2013\u2014\u2022\u00d7\u2713\u2714\u25e6>*][ \t]/;

/**
 * Does the quotation's own line open with a list's mark, as the next opens with a dash: then both are items of a list
 * (a log's notes), and the next is no credit of the words above it.
 */
function dashItems(masked: string, q: QuoteSpan): boolean {
  return DASH_ITEM.test(masked.slice(masked.lastIndexOf('\n', q.open) + 1, q.open));
}
const DASH_GOES_ON = /^\s*[-\u2013\u2014]+\s*(?:the|a|an|and|but|which|who|it|that|though|although|while|whereas|yet|even|because|since|so|if|unless)\b/;
/** A speech verb that introduces a quotation of its own ('said: "…"'). */
const OWN_QUOTE = /^\s*[:,]?\s*["']/;
/** A document just before the speech verb (the text before it ends with this): "the report said", "the letter states". */
const DOC_BEFORE = /\b(report|letter|statement|document|notice|review|inspector|inspectors|inspectorate|regulator|watchdog|department|government)\b[^.]{0,20}$/;
/** A document named in an aside set off by commas right before the verb ("…, in his letter, said"). */
const IN_DOC_ASIDE = /,\s*in\s+(?:his|her|their|its|a|an|the)\s+(?:[a-z]+\s+)?(?:letter|statement|report|review|notice|document)\s*,\s*$/;
/** "in his", "in the" right before a document's word: the document is where words stand, not who says them. */
const IN_DOC_BEFORE = /\bin\s+(?:his|her|their|its|a|an|the)\s+(?:[a-z]+\s+)?$/;
/** DOC_BEFORE's longest match: its longest word (10 letters) and 20 more characters. */
const DOC_BEFORE_MAX = 30;
/** Words naming a post ("minister", "leader"): before a colon, they make the quotation that post-holder's. */
const ROLE_WORD_SET = new Set<string>(ROLE_WORDS);
/** "he said", "she had also said", "he has also warned": a pronoun just before the speech verb. */
const PRONOUN_BEFORE = /\b(he|she)\s+(?:(?:has|had|also|then|later|once|previously|repeatedly)\s+){0,2}$/;

/** A possessive right before a writing's noun: "MacAlister's ", "the minister's " (group 1 the post, as ROLE_NOUN's). */
const WRITER_BEFORE = new RegExp(`(?:['\u2019]s?\\s+$)|(?:${ROLE_NOUN_HEAD}['\u2019]s?\\s+$)`);

/** Between a writing's noun and its verb of saying: nothing, or an adverb or auxiliary ("letter had also warned"). */
const VERB_RIGHT_AFTER = /^\s*(?:(?:also|then|later|had|has|have|once|[a-z]+ly)\s+){0,2}$/;

/** What may stand right before a saying's subject: the sentence's start, a clause's mark or its conjunction. */
const OPENS_SUBJECT = /(?:^|[,;:(\u2013\u2014]|\b(?:and|but|that|when|while|then|so|yet)\b)\s*$/;

/**
 * Whose writing a document named right after `lead` is (lead: the sentence's text up to the document's word, from
 * `leadStart`): a person named in the possessive ("MacAlister's letter"), or a post's one holder ("the minister's
 * letter"); none for a document of no one's ("the report").
 */
function writer(ctx: Ctx, ms: Mention[], lead: string, leadStart: number): Speaker | undefined {
  const r = WRITER_BEFORE.exec(lead);
  if (!r) return undefined;
  const at = leadStart + r.index;
  if (r[1] === undefined) {
    const m = ms.find((x) => x.end === at);
    return m && OPENS_SUBJECT.test(lead.slice(0, m.start - leadStart)) ? { person: m.person, start: m.start, end: m.end } : undefined;
  }
  // (the writing is the saying's subject, not a word in another's: "the report behind the minister's letter warned")
  if (!OPENS_SUBJECT.test(lead.slice(0, r.index).replace(/\bthe\s*$/, ''))) return undefined;
  const p = roleHolder(ctx, r[1]);
  return p ? { person: p, start: at, end: at + r[0].length } : undefined;
}

/** The one person the sources give a role of this type at the draft's date (or at all), if there is exactly one. */
function roleHolder(ctx: Ctx, noun: string): PersonIndex | undefined {
  const type = ROLE_NOUN_TYPES[noun];
  const at = { start: ctx.asOf, end: ctx.asOf };
  const all = ctx.m.people.filter((p) => p.roles.some((r) => r.role.type === type));
  const now = all.filter((p) => p.roles.some((r) => r.role.type === type && statusAt(r.time, at) === 'true'));
  if (now.length === 1) return now[0];
  return all.length === 1 ? all[0] : undefined;
}

/**
 * A credit after the quotation: a pull-quote's dash ('"…" — Cllr John Hart, council leader'), or a cover line's colon
 * with the name right after it ('"…": Carol Whitton on the findings', '"…": John Hart's reply').
 */
function creditAfter(allMentions: Mention[], q: QuoteSpan, after: string, afterLimit: () => number): Speaker | undefined {
  let ms: Mention[] = [];
  // (a name after "to" is who the words were said to: "— words since put to Jefferies")
  // (and the credit is the first name after the dash, no comma before it: not "— code to Race, not MacAlister")
  const dash = DASH_GOES_ON.test(after) || INTRODUCES_NEXT.test(after) ? null : CREDIT_DASH.exec(after);
  if (dash) {
    const first = mentionsIn(allMentions, q.end, Math.min(afterLimit(), q.end + 30))[0];
    ms = first && !/[,;]/.test(after.slice(dash[0].length, first.start - q.end)) ? notAddressed([first], q, after) : [];
  }
  // (or a colon, or a bracket opening with the name: "'…' (Carol Whitton, Labour group leader, 14 December 2022)"; or
  // a bracket of the occasion closed by the one name it holds: "'…' (Devon cabinet meeting, Dec. 2022, Labour councillor X)")
  const colon = /^\s*(?::\s+|\(\s*)/.exec(after);
  if (colon) ms = mentionsIn(allMentions, q.end + colon[0].length, q.end + colon[0].length + 40).filter((x) => x.start === q.end + colon[0].length);
  const bracket = !ms.length && colon && colon[0].includes('(') ? /^[^()]{0,100}\)/.exec(after.slice(colon[0].length)) : null;
  if (bracket) {
    const close = q.end + colon![0].length + bracket[0].length - 1;
    const inside = mentionsIn(allMentions, q.end + colon![0].length, close);
    if (inside.length === 1 && /^\s*$/.test(after.slice(inside[0].end - q.end, close - q.end))) ms = inside;
  }
  return ms.length ? { person: ms[0].person, start: ms[0].start, end: ms[0].end } : undefined;
}

/**
 * A dash, then a name whose line goes on to a colon and another quotation: the name introduces the words after it, not
 * the title before it ('Panel: "The letter" — Josh MacAlister, minister: "…"').
 */
const INTRODUCES_NEXT = /^\s*[-\u2013\u2014]+[^\n:"\u201c]{1,90}:\s*["'\u201c\u2018]/;

/** A saying denied right before a quotation ("did not once say", "never said", "didn't use"). */
const NOT_SAID = /\b(?:did\s+not|didn['\u2019]t|does\s+not|doesn['\u2019]t|never|would\s+not|wouldn['\u2019]t|will\s+not|won['\u2019]t)\s+(?:once\s+|ever\s+|actually\s+)?(?:say|said|use|used|utter|uttered|repeat|repeated)\s*:?\s*$/;

/** The person a quotation is attributed to in the draft, if one can be told. */
export function speakerOf(ctx: Ctx, q: QuoteSpan, allMentions: Mention[]): Speaker | undefined {
  const { masked } = ctx;
  // Text after the quote: '"…," said Exeter MP Steve Race.' / '"…" Mr Race said.'
  const sentAfter = sentenceAtPos(ctx, q.end - 1);
  const sentBefore = sentenceAtPos(ctx, q.open);
  // (in a table's row the words after a quotation are its own cell's: "| …, said Cllr X | “…”, says the report |")
  const row = sentBefore && masked.charCodeAt(sentBefore.start) === 124;
  const afterEnd = row ? cellEnd(masked, q, sentBefore) : Math.min(sentAfter ? sentAfter.end : q.end + 80, q.end + 100);
  const after = masked.slice(q.end, afterEnd);
  // where the text after ends for a name: at another quotation's opening (looked for only when a name is wanted)
  const afterLimit = () => {
    const afterOpen = after.search(QUOTE_OPENS);
    return q.end + (afterOpen > 0 ? afterOpen : after.length);
  };
  const beforeStart = sentBefore ? sentBefore.start : Math.max(0, q.open - 120);
  const before = masked.slice(beforeStart, q.open);
  // "… and did not once say 'taking this very seriously'": words denied are nobody's here
  if (NOT_SAID.test(before)) return undefined;
  // "Leadbetter's line '…' is quoted most, alongside Whitton's '…'": a possessive right before the quotation is its
  // credit, whatever names follow it
  const own = possessiveSpeaker(allMentions, before, beforeStart, q.open, true);
  if (own) return own;
  // (a bracket after a quotation that ends its sentence credits it still: "'… your watch.' (Carol Whitton, 14 December
  // 2022)"; so does a dash opening the next line, a pull quote's credit: "> '…'⏎> — Carol Whitton")
  const creditNext = after.trim() === '' && CREDIT_NEXT.test(masked.slice(q.end, q.end + 12)) && !dashItems(masked, q);
  const credit = creditNext
    ? creditAfter(allMentions, q, masked.slice(q.end, q.end + CREDIT_REACH).replace(/[\r\n>]/g, ' '), () => q.end + CREDIT_REACH)
    : creditAfter(allMentions, q, after, afterLimit);
  if (credit) return credit;
  const named = namedNext(ctx, q, allMentions);
  if (named) return named;
  // after the quote: a speech verb and a name within a short distance — unless that verb introduces a quotation of its own
  // (the verb first, '"…," said X', is AFTER_NAME_VERB's first try: no word can start inside the leading marks)
  const verbAfter = NEW_CLAUSE_AFTER.test(after) ? null : AFTER_NAME_VERB.exec(after);
  const ownQuote = verbAfter && OWN_QUOTE.test(after.slice(verbAfter[0].length));
  if (verbAfter && !ownQuote) {
    // (a name after "to" is who the words were said to: "— a line quoted back to Jefferies"; one past a comma after the
    // verb is in a clause of its own: "'…' the minister described, and about X's words …")
    const verbEnd = q.end + verbAfter[0].length;
    const ms = notAddressed(mentionsIn(allMentions, q.end, Math.min(afterLimit(), q.end + 61)), q, after).filter((x) => x.start < verbEnd || !/[,;]/.test(masked.slice(verbEnd, x.start)));
    if (ms.length) return { person: ms[0].person, start: ms[0].start, end: ms[0].end };
    const pron = AFTER_PRONOUN.exec(after);
    if (pron) {
      return byPronoun(ctx, allMentions, q.open, pron[1] ?? pron[2]);
    }
    // (a post's writing as the subject is the post's holder's: "'…' the minister's letter described")
    const role = ROLE_NOUN.exec(after.slice(0, 40)) ?? ROLE_WRITING.exec(after.slice(0, verbAfter[0].length));
    if (role) {
      const p = roleHolder(ctx, role[1]);
      return p ? { person: p, start: q.end + role.index, end: q.end + role.index + role[0].length } : undefined;
    }
    // (a cell that credits its quotation after it, to no one named: "“…”, says the report the council cites |" — not
    // to the speaker of another cell)
    if (row) return undefined;
  }
  const agent = passiveAgent(ctx, allMentions, q, after, afterLimit);
  if (agent) return agent;
  // '"the positive improvement trajectory" identified in that report': a document's words, whoever quotes them
  if (DOCUMENT_AFTER.test(after)) return undefined;
  // before the quote: 'Steve Race said: "…"', 'According to Steve Race, "…"'
  SPEECH.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let r: RegExpExecArray | null;
  while ((r = SPEECH.exec(before)) !== null) last = r;
  // (a verb before a semicolon is an earlier saying's: "X reveals …; Hart's admission: '…'"; so is "spoke of" or
  // "referred to" before another quotation, its object: "X spoke of 'green shoots', and … the minister's reference to '…'")
  if (last && before.indexOf(';', last.index + last[0].length) >= 0) last = null;
  if (last && SAYING_PHRASE.test(last[1]) && ctx.quotes.some((o) => o !== q && o.open > beforeStart + last!.index && o.end <= q.open)) last = null;
  // (so is any verb whose quotation comes before a new clause: "X called it 'A', and the group Y chairs reported: 'B'")
  if (last && ctx.quotes.some((o) => o !== q && o.open > beforeStart + last!.index && o.end <= q.open && CLAUSE_AFTER_QUOTE.test(masked.slice(o.end, q.open)))) last = null;
  if (last) {
    // "X asked whether Y accepted Aves's words to cabinet: '…'": a possessive credit after the verb names whose words they are
    const poss = possessiveSpeaker(allMentions, before, beforeStart, q.open);
    if (poss && poss.start! > beforeStart + last.index) return poss;
    return speakerBefore(ctx, allMentions, q, before, beforeStart, last);
  }
  return possessiveSpeaker(allMentions, before, beforeStart, q.open) ?? colonSpeaker(ctx, allMentions, before, beforeStart, q.open) ?? cueSpeaker(ctx, allMentions, q.open) ?? recordSpeaker(ctx, allMentions, q.open) ?? postPossessive(ctx, allMentions, before, beforeStart);
}

/** A post's possessive before a noun of saying ("the minister's line that the service is '…'"): group 1 the post. */
const POST_POSSESSIVE = new RegExp(`${ROLE_NOUN_HEAD}(?=['\u2019]s?\\s)`, 'g');

/**
 * The one holder of a post whose possessive credits the words, as a name's would (see possessiveSpeaker): "the
 * minister's verdict that the service remained '…'", "the minister's own phrase, '…'". Not past a name after it.
 */
function postPossessive(ctx: Ctx, allMentions: Mention[], before: string, beforeStart: number): Speaker | undefined {
  let last: RegExpExecArray | null = null;
  for (const r of before.matchAll(POST_POSSESSIVE)) last = r;
  if (!last || !POSSESSIVE_CREDIT.test(before.slice(last.index! + last[0].length))) return undefined;
  const at = beforeStart + last.index!;
  if (mentionsIn(allMentions, at, beforeStart + before.length).length) return undefined;
  const p = roleHolder(ctx, last[1]);
  return p ? { person: p, start: at, end: at + last[0].length } : undefined;
}

/**
 * "A councillor told the cabinet: “… your watch.” That was Cllr Carol Whitton.": the sentence after the one a quotation
 * ends (or ends a few words later: "who said the “…” line at the meeting. It was X") names who said it.
 */
function namedNext(ctx: Ctx, q: QuoteSpan, allMentions: Mention[]): Speaker | undefined {
  const owned = ownedAfter(ctx, q, allMentions);
  if (owned) return owned;
  const r = NAMED_NEXT.exec(ctx.masked.slice(q.end, q.end + 80));
  if (!r || (r[1] === undefined && !/[.!?]\s*$/.test(ctx.text.slice(q.innerStart, q.innerEnd)))) return undefined;
  const at = q.end + r[0].length;
  const m = mentionsIn(allMentions, at, at + 40)[0];
  // (the name's clause ends there: not "It was X who answered", a cleft of another deed)
  return m && TITLE_ONLY.test(ctx.masked.slice(at, m.start)) && NAME_ENDS.test(ctx.masked.slice(m.end, m.end + 2)) ? { person: m.person, start: m.start, end: m.end } : undefined;
}
const NAME_ENDS = /^(?:[.,;:!?)\u2013\u2014]|\s*$|\s[-\u2013\u2014(])/;

/** "“Last chance saloon” line was the minister's", "… was Hart's": the words said to be someone's after them. */
function ownedAfter(ctx: Ctx, q: QuoteSpan, allMentions: Mention[]): Speaker | undefined {
  const r = OWNED_AFTER.exec(ctx.masked.slice(q.end, q.end + 40));
  if (!r) return undefined;
  const at = q.end + r[0].length;
  const m = mentionsIn(allMentions, at, at + 40)[0];
  if (m && m.start === at && /^['\u2019]s?\b/.test(ctx.masked.slice(m.end, m.end + 3))) return { person: m.person, start: m.start, end: m.end + 2 };
  const role = POSSESSED_ROLE.exec(ctx.masked.slice(at, at + 40));
  const p = role && roleHolder(ctx, role[1]);
  return p ? { person: p, start: at, end: at + role![0].length } : undefined;
}
const OWNED_AFTER = /^[ \t]*(?:line|words|phrase|quote|remark|comment|jibe|quip)?[ \t]+(?:was|were|is|are)[ \t]+(?:all[ \t]+)?/;
/** A post's possessive standing alone ("the minister's"): group 1 the post, as ROLE_NOUN's. */
const POSSESSED_ROLE = new RegExp(`^${ROLE_NOUN_HEAD}['\u2019]s?\\b`);
const NAMED_NEXT = /^([^.!?\n"\u201c\u201d]{0,32}[.!?]['"\u2019\u201d]?)?[ \t]+(?:that|this|it)\s+was\s+(?:(?:the\s+words\s+of|said\s+by)\s+)?/;

/** How far past a quotation that ends its sentence its credit may reach (a bracket of the occasion, then the name). */
const CREDIT_REACH = 110;

/** A record's field of quoted words ("Quote: “…”"), a line of its own. */
const QUOTE_FIELD = /(?:^|\n)[ \t>*_-]*(?:quote|quotation|pull[- ]?quote|key\s+quote|words)[ \t*_]*:[ \t]*$/;

/**
 * The speaker of a record's quotation field: the person its name field names, in the lines above it in the paragraph
 * ("Name: Josh MacAlister⏎Role line: …⏎Quote: “…”"), the nearest such field.
 */
function recordSpeaker(ctx: Ctx, allMentions: Mention[], open: number): Speaker | undefined {
  const { masked } = ctx;
  if (!QUOTE_FIELD.test(masked.slice(Math.max(0, open - 30), open))) return undefined;
  const ms = mentionsIn(allMentions, Math.max(0, open - 400), open);
  for (let k = ms.length - 1; k >= 0; k--) {
    const x = ms[k];
    if (nameFieldAlone(masked, x.start, x.end)) return { person: x.person, start: x.start, end: x.end };
  }
  return undefined;
}

/** "responding to opposition leader X, said": who the subject answered, in an aside before the verb, is not who spoke. */
const ANSWERED_BEFORE = /\b(?:(?:respond|reply|replie|speak|talk|writ|answer|react)[a-z]*\s+to|in\s+(?:reply|response|answer)\s+to)\s+(?:[a-z'.-]+\s+){0,3}$/;

/**
 * Is the mention who was answered: ANSWERED_BEFORE just before it in t, a text that starts at `offset` in the
 * paragraph, looking back no further than t's `from`?
 */
function answered(t: string, x: Mention, from = 0, offset = 0): boolean {
  return ANSWERED_BEFORE.test(t.slice(Math.max(from, x.start - offset - 48), x.start - offset));
}

/** Does the mention stand between two spaced dashes, both before the verb (an aside inside the subject's clause)? */
function inDashAside(masked: string, from: number, x: Mention, verbPos: number): boolean {
  // (an aside that names who an unnamed subject is, "And somebody — Julian Brazil, the Lib Dem — said …", is the subject)
  return SPACED_DASH.test(masked.slice(from, x.start)) && SPACED_DASH.test(masked.slice(x.end, verbPos)) && !UNNAMED_BEFORE.test(masked.slice(from, x.start));
}
const SPACED_DASH = /\s[\u2013\u2014-]\s/;
const UNNAMED_BEFORE = /\b(?:somebody|someone|one\s+(?:councillor|member|of\s+them)|another(?:\s+councillor|\s+member)?|a\s+councillor|the\s+other)\s+[\u2013\u2014-]\s+$/;

/**
 * Does a quotation stand between the mention and the verb, followed by a clause with a subject of its own ('X says
 * "…", and the minister refers to "…"')? The mention is the earlier saying's subject, not this one's.
 */
function behindNewClause(ctx: Ctx, q: QuoteSpan, x: Mention, verbPos: number): boolean {
  // (the quotations are in order of their opening: only those from the mention on are looked at)
  for (let k = quoteIndexFrom(ctx.quotes, x.end); k < ctx.quotes.length && ctx.quotes[k].open < verbPos; k++) {
    const o = ctx.quotes[k];
    if (o !== q && o.end <= verbPos && NEW_SUBJECT.test(ctx.masked.slice(o.end, verbPos))) return true;
  }
  return false;
}

/** The index of the first quotation opening at or after `pos` (quotations are in order of their opening). */
function quoteIndexFrom(quotes: readonly QuoteSpan[], pos: number): number {
  let lo = 0, hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].open < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** A new clause with a subject of its own after a quotation (and a few words ending its own): ", and the group …", "; but the minister …", " for the council, and the minister …". */
const CLAUSE_AFTER_QUOTE = /^[\s'"\u2019\u201d]*(?:[a-z][a-z' ]{0,40})?[,;]\s*(?:and|but|yet|while|whereas)\s+(?!['"\u2018\u201c]|that\b)/;
/** The same, up to a verb: a subject stands between the conjunction and the verb (not '"…", and added "…"'). */
const NEW_SUBJECT = new RegExp(`${CLAUSE_AFTER_QUOTE.source}\\S[\\s\\S]*\\s$`);

/**
 * "the report said", "the letter states": a document speaks, unless a person is named between it and the verb — and
 * then its writer is the speaker, if the draft names one ("MacAlister's letter said", "the minister's letter warned",
 * the verb right after it), else no one. Null when no document speaks.
 */
function documentSpeaker(ctx: Ctx, ms: Mention[], before: string, beforeStart: number, last: RegExpExecArray, verbPos: number): Speaker | undefined | null {
  // (a match ends at the verb, so only the last DOC_BEFORE_MAX characters can hold one, and one more is read for its \b)
  const docFrom = Math.max(0, last.index - DOC_BEFORE_MAX - 1);
  const docAt = PARTICIPLE.test(last[1]) ? null : DOC_BEFORE.exec(before.slice(docFrom, last.index));
  // (a document a verb before has as its object is no subject: "X presented the report and called it '…'")
  if (!docAt || /\band\s/.test(docAt[0].slice(docAt[1].length))) return null;
  // (not a document in an aside after the speaker's name: "Steve Race, in his letter, said")
  // (nor one the saying stands in, before its speaker: "In his letter the minister said …")
  if (IN_DOC_BEFORE.test(before.slice(Math.max(0, docFrom + docAt.index - 24), docFrom + docAt.index))) return null;
  if (ms.some((x) => x.start >= beforeStart + docFrom + docAt.index && x.end <= verbPos) || (ms.length && IN_DOC_ASIDE.test(before.slice(docFrom, last.index)))) return null;
  return VERB_RIGHT_AFTER.test(docAt[0].slice(docAt[1].length)) ? writer(ctx, ms, before.slice(0, docFrom + docAt.index), beforeStart) : undefined;
}

/** The speaker of a quotation whose verb of saying stands before it (`last`, matched in `before`): see speakerOf. */
function speakerBefore(ctx: Ctx, allMentions: Mention[], q: QuoteSpan, before: string, beforeStart: number, last: RegExpExecArray): Speaker | undefined {
  // "the report the council relies on, which warns that '…'": "which" speaks for a thing, never a person; and
  // "MPs were told the service was '…'" names who heard the words, not who said them
  const telling = TELLING.test(last[1]);
  if (WHICH_BEFORE.test(before.slice(0, last.index)) || (telling && (TOLD_PASSIVE.test(before.slice(0, last.index)) || HEARD_TOLD.test(before.slice(0, last.index))))) return undefined;
  // "X, as cabinet member, was being told by its own task group that '…'": a passive of telling with its teller after
  // "by" names its hearer before it
  if (telling && /^\s+by\b/.test(before.slice(last.index + last[0].length)) && PASSIVE_SAYING.test(before.slice(Math.max(0, last.index - 16), last.index))) return undefined;
  // (and with no "by", "The council, whose cabinet member is X, was told that the Department '…'": the subject heard;
  // not a report's "MPs had been told", which X's "revealed that" before it makes X's)
  if (telling && TOLD_SUBJECT.test(before.slice(Math.max(0, last.index - 16), last.index))) return undefined;
  // "He told members that the commissioner had found '…'", "X said the commissioner's view was clear: '…'": the
  // words are another's, named between the verb and the quotation
  if (NESTED_SOURCE.test(before.slice(last.index + last[0].length))) return undefined;
  // "The Leader quoted the report: '…'": the words are the document's
  if (QUOTES_SOURCE.test(last[1]) && SOURCE_OBJECT.test(before.slice(last.index + last[0].length))) return undefined;
  const verbPos = beforeStart + last.index;
  // "a trust was said to take '…'": a passive of saying with no agent names no speaker
  if (PASSIVE_SAYING.test(before.slice(Math.max(0, last.index - 16), last.index)) && /^(?:said|quoted|described|called|reported)$/.test(last[1])) return undefined;
  // (sayings listed with semicolons each have their own speaker: "X said '…'; the minister said '…'")
  const clauseFrom = beforeStart + before.lastIndexOf(';', last.index) + 1;
  const ms = mentionsIn(allMentions, clauseFrom, q.open).filter((x) => x.end <= q.open);
  // "X saying '…,' and the then cabinet member Y on a trust taking '…'": another quotation after the verb, and another
  // person named after it, leave this one's words to that person's clause (told without a verb of its own: nobody's here)
  // (the first quotation after the verb, found by its opening: quotations are in order of it)
  const firstAfter = ctx.quotes[quoteIndexFrom(ctx.quotes, verbPos + 1)];
  if (firstAfter && firstAfter !== q && firstAfter.end <= q.open && ms.some((x) => x.start >= firstAfter.end)) return undefined;
  const doc = documentSpeaker(ctx, ms, before, beforeStart, last, verbPos);
  if (doc !== null) return doc;
  if (ms.length) {
    // the mention closest to the speech verb (the subject before it, or the name after "according to"), but not one in
    // an aside between dashes before the verb ("The Conservatives – John Hart as leader, X holding the brief – admitted")
    let best: Mention | undefined;
    let bestDist = Infinity;
    for (const x of ms) {
      // ("he told Mr Race he remained '…'": whom a verb of telling names after it hears the words)
      if (telling && x.start >= verbPos) continue;
      if (x.end <= verbPos && (inDashAside(ctx.masked, clauseFrom, x, verbPos) || inClosedBracket(ctx.masked, x, verbPos) || behindNewClause(ctx, q, x, verbPos) || answered(ctx.masked, x, clauseFrom) || ADDRESSED_TO.test(ctx.masked.slice(Math.max(0, x.start - 40), x.start)))) continue;
      const dist = x.end <= verbPos ? spanWithoutBrackets(ctx.masked, x.end, verbPos) : x.start - (verbPos + last[0].length);
      if (dist >= 0 && dist < bestDist) { bestDist = dist; best = x; }
    }
    // (a participle hangs on its clause's subject, however long the clause: "X called for …, saying '…'")
    if (best && (bestDist <= 80 || (PARTICIPLE.test(last[1]) && best.end <= verbPos))) return { person: best.person, start: best.start, end: best.end };
  }
  const pron = PRONOUN_BEFORE.exec(before.slice(0, last.index));
  if (pron) {
    // ("Responding to Cllr Brazil's call, he said …": who is answered is not who "he" is)
    const who = byPronoun(ctx, allMentions.filter((x) => !answered(ctx.masked, x) && !(telling && x.start >= verbPos)), q.open, pron[1]);
    if (who) return { ...who, via: { start: beforeStart + pron.index, end: verbPos + last[0].length } };
    // (where the pronoun and its verb stand, so a misattribution takes in "He also told the council")
    const holder = postOpeningBefore(ctx, beforeStart, pron[1]);
    return holder ? { person: holder, start: beforeStart + pron.index, end: verbPos + last[0].length } : undefined;
  }
  const roleFrom = Math.max(0, last.index - 40);
  const role = ROLE_NOUN.exec(before.slice(roleFrom, last.index));
  if (role) {
    const p = roleHolder(ctx, role[1]);
    // (where the draft names the post, so a misattribution takes in "the minister wrote")
    if (p) return { person: p, start: beforeStart + roleFrom + role.index, end: verbPos + last[0].length };
  }
  // ("The Exeter MP added …": an MP named by the seat, whose MP the sources name)
  const seat = SEAT_MP.exec(before.slice(roleFrom, last.index));
  const member = seat && ctx.m.people.find((x) => x.constituency && normPhrase(x.constituency.place) === seat[1]);
  if (member) return { person: member, start: beforeStart + roleFrom + seat!.index, end: verbPos + last[0].length };
  // "in the minister's words, …": the post before the words
  const owner = WORDS_OWNER.exec(last[1]);
  const ownerHolder = owner && ROLE_NOUN_TYPES[owner[1]] ? roleHolder(ctx, owner[1]) : undefined;
  if (ownerHolder) return { person: ownerHolder, start: verbPos, end: verbPos + last[0].length };
  // "according to the minister, …", "in the words of the Minister for Children and Families, …": the post after them
  const after = CREDIT_BEFORE_NAME.test(last[1]) ? ROLE_NOUN.exec(before.slice(last.index + last[0].length, last.index + last[0].length + 40)) : null;
  const holder = after && after.index <= 1 ? roleHolder(ctx, after[1]) : undefined;
  return holder ? { person: holder, start: verbPos, end: verbPos + last[0].length + after!.index + after![0].length } : undefined;
}
/**
 * The length of masked[a, b) less what closed round brackets in it hold: a gloss between a subject and its verb ("Su
 * Aves, who chaired a task group on SEND (special educational needs and disabilities), told …") puts it no further off.
 */
function spanWithoutBrackets(masked: string, a: number, b: number): number {
  const between = masked.slice(a, b);
  let n = between.length;
  for (let open = between.indexOf('('); open >= 0; open = between.indexOf('(', open + 1)) {
    const close = between.indexOf(')', open);
    if (close < 0) break;
    n -= close - open - 1;
    open = close;
  }
  return n;
}

/** "In the minister's words", "in the cabinet member's own words": group 1 the post (or name) whose words they are. */
const WORDS_OWNER = /^in\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+){0,2}?)['\u2019]s?\s+(?:own\s+)?words$/;
/** Words of credit that stand before their speaker's name or post. */
const CREDIT_BEFORE_NAME = /^(?:according\s+to|in\s+the\s+words\s+of)$/;

/** Where the cell of a table's row (`row`, its sentence) that holds the quotation ends: at the pipe after it. */
function cellEnd(masked: string, q: QuoteSpan, row: { start: number; end: number }): number {
  const next = masked.indexOf('|', q.end);
  return next < 0 || next > row.end ? Math.min(row.end, q.end + 100) : next;
}

/** A verb of telling: its object hears the words ("told MPs", "warned the council"). */
const TELLING = /^(?:told|informed|warned|advised|reminded)$/;

/** A passive's auxiliary right before a verb of saying ("was said to take", "is described as"). */
/** A simple passive's auxiliary before a verb of telling: "was told", "were also warned". */
const TOLD_SUBJECT = /\b(?:was|were|is|are)\s+(?:also\s+)?$/;
const PASSIVE_SAYING = /\b(?:was|were|is|are|be|been|being)\s+(?:also\s+|widely\s+|often\s+|once\s+|later\s+)?$/;

/** Is the mention inside brackets closed before the verb ("(“…,” admitted John Hart), why a trust was said …")? */
function inClosedBracket(masked: string, x: Mention, verbPos: number): boolean {
  let depth = 0;
  for (let i = x.end; i < verbPos; i++) {
    const c = masked.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth < 0) return true;
  }
  return false;
}

/** A possessive and a noun whose object a name then stands in ("Hart's reply to ", "X's answer to the "). */
const INSIDE_CREDIT = /['\u2019]s?\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+(?:to|at|on|about)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?$/;
/**
 * Nouns of a person's saying, after their possessive: "Hart's admission", "Leadbetter's line"; or none, the noun told
 * before and the possessive right before a colon ("the line that stayed was Race's: '…'").
 */
const SAYING_NOUNS = 'admission|warning|plea|words|verdict|reply|response|retort|answer|complaint|claim|promise|pledge|remark|comment|message|description|assessment|insistence|boast|confession|accusation|prediction|apology|demand|summary|phrase|line|conclusion|judgement|judgment|view|views|argument|observation|contention|charge|criticism|suggestion|reminder';
/**
 * A quotation credited by a person's possessive and a noun of saying, with no speech verb: "Hart's admission: '…'",
 * "Aves's plea to councillors: '…'", "In Leadbetter's words, Devon was '…'", "Brazil's complaint that the council had
 * '…'", "Hart's reply was that the council was '…'", "Leadbetter's line '…'", "Brazil's comment about '…'", "alongside
 * Whitton's '…'". The noun is the person's saying; the clause after it (a
 * colon, a comma or "that") runs to the quotation. (The object of "to"/"at"/"on"/"about" may not be another saying or
 * a document: "X's response to the report's finding that …".)
 */
const POSSESSIVE_CREDIT = new RegExp(`^['\\u2019]s?\\s+(?:[a-z-]+\\s+){0,2}?(?:${SAYING_NOUNS})(?:\\s+(?:to|at|on|about)\\s+(?!(?:[a-z-]+\\s+){0,3}?(?:report|reports|letter|finding|findings|claim|claims|words|warning|warnings|statement|question|questions|criticism|criticisms|comments?|remarks?|verdict|plea|accusation)\\b)(?:[a-z-]+\\s+){0,3}?[a-z-]+)?(?:\\s*:\\s*|\\s*,\\s*(?:[^,;:"\\u201c\\u2018]{0,80}?\\s)?|(?:\\s+(?:was|is|were))?\\s+that\\s+(?:[^;:"\\u201c\\u2018]{0,120}?\\s)?|\\s+(?:was|is|were)\\s*:?\\s*|\\s+about\\s+|\\s+)$|^['\\u2019]s\\s+$|^['\\u2019]s\\s*:\\s*$`);

/** The name's possessive and at most a noun of saying right before the quotation ("Leadbetter's line ", "Whitton's "). */
const POSSESSIVE_RIGHT_BEFORE = new RegExp(`^['\\u2019]s\\s+(?:(?:[a-z-]+\\s+)?(?:${SAYING_NOUNS}|quip)\\s+)?$`);

/** (`adjacent`: only a possessive right before the quotation, POSSESSIVE_RIGHT_BEFORE.) */
function possessiveSpeaker(allMentions: Mention[], before: string, beforeStart: number, open: number, adjacent = false): Speaker | undefined {
  const ms = mentionsIn(allMentions, beforeStart, open).filter((x) => x.end <= open);
  const x = ms[ms.length - 1];
  if (!x || !(adjacent ? POSSESSIVE_RIGHT_BEFORE : POSSESSIVE_CREDIT).test(before.slice(x.end - beforeStart))) return undefined;
  // "Hart's reply to Whitton's warning: '…'": a name inside another's saying is no credit either can be given
  if (INSIDE_CREDIT.test(before.slice(0, x.start - beforeStart))) return undefined;
  // "Responding to Cllr Brazil's call for a takeover, he said …": a saying answered is not the one credited
  if (answered(before, x, 0, beforeStart)) return undefined;
  return { person: x.person, start: x.start, end: x.end };
}

/**
 * The agent of a passive that credits the words: right after the quotation ('was put at "about two years" by John
 * Hart', '"…" by the minister'), or after a participle of saying ('"…" — words spoken at the cabinet by NAME', '"…", a
 * phrase used by NAME'). Other participles ('"…", a figure disputed by NAME') credit nothing.
 */
const BY_AFTER = /^[\s,'"\u2019\u201d]*by\s+/;
const BY_SAYING_AFTER = /^[\s,'"\u2019\u201d\u2013\u2014-]*(?:(?:a|the|his|her|their)\s+(?:[a-z]+\s+)?(?:phrase|words?|line|remark|comment|description|verdict)\s+|words\s+)?(?:(?:was|were|is|are|has been|had been)\s+)?(?:first\s+)?(?:used|spoken|said|uttered|written|coined|voiced|offered|delivered|quoted|given)\s+(?:[a-z'\u2019]+\s+){0,3}?by\s+/;

/**
 * What may stand between "by" and the name: nothing, a title ("by Cllr Carol Whitton"), or a post set before it with a
 * comma ("by the then leader, John Hart").
 */
const AGENT_LEAD = /^(?:[a-z]{2,10}\.?\s+|(?:the|[a-z]+'s)\s+(?:[a-z'-]+\s+){0,3}[a-z'-]+\s*,\s*)?$/;

function passiveAgent(ctx: Ctx, allMentions: Mention[], q: QuoteSpan, after: string, afterLimit: () => number): Speaker | undefined {
  const by = BY_AFTER.exec(after) ?? BY_SAYING_AFTER.exec(after);
  if (!by) return undefined;
  const from = q.end + by[0].length;
  // "by the minister", "by the Children's Minister": a post right after "by"
  const r = /^the\s+/.test(after.slice(by[0].length)) ? ROLE_NOUN.exec(after.slice(by[0].length, by[0].length + 40)) : null;
  const role = r && r.index <= 4 ? r : null;
  const ms = mentionsIn(allMentions, from, Math.min(afterLimit(), from + 50));
  // the name right after "by", or after the post it holds ("by the Children's Minister, Josh MacAlister")
  const m = ms.find((x) => AGENT_LEAD.test(ctx.masked.slice(from, x.start)) || (role !== null && /^[\s,]*$/.test(ctx.masked.slice(from + role.index + role[0].length, x.start))));
  if (m) return { person: m.person, start: m.start, end: m.end };
  if (role) {
    const p = roleHolder(ctx, role[1]);
    return p ? { person: p, start: from, end: from + role[0].length } : undefined;
  }
  return undefined;
}

/** A script's cue in brackets on the line before the words ('[SOT — CLLR SU AVES]⏎"…"', '[CLIP: Steve Race]'). */
const CUE_BEFORE = /\[[^\]\n]{3,80}\][ \t]*\r?\n[ \t]*$/;

/** The one person a script's cue right before the quotation names. */
function cueSpeaker(ctx: Ctx, allMentions: Mention[], open: number): Speaker | undefined {
  const from = Math.max(0, open - 100);
  const cue = CUE_BEFORE.exec(ctx.masked.slice(from, open));
  if (!cue) return undefined;
  const ms = mentionsIn(allMentions, from + cue.index, open);
  return ms.length === 1 ? { person: ms[0].person, start: ms[0].start, end: ms[0].end } : undefined;
}

/**
 * 'Steve Race went further: "…"', 'Steve Race, Exeter's MP, went further than the report: "…"': a name (and an aside
 * after it) and a few words of the writer's (no speech verb), then a colon right before the quotation. The words may
 * not name a role, a document or anything owned ("pointed to the minister's words:", "on the letter:"), which would
 * make the quotation someone else's; a document compared with ("than the report") is no such name.
 */
/** What words are credited as from someone: a reply, a statement, a letter, a speech… */
const CREDITED_THING = '(?:response|statement|reply|reaction|comment|message|quote|answer|word|letter|speech|e-?mail|post|tweet|note|line|article|column|foreword|balloon|bubble|soundbite|clip)';
// (the name set off by commas as an apposition: "As the minister, X, put it: '…'")
const COLON_TAIL = /^(?:\s*,[^,:;.]{1,40},)?,?((?:\s+[a-z]+){1,5}|,\s+on(?:\s+[a-z]+){1,4})\s*:\s*$/;
/** A comparison's term: "than the report". */
const COMPARED = /\s+than\s+(?:the|a|an|its|his|her)\s+[a-z]+$/;
/** "… to cabinet", "… to the meeting": who heard the words, after the speaker's name in a headline's credit. */
const HEARERS_AFTER = /^\s+to(?:\s+(?:the|a))?\s+[a-z]+$/;
/** 'As the minister put it: "…"': a role standing for its one holder, a few words, and the colon. */
const ROLE_COLON = new RegExp(`(${ROLE_NOUN.source})(?:\\s+[a-z]+){1,3}\\s*:\\s*$`);
/**
 * A reply, statement or piece of writing said to be from (or by) the name after it, a post of up to two words between
 * ("Response from", "Statement from", "A line from the 2025 letter to the council from Exeter MP", "Speech by").
 */
const FROM_CREDIT = new RegExp(`\\b${CREDITED_THING}s?(?:\\s+to\\s+(?:the\\s+)?[a-z]+)?(?:\\s+(?:given|spoken|said|written|delivered|sung|used))?\\s+(?:from|by)\\s+(?:(?:[a-z]+\\s+){0,2}|(?:the\\s+)?(?:[a-z]+\\s+){0,2}?[a-z]+,\\s+)$`);
/** The same, owned by the name before it: "Steve Race's letter:", "X's statement in full:". */
const OWN_CREDIT = new RegExp(`^['\u2019]s?\\s+(?:[a-z]+\\s+)?${CREDITED_THING}(?:\\s+in\\s+full)?\\s*:\\s*$`);
/** A spaced dash right before a quotation ("X – '…'"), and what may open a line before the name (markup, a party's possessive). */
const DASH_TO_QUOTE = /^\s+[\u2013\u2014-]\s*$/;
/** A numbered part's label opening a line, then its dash or colon: "Slide 6 — ", "Q3: ", "Item 4 – ". */
const NUMBERED_LABEL = /^[\s*_>#\u2022-]*[a-z]+\.?\s*\d+[a-z]?\s*(?:[:\u2013\u2014]|\s-)/;
const LINE_OPENS_WITH_NAME = /^[\s*_>#\u2022-]*(?:[a-z]+'s\s+)?(?:(?:cllr|councillor|mr|mrs|ms|dr)\s+)?$/;
function colonSpeaker(ctx: Ctx, allMentions: Mention[], before: string, beforeStart: number, open: number): Speaker | undefined {
  const ms = mentionsIn(allMentions, beforeStart, open).filter((x) => x.end <= open);
  const x = ms[ms.length - 1];
  if (!x) {
    const r = ROLE_COLON.exec(before);
    const p = r && roleHolder(ctx, r[2]);
    return p ? { person: p, start: beforeStart + r.index, end: beforeStart + r.index + r[1].length } : undefined;
  }
  // ("Labour's Carol Whitton – '…'": a line that opens with the name, a spaced dash, then the words, as a running order
  // or a pull-quote list gives them)
  if (DASH_TO_QUOTE.test(before.slice(x.end - beforeStart)) && LINE_OPENS_WITH_NAME.test(ctx.masked.slice(ctx.masked.lastIndexOf('\n', x.start - 1) + 1, x.start))) return { person: x.person, start: x.start, end: x.end };
  // 'Response from John Hart: "…"': the name is what the words are from
  // (and "The line given by X, who chaired the group: '…'", an aside of who they are before the colon)
  if (/^(?:\s*,[^,:;.]{1,60})?\s*:\s*$/.test(before.slice(x.end - beforeStart)) && FROM_CREDIT.test(before.slice(0, x.start - beforeStart))) return { person: x.person, start: x.start, end: x.end };
  if (OWN_CREDIT.test(before.slice(x.end - beforeStart))) return { person: x.person, start: x.start, end: x.end };
  // ("The meeting went on. Cllr Whitton: '…'": a sentence that opens with the name and its colon, a label of the words)
  // (or with a post before the name: "A letter came. Minister Josh MacAlister: '…'")
  // (or after a numbered part's label: "Slide 6 — Leadbetter: '…'")
  const lead = before.slice(0, x.start - beforeStart).replace(NUMBERED_LABEL, '');
  if (/^\s*:\s*$/.test(before.slice(x.end - beforeStart)) && (TITLE_ONLY.test(lead) || postOnly(lead))) return { person: x.person, start: x.start, end: x.end };
  // ("It was X who delivered the line …:", "X, though, had the line of the night, turning to …:": the line is X's)
  // ("It fell to X to deliver the line …:": the infinitive only after what puts it to X, not "We asked X to give the words")
  const delivered = DELIVERED_LINE.exec(before.slice(x.end - beforeStart));
  if (delivered && (!delivered[1] || FELL_TO.test(before.slice(0, x.start - beforeStart)))) return { person: x.person, start: x.start, end: x.end };
  const tail = COLON_TAIL.exec(before.slice(x.end - beforeStart));
  // ("Whitton to cabinet: '…'": who the words were said to, as a headline gives them, names no role of the speaker's)
  // ("went further than the report": a document compared with, not quoted)
  const own = tail?.[1].replace(HEARERS_AFTER, '').replace(COMPARED, '');
  if (own === undefined || DOC_BEFORE.test(own) || own.split(/\s+/).some((w) => ROLE_WORD_SET.has(w))) return undefined;
  return { person: x.person, start: x.start, end: x.end };
}

/**
 * After a name: a verb of giving a line and the line, then its colon ("… who delivered the line of the day:", "It fell to
 * X, however, to deliver the line of the day:"; group 1 the infinitive's "to").
 */
const DELIVERED_LINE = /^(?:\s*,[^,:;.]{1,40},)?(?:\s+who|\s+(to))?\s+(?:had|delivered|deliver|gave|give|spoke|speak|uttered|utter|came\s+up\s+with|come\s+up\s+with|offered|offer)\s+(?:the|a|his|her|their)\s+(?:[a-z]+\s+)?(?:line|words|phrase|soundbite|remark)\b[^:;.]{0,60}:\s*$/;

/** What puts a line to someone to deliver: "It fell to", "it was left to", "it was down to" (and a title). */
const FELL_TO = /\b(?:fell|falls|fall|left|down|up)\s+to\s+(?:(?:cllr|councillor|mr|mrs|ms|dr)\s+)?$/;

/** Up to three words of a post opening a sentence, nothing else: "Minister ", "the then council leader ". */
function postOnly(lead: string): boolean {
  const words = lead.replace(/[\s*_>-]+/g, ' ').trim().split(' ');
  return words.length <= 3 && words.some((w) => ROLE_WORD_SET.has(w)) && words.every((w) => ROLE_WORD_SET.has(w) || w === 'the' || w === 'then' || w === 'council');
}

const STOPS = '.!?\u2026';

/** A block quotation's words as one quotation (ctx.blockQuotation: a "> …" paragraph with no quotation marks). */
function blockQuotationSpan(ctx: Ctx): QuoteSpan | undefined {
  const { text } = ctx;
  let a = 0, b = text.length;
  // (a credit line closing it, "⏎— Steve Race, Exeter MP", is its speaker's, not the quotation's)
  const last = text.lastIndexOf('\n');
  if (last > 0 && CREDIT_LINE.test(text.slice(last + 1).replace(/^[\s>]+/, '').trimEnd())) b = last;
  while (a < b && !isWordCode(text.charCodeAt(a))) a++;
  while (b > a && !isWordCode(text.charCodeAt(b - 1))) b--;
  // (the quotation ends after its last sentence's stop, where a credit after it is looked for)
  let end = b;
  while (end < text.length && STOPS.includes(text[end])) end++;
  return b > a ? { open: a, end, innerStart: a, innerEnd: b, closed: true, double: true, depth: 0 } : undefined;
}

/** A transcript's or script's speaker label and the person it names. */
interface NamedLabel {
  label: SpeakerLabel;
  speaker: Speaker;
}

/** A stage direction opening a speaker's line: "(standing)", "*(quietly)*", "[pause]". */
const STAGE_DIRECTION = /^\s*[*_]*[([][^()[\]\n]{1,80}[)\]][*_]*\s*/;

/**
 * Speech under a speaker label ("CLLR WHITTON: Please own this."): each label that names one known person, and, for a
 * line whose words are not in quotation marks, those words as a quotation of that person.
 */

/** A label that is one post's noun and nothing more. */
const BARE_POST = /^\s*(?:leader|chair|chairman|chairwoman|minister|director|mp)\s*$/;

function labelledSpeech(ctx: Ctx, mentions: Mention[]): { labels: NamedLabel[]; spans: QuoteSpan[]; speakerOf: Map<QuoteSpan, Speaker> } {
  const labels: NamedLabel[] = [];
  const spans: QuoteSpan[] = [];
  const speakerOf = new Map<QuoteSpan, Speaker>();
  for (const label of speakerLabels(ctx.text)) {
    const speaker = labelPerson(ctx, mentions, label);
    if (!speaker) continue;
    labels.push({ label, speaker });
    // words already in quotation marks are read as quotations, with this speaker when nothing else names one
    if (ctx.quotes.some((q) => q.open >= label.speechStart && q.open < label.lineEnd)) continue;
    // (a post's bare noun over lines not quoted is a part in a script or a chant, not the post's holder: "LEADER: What
    // do we want?⏎ALL: …")
    if (BARE_POST.test(ctx.f.slice(label.nameStart, label.nameEnd)) && !mentions.some((x) => x.start >= label.nameStart && x.end <= label.nameEnd)) continue;
    // (a stage direction in brackets before the words is none of them: "CLLR X: *(standing)* What we found …")
    const direction = STAGE_DIRECTION.exec(ctx.text.slice(label.speechStart, label.lineEnd));
    const from = label.speechStart + (direction ? direction[0].length : 0);
    if (from >= label.lineEnd) continue;
    const span: QuoteSpan = { open: from, end: label.lineEnd, innerStart: from, innerEnd: label.lineEnd, closed: true, double: true, depth: 0 };
    spans.push(span);
    speakerOf.set(span, speaker);
  }
  return { labels, spans, speakerOf };
}

/** The one known person a label names: a mention in it, or else its last word as a surname only one person has ("HART:"). */
function labelPerson(ctx: Ctx, mentions: Mention[], label: SpeakerLabel): Speaker | undefined {
  const ms = mentionsIn(mentions, label.nameStart, label.nameEnd).filter((x) => x.end <= label.nameEnd);
  if (ms.length === 1) return { person: ms[0].person, start: ms[0].start, end: ms[0].end };
  if (ms.length > 1) return undefined;
  const last = /([a-z'-]+)$/.exec(ctx.f.slice(label.nameStart, label.nameEnd));
  const people = last ? ctx.m.bySurname.get(last[1]) : undefined;
  if (people?.length !== 1) {
    // a headline's post for its speaker ("TORY LEADER: '…'", "TASK GROUP CHAIR: '…'")
    const p = postHolder(ctx, ctx.f.slice(label.nameStart, label.nameEnd));
    return p ? { person: p, start: label.nameStart, end: label.nameEnd } : undefined;
  }
  const start = label.nameEnd - last![1].length;
  return { person: people[0], start, end: label.nameEnd };
}

/**
 * The one holder of the post a label's words name: one of a post's own phrases ("labour leader"), or a post's noun
 * ("leader", "chair") whose other words are the holder's party ("tory leader") or words of the post ("task group chair").
 */
function postHolder(ctx: Ctx, words: string): PersonIndex | undefined {
  const phrase = words.trim().replace(/\s+/g, ' ');
  const byPhrase = ctx.m.people.filter((p) => p.roles.some((r) => r.role.phrases.includes(phrase)));
  if (byPhrase.length === 1) return byPhrase[0];
  const ws = phrase.split(' ');
  const two = ws.slice(-2).join(' ');
  const noun = ROLE_NOUN_TYPES[two] ? two : ws[ws.length - 1];
  const p = ROLE_NOUN_TYPES[noun] ? roleHolder(ctx, noun) : undefined;
  if (!p) return undefined;
  const fits = (w: string) =>
    ctx.m.partyPhrases.some((pp) => pp.phrase === w && pp.party.id === p.party?.party) ||
    p.roles.some((r) => r.role.phrases.some((ph) => ph.split(' ').includes(w)) || r.role.portfolio.includes(w));
  return ws.slice(0, ws.length - noun.split(' ').length).every(fits) ? p : undefined;
}

/**
 * Is the paragraph one line that is a speaker's label and quoted words — a headline or cover line ("LEADER: 'WE TAKE
 * THIS SERIOUSLY'")? A headline puts its speaker's words in its own, shorter words.
 */
function headlineLabel(ctx: Ctx, labels: NamedLabel[], q: QuoteSpan): NamedLabel | undefined {
  const l = labels.find((x) => q.open >= x.label.speechStart && q.open < x.label.lineEnd);
  return l && !/\S/.test(ctx.text.slice(0, l.label.lineStart)) && !/\S/.test(ctx.text.slice(l.label.lineEnd)) ? l : undefined;
}

/** A word without its commonest endings ("taking", "takes", "take" → "tak"). */
function stem(w: string): string {
  return w.length >= 4 ? w.replace(/(?:ing|ed|es|e|s|ly)$/, '') : w;
}

/** Does one of the speaker's sourced quotations hold every content word (two or more) of the draft's words, in any form? */
function ownParaphrase(ctx: Ctx, qm: QuoteModel, speaker: Speaker, start: number, end: number): boolean {
  const words = (ctx.f.slice(start, end).match(/[a-z]+/g) ?? []).filter((w) => !COMMON.has(w)).map(stem);
  if (words.length < 2) return false;
  return ctx.m.quotes.some((qi) => {
    if (!speakerOk(qi, speaker.person)) return false;
    const own = new Set(sourceWordTexts(qm, qi).map((w) => stem(w.toLowerCase())));
    return words.every((w) => own.has(w));
  });
}

/** Words before quotation marks that make what they hold a name or a title, not a saying ("stories tagged '…'"). */
const NAMING_BEFORE = /\b(?:tagged|titled|entitled|headlined|labelled|labeled|search(?:ed|ing)?\s+for|(?:shorten|abbreviat|renam|rebrand)(?:s|es|ed|ing|e)?\s+(?:(?:it|them|this|that|the\s+[a-z']+(?:\s+[a-z']+)?)\s+)?to)\s*$/;

/**
 * A reviewer's label before words of the copy under review, quoted as copy: "Flagged: '…'", "Original wording: '…'",
 * "Suggested change: '…'" — the draft's own words, not anyone's saying.
 */
const REVIEW_LABEL_BEFORE = /(?:^|\n)[\s\d.)*_>-]*(?:flagged|phrase|wording|original(?:\s+wording)?|current\s+wording|draft\s+(?:says|reads)|suggested(?:\s+(?:change|wording|alternative))?|suggestion|replace\s+with|change\s+to|alternative)[*_]*\s*:[*_]*\s*$/;

/** A saying imagined, not reported: "Who would say '…'?", "you might call it '…'", "no one could describe it as '…'". */
const IMAGINED_BEFORE = /\b(?:would|might|could|may|should)\s+(?:ever\s+|also\s+|still\s+|really\s+)?(?:say|call\s+it|describe\s+it\s+as|tell\s+you)\s*[:,]?\s*$/;

/**
 * A wrong version given as wrong: a style note's "Not: '…'", a myth's label ("Myth 7: '…'"), "… — never '…'", "'…', not '…'", "rather than '…'", "(wrong: '…')",
 * "don't write '…'", "don't 'fix' it to '…'" — the words a memo warns against, not a quotation of anyone. ("Not" only as a label or opening
 * its clause: "asked colleagues not to '…'" reports words, and so does "why it went wrong: '…'".)
 */
const WRONG_VERSION_BEFORE = /(?:(?:^|[.,;:(\u2013\u2014-]\s*|\*\*)(?:not|never|wrong|incorrect)\b\s*:?|(?:^|[.;:(\u2013\u2014-]\s*|\*\*)(?:myth|rumour)(?:\s+(?:no\.?\s*)?\d+)?\s*:|\b(?:rather\s+than|instead\s+of|avoid|(?:don't|do\s+not)\s+(?:write|use|say)|(?:don't|do\s+not|never)\s+["\u201c]?(?:fix|change|correct|alter|amend|edit)["\u201d]?\s+(?:it|this|that|them)\s+to))\s*:?\s*[*_]*\s*$/;

/** After a quoted title: its publisher and the day it was looked up, as a list of references gives them. */
const CITED_TITLE_AFTER = /^[\s'"\u2019\u201d]*,[^,;:.]{2,60},\s*(?:retrieved|accessed|viewed|archived)\b/;

/** A noun that a name in quotation marks is the title of: 'the "Kids Can't Wait" petition', 'our "…" series'. */
const TITLE_NOUN_AFTER = /^\s*(?:series|campaign|project|programme|program|column|podcast|petition|strand|feature|scheme|initiative|festival|exhibition|show|slot|newsletter|blog)\b/;
/** A label naming what a title in quotation marks is the title of: 'Song: ', 'the hymn ', 'Episode title: '. */
const TITLE_LABEL_BEFORE = /\b(?:song|title|film|book|album|track|hymn|programme|program|show|episode|play|series|campaign|petition|podcast|column|exhibition)\s*:?\s*$/;
/** Two to eight words, each opening with a capital or a digit (short joining words may stay small). */
const TITLE_CASE = /^\s*[A-Z0-9][\w'\u2019-]*(?:\s+(?:[A-Z0-9][\w'\u2019-]*|of|the|and|for|in|on|to|a|an|at|by|or)){1,7}\s*$/;

/**
 * A quiz's blanks ("'___ or ___ worst'"), a name in quotation marks, a saying imagined, a reviewer's quoted copy, or a
 * wrong version given as wrong: no one's words, to be neither confirmed nor flagged.
 */
function noOnesWords(ctx: Ctx, q: QuoteSpan): boolean {
  // (words that open by telling who said them are reported, not quoted: "'The minister wrote that the Department would
  // not hesitate …'" in a caption gives the letter's words in indirect speech, their tenses shifted)
  if (REPORTED_OPENING.test(ctx.f.slice(q.innerStart, Math.min(q.innerEnd, q.innerStart + 60)))) return true;
  const before = ctx.masked.slice(Math.max(0, q.open - 40), q.open);
  if (/_{2,}/.test(ctx.text.slice(q.innerStart, q.innerEnd)) || NAMING_BEFORE.test(before) || IMAGINED_BEFORE.test(before) || REVIEW_LABEL_BEFORE.test(before)) return true;
  // (a title in a list of references: '"About children's services", Devon County Council, retrieved 2 August 2021'; or
  // a wording set against another, "says 'taking this seriously' without 'very'")
  if (CITED_TITLE_AFTER.test(ctx.masked.slice(q.end, q.end + 90)) || WORDING_SET_AGAINST.test(ctx.text.slice(q.end, q.end + 24))) return true;
  // (a series', a campaign's or a programme's name, every word capitalised: 'our "Care Leavers Write" series')
  // (or named as one by a label before it: 'Song: "Little Green Shoots"')
  if ((TITLE_NOUN_AFTER.test(ctx.masked.slice(q.end, q.end + 16)) || TITLE_LABEL_BEFORE.test(before)) && TITLE_CASE.test(ctx.text.slice(q.innerStart, q.innerEnd))) return true;
  // (asked of the writer's words: an instruction's own words are blanked in the masked text, "Do not write")
  return WRONG_VERSION_BEFORE.test(ctx.text.slice(Math.max(0, q.open - 40), q.open).toLowerCase().replace(/\u2019/g, "'"));
}

/** After a quotation, another wording it is set against: "… without 'very'", "… instead of '…'", "… rather than '…'". */
const WORDING_SET_AGAINST = /^\s*,?\s*(?:without|instead\s+of|rather\s+than|in\s+place\s+of)\s+["'\u2018\u201c]/i;

/** A quotation's opening words telling who said what follows: "The Department said it would", "the minister wrote that". */
const REPORTED_OPENING = /^\s*(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:said|says|wrote|writes|warned|warns|told\s+(?:the\s+)?[a-z]+|tells\s+(?:the\s+)?[a-z]+)\s+(?:that\b|it\s+would\b|they\s+would\b)/;

/**
 * The speaker of the label whose line holds the quotation, if any — unless the line names somebody else before it
 * ("ANDREW KAY: The minister, Josh MacAlister, talks about '…'"): a speaker quoting another names them.
 */
function labelSpeaker(ctx: Ctx, labels: NamedLabel[], q: QuoteSpan, mentions: Mention[]): Speaker | undefined {
  for (const { label, speaker } of labels) {
    if (q.open < label.speechStart || q.open >= label.lineEnd) continue;
    const other = mentionsIn(mentions, label.speechStart, q.open).some((x) => x.end <= q.open && x.person.person.id !== speaker.person.person.id);
    return other || quotesAnother(ctx.masked.slice(label.speechStart, q.open)) ? undefined : speaker;
  }
  return undefined;
}

/**
 * The speaker's sentence before a quotation gives it to somebody else ("He also said …", "The report says, and I'm
 * quoting: …", "the then leader admitted: …", "the letter was plain that the Department '…'").
 */
const OTHER_SAYS = new RegExp(`(?:(?:^|[^a-z'])(?!i\\s|we\\s)([a-z']+)\\s+(?:also\\s+|then\\s+|once\\s+|himself\\s+|herself\\s+)?(?:${SPEECH_VERBS.join('|')}|${SAYING_PHRASES})|\\bin\\s+(?:its|their|his|her)\\s+(?:own\\s+)?words|\\b(?:was|is|were|made\\s+it|makes\\s+it)\\s+(?:plain|clear|explicit)\\s+that)\\b[^.!?]*$`);

function quotesAnother(before: string): boolean {
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1);
  return OTHER_SAYS.test(sentence);
}

/**
 * A table row's speaker: the quotation fills a cell of its own ('| Su Aves | "What we found was shocking." |'), one
 * person is named in the row, alone in a cell of their own ("| 8 | "…" | Steve Race | MP for Exeter |"). (A row keeps
 * its pipes in the text.)
 */
function rowSpeaker(ctx: Ctx, q: QuoteSpan, mentions: Mention[]): Speaker | undefined {
  const { text } = ctx;
  const lineStart = text.lastIndexOf('\n', q.open) + 1;
  // most quotations stand in prose, not a row
  if (text.charCodeAt(lineStart + text.slice(lineStart, q.open).search(/\S/)) !== 124) return undefined;
  let lineEnd = text.indexOf('\n', q.end);
  if (lineEnd < 0) lineEnd = text.length;
  const pipes: number[] = [];
  for (let k = lineStart; k < lineEnd; k++) if (text.charCodeAt(k) === 124 && text.charCodeAt(k - 1) !== 92) pipes.push(k);
  const c = pipes.findIndex((p, k) => k + 1 < pipes.length && p < q.open && pipes[k + 1] >= q.end);
  if (c < 1 || !/^\s*$/.test(text.slice(pipes[c] + 1, q.open)) || !/^[\s.,;!?]*$/.test(text.slice(q.end, pipes[c + 1]))) return undefined;
  const row = mentionsIn(mentions, lineStart, lineEnd).filter((x) => x.end <= lineEnd);
  if (row.length !== 1) return undefined;
  const cell = pipes.findIndex((p, k) => k + 1 < pipes.length && p < row[0].start && pipes[k + 1] >= row[0].end);
  if (cell < 0 || cell === c || !/^[\s*_]*$/.test(text.slice(row[0].end, pipes[cell + 1]))) return undefined;
  return { person: row[0].person, start: row[0].start, end: row[0].end };
}

/** A record's field naming who said its words: "Speaker: Josh MacAlister, …", "Said by: …", "Attributed to: …". */
const SPEAKER_FIELD = /(?:^|\n)[ \t*_-]*(?:speaker|said\s+by|spoken\s+by|attributed\s+to|who)[*_]*[ \t]*:[ \t*_]*/i;

/**
 * A record's speaker: a quotation on a field's line ("Claim: '…'", "Quote: '…'") with a field naming who said it in
 * the same paragraph ("Speaker: Josh MacAlister, Minister for …"), the one such field there. Asked once a paragraph,
 * not for each quotation: a search of the paragraph for each grew with the square of its length on hostile copy (the
 * growth check found it).
 */
function fieldSpeaker(ctx: Ctx, mentions: Mention[]): Speaker | undefined {
  if (!SPEAKER_FIELD.test(ctx.text)) return undefined;
  const fields = [...ctx.text.matchAll(new RegExp(SPEAKER_FIELD.source, 'gi'))];
  if (fields.length !== 1) return undefined;
  const at = fields[0].index! + fields[0][0].length;
  const x = mentions.find((m) => m.start >= at && m.start - at <= 12);
  return x && { person: x.person, start: x.start, end: x.end };
}

/**
 * All the paragraph's mentions by start: the sentences' lists joined, then a stable sort — skipped when they are
 * already in order (as they nearly always are), which a stable sort would leave as they are.
 */
function mentionsByStart(ctx: Ctx): Mention[] {
  const all: Mention[] = [];
  let sorted = true;
  for (const s of ctx.sentences) for (const x of s.mentions) {
    if (all.length && x.start < all[all.length - 1].start) sorted = false;
    all.push(x);
  }
  return sorted ? all : all.sort((a, b) => a.start - b.start);
}

/**
 * "The minister wrote about '…'. He also told the council: '…'": where the names before a pronoun leave it unclear,
 * the post opening the sentence before names who it is (the post's one holder, of the pronoun's person).
 */
function postOpeningBefore(ctx: Ctx, sentenceStart: number, pron: string): PersonIndex | undefined {
  const here = sentenceAtPos(ctx, sentenceStart);
  const prev = here && here.index > 0 ? ctx.sentences[here.index - 1] : undefined;
  if (!prev) return undefined;
  const r = POST_OPENS.exec(ctx.masked.slice(prev.start, Math.min(prev.end, prev.start + 60)));
  const p = r ? roleHolder(ctx, r[1]) : undefined;
  return p && p.person.pronoun === pron ? p : undefined;
}
/** A post opening a sentence as its subject ("The minister wrote", "The council leader has said"). */
const POST_OPENS = new RegExp(`^[\\s*_>"'\u201c\u2018-]*the\\s+(${Object.keys(ROLE_NOUN_TYPES).sort((a, b) => b.length - a.length).join('|')})\\s+(?:has\\s+|had\\s+|also\\s+|then\\s+)?[a-z]+`);

function byPronoun(ctx: Ctx, mentions: Mention[], before: number, pron: string): Speaker | undefined {
  const people = new Set<PersonIndex>();
  let last: Mention | undefined;
  for (const x of mentionsIn(mentions, Math.max(0, before - 1500), before)) {
    if (x.end <= before && x.person.person.pronoun === pron) { people.add(x.person); last = x; }
  }
  // (a post named since the name may be whom the pronoun takes up: "Tom, playing the cabinet member: how long did he
  // say …?" after John Hart's line)
  const role = last ? ROLE_NOUN.exec(ctx.masked.slice(last.end, before)) : null;
  if (role && roleHolder(ctx, role[1]) !== last!.person) return undefined;
  // (where the name stands, so a misattribution takes it in when it is in the quotation's sentence: "Hart's warning …,
  // which he said would be '…'")
  return people.size === 1 && last ? { person: last.person, start: last.start, end: last.end } : undefined;
}

function sourceWords(q: QuoteIndex, from: number, to: number): string {
  if (to <= from) return '';
  return q.quote.text.slice(q.starts[from], q.ends[to - 1]);
}

/** Each source quotation's words as written (for a misquote's diff), cut once per engine. */
function sourceWordTexts(qm: QuoteModel, q: QuoteIndex): string[] {
  let t = qm.wordTexts.get(q);
  if (!t) qm.wordTexts.set(q, (t = q.starts.map((st, k) => q.quote.text.slice(st, q.ends[k]))));
  return t;
}

function citeQuote(m: Model, qm: QuoteModel, q: QuoteIndex): Citation {
  let c = qm.citations.get(q);
  if (!c) qm.citations.set(q, (c = m.dataset.cite({ source: q.quote.source, text: q.quote.text })));
  return c;
}

/** An attribution as a name: "Councillor Su Aves concluded" and "said Steve Race" without their reporting verb. */
const VERB_BEFORE = new RegExp(`^${VERB}\\s+`);
const VERB_WITH_CLAUSE = new RegExp(`\\s+${VERB}(?:\\s.*)?$`);
function attributionName(attribution: string): string {
  // (up to its verb: "Labour group leader Carol Whitton said Devon's MPs had been told" names Carol Whitton's post and name)
  // (and without the comma an apposition leaves before the verb: "the Minister …, Josh MacAlister, wrote")
  return attribution.replace(VERB_BEFORE, '').replace(VERB_WITH_CLAUSE, '').replace(/[\s,]+$/, '');
}

function speakerName(m: Model, q: QuoteIndex): string {
  if (q.quote.speaker.person) return m.dataset.personById.get(q.quote.speaker.person)!.name;
  return q.quote.speaker.document ?? 'the source';
}

/**
 * Does the draft quote the whole of a sourced quotation and only add words before or after it ("at risk of harm"
 * where the sources quote "risk of harm")? Then it quotes a longer passage the sources do not hold: nothing in it
 * contradicts them. A word changed, dropped or added inside is still a misquote.
 */
function onlyWiderAtEdges(al: Align, sourceLength: number): boolean {
  if (al.srcStart !== 0 || al.srcEnd !== sourceLength) return false;
  let i = 0;
  while (i < al.diff.length && al.diff[i].op === 'draft') i++;
  let j = al.diff.length;
  while (j > i && al.diff[j - 1].op === 'draft') j--;
  for (let k = i; k < j; k++) if (al.diff[k].op !== 'same') return false;
  return true;
}

/**
 * Do the draft's quoted words stand in a source's own text ("among worst in the country", quoting a headline's
 * paraphrase)? Then the sources say them, if not as anyone's quotation: no misquote.
 */
function inSourceWords(m: Model, text: string, seg: Seg, qw: { starts: ArrayLike<number>; ends: ArrayLike<number> }): boolean {
  const words = plainWords(text.slice(qw.starts[seg.from], qw.ends[seg.to - 1]));
  return words.length > 0 && m.sourceWords.includes(` ${words} `);
}

/** What is trimmed off the ends of a quotation's inner span (none of it a letter or digit). */
const TRIM_START = /[\s.,;:!?'"\u2018\u2019\u201c\u201d-]/;
const TRIM_END = /[\s,;:'"\u2018\u2019\u201c\u201d-]/;

export const quotesRule = defineRule<QuoteModel>({
  id: 'quotes',
  kinds: ['quote', 'attribution'],
  description: 'Quotations: verbatim, a misquote (shown word by word), or sourced words given to the wrong person.',
  build: quoteModel,
  checkParagraph: checkQuotes,
});

/**
 * A quotation whose words are a few of its own around one quotation inside it, as a headline quoted gives a speaker's
 * words (“Leader: ‘we’ve not seen that much of a response’”, “Leader admits ‘…’”): the inner one is the speaker's.
 */
function headlineInner(ctx: Ctx, outer: QuoteSpan): QuoteSpan | undefined {
  let inner: QuoteSpan | undefined;
  // (the quotations are in order of their opening: those inside the outer one follow it)
  for (let k = quoteIndexFrom(ctx.quotes, outer.innerStart); k < ctx.quotes.length && ctx.quotes[k].open < outer.innerEnd; k++) {
    const x = ctx.quotes[k];
    if (x.depth !== 1 || x.end > outer.innerEnd) continue;
    if (inner) return undefined;
    inner = x;
  }
  if (!inner || !outer.closed) return undefined;
  const before = ctx.f.slice(outer.innerStart, inner.open), after = ctx.f.slice(inner.end, outer.innerEnd);
  const words = (t: string) => t.match(/[a-z0-9]+/g)?.length ?? 0;
  // (an attribute's value holding a quotation, 'label="The Commissioner (kept in place “for now”)"', is a string, not
  // speech: the quotation inside it is the one to check)
  if (words(before) + words(after) <= HEADLINE_WORDS || VALUE_BEFORE.test(ctx.f.slice(Math.max(0, outer.open - 3), outer.open))) return inner;
  // (or its credit before it and a colon, nothing after: a string in a file of strings, 'msgid "Exeter MP Steve Race:
  // “This is the last chance …”"')
  return words(after) === 0 && /:\s*$/.test(before) && words(before) <= CREDIT_WORDS ? inner : undefined;
}
/** How many words a quotation of copy holds before the quotations inside it are checked as quotations of their own. */
const COPY_WORDS = 25;

/**
 * The quotations one level inside a long quotation of copy ('TEXT: "In 2025 the minister wrote. He said: \'…\'"'),
 * checked after it as quotations of their own: the outer words are the copy's (a script's line, a preview), matched
 * to no source as a whole; the inner ones quote the sources.
 */
function quotedInCopy(ctx: Ctx, outer: QuoteSpan, own: boolean): QuoteSpan[] {
  if (!own && (ctx.f.slice(outer.innerStart, outer.innerEnd).match(/[a-z0-9]+/g)?.length ?? 0) < COPY_WORDS) return [];
  const out: QuoteSpan[] = [];
  for (let k = quoteIndexFrom(ctx.quotes, outer.innerStart); k < ctx.quotes.length && ctx.quotes[k].open < outer.innerEnd; k++) {
    const x = ctx.quotes[k];
    if (x.depth === 1 && x.end <= outer.innerEnd) out.push(x);
  }
  return out;
}

/** An attribute's or a field's "=" right before a quotation mark: the quotation is the value's string. */
const VALUE_BEFORE = /=\s*$/;
/** How many words of its own a quoted headline may have around the quotation it holds. */
const HEADLINE_WORDS = 3;
/** How many words a credit before a quotation inside another may have ("Exeter MP Steve Race:"). */
const CREDIT_WORDS = 8;

export function checkQuotes(ctx: Ctx, qm: QuoteModel): void {
  const { f, text } = ctx;
  const qw = qm.scratch.words;
  const allMentions = mentionsByStart(ctx);
  const misattributed = new Set<string>();
  const labelled = labelledSpeech(ctx, allMentions);
  // (a speaker's label names the "I" of the words after it: never the "he" or "she" they tell of, nor a saying's subject)
  const inSpeech = labelled.labels.length ? allMentions.filter((x) => !labelled.labels.some(({ label }) => x.start >= label.nameStart && x.end <= label.nameEnd)) : allMentions;
  const implicit = ctx.blockQuotation && ctx.quotes.length === 0 && !labelled.spans.length ? blockQuotationSpan(ctx) : undefined;
  const spans = labelled.spans.length ? [...ctx.quotes, ...labelled.spans] : implicit ? [implicit] : ctx.quotes;
  const field = spans.length ? fieldSpeaker(ctx, allMentions) : undefined;
  // (the quotations inside the writer's own copy in quotation marks, "On screen: '…'", are checked as quotations)
  const outers = spans.filter((x) => x.depth === 0).flatMap((x) => [x, ...quotedInCopy(ctx, x, isOwnCopy(f, x.open))]);
  for (const outer of outers) {
    const q = withoutLabel(ctx, cutWordDropped(ctx, headlineInner(ctx, outer) ?? outer, labelled.spans));
    if (noOnesWords(ctx, q)) continue;
    const segs: Seg[] = [];
    const total = scanQuote(qm, f, text, q.innerStart, q.innerEnd, segs, q.closed);
    // (a question asking who said the words gives them no one: 'Who told the cabinet: "…"?', a quiz's options after it)
    const speakerFor = () => (asksWho(ctx, q) ? undefined : labelled.speakerOf.get(q) ?? speakerOf(ctx, q, inSpeech) ?? labelSpeaker(ctx, labelled.labels, q, allMentions) ?? rowSpeaker(ctx, q, allMentions) ?? field);
    // a word or two in quotation marks (a scare quote, a coined phrase) is neither confirmed nor flagged, unless two
    // words are plainly a sourced phrase with a word dropped or changed (fragmentMisquote), or they finish a sourced
    // sentence the writer's lead-in repeats with other words than its own (framedMisquote)
    if (total < 2 || (total === 2 && (segs.length !== 1 || !mayBeFragment(ctx, qm, segs[0])))) {
      if (total >= 1) reportFramed(ctx, q, speakerFor());
      continue;
    }
    const speaker = speakerFor();
    // (words with no quotation marks, under a speaker's label or set off as a block, are that speaker's own on that
    // occasion: a misquote only when they keep to a sourced quotation but for one change, never a reordering)
    const unmarked = q === implicit || labelled.spans.includes(q);
    if (total === 2) {
      const near = fragmentMisquote(ctx, qm, segs[0], speaker, q);
      if (near) reportMisquote(ctx, qm, near, speaker);
      else reportFramed(ctx, q, speaker);
      continue;
    }
    const cands = candidates(ctx.m, qm, f, segs);
    // trimmed inner span (no letter or digit is trimmed: those stop it without a pattern)
    let a = q.innerStart, b = q.innerEnd;
    while (a < b && !isWordCode(text.charCodeAt(a)) && TRIM_START.test(text[a])) a++;
    while (b > a && !isWordCode(text.charCodeAt(b - 1)) && TRIM_END.test(text[b - 1])) b--;
    const quotation: Quotation = { q, segs, cands, speaker, start: a, end: b };
    if (checkExact(ctx, qm, quotation, misattributed)) continue;
    // Near match: a misquote. A speaker's quotation of several sentences that is no sourced one as a whole (a
    // transcript's line runs on past what the sources quote) is weighed a sentence at a time, against that speaker's
    // quotations only.
    let best = closestQuote(ctx, qm, quotation, segs, false);
    // words given to a named speaker are also weighed against that speaker's own quotations, which may share only one
    // content word with them ("woefully behind where it should be")
    if (!best && speaker) best = closestQuote(ctx, qm, { ...quotation, cands: speakerQuotes(ctx.m, speaker, cands) }, segs, true);
    if (!best && speaker) {
      const sentences = bySentence(qm.scratch.words, text, segs);
      if (sentences.length > segs.length) best = closestQuote(ctx, qm, quotation, sentences, true);
    }
    // a headline's speaker put in the headline's own words: their words, not another's misquoted
    if (best && speaker && !speakerOk(best.qi, speaker.person) && headlineLabel(ctx, labelled.labels, q) && ownParaphrase(ctx, qm, speaker, a, b)) continue;
    if (best && !onlyWiderAtEdges(best.al, best.qi.tokens.length) && !inSourceWords(ctx.m, text, best.seg, qw) && !(speaker === undefined && articleFitted(best))) {
      // words said on another occasion ("told the BBC the next day") may be what was said then, and words an
      // inspection is said to have found are its own: no misquote
      if (!onAnotherOccasion(ctx, q) && !(speaker === undefined && creditedElsewhere(ctx, qm, q, best.qi))) {
        const diff = misquoteDiff(ctx, qm, best);
        if (!(total <= 4 && (slightChange(diff) || numberOnly(diff))) && !(unmarked && innerChanges(diff) > 1) && !(total <= 5 && wordsMoved(ctx, qm, best))) reportMisquote(ctx, qm, best, speaker, diff);
      }
      continue;
    }
    if (!unmarked && reorderedQuote(ctx, qm, quotation)) continue;
    if (reportFramed(ctx, q, speaker)) continue;
    if (speaker && total >= 4) {
      addFinding(ctx, {
        start: a, end: b, kind: 'quote', severity: 'hint',
        message: `Not in the sources: no quotation of ${speaker.person.person.name} in the bundled articles matches these words.`,
        suggestions: [],
        citations: [],
        claimKey: `quote:unknown:${speaker.person.person.id}:${segs.map((x) => segText(qm, f, x)).join('|')}`,
      });
    }
  }
  shrinkWords(qm.scratch);
}

/** Words whose change turns one short phrase into another, not a quotation into a misquote: "for too long" and "far too long". */
const FUNCTION_WORD_SET = new Set<string>(STOP_WORDS);
const SLIGHT_WORDS = new Set<string>([...STOP_WORDS, 'very', 'so', 'too', 'far', 'quite', 'really', 'much', 'such', 'just']);
const NEGATION_SET = new Set<string>(NEGATIONS);

/**
 * Does a short quotation differ from its source only by function words of the source (STOP_WORDS, no negation) put
 * as slight words (SLIGHT_WORDS)? "far too long" for "For too long" is another phrase; a word added or left out ("far
 * too slow", "has been made"), or another word in place of one with a meaning ("far" for "still"), is a misquote still.
 */
function slightChange(diff: readonly DiffPart[]): boolean {
  let draft = 0, source = 0;
  for (const p of diff) {
    if (p.op === 'same') continue;
    for (const w of p.text.toLowerCase().split(/\s+/)) {
      if (NEGATION_SET.has(w) || !(p.op === 'draft' ? SLIGHT_WORDS : FUNCTION_WORD_SET).has(w)) return false;
      if (p.op === 'draft') draft++;
      else source++;
    }
  }
  return draft > 0 && draft === source;
}

/**
 * Does a short quotation differ from its source only by one noun's number ("EHC needs assessment" for "EHC … needs
 * assessments")? A term named in quotation marks, not a quotation misquoted.
 */
function numberOnly(diff: readonly DiffPart[]): boolean {
  const changed = diff.filter((p) => p.op !== 'same');
  if (changed.length !== 2) return false;
  const [x, y] = changed.map((p) => p.text.toLowerCase().trim());
  if (/\s/.test(x) || /\s/.test(y)) return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long === short + 's' || long === short + 'es';
}

/** Reports the framed misquote of quotation q, if it is one (see quoteframes.ts); says whether it did. */
function reportFramed(ctx: Ctx, q: QuoteSpan, speaker: Speaker | undefined): boolean {
  const fm = framedMisquote(ctx, q, sentenceAtPos(ctx, q.open)?.start ?? 0, speaker?.person);
  if (!fm) return false;
  const diff = framedDiff(ctx, fm);
  addFinding(ctx, {
    start: fm.start, end: fm.end, kind: 'quote', severity: 'warning',
    message: `Misquote: ${speakerName(ctx.m, fm.qi)} said ${changedWords(diff)}.`,
    suggestions: [fm.sourceWords],
    citations: [ctx.m.dataset.cite({ source: fm.qi.quote.source, text: fm.qi.quote.text })],
    claimKey: `quote:${fm.qi.quote.id}:framed:${ctx.text.slice(fm.start, fm.end).toLowerCase()}`,
    diff,
  });
  return true;
}

/**
 * Words that set a quotation on an occasion after another ("the next day", "a week later") or in an interview or
 * broadcast of its own ("in a radio interview", "told the BBC").
 */
const OTHER_OCCASION = /\b(?:the\s+(?:next|following)\s+(?:day|morning|week|month)|(?:a|one|two|three|several|some)\s+(?:days?|weeks?|months?|years?)\s+later|(?:days|weeks|months|years)\s+later|the\s+(?:day|week|month)\s+after|in\s+an?\s+(?:radio|television|tv|podcast|newspaper)\s+interview|on\s+(?:radio|television|twitter|social\s+media)|told\s+(?:the\s+)?(?:bbc|itv|sky\s+news|radio\s+[a-z]+))\b/;

/** Does the sentence of a quotation say it was said on an occasion of its own (OTHER_OCCASION)? */
function onAnotherOccasion(ctx: Ctx, q: QuoteSpan): boolean {
  const s = sentenceAtPos(ctx, q.open);
  return !!s && OTHER_OCCASION.test(ctx.masked.slice(s.start, s.end));
}

/** Words for an inspection as a finder, and the data's regulators' names are added per model. */
const FINDER_NOUNS = ['inspectors?', 'inspection', 'visit', 'review', 'audit', 'regulator', 'watchdog'];

/**
 * An inspection, inspectors or a regulator as the subject finding the words ("An Ofsted monitoring visit in February
 * found “clear signs of improvement”", "inspectors noted …"): just before the quotation in its sentence.
 */
function foundByPattern(m: Model): RegExp {
  const regulators = m.orgPhrases.filter((o) => o.org.kind === 'regulator').map((o) => escapeRegExp(o.phrase));
  return new RegExp(`\\b(?:${[...regulators, ...FINDER_NOUNS].join('|')})\\b(?:\\s+(?:in|on|of|last|this)\\s+[a-z0-9 ]{1,24}?)?\\s+(?:had\\s+|has\\s+|have\\s+)?(?:found|identified|noted|highlighted|praised|reported|saw|recorded)\\b[^"'\\u201c\\u2018.!?;]{0,40}$`);
}

/**
 * Are the words, near a sourced person's, credited to an inspection that found them, or to a body or document that
 * is not that quotation's ("The Department for Education said ministers were “working closely with the sector”")?
 * Then they are that one's own words, not the person's misquoted.
 */
function creditedElsewhere(ctx: Ctx, qm: QuoteModel, q: QuoteSpan, qi: QuoteIndex): boolean {
  if (!qi.quote.speaker.person) return false;
  const s = sentenceAtPos(ctx, q.open);
  if (s && qm.foundBy.test(ctx.masked.slice(s.start, q.open))) return true;
  const body = bodyOf(ctx, qm, q);
  if (body) return wrongBody(ctx.m, qi, body);
  // (a body saying at the start of the sentence, however far before the words: "The Department for Education said
  // councils would have … and that ministers were '…'", with no person named between)
  if (!s || s.mentions.some((x) => x.start < q.open)) return false;
  const opening = qm.bodies.opening.exec(ctx.masked.slice(s.start, q.open));
  const org = opening && qm.bodies.byPhrase.get(opening[1].replace(/^the\s+/, ''));
  return !!org && wrongBody(ctx.m, qi, { org, start: s.start, end: s.start });
}

/** A question asking who said something ("2. Who told the December 2022 cabinet meeting: …?"). */
const WHO_ASKED = /^[^a-z]*(?:q\s*[:.]\s*)?(?:who|which\s+(?:councillor|person|politician|minister|mp))\b/;

/** Is the quotation inside a question asking who said it? */
function asksWho(ctx: Ctx, q: QuoteSpan): boolean {
  const s = sentenceAtPos(ctx, q.open);
  // (the question mark right after the words, or ending them)
  return !!s && WHO_ASKED.test(ctx.masked.slice(s.start, q.open)) && (/^["'\u2019\u201d\s]*\?/.test(ctx.masked.slice(q.end, q.end + 4)) || /\?\s*["'\u2019\u201d]*$/.test(ctx.masked.slice(q.open, q.end)));
}

/** A quotation of the draft being checked: its words' segments, the source quotations it may be, who says it. */
interface Quotation {
  q: QuoteSpan;
  segs: Seg[];
  cands: number[];
  speaker: Speaker | undefined;
  /** Its inner span, trimmed. */
  start: number;
  end: number;
}

/**
 * A quotation that stands word for word in a sourced one (or runs two of one speaker's together): confirmed, or
 * misattributed when the draft gives it to someone else (once for a quotation split around its attribution).
 * Returns whether it was exact.
 */
/** The fewest words a part of an elided quotation must run to for its speaker to be known by it. */
const PART_MIN_WORDS = 5;

function checkExact(ctx: Ctx, qm: QuoteModel, { q, segs, cands, speaker, start: a, end: b }: Quotation, misattributed: Set<string>): boolean {
  const { m, text } = ctx;
  const qw = qm.scratch.words;
  const quoteIds = qm.quoteIds;
  let exact = cands.filter((qi) => exactIn(qw, segs, quoteIds[qi]));
  // a quotation that runs two sourced ones together ("…all our staff. We all know…"): each sentence exact in one
  if (!exact.length) exact = joinedQuotes(m, qw, cands, bySentence(qw, text, segs), quoteIds);
  // (words cut by an ellipsis, one part a sourced quotation's run of words, "We are … determined to improve our help for
  // children and families": that part is whose it is, when the draft gives it to another)
  if (!exact.length && speaker && segs.length > 1) {
    const part = cands.filter((x) => segs.some((seg) => seg.to - seg.from >= PART_MIN_WORDS && exactIn(qw, [seg], quoteIds[x])));
    if (!part.some((x) => speakerOk(m.quotes[x], speaker.person))) exact = part;
  }
  if (!exact.length) return false;
  if (!speaker) {
    const qi = m.quotes[exact[0]];
    // (a short fragment may be one body's words quoted by another, "the letter makes clear … the last chance saloon")
    const body = wordCount(segs) >= BODY_MIN_WORDS ? bodyOf(ctx, qm, q) : undefined;
    if (body && exact.every((x) => wrongBody(m, m.quotes[x], body))) {
      reportWrongBody(ctx, qm, qi, body, a, b);
      return true;
    }
    addConfirmation(ctx, { start: a, end: b, kind: 'quote', message: `Verified quotation: ${speakerName(m, qi)}.`, citations: [citeQuote(m, qm, qi)] });
    return true;
  }
  const right = exact.find((qi) => speakerOk(m.quotes[qi], speaker.person));
  if (right !== undefined) {
    addConfirmation(ctx, { start: a, end: b, kind: 'quote', message: `Verified quotation: ${speakerName(m, m.quotes[right])}.`, citations: [citeQuote(m, qm, m.quotes[right])] });
    return true;
  }
  const qi = m.quotes[exact[0]];
  const realName = speakerName(m, qi);
  // one finding for a quotation split around its attribution ('"…," said X, "…"')
  const key = `${qi.quote.id}:${speaker.person.person.id}`;
  if (misattributed.has(key)) return true;
  misattributed.add(key);
  // the claim is "X said …": the range takes in the name when it stands next to the quotation
  const sent = sentenceAtPos(ctx, q.open);
  const near = speaker.start !== undefined && (Math.abs(speaker.start - q.end) <= 60 || Math.abs(q.open - speaker.end!) <= 60 ||
    (!!sent && speaker.start >= sent.start && speaker.end! <= sent.end));
  addFinding(ctx, {
    // (or the pronoun and verb that take the speaker up there: "He also wrote that '…'")
    start: near ? Math.min(a, speaker.start!) : Math.min(a, speaker.via?.start ?? a), end: near ? Math.max(b, speaker.end!) : b, kind: 'attribution', severity: 'error',
    message: `Misattributed: the sources give these words to ${qi.quote.speaker.person ? attributionName(qi.quote.speaker.attribution) : realName}, not ${speaker.person.person.name}.`,
    suggestions: [],
    citations: [citeQuote(m, qm, qi)],
    claimKey: `attribution:${qi.quote.id}:${speaker.person.person.id}`,
  });
  return true;
}

/**
 * A quotation that is a sourced one's words in another order (see quotereorder.ts), flagged as a misquote with the
 * words as the source has them; not when the draft gives them to someone else. Returns whether it flagged one.
 */
function reorderedQuote(ctx: Ctx, qm: QuoteModel, { segs, cands, speaker }: Quotation): boolean {
  const { m } = ctx;
  const qw = qm.scratch.words;
  for (const seg of segs) {
    for (const qidx of cands) {
      const qi = m.quotes[qidx];
      if (speaker && !speakerOk(qi, speaker.person)) continue;
      const runs = reorderedRuns(qw.ids, seg.from, seg.to, qm.quoteIds[qidx]);
      if (!runs) continue;
      let lo = Infinity, hi = 0;
      for (const r of runs) { lo = Math.min(lo, r.s); hi = Math.max(hi, r.s + r.len); }
      addFinding(ctx, {
        start: qw.starts[seg.from], end: qw.ends[seg.to - 1], kind: 'quote', severity: 'warning',
        message: `Misquote: ${speakerName(m, qi)} said these words in another order: “${sourceWords(qi, lo, hi)}”.`,
        suggestions: [sourceWords(qi, lo, hi)],
        citations: [citeQuote(m, qm, qi)],
        claimKey: `quote:${qi.quote.id}:reordered:${segText(qm, ctx.f, seg)}`,
      });
      return true;
    }
  }
  return false;
}

/** The fewest words a quotation needs before the body it is given to is weighed. */
const BODY_MIN_WORDS = 6;

function wordCount(segs: Seg[]): number {
  let n = 0;
  for (const x of segs) n += x.to - x.from;
  return n;
}

/**
 * The organisation or document the draft makes say a quotation it gives no person: from the text after the quotation
 * ('"…," Ofsted said'), or from its sentence before it when that names no person ('Ofsted said: "…"').
 */
function bodyOf(ctx: Ctx, qm: QuoteModel, q: QuoteSpan): BodySpeaker | undefined {
  const { masked } = ctx;
  const sent = sentenceAtPos(ctx, q.open);
  const from = sent ? sent.start : Math.max(0, q.open - 120);
  const after = masked.slice(q.end, Math.min(masked.length, q.end + 80));
  const personBefore = ctx.sentences.some((s) => s.mentions.some((x) => x.start >= from && x.end <= q.open));
  if (personBefore) return bodySpeaker(qm.bodies, '', from, after, q.end);
  // (an earlier quotation of the sentence is the same credit's: 'The DfE said councils would have "more than £200bn"
  // and that ministers were "…"')
  let before = masked.slice(from, q.open);
  for (const o of ctx.quotes) if (o !== q && o.open >= from && o.end <= q.open) before = before.slice(0, o.open - from) + ' '.repeat(o.end - o.open) + before.slice(o.end - from);
  return bodySpeaker(qm.bodies, before, from, after, q.end);
}

/** A sourced quotation the draft gives to the wrong organisation or to a document its speaker did not write. */
function reportWrongBody(ctx: Ctx, qm: QuoteModel, qi: QuoteIndex, body: BodySpeaker, a: number, b: number): void {
  const { m } = ctx;
  const sp = qi.quote.speaker;
  const orgName = sp.bodies?.length ? m.dataset.orgById.get(sp.bodies[0])?.name : undefined;
  const real = sp.person ? attributionName(sp.attribution) : orgName ?? speakerName(m, qi);
  const near = Math.abs(body.start - b) <= 60 || Math.abs(a - body.end) <= 60;
  addFinding(ctx, {
    start: near ? Math.min(a, body.start) : a, end: near ? Math.max(b, body.end) : b, kind: 'attribution', severity: 'error',
    message: `Misattributed: the sources give these words to ${real}, not ${bodyName(body)}.`,
    suggestions: [],
    citations: [citeQuote(m, qm, qi)],
    claimKey: `attribution:${qi.quote.id}:body:${body.org?.id ?? body.document}`,
  });
}

/** The cheapest near match of one of the quotation's segments with a sourced quotation: a misquote, if any. */
interface NearMatch {
  qi: QuoteIndex;
  al: Align;
  seg: Seg;
}

const CONNECTIVE_WORDS = new Set<string>(CONNECTIVES);

/** Is an alignment's only change its segment's first word, a connective? */
function opensWithOtherConnective(qw: QuoteWords, al: Align, seg: Seg, text: string): boolean {
  const changed = al.diff.filter((x) => x.op !== 'same');
  if (changed.length !== 1 || changed[0].d !== 0 || al.diff[0] !== changed[0]) return false;
  return CONNECTIVE_WORDS.has(text.slice(qw.starts[seg.from], qw.ends[seg.from]).toLowerCase());
}

/** Is an alignment's only change its first word, "to", for a modal of the source's ("should", "would", "will", "must")? */
function infinitiveOpens(qm: QuoteModel, al: Align, d: Int32Array | number[], src: Int32Array | number[]): boolean {
  const changed = al.diff.filter((x) => x.op !== 'same');
  const x = changed[0];
  if (changed.length !== 1 || al.diff[0] !== x || x.op !== 'sub' || x.d !== 0 || x.s === undefined || d[0] < 0 || src[x.s] < 0) return false;
  return qm.tokens[d[0]] === 'to' && MODALS.has(qm.tokens[src[x.s]]);
}
const MODALS = new Set(['should', 'would', 'will', 'must', 'shall', 'could', 'can', 'may', 'might']);

/**
 * The sourced quotation the segments come closest to without matching it (the cheapest alignment within a segment's
 * allowance), for a misquote; `only`: the speaker's quotations only (a short segment's, always).
 */
function closestQuote(ctx: Ctx, qm: QuoteModel, quotation: Quotation, segs: Seg[], only: boolean): NearMatch | undefined {
  const best = closestOf(ctx, qm, quotation, segs, only);
  if (best) return best;
  // an article opening the quotation may be the writer's lead-in ("the second or third worst" for 'third or fourth
  // worst'): weighed without it when the words with it come close to nothing
  const qw = qm.scratch.words;
  const opened = segs.filter((x) => x.to - x.from >= 4 && isArticle(qm, qw.ids[x.from]));
  return opened.length ? closestOf(ctx, qm, quotation, opened.map((x) => ({ from: x.from + 1, to: x.to })), only) : undefined;
}

/** closestQuote's search over the given segments. */
function closestOf(ctx: Ctx, qm: QuoteModel, quotation: Quotation, segs: Seg[], only: boolean): NearMatch | undefined {
  const { cands, speaker } = quotation;
  const qw = qm.scratch.words;
  let bestAlign: NearMatch | undefined;
  for (const seg of segs) {
    const n = seg.to - seg.from;
    if (n < 3) continue;
    const base = n <= 6 ? 1 : n <= 12 ? 2 : Math.floor(n * 0.2);
    // five or six words with one phrase changed inside them (two edits), eight or more with a phrase of three changed
    // ("get [a handle on → to grips with] the problems"), when the draft gives the words' own speaker
    const maxCost = n >= 5 && n <= 6 ? 2 : n >= 8 && base < 3 ? 3 : base;
    let segBare = -1; // the number of the segment's words in scratch.bare, once written
    // ("a shocking state" for "an appalling state" is one word changed, not two)
    const segIds = qw.ids.slice(seg.from, seg.to).map((id) => (id === qm.an ? qm.a : id));
    for (const qidx of cands) {
      const qi = ctx.m.quotes[qidx];
      // a sourced denial dropped ("progress has been slow" for "has not been made") is allowed one edit more (one
      // added, "no longer among the worst", is more often the writer's own contrast with what was said)
      const neg = qm.denies[qidx] && !deniesAny(qm, segIds) ? 1 : 0;
      // only a strictly cheaper alignment can replace the best so far: ask align for no more (the same answer when
      // there is one, and an early stop when there is not); cost 0 is never a misquote
      const limit = bestAlign ? Math.min(maxCost + neg, bestAlign.al.cost - 1) : maxCost + neg;
      if (limit < 1) continue;
      let al = align(qm.scratch, segIds, 0, n, qm.alignIds[qidx], limit);
      // one phrase changed for another of up to four words, all the rest kept, in the words of the speaker the draft
      // names ("we've not seen [any → that much of a] response")
      const hunk = !al && speaker && n >= 5 && speakerOk(qi, speaker.person) ? oneHunk(segIds, n, qm.alignIds[qidx], limit + 1) : undefined;
      if (hunk) al = hunk;
      if (!al || al.cost === 0) continue;
      // the filters below are pure: cheapest first
      let same = 0;
      for (const x of al.diff) if (x.op === 'same') same++;
      if (same < 2 || same < n - maxCost - neg) continue;
      if ((n <= 4 || only) && speaker && !speakerOk(qi, speaker.person)) continue;
      // (three words credited to no one are told as someone's only by two content words kept: "steady improvement
      // trajectory", not a script's cue "IN: 'We know that…'", "far too long", "for 13 years", "failed by Ofsted")
      // (and words that keep no content word of the source's at all, "at the time" for "at the moment", are anybody's)
      const kept = keptContentWords(qm, segIds, al);
      // (or by the document or body the sources give them to, named: "the letter warned of action 'if progress slows'")
      if (kept === 0 || (n <= 3 && !speaker && kept < 2 && !namesDocument(ctx, qm, qi, quotation.q))) continue;
      const denial = neg === 1 && changesNegation(qm, segIds, qm.alignIds[qidx], al);
      // "depends on whether improvements 'can be secured …'": a question of whether asks both ways, so a denial turned
      // round in it is no misquote
      if (denial && WHETHER_BEFORE.test(ctx.masked.slice(Math.max(0, quotation.q.open - 60), quotation.q.open))) continue;
      if (neg === 1 && !denial && al.cost > maxCost && !hunk) continue;
      // a denial changed, in words given to no one else ("found that 'progress has been too slow'"): its edits need
      // not be one run, it turns the sourced words round
      if (denial && speaker && !speakerOk(qi, speaker.person)) continue;
      // (four words with two changed and two kept: only as the words of the speaker the draft names — "Final notice
      // for Devon" as a headline keeps no more than "for Devon" of 'no good for Devon')
      if (denial && n <= 4 && same < 3 && !speaker) continue;
      if (al.cost > (denial ? maxCost + 1 : base)) {
        // (the cheapest alignment may stop short of the words kept after a longer change: then the one-change reading)
        const inner = innerHunk(segIds, 0, n, qm.alignIds[qidx], al.cost) ?? (speaker && n >= 5 ? oneHunk(segIds, n, qm.alignIds[qidx], al.cost + 1) : undefined);
        if (!inner || !(speaker ? speakerOk(qi, speaker.person) : namesDocument(ctx, qm, qi, quotation.q))) continue;
        al = inner;
      }
      // a sentence of a speaker's that opens with another connective ("But …" for "… that …") quotes the same words
      if (only && opensWithOtherConnective(qw, al, seg, ctx.text)) continue;
      // (and words opening on "to" where the source has a modal, "wants the Commissioner 'to remain in place …'" for
      // '… should remain in place …', fit the writer's sentence)
      if (infinitiveOpens(qm, al, segIds, qm.alignIds[qidx])) continue;
      // a headline in capitals that only leaves words out ("'WE'VE NOT SEEN MUCH' — TORY CHIEF") cuts the words to fit
      if (lineInCapitals(ctx.text, quotation.q.open) && al.diff.every((x) => x.op === 'same' || x.op === 'source')) continue;
      // dropping or adding only "the"/"a"/"an" (headline style) is not a misquote
      if (segBare < 0) segBare = withoutArticles(qm, qw.ids, seg.from, seg.to);
      if (indexOfRun(qm.bareIds[qidx], qm.scratch.bare, 0, segBare, 0) >= 0) continue;
      bestAlign = { qi, al, seg };
    }
  }
  return bestAlign;
}

/**
 * How many of the words an alignment keeps are content words (not common ones, not figures); none when they are only
 * a body's name of two words or more ('Leader of Devon County Council' keeps nothing of "… fragmentation of Devon
 * County Council" but the name).
 */
function keptContentWords(qm: QuoteModel, d: Int32Array | number[], al: Align): number {
  let n = 0, names = 0;
  for (const x of al.diff) {
    if (x.op !== 'same' || x.d === undefined || d[x.d] < 0 || qm.common[d[x.d]] || /^\d/.test(qm.tokens[d[x.d]])) continue;
    if (qm.nameWord[d[x.d]]) names++;
    else n++;
  }
  // (one word of a name counts: "no use for Devon" keeps "Devon" of 'no good for Devon')
  return n > 0 || names < 2 ? n + names : 0;
}

/** A question of whether open before a quotation ("on whether improvements '…'"). */
const WHETHER_BEFORE = /\bwhether\b[^.;:!?]{0,50}$/;

/** Is the word with this id "the", "a" or "an"? */
function isArticle(qm: QuoteModel, id: number): boolean {
  return id === qm.the || id === qm.a || id === qm.an;
}

/** Do the words hold a denial ("not", "never")? */
function deniesAny(qm: QuoteModel, ids: Int32Array): boolean {
  return ids.some((id) => id >= 0 && qm.negation[id] === 1);
}

/** Does the alignment drop, add or change a denial? */
function changesNegation(qm: QuoteModel, d: Int32Array, s: Int32Array, al: Align): boolean {
  const neg = (id: number | undefined) => id !== undefined && id >= 0 && qm.negation[id] === 1;
  return al.diff.some((x) => x.op !== 'same' && (neg(x.d === undefined ? undefined : d[x.d]) || neg(x.s === undefined ? undefined : s[x.s])));
}

/**
 * A quoted fragment of two words ("quickly backwards", "woefully behind"), too short for closestQuote's allowance, as a
 * misquote of a sourced phrase: both words are content words and the draft gives no one else as their speaker, and
 * either a sourced quotation holds them one word apart (the middle word dropped), or one of them is a word only one
 * quotation uses, once, beside a content word the draft changed — then the draft must give that quotation's speaker
 * (the person, or the document's own noun before the quotation: "the report warned of a 'bigger worry'"), since a
 * coined phrase may share a rare word by chance. Asked once mayBeFragment has let the other two-word quotations go.
 */
function fragmentMisquote(ctx: Ctx, qm: QuoteModel, seg: Seg, speaker: Speaker | undefined, q: QuoteSpan): NearMatch | undefined {
  const qw = qm.scratch.words;
  const a = qw.ids[seg.from], b = qw.ids[seg.from + 1];
  const content = (id: number) => id >= 0 && !qm.common[id];
  const found: NearMatch[] = [];
  const sameSpeaker = (qi: QuoteIndex) => !speaker || speakerOk(qi, speaker.person);
  // the middle word dropped
  if (content(a) && content(b)) {
    forUses(qm, a, (qidx) => {
      const ids = qm.quoteIds[qidx];
      for (let j = 0; j + 2 < ids.length; j++) {
        if (ids[j] !== a || ids[j + 2] !== b || !sameSpeaker(ctx.m.quotes[qidx])) continue;
        const diff: Align['diff'] = [{ op: 'same', d: 0, s: j }, { op: 'source', s: j + 1 }, { op: 'same', d: 1, s: j + 2 }];
        found.push({ qi: ctx.m.quotes[qidx], seg, al: { cost: 1, srcStart: j, srcEnd: j + 3, diff } });
      }
    });
    return found.length === 1 ? found[0] : undefined;
  }
  // one word changed beside a kept one: the kept word is one quotation's alone, used once there
  const keptFirst = content(a);
  const kept = keptFirst ? a : b;
  if (!content(kept) || qm.usesFrom[kept + 1] - qm.usesFrom[kept] !== 1) return undefined;
  const qidx = qm.uses[qm.usesFrom[kept]];
  const qi = ctx.m.quotes[qidx];
  const ids = qm.quoteIds[qidx];
  const j = ids.indexOf(kept);
  if (j < 0 || ids.indexOf(kept, j + 1) >= 0) return undefined;
  const s = keptFirst ? j + 1 : j - 1;
  if (s < 0 || s >= ids.length || !content(ids[s])) return undefined;
  if (!(speaker ? speakerOk(qi, speaker.person) : namesDocument(ctx, qm, qi, q))) return undefined;
  const diff: Align['diff'] = keptFirst
    ? [{ op: 'same', d: 0, s: j }, { op: 'sub', d: 1, s }]
    : [{ op: 'sub', d: 0, s }, { op: 'same', d: 1, s: j }];
  return { qi, seg, al: { cost: 1, srcStart: Math.min(j, s), srcEnd: Math.max(j, s) + 1, diff } };
}

/**
 * May a two-word quotation be a fragmentMisquote? Both words are content words or words of three letters or more, and
 * the sources do not say the two anywhere. Asked before the quotation's speaker is looked for: most two-word
 * quotations are scare quotes, which the sources' own words or a small word let go.
 */
function mayBeFragment(ctx: Ctx, qm: QuoteModel, seg: Seg): boolean {
  const qw = qm.scratch.words;
  const wordOk = (k: number) => (qw.ids[k] >= 0 && !qm.common[qw.ids[k]]) || tokenKey(ctx.f.slice(qw.starts[k], qw.ends[k])).length > 2;
  // (the word test first: the sources' words are one long text to search)
  return wordOk(seg.from) && wordOk(seg.from + 1) && !inSourceWords(ctx.m, ctx.text, seg, qw);
}

/** Calls `f` with each source quotation that uses the word `id`. */
function forUses(qm: QuoteModel, id: number, f: (qidx: number) => void): void {
  for (let u = qm.usesFrom[id]; u < qm.usesFrom[id + 1]; u++) f(qm.uses[u]);
}

/**
 * Does the paragraph, shortly before the quotation q, name the document a sourced quotation is from (its last word:
 * "report" of "the inspector's report"), or make one of the bodies the sources give the words to say them ("The
 * Department wrote that …")?
 */
function namesDocument(ctx: Ctx, qm: QuoteModel, qi: QuoteIndex, q: QuoteSpan): boolean {
  const doc = qi.quote.speaker.document;
  const noun = doc?.slice(doc.lastIndexOf(' ') + 1).toLowerCase();
  if (noun && new RegExp(`\\b${noun}\\b`).test(ctx.f.slice(Math.max(0, q.open - 400), q.open))) return true;
  const body = qi.quote.speaker.bodies ? bodyOf(ctx, qm, q) : undefined;
  return !!body?.org && qi.quote.speaker.bodies!.includes(body.org.id);
}

/**
 * The draft's words d[from, from + n) as the source's s with one run of words changed inside them and kept words on
 * both sides ("woefully [short of → behind] where it should be"), at `cost` edits; or undefined. (align may put an
 * equally cheap change at an end, where the draft's first words stand for other source words.)
 */
function innerHunk(d: Int32Array, from: number, n: number, s: Int32Array, cost: number): Align | undefined {
  // j: where the kept words before the change start in s; p of them; mid draft words for g source words; q kept after
  for (let j = 0; j < s.length; j++) {
    for (let p = 1; p < n && d[from + p - 1] === s[j + p - 1]; p++) {
      for (let mid = 0; mid <= cost && p + mid < n; mid++) {
        for (let g = mid === cost ? 0 : cost; g <= cost; g++) {
          const q = n - p - mid;
          let k = 0;
          while (k < q && d[from + p + mid + k] === s[j + p + g + k]) k++;
          if (k < q || mid + g === 0) continue;
          const diff: Align['diff'] = [];
          for (k = 0; k < p; k++) diff.push({ op: 'same', d: k, s: j + k });
          for (k = 0; k < cost; k++) diff.push(k < mid && k < g ? { op: 'sub', d: p + k, s: j + p + k } : k < mid ? { op: 'draft', d: p + k } : { op: 'source', s: j + p + k });
          for (k = 0; k < q; k++) diff.push({ op: 'same', d: p + mid + k, s: j + p + g + k });
          return { cost, srcStart: j, srcEnd: j + p + g + q, diff };
        }
      }
    }
  }
  return undefined;
}

/** Most words a phrase changed in one place may have (oneHunk). */
const HUNK_MAX = 4;

/** innerHunk's alignment of one changed stretch costing `from` to HUNK_MAX, with at least four words and all but two kept. */
function oneHunk(d: Int32Array, n: number, s: Int32Array, from: number): Align | undefined {
  for (let c = from; c <= HUNK_MAX; c++) {
    const h = innerHunk(d, 0, n, s, c);
    if (!h) continue;
    let same = 0;
    for (const x of h.diff) if (x.op === 'same') same++;
    if (same >= Math.max(4, n - 2)) return h;
  }
  return undefined;
}

/** The named speaker's quotations that are not among `cands`. */
function speakerQuotes(m: Model, speaker: Speaker, cands: number[]): number[] {
  const out: number[] = [];
  m.quotes.forEach((qi, i) => {
    if (speakerOk(qi, speaker.person) && !cands.includes(i)) out.push(i);
  });
  return out;
}

/** A misquote's word-by-word diff: the source's words as written, the draft's as the writer wrote them. */
function misquoteDiff(ctx: Ctx, qm: QuoteModel, { qi, al, seg }: NearMatch): DiffPart[] {
  const qw = qm.scratch.words;
  const diff: DiffPart[] = [];
  const words = sourceWordTexts(qm, qi);
  for (const x of al.diff) {
    if (x.op === 'same') {
      diff.push({ op: 'same', text: words[x.s!] });
      continue;
    }
    if (x.op === 'draft' || x.op === 'sub') {
      const t = ctx.text.slice(qw.starts[seg.from + x.d!], qw.ends[seg.from + x.d!]);
      diff.push({ op: 'draft', text: t });
    }
    if (x.op === 'source' || x.op === 'sub') {
      diff.push({ op: 'source', text: words[x.s!] });
    }
  }
  return diff;
}

/** A word broken by a hyphen at the end of a quotation left open ("… not seen that much of a re-", the rest on another page). */
const CUT_WORD_AT_END = /\p{L}+-\s*$/u;

/**
 * A quotation never closed whose paragraph ends on half a word: the quotation without it (what follows is elsewhere).
 * (A label's unmarked words, `unmarked`, are looked up by their span: kept as they are.)
 */
/** A capitalised word and a colon opening a quotation, then at least three words: a label of the words, not one of them. */
const LABEL_OPENS = /^\s*\p{Lu}[\p{L}'\u2019-]*:\s+(?=\S+\s+\S+\s+\S)/u;

/**
 * A quotation that opens with a label ("“Devon: the last chance saloon”", a title's kicker; "“Hart: we've not seen …”"):
 * the words after it are the ones weighed.
 */
function withoutLabel(ctx: Ctx, q: QuoteSpan): QuoteSpan {
  const r = LABEL_OPENS.exec(ctx.text.slice(q.innerStart, Math.min(q.innerEnd, q.innerStart + 40)));
  return r ? { ...q, innerStart: q.innerStart + r[0].length } : q;
}

function cutWordDropped(ctx: Ctx, q: QuoteSpan, unmarked: readonly QuoteSpan[]): QuoteSpan {
  if (q.closed || unmarked.includes(q)) return q;
  const r = CUT_WORD_AT_END.exec(ctx.text.slice(Math.max(q.innerStart, q.innerEnd - 40), q.innerEnd));
  return r ? { ...q, innerEnd: q.innerEnd - r[0].length } : q;
}

/**
 * A short quotation whose only changes are words put in that stand elsewhere in the same source quotation ("failed for
 * too long" of "For too long, … have been failed by services"): a headline's fragment of the words in its own order,
 * no misquote. (A word changed for another, even one of the same quotation, is still a change.)
 */
function wordsMoved(ctx: Ctx, qm: QuoteModel, { qi, al, seg }: NearMatch): boolean {
  const src = qm.quoteIds[ctx.m.quotes.indexOf(qi)];
  const ids = qm.scratch.words.ids;
  let moved = false;
  for (const x of al.diff) {
    if (x.op === 'sub') return false;
    if (x.op !== 'draft') continue;
    const id = ids[seg.from + x.d!];
    if (id < 0 || !src.includes(id)) return false;
    moved = true;
  }
  return moved;
}

/** The source's words the misquote stands for: the aligned stretch, with any draft words left over at either end. */
function quotedStretch({ qi, al }: NearMatch): string {
  // draft words left over at either end stand for the source words just beyond the aligned stretch
  let from = al.srcStart, to = al.srcEnd;
  let lead = 0, trail = 0;
  while (lead < al.diff.length && al.diff[lead].op === 'draft') lead++;
  while (trail < al.diff.length - lead && al.diff[al.diff.length - 1 - trail].op === 'draft') trail++;
  if (trail) to = Math.min(qi.tokens.length, to + trail + (ARTICLES.has(qi.tokens[to] ?? '') ? 1 : 0));
  // a stretch that stops on "the"/"a" stops short of its noun
  if (to < qi.tokens.length && ARTICLES.has(qi.tokens[to - 1])) to++;
  if (lead) from = Math.max(0, from - lead - (ARTICLES.has(qi.tokens[from - lead - 1] ?? '') ? 1 : 0));
  return sourceWords(qi, from, to);
}

/**
 * A short phrase given to nobody whose only change is an article made another determiner ("Devon's last chance
 * saloon", "its last chance saloon" for "the last chance saloon"): a headline or sentence fitting the sourced words
 * to itself, not a misquotation.
 */
function articleFitted({ qi, al, seg }: NearMatch): boolean {
  return seg.to - seg.from <= 5 && al.diff.every((x) => x.op === 'same' || (x.op === 'sub' && ARTICLES.has(qi.tokens[x.s!])));
}

/**
 * Words said to adapt a quotation before it, in its sentence or the one before ("a shortened version of her speech,
 * adapted and marked as such: '…'", "To misquote Cllr Leadbetter: …", "to borrow his words"): the change is told, no error.
 */
const ADAPTED = /\b(?:adapted|adapting|shortened|abridged|paraphras(?:e|ed|ing)|misquot(?:e|ed|ing)|to\s+(?:borrow|adapt|twist|mangle|paraphrase))\b/;

function adaptationTold(ctx: Ctx, pos: number): boolean {
  const s = sentenceAtPos(ctx, pos);
  if (!s) return false;
  const prev = s.index > 0 ? ctx.sentences[s.index - 1].start : s.start;
  return ADAPTED.test(ctx.masked.slice(prev, pos));
}

/**
 * Does a quotation after it in the paragraph give the source's words where the misquotation at pos changes them ("'we've
 * not seen much of a response' does not earn the credit that Hart's actual words, 'we've not seen that much of a
 * response', would"; "'clear signs' – not his words: he wrote of 'the early signs …'")? Then the wrong version is
 * set beside the right one to be compared, not quoted as anyone's. Each change is looked for with two of the source's
 * words on either side of it. (A right version before a wrong one is what the wrong one replaced: "Original: '…'
 * Corrected: '…'".)
 */
function rightVersionBeside(ctx: Ctx, pos: number, diff: readonly DiffPart[]): boolean {
  if (ctx.quotes.length < 2) return false;
  // (the source's words in order, each marked if the misquotation changed or left it out)
  const words = diff.filter((p) => p.op !== 'draft').flatMap((p) => (p.text.toLowerCase().replace(/\u2019/g, "'").match(/[\p{L}\p{N}']+/gu) ?? []).map((w) => ({ w, changed: p.op === 'source' })));
  const windows: string[] = [];
  words.forEach((x, k) => {
    if (x.changed && !words[k - 1]?.changed) {
      let e = k;
      while (words[e + 1]?.changed) e++;
      windows.push(words.slice(Math.max(0, k - 2), e + 3).map((y) => y.w).join(' '));
    }
  });
  // (a change that only leaves words out of the source has none of its own to look for: the kept words either side are)
  if (windows.length === 0) return false;
  const others = ctx.quotes.filter((q) => q.innerStart > pos).map((q) => (ctx.f.slice(q.innerStart, q.innerEnd).toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).join(' '));
  return windows.every((w) => others.some((o) => o.includes(w)));
}

function reportMisquote(ctx: Ctx, qm: QuoteModel, match: NearMatch, speaker: Speaker | undefined, diff = misquoteDiff(ctx, qm, match)): void {
  const { m } = ctx;
  const { qi, seg } = match;
  const qw = qm.scratch.words;
  if (adaptationTold(ctx, qw.starts[seg.from]) || rightVersionBeside(ctx, qw.starts[seg.from], diff)) return;
  const wrongSpeaker = speaker && !speakerOk(qi, speaker.person) ? ` The sources give these words to ${speakerName(m, qi)}, not ${speaker.person.person.name}.` : '';
  addFinding(ctx, {
    start: qw.starts[seg.from], end: qw.ends[seg.to - 1], kind: 'quote', severity: 'warning',
    message: `Misquote: ${speakerName(m, qi)} said ${changedWords(diff)}.${wrongSpeaker}`,
    suggestions: [quotedStretch(match)],
    citations: [citeQuote(m, qm, qi)],
    claimKey: `quote:${qi.quote.id}:${segText(qm, ctx.f, seg)}`,
    diff,
  });
}

/**
 * How many separate changes a misquotation's diff makes inside the words it keeps (diffHunks; words only at either
 * end, "Thank you. …", are the line's own, not a change).
 */
function innerChanges(diff: readonly DiffPart[]): number {
  let a = 0, b = diff.length;
  while (a < b && diff[a].op !== 'same') a++;
  while (b > a && diff[b - 1].op !== 'same') b--;
  return diffHunks(diff.slice(a, b)).length;
}

/** A diff's changes as hunks of its parts: changes one or two kept words apart are one. */
function diffHunks(diff: readonly DiffPart[]): { from: number; to: number }[] {
  const hunks: { from: number; to: number }[] = [];
  diff.forEach((p, i) => {
    if (p.op === 'same') return;
    const last = hunks[hunks.length - 1];
    if (last && i - last.to <= 2) last.to = i + 1;
    else hunks.push({ from: i, to: i + 1 });
  });
  return hunks;
}

/**
 * What a misquotation changed, in words: “last”, not “final”. Changes one or two kept words apart are
 * read as one (“third or fourth”, not “second or third”); words only in the draft are "no “…”", words only
 * in the source "“…” left out". At most three changes are named.
 */
export function changedWords(diff: readonly DiffPart[]): string {
  const hunks = diffHunks(diff);
  const said = hunks.slice(0, 3).map((h) => {
    const part = diff.slice(h.from, h.to);
    const src = part.filter((p) => p.op !== 'draft').map((p) => p.text).join(' ');
    const drf = part.filter((p) => p.op !== 'source').map((p) => p.text).join(' ');
    if (!part.some((p) => p.op === 'source')) return `no “${drf}”`;
    if (!part.some((p) => p.op === 'draft')) return `“${src}” (left out)`;
    return `“${src}”, not “${drf}”`;
  });
  return said.join('; ') + (hunks.length > 3 ? ' and more' : '');
}
