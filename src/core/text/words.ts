/**
 * Word scanning over folded text. A word is a run of letters/digits with in-word apostrophes and
 * hyphens ("devon's", "lib-dem", "re-visit"). Offsets are into the string given.
 */
import { isWordCode } from './fold';

export interface Word {
  start: number;
  end: number;
}

function isInnerJoin(c: number): boolean {
  return c === 39 /* ' */ || c === 45 /* - */ || c === 0x2019 || c === 0x2011 || c === 0x2010;
}

/** All words of s[start, end). */
export function words(s: string, start = 0, end = s.length): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    let c = s.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const ws = i;
    i++;
    while (i < end) {
      c = s.charCodeAt(i);
      if (isWordCode(c)) {
        i++;
      } else if (isInnerJoin(c) && i + 1 < end && isWordCode(s.charCodeAt(i + 1))) {
        i += 2;
      } else break;
    }
    out.push({ start: ws, end: i });
  }
  return out;
}

const UPPER_START = /[A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F]/g;

/**
 * Capitalised words of text[start, end) (as in `words`, on the folded text `f` of the same offsets):
 * the only words that can be names or titles. A native scan for capitals skips everything else.
 */
export function capitalWords(text: string, f: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const hay = text.slice(start, end);
  UPPER_START.lastIndex = 0;
  // test, not exec: the match is one character, so lastIndex says where it is, and no match array is made
  while (UPPER_START.test(hay)) {
    const i = start + UPPER_START.lastIndex - 1;
    const code = text.charCodeAt(i);
    // (A-Z are capitals; the class's other ranges mix in lower-case letters, which are asked about)
    if (code > 90 && text[i] === text[i].toLowerCase()) continue;
    if (i > start && isWordCode(f.charCodeAt(i - 1))) continue;
    if (!isWordCode(f.charCodeAt(i))) continue; // blanked out (inside a long quotation)
    let j = i + 1;
    while (j < end) {
      const c = f.charCodeAt(j);
      if (isWordCode(c)) j++;
      else if ((c === 39 || c === 45) && j + 1 < end && isWordCode(f.charCodeAt(j + 1))) j += 2;
      else break;
    }
    out.push({ start: i, end: j });
    UPPER_START.lastIndex = j - start;
  }
  return out;
}

/** `s` as a pattern that matches it literally. */
/**
 * The text of pos's line before it, when the line starts at most `max` characters back; else undefined. Looked for in
 * those characters only: a search back to the line's start for every claim on one long line is quadratic.
 */
export function lineBefore(s: string, pos: number, max: number): string | undefined {
  const back = s.slice(Math.max(0, pos - max), pos);
  const nl = back.lastIndexOf('\n');
  return nl >= 0 ? back.slice(nl + 1) : pos <= max ? back : undefined;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Is position i at a word boundary (not inside a word) in folded text? */
export function boundaryBefore(s: string, i: number): boolean {
  return i <= 0 || !isWordCode(s.charCodeAt(i - 1));
}
export function boundaryAfter(s: string, i: number): boolean {
  return i >= s.length || !isWordCode(s.charCodeAt(i));
}

/** Index of `phrase` in folded `s` at word boundaries within [from, to), or -1. Never looks past `to`. */
export function findPhrase(s: string, phrase: string, from = 0, to = s.length): number {
  // in a short text, search it whole (no copy); in a long one, search only the window (never past `to`)
  if (s.length <= 4096) {
    let i = s.indexOf(phrase, from);
    while (i >= 0 && i + phrase.length <= to) {
      if (boundaryBefore(s, i) && boundaryAfter(s, i + phrase.length)) return i;
      i = s.indexOf(phrase, i + 1);
    }
    return -1;
  }
  const hay = from === 0 && to === s.length ? s : s.slice(from, to);
  let i = hay.indexOf(phrase);
  while (i >= 0) {
    if (boundaryBefore(s, from + i) && boundaryAfter(s, from + i + phrase.length) && from + i + phrase.length <= to) return from + i;
    i = hay.indexOf(phrase, i + 1);
  }
  return -1;
}

/**
 * Every match of a global regex inside text[start, end), with `index` relative to the whole text.
 * Scanning a slice keeps the cost of a sentence proportional to the sentence, never to what follows it.
 */
export function execIn(re: RegExp, text: string, start: number, end: number): RegExpExecArray[] {
  const hay = text.slice(start, end);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = re.exec(hay)) !== null) {
    if (r[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    r.index += start;
    out.push(r);
  }
  return out;
}

/**
 * findPhrase(s, phrase, from + at, from + hay.length), where `hay` is s.slice(from, …) cut once by the caller for many
 * phrases: the same first match, searched in the cut alone (boundaries are still read from s). findPhrase on a short
 * text searches past `to` to the next occurrence, once per phrase.
 */
export function findPhraseIn(s: string, hay: string, from: number, phrase: string, at = 0): number {
  if (at > hay.length) return -1;
  for (let j = hay.indexOf(phrase, at); j >= 0; j = hay.indexOf(phrase, j + 1)) {
    if (boundaryBefore(s, from + j) && boundaryAfter(s, from + j + phrase.length)) return from + j;
  }
  return -1;
}

/** hasAny(s, phrases, from, from + hay.length), searched in the cut `hay` as findPhraseIn does. */
export function hasAnyIn(s: string, hay: string, from: number, phrases: readonly string[]): boolean {
  for (const p of phrases) if (findPhraseIn(s, hay, from, p) >= 0) return true;
  return false;
}

/** True if any of the "a|b|c" alternatives occurs as a phrase in s[from, to). */
export function hasAny(s: string, alternatives: readonly string[], from = 0, to = s.length): boolean {
  for (const a of alternatives) if (findPhrase(s, a, from, to) >= 0) return true;
  return false;
}

/** Normalise a phrase for matching against folded text: fold-equivalent lower case, straight quotes, single spaces. */
export function normPhrase(p: string): string {
  return p
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Damerau-Levenshtein (optimal string alignment) distance, capped: returns max+1 once it is exceeded. */
export function editDistance(a: string, b: string, max = 4): number {
  const n = a.length, m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}
