/**
 * Offset-preserving folding. `fold(text)` returns a string of exactly the same length (UTF-16 code units)
 * in which case, curly quotes, apostrophes, dashes, non-breaking and other spaces, CR and tabs are
 * folded to one plain form each. Every match found in the folded text is therefore at the same offsets
 * in the writer's text: nothing downstream has to map positions back.
 */

/** Each group of characters and the one plain form they fold to. */
const FOLDS: readonly (readonly [string, string])[] = [
  // Single quotes and apostrophes (incl. primes and modifier letters writers paste from Word and PDFs).
  ['\u2018\u2019\u201a\u201b\u2032\u02bc\u02bb\u0060\u00b4', "'"],
  // Double quotes.
  ['\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u301d\u301e\uff02', '"'],
  // Dashes and hyphens.
  ['\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d', '-'],
  // Spaces (NBSP, narrow NBSP, the en/em spaces, ideographic) and control whitespace other than \n.
  ['\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\r\t\v\f\u2028\u2029\u0085', ' '],
  // Zero-width characters and the byte-order mark become spaces (they never join words we look for).
  ['\u200b\u200c\u200d\u2060\ufeff\u00ad', ' '],
  // Superscript digits: a footnote's mark after a word ("Brazil⁵", "2022¹"), never part of it.
  ['\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079', ' '],
  // Ellipsis character: a single code unit, folded to a period so "..." and "…" both read as stops.
  ['\u2026', '.'],
];

const TABLE: ReadonlyMap<number, number> = new Map(
  FOLDS.flatMap(([chars, to]) => [...chars].map((ch): [number, number] => [ch.charCodeAt(0), to.charCodeAt(0)])),
);

const SPECIAL = new RegExp(`[${[...TABLE.keys()].map((c) => '\\u' + c.toString(16).padStart(4, '0')).join('')}]`, 'g');
/** Characters whose lower case is not one code unit for one (e.g. U+0130): those texts take the slow path. */
const CHANGED_LENGTH = /[\u0130\u1e9e\u2126\u212a\u212b]|[\ud800-\udfff]/;

export function foldChar(code: number): number {
  const t = TABLE.get(code);
  if (t !== undefined) return t;
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  // Lower-case only where that keeps one code unit (e.g. not U+0130, whose lower case is two).
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** What the one-pass fold turns each code unit into: ASCII (upper case to lower, TABLE's control whitespace and
 * backtick) and TABLE's characters; 0 for any other (which the pass folds with foldChar). */
const BY_TABLE = new Uint16Array(65536);
for (let c = 0; c < 128; c++) BY_TABLE[c] = TABLE.get(c) ?? (c >= 65 && c <= 90 ? c + 32 : c);
for (const [c, to] of TABLE) BY_TABLE[c] = to;
BY_TABLE[0] = 0xffff; // NUL folds to itself: marked apart from "not in the table" below

/** Reused output buffer (grown as needed up to this size; longer texts get their own). */
const SCRATCH_KEEP = 1 << 16;
let scratch = new Uint16Array(4096);

/**
 * A string of the first n code units of `codes`. Without a lone surrogate among them (`lone` false) decoding them as
 * UTF-16 is exact, and native; with one (a decoder would turn it into U+FFFD), or on a big-endian machine, by
 * String.fromCharCode in pieces.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;

function fromCodes(codes: Uint16Array, n: number, lone: boolean): string {
  if (UTF16 && !lone) return UTF16.decode(codes.subarray(0, n));
  const PIECE = 8192;
  if (n <= PIECE) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += PIECE) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + PIECE)) as unknown as number[]);
  return out;
}

export function fold(text: string): string {
  // One pass, character by character, for any text without a capital sigma (nearly every draft); one with it goes
  // down the general path, which lower-cases it as a whole string does.
  return foldByTable(text) ?? foldGeneral(text);
}

/** The capital sigma: the one character whose lower case depends on its neighbours (final ς or σ). */
const CAPITAL_SIGMA = 0x3a3;
/** What foldOther answers for a capital sigma, and for a surrogate that is not half of a pair. */
const SIGMA = -1;
const LONE = -2;

/** The fold of text[i], a character outside BY_TABLE: foldChar's, or SIGMA, or LONE (kept as it is). */
function foldOther(text: string, i: number, c: number): number {
  if (c === CAPITAL_SIGMA) return SIGMA;
  if (c >= 0xd800 && c <= 0xdbff) return (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? c : LONE;
  if (c >= 0xdc00 && c <= 0xdfff) return (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? c : LONE;
  return foldChar(c);
}

/**
 * The fold of a text, made one character at a time (by table for ASCII and TABLE's characters, by foldChar for any
 * other), or undefined for a text holding a capital sigma. Lower-casing a whole string changes each character on its
 * own but for that one (a string holding a character whose lower case is longer, or a surrogate, is lower-cased a
 * character at a time by foldGeneral too), so this is the general path's fold; and the fold of a part of the text is
 * that part of its fold. (An accent, a pound sign or a bullet used to send the whole draft down the general path and
 * every paragraph to be folded again: 6% of a check of 10,000 words of realistic copy.)
 */
export function foldByTable(text: string): string | undefined {
  const n = text.length;
  const out = n <= scratch.length ? scratch : n <= SCRATCH_KEEP ? (scratch = new Uint16Array(n)) : new Uint16Array(n);
  let changed = false;
  let lone = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = BY_TABLE[c];
    if (f === 0) {
      f = foldOther(text, i, c);
      if (f === SIGMA) return undefined;
      // (a lone surrogate is kept, but decides how the string is made: see fromCodes)
      if (f === LONE) {
        lone = true;
        f = c;
      }
    }
    if (c === 0) f = 0;
    out[i] = f;
    if (f !== c) changed = true;
  }
  return changed ? fromCodes(out, n, lone) : text;
}

/** The general fold: lower-cases the text as a whole string does, then folds TABLE (exported for tests). */
export function foldGeneral(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    // lower-casing kept every offset: only the folded punctuation and spaces remain to replace
    const folded = lower.replace(SPECIAL, (ch) => String.fromCharCode(TABLE.get(ch.charCodeAt(0))!));
    if (!CHANGED_LENGTH.test(text)) return folded;
  }
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) out[i] = String.fromCharCode(foldChar(text.charCodeAt(i)));
  return out.join('');
}

/** Word characters for tokenising folded text: letters (any script), digits, and in-word apostrophes handled by callers. */
export function isWordCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c >= 48 && c <= 57) return true;
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return /\p{L}|\p{M}|\p{N}/u.test(String.fromCharCode(c));
}
