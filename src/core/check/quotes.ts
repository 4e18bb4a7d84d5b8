/**
 * Quotations: text in quotation marks presented as what a source person or document said. Verbatim
 * (allowing case, punctuation, ellipses and [insertions]) is fine; a near match is a misquote, shown
 * word by word; a sourced quotation given to the wrong person is a misattribution.
 */
import { Ctx, Mention } from './context';
import { Model, PersonIndex, QuoteIndex, statusAt } from '../model/model';
import { QuoteSpan, quoteSegments } from '../extract/quotes';
import { Citation, DiffPart } from '../types';
import { addConfirmation, addFinding } from './findings';

const COMMON = new Set(['the', 'a', 'an', 'and', 'of', 'to', 'in', 'is', 'we', 'i', 'it', 'that', 'this', 'for', 'on', 'be', 'are',
  'our', 'has', 'have', 'not', 'you', 'your', 'with', 'as', 'at', 'by', 'or', 'but', 'so', 'was', 'were', 'been', 'they', 'their', 'its', 'all']);

const ARTICLES = new Set(['the', 'a', 'an']);

const SPEECH = /\b(said|says|say|describes|described|calls|added|adds|told|tells|warned|warns|stated|states|wrote|writes|explained|argued|claimed|insisted|admitted|concluded|revealed|responded|replied|asked|described|called|urged|stressed|commented|continued|according\s+to|quoted)\b/g;

interface Seg {
  tokens: string[];
  starts: number[];
  ends: number[];
}

interface Align {
  cost: number;
  srcStart: number; // token index in source
  srcEnd: number; // exclusive
  diff: { op: 'same' | 'draft' | 'source' | 'sub'; d?: number; s?: number }[];
}

/** The alignment table, reused between calls (grown as needed up to ALIGN_KEEP cells; larger tables are made for the
 * call): every cell read is written first in the same call. */
const ALIGN_KEEP = 1 << 16;
let alignTable = new Int32Array(1024);

/**
 * Semi-global word alignment: all of the draft words against any stretch of the source words. Words come as ids
 * (see wordIds): comparing numbers is much cheaper than comparing strings in the table's inner loop.
 */
function align(d: Int32Array, s: Int32Array, maxCost: number): Align | undefined {
  const n = d.length, m = s.length;
  if (n === 0 || m === 0) return undefined;
  const W = m + 1;
  const size = (n + 1) * W;
  const dp = size <= alignTable.length ? alignTable : size <= ALIGN_KEEP ? (alignTable = new Int32Array(size)) : new Int32Array(size);
  // row 0 is free (the draft may start anywhere in the source); column 0 costs one per draft word
  dp.fill(0, 0, W);
  for (let i = 1; i <= n; i++) dp[i * W] = i;
  for (let i = 1; i <= n; i++) {
    let rowMin = 1 << 30;
    const di = d[i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = dp[(i - 1) * W + j - 1] + (di === s[j - 1] ? 0 : 1);
      const ins = dp[(i - 1) * W + j] + 1; // extra draft word
      const del = dp[i * W + j - 1] + 1; // source word missing from the draft
      const v = sub < ins ? (sub < del ? sub : del) : ins < del ? ins : del;
      dp[i * W + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (dp[i * W] < rowMin) rowMin = dp[i * W];
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
    if (j > 0 && v === dp[(i - 1) * W + j - 1] + (d[i - 1] === s[j - 1] ? 0 : 1)) {
      diff.push({ op: d[i - 1] === s[j - 1] ? 'same' : 'sub', d: i - 1, s: j - 1 });
      i--; j--;
    } else if (v === dp[(i - 1) * W + j] + 1) {
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

/** Where `run` first stands as a contiguous stretch of `words` at or after `from`, or -1. */
function indexOfRun(words: string[], run: string[], from: number): number {
  outer: for (let j = from; j + run.length <= words.length; j++) {
    for (let k = 0; k < run.length; k++) if (words[j + k] !== run[k]) continue outer;
    return j;
  }
  return -1;
}

/** Is each segment a contiguous run of the source's words, in order? */
function exactIn(segs: Seg[], q: QuoteIndex): boolean {
  let from = 0;
  for (const seg of segs) {
    const found = indexOfRun(q.tokens, seg.tokens, from);
    if (found < 0) return false;
    from = found + seg.tokens.length;
  }
  return true;
}

function withoutArticles(tokens: string[]): string[] {
  return tokens.filter((t) => !ARTICLES.has(t));
}

/** Each source quotation's words without "the"/"a"/"an", made once (model data, like the quotation). */
const bareQuoteTokens = new WeakMap<QuoteIndex, string[]>();

function bareTokensOf(q: QuoteIndex): string[] {
  let t = bareQuoteTokens.get(q);
  if (!t) bareQuoteTokens.set(q, (t = withoutArticles(q.tokens)));
  return t;
}

/** What `candidates` needs to know of a word the source quotations use, or of a common word: one lookup per draft word. */
interface QuoteWord {
  /** The word's number, for align (distinct words, distinct ids). */
  id: number;
  /** The quotations that use the word (the model's quoteWordIndex list), if any. */
  quotes: number[] | undefined;
  common: boolean;
  /** The `candidates` call that last counted the word: each draft word counts once. */
  countedIn: number;
}

const quoteWordsByModel = new WeakMap<Model, Map<string, QuoteWord>>();

function quoteWords(m: Model): Map<string, QuoteWord> {
  let words = quoteWordsByModel.get(m);
  if (!words) {
    words = new Map();
    for (const [t, quotes] of m.quoteWordIndex) words.set(t, { id: words.size, quotes, common: COMMON.has(t), countedIn: 0 });
    for (const t of COMMON) if (!words.has(t)) words.set(t, { id: words.size, quotes: undefined, common: true, countedIn: 0 });
    quoteWordsByModel.set(m, words);
  }
  return words;
}

/**
 * Words as the ids of quoteWords: every word of a source quotation has one; any other word is -1, which no source
 * word is (draft words are only ever compared with source words), so ids are equal exactly when the words are.
 */
function wordIds(m: Model, tokens: string[]): Int32Array {
  const words = quoteWords(m);
  const ids = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) ids[k] = words.get(tokens[k])?.id ?? -1;
  return ids;
}

/** Each source quotation's words as ids, made once (model data, like the quotation). */
const quoteIds = new WeakMap<QuoteIndex, Int32Array>();

function quoteWordIds(m: Model, q: QuoteIndex): Int32Array {
  let ids = quoteIds.get(q);
  if (!ids) quoteIds.set(q, (ids = wordIds(m, q.tokens)));
  return ids;
}

/** Per-quote match counts for `candidates`, kept between calls (all zero again when a call returns); grown with the model. */
let candidateCounts = new Int32Array(64);
let candidateCall = 0;

/** The source quotations sharing enough content words with the draft's, in the order their words are first met. */
function candidates(m: Model, segs: Seg[]): number[] {
  // a typed array and the list of quotes counted (in first-count order), not a Map: same order, no allocation per word
  if (candidateCounts.length < m.quotes.length) candidateCounts = new Int32Array(m.quotes.length);
  const counts = candidateCounts;
  const touched: number[] = [];
  const words = quoteWords(m);
  const call = ++candidateCall;
  let content = 0;
  // content words no source quotation uses: they only count towards `content`, once each
  let others: Set<string> | undefined;
  for (const seg of segs) for (const t of seg.tokens) {
    const w = words.get(t);
    if (w) {
      if (w.common || w.countedIn === call) continue;
      w.countedIn = call;
      content++;
      if (w.quotes) for (const qi of w.quotes) if (counts[qi]++ === 0) touched.push(qi);
    } else {
      if ((others ??= new Set()).has(t)) continue;
      others.add(t);
      content++;
    }
  }
  const need = Math.min(2, content);
  const out: number[] = [];
  for (const qi of touched) {
    const c = counts[qi];
    counts[qi] = 0; // ready for the next call
    if (c >= need && c >= content * 0.4) out.push(qi);
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
}

const VERB = '(?:said|says|added|adds|told|tells|warned|warns|wrote|writes|stated|states|insisted|admitted|claimed|concluded|explained|argued|replied|responded|described|describes|called|calls|stressed)';
const AFTER_VERB_FIRST = new RegExp(`^[\\s,.!?'"-]*${VERB}\\b`);
const AFTER_NAME_VERB = new RegExp(`^[\\s,.!?'"-]*(?:[\\w'-]+\\s+){0,5}?${VERB}\\b`);
const AFTER_PRONOUN = new RegExp(`^[\\s,.!?'"-]*(?:(?:said|added|says|adds|told\\s+\\w+)\\s+(he|she)\\b|(he|she)\\s+${VERB})`);
/** "the minister", "the MP", "the cabinet member": a role standing for its holder. */
const ROLE_NOUN = /\b(?:the|devon's|the council's)\s+(minister|mp|cabinet member|council leader|leader|opposition leader|interim director|director|chair|chief reporter)\b/;
const ROLE_NOUN_TYPES: Record<string, string> = {
  minister: 'minister', mp: 'mp', 'cabinet member': 'cabinet-member', 'council leader': 'council-leader', leader: 'council-leader',
  'opposition leader': 'opposition-leader', 'interim director': 'director', director: 'director', chair: 'chair', 'chief reporter': 'reporter',
};

/** Where another quotation opens in the text after a quotation. */
const QUOTE_OPENS = /["']\s*\p{L}/u;
/** A pull-quote's credit: a dash after the quotation, unless the sentence goes on after it ("— and …"). */
const CREDIT_DASH = /^\s*[-\u2013\u2014]+\s*/;
const DASH_GOES_ON = /^\s*[-\u2013\u2014]+\s*(?:the|a|an|and|but|which|who|it|that)\b/;
/** A speech verb that introduces a quotation of its own ('said: "…"'). */
const OWN_QUOTE = /^\s*[:,]?\s*["']/;
/** A document just before the speech verb (the text before it ends with this): "the report said", "the letter states". */
const DOC_BEFORE = /\b(report|letter|statement|document|notice|review|inspector|inspectors|ofsted|department|government)\b[^.]{0,20}$/;
/** DOC_BEFORE's longest match: its longest word (10 letters) and 20 more characters. */
const DOC_BEFORE_MAX = 30;
/** "he said", "she had also said": a pronoun just before the speech verb. */
const PRONOUN_BEFORE = /\b(he|she)\s+(?:has\s+|had\s+|also\s+)?$/;

/** The one person the sources give a role of this type at the draft's date (or at all), if there is exactly one. */
function roleHolder(ctx: Ctx, noun: string): PersonIndex | undefined {
  const type = ROLE_NOUN_TYPES[noun];
  const at = { start: ctx.asOf, end: ctx.asOf };
  const all = ctx.m.people.filter((p) => p.roles.some((r) => r.role.type === type));
  const now = all.filter((p) => p.roles.some((r) => r.role.type === type && statusAt(r.time, at) === 'true'));
  if (now.length === 1) return now[0];
  return all.length === 1 ? all[0] : undefined;
}

/** The person a quotation is attributed to in the draft, if one can be told. */
function speakerOf(ctx: Ctx, q: QuoteSpan, allMentions: Mention[]): Speaker | undefined {
  const { masked } = ctx;
  // Text after the quote: '"…," said Exeter MP Steve Race.' / '"…" Mr Race said.'
  const sentAfter = sentenceAtPos(ctx, q.end - 1);
  const afterEnd = Math.min(sentAfter ? sentAfter.end : q.end + 80, q.end + 100);
  const after = masked.slice(q.end, afterEnd);
  const afterOpen = after.search(QUOTE_OPENS);
  const afterLimit = q.end + (afterOpen > 0 ? afterOpen : after.length);
  const sentBefore = sentenceAtPos(ctx, q.open);
  const beforeStart = sentBefore ? sentBefore.start : Math.max(0, q.open - 120);
  const before = masked.slice(beforeStart, q.open);
  // a pull-quote's credit: '"…" — Cllr John Hart, council leader'
  if (CREDIT_DASH.test(after) && !DASH_GOES_ON.test(after)) {
    const ms = mentionsIn(allMentions, q.end, Math.min(afterLimit, q.end + 30));
    if (ms.length) return { person: ms[0].person, start: ms[0].start, end: ms[0].end };
  }
  // after the quote: a speech verb and a name within a short distance — unless that verb introduces a quotation of its own
  const verbAfter = AFTER_VERB_FIRST.exec(after) ?? AFTER_NAME_VERB.exec(after);
  const ownQuote = verbAfter && OWN_QUOTE.test(after.slice(verbAfter[0].length));
  if (verbAfter && !ownQuote) {
    const ms = mentionsIn(allMentions, q.end, Math.min(afterLimit, q.end + 61));
    if (ms.length) return { person: ms[0].person, start: ms[0].start, end: ms[0].end };
    const pron = AFTER_PRONOUN.exec(after);
    if (pron) {
      const p = byPronoun(allMentions, q.open, pron[1] ?? pron[2]);
      return p ? { person: p } : undefined;
    }
    const role = ROLE_NOUN.exec(after.slice(0, 40));
    if (role) {
      const p = roleHolder(ctx, role[1]);
      return p ? { person: p, start: q.end + role.index, end: q.end + role.index + role[0].length } : undefined;
    }
  }
  // before the quote: 'Steve Race said: "…"', 'According to Steve Race, "…"'
  SPEECH.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let r: RegExpExecArray | null;
  while ((r = SPEECH.exec(before)) !== null) last = r;
  if (last) {
    const verbPos = beforeStart + last.index;
    const ms = mentionsIn(allMentions, beforeStart, q.open).filter((x) => x.end <= q.open);
    // "the report said", "the letter states": a document speaks, unless a person is named between it and the verb
    // (a match ends at the verb, so only the last DOC_BEFORE_MAX characters can hold one, and one more is read for its \b)
    const docFrom = Math.max(0, last.index - DOC_BEFORE_MAX - 1);
    const docAt = DOC_BEFORE.exec(before.slice(docFrom, last.index));
    if (docAt && !ms.some((x) => x.start >= beforeStart + docFrom + docAt.index && x.end <= verbPos)) return undefined;
    if (ms.length) {
      // the mention closest to the speech verb (the subject before it, or the name after "according to")
      let best = ms[0];
      let bestDist = Infinity;
      for (const x of ms) {
        const dist = x.end <= verbPos ? verbPos - x.end : x.start - (verbPos + last[0].length);
        if (dist >= 0 && dist < bestDist) { bestDist = dist; best = x; }
      }
      if (bestDist <= 80) return { person: best.person, start: best.start, end: best.end };
    }
    const pron = PRONOUN_BEFORE.exec(before.slice(0, last.index));
    if (pron) {
      const p = byPronoun(allMentions, q.open, pron[1]);
      return p ? { person: p } : undefined;
    }
    const role = ROLE_NOUN.exec(before.slice(Math.max(0, last.index - 40), last.index));
    if (role) {
      const p = roleHolder(ctx, role[1]);
      if (p) return { person: p };
    }
  }
  return undefined;
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

function byPronoun(mentions: Mention[], before: number, pron: string): PersonIndex | undefined {
  const people = new Set<PersonIndex>();
  for (const x of mentionsIn(mentions, Math.max(0, before - 1500), before)) if (x.end <= before && x.person.person.pronoun === pron) people.add(x.person);
  return people.size === 1 ? [...people][0] : undefined;
}

function sourceWords(q: QuoteIndex, from: number, to: number): string {
  if (to <= from) return '';
  return q.quote.text.slice(q.starts[from], q.ends[to - 1]);
}

const quoteCitations = new WeakMap<QuoteIndex, Citation>();

function citeQuote(m: Model, q: QuoteIndex): Citation {
  let c = quoteCitations.get(q);
  if (!c) quoteCitations.set(q, (c = m.dataset.cite({ source: q.quote.source, text: q.quote.text })));
  return c;
}

function speakerName(m: Model, q: QuoteIndex): string {
  if (q.quote.speaker.person) return m.dataset.personById.get(q.quote.speaker.person)!.name;
  return q.quote.speaker.document ?? 'the source';
}

/** What is trimmed off the ends of a quotation's inner span (none of it a letter or digit). */
const TRIM_START = /[\s.,;:!?'"\u2018\u2019\u201c\u201d-]/;
const TRIM_END = /[\s,;:'"\u2018\u2019\u201c\u201d-]/;

export function checkQuotes(ctx: Ctx): void {
  const { m, f, text } = ctx;
  let allMentions: Mention[] | undefined;
  let misattributed: Set<string> | undefined;
  for (const q of ctx.quotes) {
    if (q.depth !== 0) continue;
    const segs = quoteSegments(f, text, q.innerStart, q.innerEnd);
    const total = segs.reduce((a, s) => a + s.tokens.length, 0);
    // a word or two in quotation marks (a scare quote, a coined phrase) is neither confirmed nor flagged
    if (total < 3) continue;
    const cands = candidates(m, segs);
    const speaker = speakerOf(ctx, q, (allMentions ??= mentionsByStart(ctx)));
    // trimmed inner span
    let a = q.innerStart, b = q.innerEnd;
    while (a < b && TRIM_START.test(text[a])) a++;
    while (b > a && TRIM_END.test(text[b - 1])) b--;
    const exact = cands.filter((qi) => exactIn(segs, m.quotes[qi]));
    if (exact.length) {
      if (!speaker) {
        const qi = m.quotes[exact[0]];
        addConfirmation(ctx, { start: a, end: b, kind: 'quote', message: `Verified quotation: ${speakerName(m, qi)}.`, citations: [citeQuote(m, qi)] });
        continue;
      }
      const right = exact.find((qi) => speakerOk(m.quotes[qi], speaker.person));
      if (right !== undefined) {
        addConfirmation(ctx, { start: a, end: b, kind: 'quote', message: `Verified quotation: ${speakerName(m, m.quotes[right])}.`, citations: [citeQuote(m, m.quotes[right])] });
        continue;
      }
      const qi = m.quotes[exact[0]];
      const realName = speakerName(m, qi);
      // one finding for a quotation split around its attribution ('"…," said X, "…"')
      const key = `${qi.quote.id}:${speaker.person.person.id}`;
      if ((misattributed ??= new Set()).has(key)) continue;
      misattributed.add(key);
      // the claim is "X said …": the range takes in the name when it stands next to the quotation
      const near = speaker.start !== undefined && (Math.abs(speaker.start - q.end) <= 60 || Math.abs(q.open - speaker.end!) <= 60);
      addFinding(ctx, {
        start: near ? Math.min(a, speaker.start!) : a, end: near ? Math.max(b, speaker.end!) : b, kind: 'attribution', severity: 'error',
        message: `Misattributed: the sources give these words to ${qi.quote.speaker.person ? qi.quote.speaker.attribution.replace(/^(said|wrote)\s+/, '') : realName}, not ${speaker.person.person.name}.`,
        suggestions: [],
        citations: [citeQuote(m, qi)],
        claimKey: `attribution:${qi.quote.id}:${speaker.person.person.id}`,
      });
      continue;
    }
    // Near match: a misquote.
    let bestAlign: { qi: QuoteIndex; al: Align; seg: Seg } | undefined;
    for (const seg of segs) {
      if (seg.tokens.length < 3) continue;
      const n = seg.tokens.length;
      const maxCost = n <= 6 ? 1 : n <= 12 ? 2 : Math.floor(n * 0.2);
      let segBare: string[] | undefined;
      let segIds: Int32Array | undefined;
      for (const qidx of cands) {
        const qi = m.quotes[qidx];
        // only a strictly cheaper alignment can replace the best so far: ask align for no more (the same answer when
        // there is one, and an early stop when there is not); cost 0 is never a misquote
        const limit = bestAlign ? Math.min(maxCost, bestAlign.al.cost - 1) : maxCost;
        if (limit < 1) continue;
        const al = align((segIds ??= wordIds(m, seg.tokens)), quoteWordIds(m, qi), limit);
        if (!al || al.cost === 0) continue;
        // the filters below are pure: cheapest first
        let same = 0;
        for (const x of al.diff) if (x.op === 'same') same++;
        if (same < 2 || same < n - maxCost) continue;
        if (n <= 4 && speaker && !speakerOk(qi, speaker.person)) continue;
        // dropping or adding only "the"/"a"/"an" (headline style) is not a misquote
        if (indexOfRun(bareTokensOf(qi), (segBare ??= withoutArticles(seg.tokens)), 0) >= 0) continue;
        bestAlign = { qi, al, seg };
      }
    }
    if (bestAlign) {
      const { qi, al, seg } = bestAlign;
      const diff: DiffPart[] = [];
      for (const x of al.diff) {
        if (x.op === 'same') diff.push({ op: 'same', text: qi.quote.text.slice(qi.starts[x.s!], qi.ends[x.s!]) });
        else if (x.op === 'draft') diff.push({ op: 'draft', text: text.slice(seg.starts[x.d!], seg.ends[x.d!]) });
        else if (x.op === 'source') diff.push({ op: 'source', text: qi.quote.text.slice(qi.starts[x.s!], qi.ends[x.s!]) });
        else {
          diff.push({ op: 'draft', text: text.slice(seg.starts[x.d!], seg.ends[x.d!]) });
          diff.push({ op: 'source', text: qi.quote.text.slice(qi.starts[x.s!], qi.ends[x.s!]) });
        }
      }
      // draft words left over at either end stand for the source words just beyond the aligned stretch
      let from = al.srcStart, to = al.srcEnd;
      let lead = 0, trail = 0;
      while (lead < al.diff.length && al.diff[lead].op === 'draft') lead++;
      while (trail < al.diff.length - lead && al.diff[al.diff.length - 1 - trail].op === 'draft') trail++;
      if (trail) to = Math.min(qi.tokens.length, to + trail + (ARTICLES.has(qi.tokens[to] ?? '') ? 1 : 0));
      // a stretch that stops on "the"/"a" stops short of its noun
      if (to < qi.tokens.length && ARTICLES.has(qi.tokens[to - 1])) to++;
      if (lead) from = Math.max(0, from - lead - (ARTICLES.has(qi.tokens[from - lead - 1] ?? '') ? 1 : 0));
      const exactWords = sourceWords(qi, from, to);
      const changes = diff.filter((x) => x.op !== 'same').map((x) => (x.op === 'draft' ? `−${x.text}` : `+${x.text}`)).join(' ');
      const wrongSpeaker = speaker && !speakerOk(qi, speaker.person) ? ` The sources give these words to ${speakerName(m, qi)}, not ${speaker.person.person.name}.` : '';
      const segStart = seg.starts[0];
      const segEnd = seg.ends[seg.ends.length - 1];
      addFinding(ctx, {
        start: segStart, end: segEnd, kind: 'quote', severity: 'warning',
        message: `Misquote: ${speakerName(m, qi)} said “${exactWords}” (${changes}).${wrongSpeaker}`,
        suggestions: [exactWords],
        citations: [citeQuote(m, qi)],
        claimKey: `quote:${qi.quote.id}:${seg.tokens.join(' ')}`,
        diff,
      });
      continue;
    }
    if (speaker && total >= 4) {
      addFinding(ctx, {
        start: a, end: b, kind: 'quote', severity: 'hint',
        message: `Not in the sources: no quotation of ${speaker.person.person.name} in the bundled articles matches these words.`,
        suggestions: [],
        citations: [],
        claimKey: `quote:unknown:${speaker.person.person.id}:${segs.map((s) => s.tokens.join(' ')).join('|')}`,
      });
    }
  }
}
