/**
 * Fuzzy search over every quotation in the dataset, and the attributed form a writer inserts
 * (`"…," said Exeter MP Steve Race.`). Pure: no editor, no file system.
 */
import Fuse, { type Expression } from 'fuse.js';
import type { Dataset } from '../data/loader';
import type { Quote } from '../data/schema';
import { REPORTING_VERBS, SPEECH_VERBS as SPEECH } from '../lexicon';

export interface QuoteEntry {
  quote: Quote;
  /** The quotation's words with whitespace collapsed (as shown in a picker). */
  text: string;
  /** How to attribute it in copy, e.g. "Exeter MP Steve Race". */
  attribution: string;
  /** Headline or short title of the source article. */
  title: string;
  /** Publication date as a person reads it ("mid-December 2022"). */
  date: string;
  sourceId: string;
}

export interface QuoteHit extends QuoteEntry {
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
}

export interface QuoteSearch {
  readonly entries: readonly QuoteEntry[];
  /** Best matches first. An empty (or blank) query lists every quotation in dataset order. */
  search(query: string, limit?: number): QuoteHit[];
  byId(id: string): QuoteEntry | undefined;
}

type QuoteData = Pick<Dataset, 'quotes' | 'sourceById'>;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function quoteEntries(data: QuoteData): QuoteEntry[] {
  return data.quotes.map((q) => {
    const src = data.sourceById.get(q.source);
    return {
      quote: q,
      text: collapse(q.text),
      attribution: collapse(q.speaker.attribution),
      title: src ? src.title : q.source,
      date: src ? src.published.display : '',
      sourceId: q.source,
    };
  });
}

export function createQuoteSearch(data: QuoteData): QuoteSearch {
  const entries = quoteEntries(data);
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'text', weight: 0.7 },
      { name: 'attribution', weight: 0.2 },
      { name: 'title', weight: 0.1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
    minMatchCharLength: 2,
  });
  const ids = new Map(entries.map((e) => [e.quote.id, e]));
  return {
    entries,
    byId: (id) => ids.get(id),
    search(query: string, limit = 50): QuoteHit[] {
      const q = collapse(query);
      if (!q) return entries.slice(0, limit).map((e) => ({ ...e, score: 0 }));
      // Fuse's bitap matcher caps patterns at 32 characters; longer queries match per word.
      const words = q.split(' ').filter((w) => w.length > 1).map((w) => w.slice(0, 32));
      const pattern: string | Expression =
        q.length > 32 && words.length > 0 ? { $and: words.map((w): Expression => ({ $or: ['text', 'attribution', 'title'].map((k): Expression => ({ [k]: w })) })) } : q;
      const hits = fuse.search(pattern, { limit }).map((r) => ({ ...r.item, score: r.score ?? 0 }));
      // a quotation holding the query as a phrase is a hit even when the fuzzy search missed it
      const phrase = searchFold(q);
      for (const e of entries) if (!hits.some((h) => h.quote.id === e.quote.id) && searchFold(e.text).includes(phrase)) hits.push({ ...e, score: 1 });
      return rankHits(q, hits).slice(0, limit);
    },
  };
}

/** Lower case, straight quotes, words separated by single spaces: how a query and a quotation are compared. */
function searchFold(s: string): string {
  return ` ${s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
}

/**
 * Best match first, the way a search box ranks: the query as a phrase in the words, then the query as a
 * phrase in the speaker, then every word of it in the words (or words and speaker), then the fuzzy score.
 */
export function rankHits<T extends QuoteHit>(query: string, hits: T[]): T[] {
  const q = searchFold(query);
  const words = q.trim().split(' ').filter(Boolean);
  const tier = (h: T): number => {
    const text = searchFold(h.text), who = searchFold(h.attribution);
    if (text.includes(q)) return 0;
    if (who.includes(q)) return 1;
    if (words.every((w) => text.includes(` ${w} `))) return 2;
    if (words.every((w) => text.includes(` ${w} `) || who.includes(` ${w} `))) return 3;
    return 4;
  };
  return hits.map((h, i) => ({ h, i, t: tier(h) })).sort((a, b) => a.t - b.t || a.h.score - b.h.score || a.i - b.i).map((x) => x.h);
}

const CLOSING_QUOTES = /["'\u201d\u2019]+$/;

const SPEECH_VERBS = [...SPEECH, ...REPORTING_VERBS].join('|');
const VERB_FIRST = new RegExp(`^(${SPEECH_VERBS})\\s+(.+)$`, 'i');
const HAS_VERB = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'i');

/**
 * The attribution as it follows a quotation ("said Exeter MP Steve Race", "the council said") and as it
 * precedes a fragment ("Exeter MP Steve Race said"). The data may give the attribution with its verb
 * ("said Exeter MP Steve Race", "Josh MacAlister wrote") or without ("Exeter MP Steve Race"): without one,
 * a person "said" it and a document is quoted "according to" it.
 */
export function attributionForms(attribution: string, isDocument: boolean): { after: string; before: string } {
  const a = attribution.replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '');
  const vf = VERB_FIRST.exec(a);
  if (vf) return { after: a, before: `${vf[2]} ${vf[1]}` };
  if (HAS_VERB.test(a)) return { after: a, before: a };
  if (isDocument) return { after: `according to ${a}`, before: `according to ${a},` };
  return { after: `said ${a}`, before: `${a} said` };
}

/**
 * The quotation as a writer puts it in copy, with its attribution:
 * a whole quotation becomes `"Words," said Exeter MP Steve Race.` (its final full stop turned into a comma,
 * a question or exclamation mark kept); a fragment becomes `Exeter MP Steve Race said "words".`
 * Double quotation marks inside the words become single ones.
 */
export function formatAttributedQuote(entry: Pick<QuoteEntry, 'quote' | 'text' | 'attribution'>): string {
  const words = entry.text.replace(/["\u201c\u201d]/g, "'");
  const isDocument = !entry.quote.speaker.person && !!entry.quote.speaker.document;
  const who = attributionForms(entry.attribution, isDocument);
  if (entry.quote.fragment) {
    const core = words.replace(/[.,;:]+$/, '');
    return `${capitalise(who.before)} "${core}".`;
  }
  let body = words;
  const last = body.replace(CLOSING_QUOTES, '').slice(-1);
  if (last === '.' || last === ';' || last === ':') {
    const tail = body.match(CLOSING_QUOTES)?.[0] ?? '';
    body = body.slice(0, body.length - tail.length - 1) + ',' + tail;
  } else if (last !== '?' && last !== '!' && last !== ',') {
    body += ',';
  }
  return `"${body}" ${who.after}.`;
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
