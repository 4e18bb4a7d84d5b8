/**
 * How findings are shown, free of the vscode API (tested in test/unit): the part of a source sentence a
 * card quotes, a quotation diff that keeps punctuation, text cut at a word, and a fix that keeps the
 * writer's line breaks.
 */

/** Cuts `s` to at most `n` characters at a word boundary, ending with "…". */
export function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= n) return t;
  const cut = t.slice(0, n - 1);
  const space = cut.lastIndexOf(' ');
  return (space > n / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '') + '…';
}

export interface Excerpt {
  /** Offsets of the excerpt in the article. */
  start: number;
  end: number;
  /** The excerpt's text in three parts: before the evidence, the evidence, after it (offsets clamped). */
  before: string;
  marked: string;
  after: string;
  /** True when text was left out before / after the excerpt within the sentence. */
  cutStart: boolean;
  cutEnd: boolean;
}

const OPEN_DOUBLE = '\u201c';
const CLOSE_DOUBLE = '\u201d';
const OPEN_SINGLE = '\u2018';
const CLOSE_SINGLE = '\u2019';

/** Spans [open, close] (offsets of the marks) of the quotations in text[from, to). */
export function quotationSpans(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  let dbl = -1, straight = -1, single = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === OPEN_DOUBLE) dbl = i;
    else if (c === CLOSE_DOUBLE && dbl >= 0) { spans.push([dbl, i]); dbl = -1; }
    else if (c === '"') {
      if (straight < 0) straight = i;
      else { spans.push([straight, i]); straight = -1; }
    } else if (c === OPEN_SINGLE) single = i;
    else if (c === CLOSE_SINGLE && single >= 0 && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) { spans.push([single, i]); single = -1; }
  }
  // an opening mark never closed in the paragraph runs to its end
  for (const o of [dbl, straight, single]) if (o >= 0) spans.push([o, to]);
  return spans;
}

/**
 * The part of a cited sentence to show: within the paragraph that holds the evidence, at most about
 * `max` characters around the evidence, never cutting a word or a quotation in two (a quotation cut
 * would leave a mark unbalanced).
 */
export function excerpt(article: string, start: number, end: number, evStart: number, evEnd: number, max = 240): Excerpt {
  const len = article.length;
  const clampO = (o: number) => Math.max(0, Math.min(len, o));
  start = clampO(start); end = clampO(Math.max(start, end));
  evStart = Math.max(start, Math.min(clampO(evStart), end));
  evEnd = Math.max(evStart, Math.min(clampO(evEnd), end));
  // the paragraph (line) of the evidence
  const paraStart = article.lastIndexOf('\n', evStart - 1) + 1;
  let paraEnd = article.indexOf('\n', evEnd > evStart ? evEnd - 1 : evEnd);
  if (paraEnd < 0) paraEnd = len;
  let s = Math.max(start, paraStart);
  let e = Math.min(end, paraEnd);
  if (e < evEnd) e = evEnd;
  const quotes = quotationSpans(article, paraStart, paraEnd);
  const fix = () => {
    for (let pass = 0; pass < 4; pass++) {
      let changed = false;
      for (const [o, c] of quotes) {
        const cEnd = c + 1;
        const cutsStart = o < s && c >= s && c < e; // the excerpt starts inside this quotation
        const cutsEnd = o >= s && o < e && cEnd > e; // it ends inside it
        if (cutsStart) {
          if (evStart < cEnd && cEnd - o <= max * 1.5) s = o; // the evidence is in it: take it whole
          else if (cEnd <= evStart) s = cEnd; // else leave it out
          else s = o;
          changed = true;
        }
        if (cutsEnd) {
          if (evEnd > o && cEnd - s <= max * 1.5) e = Math.min(paraEnd, cEnd);
          else if (o >= evEnd) e = o;
          else e = Math.min(paraEnd, cEnd);
          changed = true;
        }
      }
      if (!changed) break;
    }
  };
  fix();
  // shorten around the evidence at word boundaries, the far side first
  if (e - s > max) {
    const room = Math.max(0, max - (evEnd - evStart));
    let ns = Math.max(s, evStart - Math.floor(room / 3));
    let ne = Math.min(e, evEnd + (room - (evStart - ns)));
    if (ne - ns < max) ns = Math.max(s, ne - max);
    if (ns > s) { const sp = article.indexOf(' ', ns); ns = sp >= 0 && sp < evStart ? sp + 1 : evStart; }
    if (ne < e) { const sp = article.lastIndexOf(' ', ne); ne = sp > evEnd ? sp : evEnd; }
    s = ns; e = ne;
    fix();
  }
  // no stray spaces or trailing clause punctuation at the cuts
  while (s < evStart && /\s/.test(article[s])) s++;
  while (e > evEnd && /\s/.test(article[e - 1])) e--;
  // a sentence that ran on into the next paragraph (a line without a full stop) is not cut: the paragraph ends it
  const cutStart = s > Math.max(start, paraStart);
  const cutEnd = e < Math.min(end, paraEnd);
  let after = article.slice(evEnd, e);
  if (cutEnd) after = after.replace(/[\s,;:–—-]+$/, '');
  return { start: s, end: e, before: article.slice(s, evStart), marked: article.slice(evStart, evEnd), after, cutStart, cutEnd };
}

/**
 * The span of a citation to select in the article: its sentence within the paragraph of the evidence,
 * no quotation cut in two (the sentence splitter may run a line without a full stop into the next).
 */
export function citedSpan(article: string, c: { start: number; end: number; evidenceStart: number; evidenceEnd: number }): { start: number; end: number } {
  const x = excerpt(article, c.start, c.end, c.evidenceStart, c.evidenceEnd, Number.MAX_SAFE_INTEGER);
  return { start: x.start, end: x.end };
}

export interface WordPart {
  op: 'same' | 'draft' | 'source';
  text: string;
}

function key(w: string): string {
  return w.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^\p{L}\p{N}']/gu, '').replace(/^'+|'+$/g, '');
}

/**
 * A word-by-word difference between the draft's words and the source's that keeps each word's
 * punctuation: equal words are shown as the source writes them; changed ones as written on each side.
 */
export function punctuatedDiff(draft: string, source: string): WordPart[] {
  const a = draft.split(/\s+/).filter(Boolean);
  const b = source.split(/\s+/).filter(Boolean);
  const ka = a.map(key), kb = b.map(key);
  const n = a.length, m = b.length;
  // LCS table (quotations are short)
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i][j] = ka[i] === kb[j] && ka[i] !== '' ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  const out: WordPart[] = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j] && ka[i] !== '') { out.push({ op: 'same', text: b[j] }); i++; j++; }
    // on a tie the draft's word goes first: a change reads "~~draft~~ **source**"
    else if (i < n && (j >= m || t[i + 1][j] >= t[i][j + 1])) { out.push({ op: 'draft', text: a[i] }); i++; }
    else { out.push({ op: 'source', text: b[j] }); j++; }
  }
  return out;
}

/**
 * The replacement as it should stand in the writer's text: where the covered text broke a line between
 * two words, the replacement breaks its line after the same number of words, with the same break and
 * what starts the next line (indentation, a Markdown quote's "> "), so a fix never joins the writer's lines.
 */
export function keepLineBreaks(covered: string, replacement: string): string {
  if (!/[\r\n]/.test(covered)) return replacement;
  // separators: a line break with the next line's indentation and quote marks, or a run of spaces
  const parts = covered.split(/(\r?\n[ \t]*(?:>[ \t]*)*|[ \t]+)/);
  const breaks = new Map<number, string>();
  let words = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) { if (parts[i]) words++; continue; }
    if (/\n/.test(parts[i])) breaks.set(words, parts[i]);
  }
  const rep = replacement.split(/(\s+)/);
  const total = rep.filter((p, i) => i % 2 === 0 && p).length;
  let w = 0;
  let out = '';
  for (let i = 0; i < rep.length; i++) {
    if (i % 2 === 0) { out += rep[i]; if (rep[i]) w++; continue; }
    const br = breaks.get(w);
    if (br !== undefined && w < total) { out += br; breaks.delete(w); } else out += rep[i];
  }
  return out;
}

/** A command link's target: the arguments encoded so that no character of them can end the link. */
export function commandUri(command: string, args: unknown): string {
  const enc = encodeURIComponent(JSON.stringify([args])).replace(/[!'()*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `command:${command}?${enc}`;
}

export interface ClaimWords {
  covered?: string;
  message?: string;
}

/** A key in words when nothing else is known of it: "number:more-money-percent:40" → "40 (number: more money percent)". */
export function keyInWords(key: string): string {
  const [kind, ...rest] = key.split(':');
  const parts = rest.filter(Boolean).map((p) => p.replace(/[-_]+/g, ' '));
  const last = parts.pop();
  return last ? `${last} (${[kind, ...parts].join(': ')})` : key;
}

export function claimInWords(key: string, w: ClaimWords | undefined): string {
  if (!w || (!w.covered && !w.message)) return keyInWords(key);
  const said = w.covered ? `“${clip(w.covered, 60)}”` : '';
  return [said, w.message ? clip(w.message, 140) : ''].filter(Boolean).join(' — ');
}
