/**
 * Paragraph and sentence segmentation by offsets. Works on the original text (or its fold: same
 * offsets). Paragraphs end at blank lines; inside a paragraph a line break ends a sentence when the
 * line is a heading, ends with terminal punctuation, or the next line starts a list item or quote block.
 */
import { ABBREVIATIONS as LEXICON_ABBREVIATIONS, LINE_GOES_ON_WORDS, MONTH_ABBREVIATIONS, MONTHS, PREPOSITIONS, TITLES, capitalise } from '../lexicon';

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(LEXICON_ABBREVIATIONS);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * A word of letters and full stops as a number: each character a digit in base 28 (a-z, either case, 1-26; "." 27).
 * No digit is 0, so words up to LONGEST_ABBREVIATION long get distinct keys (28^6 < 2^31): looking a word up by its
 * key is looking up its lower case, without making the string.
 */
function abbreviationKey(text: string, start: number, end: number): number {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    k = k * 28 + (c === 46 ? 27 : (c | 32) - 96);
  }
  return k;
}

const ABBREVIATION_KEYS = new Set([...ABBREVIATIONS].map((a) => abbreviationKey(a, 0, a.length)));

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
}

function isClosing(c: number): boolean {
  // quotes and brackets that may follow a full stop: " ' ” ’ ) ]
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0x00bb;
}

function isUpperStart(text: string, i: number): boolean {
  // Skip opening quotes/brackets/markdown markers.
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91 || c === 42 || c === 95 || c === 0x00ab) i++;
    else break;
  }
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/** Paragraphs: maximal runs of text separated by blank lines (lines holding only whitespace). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    // is the next line blank?
    let j = nl + 1;
    while (j < n && text.charCodeAt(j) !== 10 && isSpace(text.charCodeAt(j))) j++;
    if (j >= n || text.charCodeAt(j) === 10) {
      const s = trimSpan(text, start, nl);
      if (s) out.push(s);
      // skip all blank lines
      while (j < n && text.charCodeAt(j) === 10) {
        let k = j + 1;
        while (k < n && text.charCodeAt(k) !== 10 && isSpace(text.charCodeAt(k))) k++;
        if (k < n && text.charCodeAt(k) !== 10) break;
        j = k;
      }
      start = j;
      i = j;
    } else {
      i = nl + 1;
    }
  }
  const s = trimSpan(text, start, n);
  if (s) out.push(s);
  return out;
}

/**
 * A field's label opening a line: one to four capitalised-first words and a colon ("Re: …", "Sent: …", "Cabinet
 * member: …"), a number or a comma among them ("Slide 2: …", "Dot, 2025: …"), maybe with a bracketed note ("Summary (generated from the document): …", "Time (UTC): …"). The header
 * lines of a memo or an e-mail each stand alone: the note's own date on one is no date of the meeting named on the next.
 */
const FIELD_LABEL = /^[ \t]*[A-Z][A-Za-z0-9'\u2019]*(?:,? [A-Za-z0-9'\u2019]+){0,3}(?: \([^()\n]{1,30}\))?:[ \t]/;

/**
 * A fact sheet's key in lower case opening a line ("council control: …", read from "council_control:"): a line of
 * them after another ends the sentence above it, as a field's label does.
 */
const KEY_LABEL = /^[ \t]*[a-z][a-z0-9'\u2019]*(?: [a-z0-9'\u2019]+){0,4}:[ \t]/;

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

function keyLines(text: string, lineStart: number, next: number): boolean {
  return KEY_LABEL.test(text.slice(next, next + 50)) && KEY_LABEL.test(text.slice(lineStart, lineStart + 50));
}

/**
 * A line that opens on a short label and a spaced dash: a figure, a year, a month or a name ("4 – areas of concern",
 * "March – the month from which …", "£1.2m – …"), as an "in numbers" box or a who's who sets its lines.
 */
const ENTRY_LABEL = /^[ \t]*(?:[£$€]?\d[\d,.]*(?:%|bn|m|k)?|[A-Z][\w'\u2019.]*)(?:[ \t]+(?:[£$€]?\d[\d,.]*|[A-Za-z][\w'\u2019.]*)){0,2}[ \t]+[-\u2013\u2014][ \t]/;

/** A line of such entries after another: each is its own sentence (a figure's gloss runs into the next figure otherwise). */
function entryLines(text: string, lineStart: number, next: number): boolean {
  return ENTRY_LABEL.test(text.slice(next, next + 40)) && ENTRY_LABEL.test(text.slice(lineStart, lineStart + 40));
}

/**
 * A line stamped with its time of day ("08:56 < nick> …", "[14:02:11] …"), a log's or a chat's message: a line of them
 * after another ends the sentence above it, each message its own.
 */
const STAMPED_LINE = /^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]/;

/** Does a line open with a time-of-day stamp, as a log's or a chat's message does? */
export function stampedLine(line: string): boolean {
  return STAMPED_LINE.test(line);
}

function stampedLines(text: string, lineStart: number, next: number): boolean {
  const c = text.charCodeAt(next);
  return ((c >= 48 && c <= 57) || c === 91 || c === 32) && stampedLine(text.slice(next, next + 16)) && stampedLine(text.slice(lineStart, lineStart + 16));
}

/**
 * A row of fields parted by tabs after another (a database's dump, a spreadsheet pasted as text): each row its own
 * sentence, its last field no beginning of the next row's first.
 */
function tabRows(text: string, lineStart: number, lineEnd: number, next: number): boolean {
  const nextEnd = text.indexOf('\n', next);
  return tabsIn(text, lineStart, lineEnd) >= 2 && tabsIn(text, next, nextEnd < 0 ? text.length : nextEnd) >= 2;
}

function tabsIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\t', from); i >= 0 && i < to && n < 2; i = text.indexOf('\t', i + 1)) n++;
  return n;
}

/** Does the line at i open (after spaces or tabs) with a capital A-Z? A character test before FIELD_LABEL and its slice. */
function opensCapital(text: string, i: number): boolean {
  const c = text.charCodeAt(pastIndent(text, i));
  return c >= 65 && c <= 90;
}

/** Past the spaces and tabs that indent the line at i (a plain-text list's lines, "  Cllr …", open on them). */
function pastIndent(text: string, i: number): number {
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
}

function lineStartsBlock(text: string, i: number): boolean {
  i = pastIndent(text, i);
  const c = text[i];
  if (c === '#' || c === '>' || c === '|') return true;
  if ((c === '-' || c === '*' || c === '+' || c === '\u2022' || c === '\u25aa' || c === '\u25e6' || c === '\u2023' || c === '\u2013' || c === '\u2014') && text[i + 1] === ' ') return true;
  const m = /^\d{1,3}[.)] /.exec(text.slice(i, i + 5));
  return m !== null;
}

const STOPS = /[\n.!?\u2026;\u2192]/g;

/**
 * A dated entry's lead after a semicolon or an arrow: a timeline run into one paragraph ("…; May 2025: the Liberal
 * Democrats take charge …; late 2025: …", "May: Devon revisit; Jul: Somerset judgement") is a list of entries, each a
 * sentence of its own under its date.
 */
const MONTH_WORD = `(?:${[...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)].join('|')})`;
const DATED_ENTRY = new RegExp(
  String.raw`^[ \t]+(?:(?:(?:early|mid|late|spring|summer|autumn|winter)[ \t]+)?(?:\d{1,2}[ \t]+)?(?:${MONTH_WORD}[ \t]+)?(?:19|20)\d\d[ \t]*[:\u2013\u2014]|(?:\d{1,2}[ \t]+)?${MONTH_WORD}\.?[ \t]*:)[ \t]`,
  'i',
);

/**
 * Does a dated entry's lead follow the semicolon or arrow at i ("…; May 2025: …", "2015: rated inadequate → July 2022:
 * rated good")? After an arrow, a lead with its colon only: "2015 → 2022 — …" is a span.
 */
function entryAfter(text: string, i: number, end: number, c: number): boolean {
  const lead = DATED_ENTRY.exec(text.slice(i + 1, Math.min(end, i + 40)));
  return !!lead && (c === 59 || lead[0].trimEnd().endsWith(':'));
}

/** A line that starts a heading, list item or quote block. */
const HEADING = /^\s*(#|[-*+\u2022\u25aa\u25e6\u2023\u2013\u2014] |\d{1,3}[.)] |>)/;

/** What trimEnd removes (JavaScript's white space and line terminators, as \s matches). */
function isTrimmed(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Terminal punctuation or a closing mark a line may end a sentence with: . ! ? : ; " ' ” ’ ) ] */
function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 ||
    c === 41 || c === 93;
}

/**
 * Does the line text[lineStart, e) end on a closing quotation mark or bracket with no stop before it, and the next
 * line (from `next`) go on in lower case? Then the sentence goes on: "judged ‘inadequate’⏎by Ofsted in January 2020".
 */
function closesWithinSentence(text: string, lineStart: number, e: number, next: number): boolean {
  let p = e;
  while (p > lineStart && isClosing(text.charCodeAt(p - 1))) p--;
  if (p === e || p === lineStart || endsSentence(text.charCodeAt(p - 1))) return false;
  while (next < text.length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++;
  return isLowerAscii(text.charCodeAt(next));
}

/** A line ending that leaves it open: , ; : - – — ( & */
function endsOpen(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014 || c === 40 || c === 38;
}

/** Words a line may stop on when the next line goes on with it: a title before a name, or a connective. */
const TITLES_AND_CONNECTIVES = new Set<string>([...TITLES.map(capitalise), ...LINE_GOES_ON_WORDS, ...PREPOSITIONS, 'MP']);

/** A regex \w character: A-Z, a-z, 0-9 or _. */
export function isRegexWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The run of \w characters that ends text[start, end) (empty if none): the only word that /\b(...)$/ could match
 * there, as \b stands before it and inside it nowhere. A run longer than the longest such word (10) is not walked
 * further, nor copied.
 */
function lastWord(text: string, start: number, end: number): string {
  let w = end;
  while (w > start && end - w <= 10 && isRegexWordChar(text.charCodeAt(w - 1))) w--;
  return end - w <= 10 ? text.slice(w, end) : '';
}

/** A letter or full stop, as in an abbreviation ("e.g", "Cllr"). */
function isAbbreviationChar(c: number): boolean {
  return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Where the last word of text[lineStart, e) starts. */
function lastWordStart(text: string, lineStart: number, e: number): number {
  let w = e;
  while (w > lineStart && !isSpace(text.charCodeAt(w - 1))) w--;
  return w;
}

/**
 * May the next line's first word complete the word text[w, e) that ends a line ("Andrew⏎Leadbetter", "14⏎December")?
 * A capitalised word or a number may, but not a year or a time of day: a line ending on one is a byline's, a post's or
 * a record's stamp ("**mum_of_3** · 12 Jun 2023", "Posted 4 May 2024", "Date: 16/02/2026 21:17:22"), and the
 * capitalised line after it starts a sentence.
 */
function mayBeCompleted(text: string, w: number, e: number): boolean {
  return isUpperStart(text, w) && !(e - w <= 8 && /^(?:(?:19|20)\d\d|\d{1,2}:\d\d(?::\d\d)?)$/.test(text.slice(w, e)));
}

/**
 * A line that gives a value after its key's colon, a key of words ("Extra money over the five years to 2022: 50 per
 * cent"), over another: a stats box's or fact file's lines, each its own sentence (one line's figure is no other line's
 * key's). (A data file's one-word keys, "control: Conservative" under "updated: 2022-12-15", are read together.)
 */
const KEYED_VALUE = /^[ \t]*[^:\s]+[ \t]+[^:\n]{1,85}:[ \t]+[^:\n]{1,40}$/;

function keyedValueLines(text: string, lineStart: number, e: number, next: number): boolean {
  // (the line's own characters, and the next line's only when this one is such a line: no search runs past them)
  const line = text.slice(lineStart, e);
  if (!line.includes(':') || !KEYED_VALUE.test(line)) return false;
  const nextEnd = text.indexOf('\n', next);
  return KEYED_VALUE.test(text.slice(next, nextEnd < 0 ? text.length : nextEnd).trimEnd());
}

/** Past any footnote references ("[^4]", "[^note]") that stand after a sentence's stop: they belong to it. */
function afterFootnoteMarks(text: string, j: number, end: number): number {
  while (j + 2 < end && text.charCodeAt(j) === 91 && text.charCodeAt(j + 1) === 94) {
    const close = text.indexOf(']', j + 2);
    if (close < 0 || close >= end || close - j > 24 || /\s/.test(text.slice(j + 2, close))) break;
    j = close + 1;
  }
  return j;
}

/** Sentences of text[start, end). */
export function sentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let s = start;
  let lineStart = start;
  // jump from one line break or terminal mark to the next (a native scan): nothing else can end a sentence
  for (let i = start; i < end; i++) {
    STOPS.lastIndex = i;
    // test, not exec: only the position is wanted, and no match array is made
    if (!STOPS.test(text) || STOPS.lastIndex > end) break;
    i = STOPS.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 59 || c === 0x2192) {
      if (entryAfter(text, i, end, c)) {
        const sp = trimSpan(text, s, i + 1);
        if (sp) out.push(sp);
        s = i + 1;
      }
      continue;
    }
    if (c === 10) {
      // the line before the break as trimEnd leaves it: text[lineStart, e)
      let e = i;
      while (e > lineStart && isTrimmed(text.charCodeAt(e - 1))) e--;
      const last = text.charCodeAt(e - 1);
      // The line ends a sentence when it is empty, ends with terminal punctuation, is a heading, or the next line
      // starts a block; or when it reads as a headline or standfirst: a line that starts its sentence, unpunctuated,
      // followed by a capitalised line, and not stopping on a connective, a title or a capitalised word that the next
      // line's word may complete (hard-wrapped copy breaks lines inside sentences and names: "Andrew⏎Leadbetter"). Asked cheapest first, and
      // by characters: a pattern anchored at the line's end would be tried at every position of the line.
      if (
        e === lineStart || (endsSentence(last) && !closesWithinSentence(text, lineStart, e, i + 1)) || HEADING.test(text.slice(lineStart, e)) || lineStartsBlock(text, i + 1) ||
        (opensCapital(text, i + 1) && FIELD_LABEL.test(text.slice(i + 1, i + 41)) && !endsOpen(last) && !TITLES_AND_CONNECTIVES.has(lastWord(text, lineStart, e))) ||
        (isLowerAscii(text.charCodeAt(i + 1)) && keyLines(text, lineStart, i + 1)) ||
        (!isLowerAscii(text.charCodeAt(i + 1)) && (entryLines(text, lineStart, i + 1) || stampedLines(text, lineStart, i + 1))) || tabRows(text, lineStart, e, i + 1) ||
        (lineStart === s && !endsOpen(last) && !TITLES_AND_CONNECTIVES.has(lastWord(text, lineStart, e)) && isUpperStart(text, pastIndent(text, i + 1)) &&
          !mayBeCompleted(text, lastWordStart(text, lineStart, e), e)) || keyedValueLines(text, lineStart, e, i + 1)
      ) {
        const sp = trimSpan(text, s, i);
        if (sp) out.push(sp);
        s = i + 1;
      }
      lineStart = i + 1;
      continue;
    }
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      // run of terminal punctuation and closing marks
      let j = i + 1;
      while (j < end && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63 || isClosing(text.charCodeAt(j)))) j++;
      j = afterFootnoteMarks(text, j, end);
      if (j < end && !isSpace(text.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
      if (c === 46) {
        // abbreviation or initial before the stop?
        // (no abbreviation is longer than LONGEST_ABBREVIATION: the walk stops one past it, and a longer word is not looked up)
        let w = i - 1;
        while (w >= start && i - w <= LONGEST_ABBREVIATION + 1 && isAbbreviationChar(text.charCodeAt(w))) w--;
        const len = i - (w + 1);
        if ((len === 1 && text.charCodeAt(w + 1) !== 46) || (len > 1 && len <= LONGEST_ABBREVIATION && ABBREVIATION_KEYS.has(abbreviationKey(text, w + 1, i)))) {
          i = j - 1;
          continue;
        }
      }
      // next non-space must start a sentence
      let k = j;
      while (k < end && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
      // (or a footnote's definition: "… autumn 2025. [^2]: As reported …", lines a hard wrap joined)
      if (k >= end || text.charCodeAt(k) === 10 || isUpperStart(text, k) || (text.charCodeAt(k) === 91 && text.charCodeAt(k + 1) === 94)) {
        const sp = trimSpan(text, s, j);
        if (sp) out.push(sp);
        s = j;
      }
      i = j - 1;
    }
  }
  const sp = trimSpan(text, s, end);
  if (sp) out.push(sp);
  return out;
}

/**
 * The sentence of `text` that contains [start, end) (or the span itself, widened to sentence bounds).
 * `paras` is `paragraphs(text)`, for a caller that asks about one text many times.
 */
export function sentenceAt(text: string, start: number, end: number, paras: Span[] = paragraphs(text)): Span {
  for (const p of paras) {
    if (start >= p.start && start < p.end) {
      const ss = sentences(text, p.start, p.end);
      let first: Span | undefined;
      let last: Span | undefined;
      for (const s of ss) {
        if (s.end > start && s.start < end) {
          if (!first) first = s;
          last = s;
        }
      }
      if (first && last) return { start: first.start, end: last.end };
      return p;
    }
  }
  return { start, end };
}
