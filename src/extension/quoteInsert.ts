/**
 * What Find Quote inserts, free of the vscode API (tested in test/unit): the whole quotation with its
 * attribution, only the sentence that matched, or the words alone — and never a second attribution when
 * the text just before the cursor already names the speaker ("Mr Race said:").
 */

export type InsertMode = 'whole' | 'sentence' | 'words';

export interface QuoteLike {
  quote: { fragment?: boolean; speaker: { person?: string; document?: string } };
  text: string;
  attribution: string;
}

const fold = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'");
const wordsOf = (s: string) => fold(s).split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/** The sentences of a quotation. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  const re = /[^.!?]+(?:[.!?]+["'\u201d\u2019]*|$)/g;
  let cur = '';
  for (const m of text.match(re) ?? [text]) {
    cur += m;
    // a stop after a single capital or "Mr"/"Dr" does not end a sentence
    if (/\b(Mr|Mrs|Ms|Dr|Cllr|St|[A-Z])\.$/.test(cur.trim())) continue;
    if (cur.trim()) out.push(cur.trim());
    cur = '';
  }
  if (cur.trim()) out.push(cur.trim());
  return out.length ? out : [text.trim()];
}

/** The sentence of a quotation that best matches a query: the query as a phrase, else the most of its words. */
export function bestSentence(text: string, query: string): string {
  const ss = sentencesOf(text);
  const q = wordsOf(query);
  if (q.length === 0) return ss[0];
  const phrase = ` ${q.join(' ')} `;
  const score = (s: string) => {
    const w = wordsOf(s);
    const has = new Set(w);
    return (` ${w.join(' ')} `.includes(phrase) ? 1000 : 0) + q.filter((x) => has.has(x)).length;
  };
  return ss.reduce((best, s) => (score(s) > score(best) ? s : best), ss[0]);
}

const SPEECH = /\b(said|says|say|added|adds|told|tells|warned|warns|wrote|writes|explained|admitted|claimed|replied|responded|insisted|concluded|stated|asked|continued|went on)\b[^.!?]*$/i;

/**
 * True when the text before the cursor already attributes what follows to one of `names` (the speaker's
 * surname, or the document's name): the current sentence names them and ends in a speech verb, a colon or
 * a comma ("Mr Race said:", "As Steve Race put it,", "Race added that").
 */
export function namesSpeaker(before: string, names: readonly string[]): boolean {
  const para = before.slice(before.lastIndexOf('\n\n') + 1);
  // the sentence being written: after the last full stop that is followed by a space
  const stop = Math.max(para.lastIndexOf('. '), para.lastIndexOf('? '), para.lastIndexOf('! '));
  const sentence = para.slice(stop + 1).replace(/["\u201c]\s*$/, '').trimEnd();
  if (!sentence) return false;
  const lower = fold(sentence);
  const named = names.some((n) => n && new RegExp(`(^|[^\\p{L}])${fold(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}('s)?([^\\p{L}]|$)`, 'u').test(lower));
  return named && (/[:,]$/.test(sentence) || SPEECH.test(sentence) || /\bput it$/.test(lower) || /\bthat$/.test(lower));
}

/** The names that attribute a quotation: the speaker's surname (or the last capitalised word of the attribution). */
export function speakerNames(q: QuoteLike, surname?: string): string[] {
  const caps = q.attribution.match(/\b[A-Z][\p{L}'’-]+/gu) ?? [];
  const last = caps.filter((w) => !/^(MP|Councillor|Cllr|Leader|Mr|Mrs|Ms|Dr|The|Said|Minister)$/.test(w)).pop();
  if (q.quote.speaker.document) return [q.attribution.replace(/^(said|according to)\s+/i, '').replace(/^the\s+/i, '')];
  return [surname, last].filter((x): x is string => !!x);
}

/** The words in quotation marks with no attribution (bare when the writer has just opened a quotation mark). */
export function wordsAlone(words: string, before: string): string {
  const w = words.replace(/["\u201c\u201d]/g, "'").trim();
  const opened = /["\u201c]\s*$/.test(before) && ((before.match(/["\u201c\u201d]/g) ?? []).length % 2 === 1);
  if (opened) return w;
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  return `${lead}"${w}"${/[.!?,;:]["']?$/.test(w) ? '' : '.'}`;
}

/**
 * The text to insert for `mode`. `format` is the attributed form of the core (formatAttributedQuote);
 * when the text before the cursor already names the speaker, the words are inserted alone.
 */
export function quotationText(q: QuoteLike, mode: InsertMode, query: string, before: string, names: readonly string[], format: (q: QuoteLike) => string): { text: string; mode: InsertMode; attributedBefore: boolean } {
  const words = mode === 'sentence' && !q.quote.fragment ? bestSentence(q.text, query) : q.text;
  const attributedBefore = namesSpeaker(before, names);
  if (mode === 'words' || attributedBefore) return { text: wordsAlone(words, before), mode, attributedBefore };
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  return { text: lead + format({ ...q, text: words }), mode, attributedBefore };
}

/** A picker label: the quotation around the match, at most `max` characters, cut at words. */
export function labelAround(text: string, query: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const q = wordsOf(query);
  const lower = fold(t);
  let at = q.length ? lower.indexOf(q.join(' ')) : -1;
  if (at < 0 && q.length) at = Math.min(...q.map((w) => lower.search(new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'))).filter((i) => i >= 0), Infinity);
  if (!Number.isFinite(at) || at < 0) at = 0;
  let start = at < max / 3 ? 0 : at - Math.floor(max / 4);
  if (start > 0) { const sp = t.indexOf(' ', start); start = sp >= 0 && sp < at ? sp + 1 : start; }
  let end = Math.min(t.length, start + max);
  if (end < t.length) { const sp = t.lastIndexOf(' ', end); if (sp > start) end = sp; }
  return `${start > 0 ? '…' : ''}${t.slice(start, end)}${end < t.length ? '…' : ''}`;
}
