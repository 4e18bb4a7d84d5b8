/**
 * Quotation spans in a writer's text: straight or curly, double or single, with apostrophes inside
 * words told apart from closing marks, and quotes inside quotes. One linear pass.
 */
import { fold, isWordCode } from '../text/fold';
import { words } from '../text/words';
import { TENS_WORDS, UNIT_WORDS } from '../lexicon';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the end of the paragraph when never closed). */
  end: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  double: boolean;
  /** 0 for a quotation that is not inside another. */
  depth: number;
}

const LDQ = 0x201c, RDQ = 0x201d, LSQ = 0x2018, RSQ = 0x2019, DQ = 34, SQ = 39, PRIME = 0x2032, DOUBLE_PRIME = 0x2033;
const LOW_DQ = 0x201e, LAQ = 0x00ab, RAQ = 0x00bb;

function isSpaceOrStart(text: string, i: number, start: number): boolean {
  if (i < start) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) ||
    c === 40 || c === 42 || c === 95 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 || c === 58 || c === LDQ || c === DQ || c === LAQ;
}

/** The characters findQuoteSpans acts on: a line break and every quotation mark (primes too, as typewritten copy uses them). */
const MARKS = /[\n\u201c\u201e\u00ab\u201d\u00bb"\u2018'\u2019\u2032\u2033]/g;

type Open = { open: number; double: boolean };

/**
 * The quotations open at a point of the walk, innermost last, with where the innermost of each kind (double or
 * single) stands: a closing mark finds its opener at once. Searching the stack for it instead cost a walk over every
 * opener for each closing mark (quadratic: thousands of opening double marks, then thousands of closing apostrophes).
 */
class OpenStack {
  readonly items: Open[] = [];
  /** Positions in items of the double (single) quotations, in order. */
  private readonly doubles: number[] = [];
  private readonly singles: number[] = [];

  get length(): number {
    return this.items.length;
  }

  push(open: number, double: boolean): void {
    (double ? this.doubles : this.singles).push(this.items.length);
    this.items.push({ open, double });
  }

  /** The innermost open quotation of the kind (double or single), or -1. */
  lastOf(double: boolean): number {
    const ks = double ? this.doubles : this.singles;
    return ks.length ? ks[ks.length - 1] : -1;
  }

  /** Removes the quotation at idx and every one opened inside it. */
  cut(idx: number): void {
    // pop, not `length = idx`: setting an array's length is a call into the runtime
    while (this.items.length > idx) this.items.pop();
    while (this.doubles.length && this.doubles[this.doubles.length - 1] >= idx) this.doubles.pop();
    while (this.singles.length && this.singles[this.singles.length - 1] >= idx) this.singles.pop();
  }
}

/** Closes the quotation open at stack[idx] (and any opened inside it) with the mark at i. */
function close(stack: OpenStack, out: QuoteSpan[], idx: number, i: number): void {
  const o = stack.items[idx];
  stack.cut(idx);
  out.push({ open: o.open, end: i + 1, innerStart: o.open + 1, innerEnd: i, closed: true, double: o.double, depth: idx });
}

/** Is the straight double mark at i a prime after minutes and seconds, feet and inches ("1'40\"", "6'2\"")? */
function isPrime(text: string, i: number, start: number): boolean {
  const digit = (k: number) => k >= start && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57;
  let k = i - 1;
  if (!digit(k)) return false;
  while (digit(k)) k--;
  const mark = text.charCodeAt(k);
  return (mark === 39 || mark === 0x2032 || mark === 0x2019) && digit(k - 1);
}

/**
 * Is the "“" at i the close of a quotation opened low ("„requires improvement“", as German and other languages set
 * them, in a translated piece): the innermost double quotation opened with "„", and no word right after the mark?
 */
function closesLow(text: string, stack: OpenStack, i: number, end: number): boolean {
  const k = stack.lastOf(true);
  return k >= 0 && text.charCodeAt(stack.items[k].open) === LOW_DQ && !(i + 1 < end && isWordCode(text.charCodeAt(i + 1)));
}

/** Quotation spans in text[start, end). */
export function findQuoteSpans(text: string, start = 0, end = text.length): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack = new OpenStack();
  // only line breaks and quotation marks matter: a native search jumps to each
  const hay = end === text.length ? text : text.slice(0, end);
  MARKS.lastIndex = start;
  // test, not exec: a mark is one character, so lastIndex says where it is, and no match array is made
  while (MARKS.test(hay)) {
    const i = MARKS.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10 && stack.length) {
      // News style: a quotation that runs on into the next paragraph reopens it there; end it at the line break.
      let j = i + 1;
      while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 9)) j++;
      const nc = text.charCodeAt(j);
      if (nc === LDQ || nc === DQ || nc === LSQ) {
        let lineEnd = i;
        if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
        for (let k = 0; k < stack.length; k++) {
          const o = stack.items[k];
          out.push({ open: o.open, end: lineEnd, innerStart: o.open + 1, innerEnd: lineEnd, closed: false, double: o.double, depth: k });
        }
        stack.cut(0);
      }
      continue;
    }
    if (c === LDQ && closesLow(text, stack, i, end)) {
      close(stack, out, stack.lastOf(true), i);
    } else if (c === LDQ || c === LOW_DQ || c === LAQ) {
      stack.push(i, true);
    } else if (c === RDQ || c === RAQ) {
      const k = stack.lastOf(true);
      if (k >= 0) close(stack, out, k, i);
      else if (stack.length > 0) close(stack, out, stack.length - 1, i); // a mismatched pair such as ‘…”
    } else if (c === DQ || c === DOUBLE_PRIME) {
      // a duration's or a length's seconds or inches ("[VT – 1'40\"]", "6'2\""): a prime, no quotation mark; a
      // double prime elsewhere is a typewriter's quotation mark, read as a straight one
      if (isPrime(text, i, start)) continue;
      const k = stack.lastOf(true);
      const opener = isSpaceOrStart(text, i - 1, start) && i + 1 < end && !isSpaceOrStart(text, i + 1, start);
      if (k >= 0 && !(opener && k < stack.length - 1)) close(stack, out, k, i);
      else if (!opener && stack.length > 0 && !stack.items[stack.length - 1].double) close(stack, out, stack.length - 1, i);
      else stack.push(i, true);
    } else if (c === LSQ || c === SQ || c === RSQ || c === PRIME) {
      const prevWord = i > start && isWordCode(text.charCodeAt(i - 1));
      const nextWord = i + 1 < end && isWordCode(text.charCodeAt(i + 1));
      if (prevWord && nextWord) continue; // apostrophe inside a word: we’ve, Devon’s
      const prevOpen = isSpaceOrStart(text, i - 1, start);
      const nextSpace = i + 1 >= end || isSpaceOrStart(text, i + 1, start) || !nextWord && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ');
      if (c === LSQ || (prevOpen && !nextSpace)) {
        // an opener — unless it elides a number or word ('90s, 'til), or a year's first figures after a month or a
        // preposition, or as a list's label ("May '21", "in '22", "'15 – Somerset rated …")
        if (c !== LSQ && /^\d\ds\b/.test(text.slice(i + 1, i + 5))) continue;
        if (c !== LSQ && elides(text, i + 1, end, c === RSQ)) continue;
        if (/^\d\d\b/.test(text.slice(i + 1, i + 4)) && (ELIDED_YEAR_BEFORE.test(text.slice(Math.max(start, i - 12), i)) || /^\d\d[ \t]*[\u2013\u2014-][ \t]/.test(text.slice(i + 1, i + 6)))) continue;
        stack.push(i, false);
      } else {
        const k = stack.lastOf(false);
        if (k >= 0) close(stack, out, k, i);
        // otherwise a plural possessive (councils’) or a stray mark: ignore
      }
    }
  }
  // Unclosed quotations run to the end of the paragraph (a quote that goes on, or is still being typed).
  for (let k = 0; k < stack.length; k++) {
    const o = stack.items[k];
    out.push({ open: o.open, end, innerStart: o.open + 1, innerEnd: end, closed: false, double: o.double, depth: k });
  }
  // by opening mark (no two spans share one): spans are pushed as they close, in order unless one is inside another
  for (let k = 1; k < out.length; k++) {
    if (out[k - 1].open > out[k].open) return out.sort((a, b) => a.open - b.open);
  }
  return out;
}

/**
 * The writer's own copy in quotation marks, shown as it will be read, not anybody's speech: after a label naming the
 * paper's copy ("as filed: '…'", "Intro reads: '…'", "Standfirst: '…'") or the place on a page or screen where the
 * words are shown ("On screen: '…'", "Tooltip: '…'", "Alt text: '…'", "Caption: '…'", "Card 3: '…'", "TXT_title in
 * 0:20 '…'"), the label opening its line or a field ("KPI card 4 · Value: '…'", "Dot. Tooltip: '…'"). Its claims are
 * the writer's, and are checked; only the quotations inside it quote anybody. `f` is the folded text.
 */
export function isOwnCopy(f: string, open: number): boolean {
  const before = f.slice(Math.max(0, open - 70), open);
  if (OWN_COPY_BEFORE.test(before.slice(-24))) return true;
  // (a spreadsheet's quoted field, the mark right after the comma of three fields or more: '2022,12,14,…,"At cabinet, …"')
  if (f.charCodeAt(open) === 34 && f.charCodeAt(open - 1) === 44 && CSV_FIELDS_BEFORE.test(before)) return true;
  const m = DISPLAY_LABEL_BEFORE.exec(before);
  // (not a pull quote's or a quote card's label, nor another's headline: "Quote card: '…'", "The Times headline: '…'")
  return !!m && !NOT_OWN_LABEL.test(m[1] ?? '');
}
const OWN_COPY_BEFORE = /(?:\bas\s+(?:filed|published|subbed|printed|broadcast|aired|drafted)|\bread\s+back|(?:^|\n)[\s*_>-]*read[\s*_]*|\breads|\b(?:copy|par|intro|standfirst|strapline)(?:\s+reads)?)\s*[*_]*\s*:?\s*$/;
/**
 * A label of shown words at a line's or a field's start (after markup, a list's or a panel's mark, an HTML-like tag or
 * up to three words of its own: "Frame 4 - "), its number, a bracketed note and a timecode after it ("TXT_big (36 px) in 0:05").
 */
const DISPLAY_LABEL_BEFORE = /(?:^|[\n\u00b7|\u2022;]|\.\s)[^\p{L}\n]{0,12}(?:<[^>\n]{0,30}>\s*)?((?:[a-z0-9]+[,.]?\s+(?:-\s+)?){0,3})(?:on-?\s?screen(?:\s+text)?|tool-?\s?tips?|alt(?:-?\s?text)?|captions?|sub-?titles?|titles?|sub-?head(?:ing|line)?s?|headlines?|hed|dek|kickers?|strap(?:line)?s?|standfirst|overlays?|supers?|lower-?\s?thirds?|labels?|values?|te?xt(?:_\w+)?|cards?|banners?|buttons?|cta|legend|callouts?|annotations?|chyrons?|graphics?|gfx|blurb|teaser|tagline|alert|badge)(?:\s+\d+[a-z]?)?(?:\s*\([^()\n]{0,40}\))?(?:\s+in\s+\d+:\d+(?::\d+)?)?\s*[:=-]?\s*$/u;
const CSV_FIELDS_BEFORE = /(?:^|\n)[^\n]*,[^,\n]*,[^,\n]*,$/;
const NOT_OWN_LABEL = /\b(?:the|a|an|his|her|their|its|[a-z]+'s|quote|quotes|quotation|speech|balloon|bubble|clip|sot|soundbite|pull)\b/;

/**
 * Words a dialect or casual speech writes with their first letters left out, an apostrophe in their place ("’ave",
 * "’em", "’tis"): none of them opens a quotation. Those that are words too ("is", "er") only after a typeset apostrophe.
 */
const ELIDED_WORDS = new Set(['ad', 'ave', 'avin', 'alf', 'appen', 'ard', 'bout', 'cause', 'cos', 'coz', 'eard', 'em', 'ere', 'ome', 'tis', 'twas', 'til', 'n']);
const ELIDED_WORDS_TYPESET = new Set(['e', 'er', 'im', 'is', 'ow', 'ouse', 'ead']);

/** Does a word of ELIDED_WORDS start at i (of the typeset list too, when `typeset`)? */
function elides(text: string, i: number, end: number, typeset: boolean): boolean {
  let e = i;
  while (e < end && e - i <= 5 && isWordCode(text.charCodeAt(e))) e++;
  const w = text.slice(i, e).toLowerCase();
  return ELIDED_WORDS.has(w) || (typeset && ELIDED_WORDS_TYPESET.has(w));
}

/** A month or a preposition of time before an apostrophe that elides a year's first figures ("Dec '22", "since '20"). */
const ELIDED_YEAR_BEFORE = /(?:^|[^A-Za-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|in|since|from|of|by|until|early|late|mid|spring|summer|autumn|winter)\.?,?[ \t]+$/i;

/** A Map, not an object: any word of a draft is looked up ("constructor" must not find Object's). */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map<string, string>(
  Object.entries({ ...UNIT_WORDS, ...TENS_WORDS }).map(([w, n]) => [w, String(n)]),
);

/** A quotation word in comparable form: folded, numbers as digits. */
export function tokenKey(w: string): string {
  return NUMBER_WORDS.get(w) ?? w;
}

/**
 * The comparable words of a quotation (folded, bracketed insertions removed) and their offsets; with `insertions`,
 * an editor's bracketed words kept as words ("at speed and [the leadership] need", which a draft may print plain).
 */
export function quoteTokenSpans(text: string, insertions = false): { tokens: string[]; starts: number[]; ends: number[] } {
  const f = insertions ? fold(text).replace(/[[\]]/g, ' ') : fold(text).replace(/\[[^\]]*\]/g, (x) => ' '.repeat(x.length));
  const ws = words(f);
  return { tokens: ws.map((w) => tokenKey(f.slice(w.start, w.end))), starts: ws.map((w) => w.start), ends: ws.map((w) => w.end) };
}

export function quoteTokens(text: string): string[] {
  return quoteTokenSpans(text).tokens;
}

/**
 * Could quoteSegments' walk over [start, end) meet a segment break: a "[", two periods (the second may be at `end`)
 * or an ellipsis character? Native searches, so the usual answer (no) costs no walk over the characters.
 */
function hasBreak(folded: string, original: string, start: number, end: number): boolean {
  const bracket = folded.indexOf('[', start);
  if (bracket >= 0 && bracket < end) return true;
  const blank = folded.indexOf('__', start);
  if (blank >= 0 && blank < end) return true;
  const numbered = folded.indexOf('(', start);
  if (numbered >= 0 && numbered < end && blankEnd(folded, numbered, end) >= 0) return true;
  const dots = folded.indexOf('..', start);
  if (dots >= 0 && dots < end) return true;
  const ellipsis = original.indexOf('\u2026', start);
  return ellipsis >= 0 && ellipsis < end;
}

/**
 * Where a gap-fill blank at folded[i] ends ("__(9)__", "______", or its number alone, "(9)", where Markdown read the
 * underscores as bold), or -1 if none is there: a worksheet's blank stands for the words left out, as an ellipsis does.
 */
export function blankEnd(folded: string, i: number, end: number): number {
  const c = folded.charCodeAt(i);
  if (c !== 95 && c !== 40) return -1;
  BLANK.lastIndex = i;
  return BLANK.test(folded) ? Math.min(end, BLANK.lastIndex) : -1;
}
const BLANK = /_{2,}(?:[ \t]*\(\w{1,3}\)[ \t]*_{2,})?|\(\d{1,3}\)/y;

/**
 * The draft words of a quotation as segments split at ellipses, gap-fill blanks and [bracketed insertions]: each segment
 * must appear in the source, in order, with anything allowed between segments.
 */
export function quoteSegments(folded: string, original: string, start: number, end: number): { tokens: string[]; starts: number[]; ends: number[] }[] {
  const ws = words(folded, start, end);
  if (!hasBreak(folded, original, start, end)) {
    // no ellipsis or [insertion] (most quotations): the words are one segment, as the walk below would find
    if (ws.length === 0) return [];
    const tokens = new Array<string>(ws.length), starts = new Array<number>(ws.length), ends = new Array<number>(ws.length);
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k];
      tokens[k] = tokenKey(folded.slice(w.start, w.end));
      starts[k] = w.start;
      ends[k] = w.end;
    }
    return [{ tokens, starts, ends }];
  }
  const segs: { tokens: string[]; starts: number[]; ends: number[] }[] = [];
  let cur = { tokens: [] as string[], starts: [] as number[], ends: [] as number[] };
  let i = start;
  const push = () => {
    if (cur.tokens.length) segs.push(cur);
    cur = { tokens: [], starts: [], ends: [] };
  };
  let wi = 0;
  while (i < end) {
    const c = folded.charCodeAt(i);
    if (c === 91 /* [ */) {
      const close = folded.indexOf(']', i);
      push();
      i = close < 0 || close > end ? end : close + 1;
      while (wi < ws.length && ws[wi].start < i) wi++;
      continue;
    }
    const blank = blankEnd(folded, i, end);
    if (blank >= 0) {
      push();
      i = blank;
      while (wi < ws.length && ws[wi].start < i) wi++;
      continue;
    }
    if ((c === 46 && folded.charCodeAt(i + 1) === 46) || original.charCodeAt(i) === 0x2026) {
      push();
      i++;
      while (i < end && (folded.charCodeAt(i) === 46 || folded.charCodeAt(i) === 32)) i++;
      continue;
    }
    if (wi < ws.length && ws[wi].start === i) {
      const w = ws[wi++];
      cur.tokens.push(tokenKey(folded.slice(w.start, w.end)));
      cur.starts.push(w.start);
      cur.ends.push(w.end);
      i = w.end;
      continue;
    }
    i++;
  }
  push();
  return segs;
}
