/**
 * A writer's source file read as a source: its text as it stands (every evidence offset is into the file), what its
 * front matter says (title, outlet, date, type, reporter) or else its first heading and its own date lines, and one
 * clear problem when it cannot be a source (binary, oversized, malformed front matter). Pure: text in, meta out.
 */
import { DocumentKind, frontMatterFields } from '../text/document';
import { storyDateOf } from '../time/story';
import { formatPartialDate } from '../time/dates';
import { MONTHS, WEEKDAYS } from '../lexicon';
import { Source } from '../data/schema';

/** A source longer than this many characters (about 150,000 words) is not read. */
export const MAX_SOURCE_CHARS = 1_000_000;

/** The kinds of source a front matter's `type` may name. */
export const SOURCE_TYPES = ['article', 'release', 'letter', 'report', 'transcript', 'other'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export class SourceError extends Error {
  constructor(readonly file: string, readonly problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'SourceError';
  }
}

export interface SourceMeta {
  title: string;
  /** True when the title is the file's own (front matter or first heading), false when made from its first line or name. */
  titleGiven: boolean;
  outlet?: string;
  reporter?: string;
  type: SourceType;
  /** The date with the precision known (YYYY, YYYY-MM or YYYY-MM-DD), when the file gives one. */
  date?: string;
  /** Where the date came from. */
  dateFrom?: 'front matter' | 'updated line' | 'dateline' | 'weekday and day';
  kind: DocumentKind;
  /** Where the body starts (after any front matter). */
  bodyStart: number;
}

const FRONT = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:/;
const KNOWN_FIELDS = new Set(['title', 'outlet', 'date', 'type', 'reporter', 'author', 'published', 'url', 'source', 'notes', 'note']);
const PARTIAL = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The file's kind by its name: .txt is plain text, anything else (.md, .markdown) Markdown. */
export function kindOfFile(file: string): DocumentKind {
  return /\.txt$/i.test(file) ? 'plaintext' : 'markdown';
}

/** Is this text binary (NUL characters, or many replacement characters from a failed UTF-8 decoding)? */
function looksBinary(text: string): boolean {
  if (text.indexOf('\u0000') >= 0) return true;
  let bad = 0;
  const n = Math.min(text.length, 4096);
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return bad > 8 || (n > 0 && bad / n > 0.01);
}

/** A date as written in front matter: 2022, 2022-12, 2022-12-14, or a day such as "14 December 2022". */
function frontDate(v: string): string | undefined {
  const t = v.trim().replace(/^["']|["']$/g, '');
  if (PARTIAL.test(t)) return t;
  const iso = /^(\d{4}-\d{2}-\d{2})T/.exec(t);
  if (iso && PARTIAL.test(iso[1])) return iso[1];
  const d = storyDateOf(`---\ndate: ${t}\n---\n`);
  return d?.date;
}

/**
 * Reads a source file's meta. Throws SourceError for a file that cannot be a source: binary, longer than
 * MAX_SOURCE_CHARS, empty, or with front matter that is not closed, not `key: value` lines, or has a date or type
 * that cannot be read.
 */
export function readSourceMeta(text: string, file: string): SourceMeta {
  if (text.length > MAX_SOURCE_CHARS) {
    throw new SourceError(file, `too large to read as a source (${text.length.toLocaleString('en-GB')} characters; the limit is ${MAX_SOURCE_CHARS.toLocaleString('en-GB')})`);
  }
  if (looksBinary(text)) throw new SourceError(file, 'not a text file (it looks binary); a source must be UTF-8 text (.md or .txt)');
  if (!text.trim()) throw new SourceError(file, 'empty');
  const kind = kindOfFile(file);
  let fields: Record<string, string> = {};
  let bodyStart = 0;
  if (/^---[ \t]*\r?\n/.test(text)) {
    const fm = FRONT.exec(text);
    if (!fm) throw new SourceError(file, 'front matter is not closed: it opens with "---" on the first line but no line "---" ends it');
    const lines = fm[1].split(/\r?\n/);
    lines.forEach((line, i) => {
      if (!line.trim() || /^\s*#/.test(line) || /^\s+/.test(line)) return;
      if (!FIELD.test(line)) throw new SourceError(file, `front matter line ${i + 2} is not "key: value": ${JSON.stringify(line.slice(0, 60))}`);
    });
    fields = frontMatterFields(fm[1]);
    bodyStart = fm[0].length;
    for (const k of Object.keys(fields)) {
      if (!KNOWN_FIELDS.has(k)) continue;
    }
  }
  const meta: SourceMeta = { title: '', titleGiven: false, type: 'article', kind, bodyStart };
  if (fields.type !== undefined) {
    const t = fields.type.toLowerCase();
    if (!(SOURCE_TYPES as readonly string[]).includes(t)) {
      throw new SourceError(file, `front matter "type: ${fields.type}" is not one of ${SOURCE_TYPES.join(', ')}`);
    }
    meta.type = t as SourceType;
  }
  const dateField = fields.date ?? fields.published;
  if (dateField !== undefined) {
    const d = frontDate(dateField);
    if (!d) throw new SourceError(file, `front matter "date: ${dateField}" is not a date (write it as 2022, 2022-12 or 2022-12-14)`);
    meta.date = d;
    meta.dateFrom = 'front matter';
  } else {
    const d = storyDateOf(text.slice(bodyStart));
    if (d) {
      meta.date = d.date;
      meta.dateFrom = d.from;
    }
  }
  if (fields.outlet) meta.outlet = fields.outlet;
  if (fields.reporter ?? fields.author) meta.reporter = fields.reporter ?? fields.author;
  if (fields.title) {
    meta.title = fields.title;
    meta.titleGiven = true;
  } else {
    const body = text.slice(bodyStart);
    const heading = kind === 'markdown' ? /^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(body) : null;
    if (heading) {
      meta.title = heading[1].trim();
      meta.titleGiven = true;
    } else {
      const first = body.split(/\r?\n/).find((l) => l.trim()) ?? '';
      const t = first.trim().replace(/^['"\u2018\u201c]|['"\u2019\u201d]$/g, '');
      meta.title = t.length <= 160 ? t : t.slice(0, 157).replace(/\s+\S*$/, '') + '…';
    }
  }
  if (!meta.title) meta.title = file.replace(/^.*[\\/]/, '');
  return meta;
}

/** The date as a citation shows it ("14 December 2022", "December 2022"), or "date not given". */
export function displayDate(date: string | undefined): string {
  return date ? formatPartialDate(date) : 'date not given';
}

/** How a source's note on its date starts when the file itself gives the date (`dateNote`). */
const FROM_THE_FILE = "From the file's";

/** The note on where a source's date came from. */
export function dateNote(meta: SourceMeta): string {
  return meta.date ? `${FROM_THE_FILE} ${meta.dateFrom}.` : 'The file gives no date.';
}

/** Does the source's own file date it (else its date is a stand-in: today's, or none)? */
export function fileDated(s: Source): boolean {
  return s.published.note?.startsWith(FROM_THE_FILE) ?? false;
}

const WEEKDAY_DAY = new RegExp(
  `\\b(${WEEKDAYS.join('|')}),?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTHS.join('|')})\\b(?!,?\\s+\\d{4})`, 'gi');

/**
 * The day a source with no date reports, from a weekday it gives with a day and month but no year ("Speaking at a
 * cabinet meeting on Wednesday, 14 December"): news copy names the weekday only for days within a week or so of
 * publication. The year is the one in which that day falls on that weekday, no earlier than the latest year the text
 * writes and no later than today's; none is given when two years fit, or when the source's weekday dates disagree.
 */
export function weekdayDate(text: string, today: string): string | undefined {
  const thisYear = Number(today.slice(0, 4));
  let latestWritten = 0;
  for (const r of text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) {
    const y = Number(r[1]);
    if (y <= thisYear && y > latestWritten) latestWritten = y;
  }
  if (!latestWritten) return undefined;
  const days = new Set<string>();
  for (const r of text.matchAll(WEEKDAY_DAY)) {
    const weekday = (WEEKDAYS.indexOf(r[1].toLowerCase() as (typeof WEEKDAYS)[number]) + 1) % 7;
    const month = MONTHS.indexOf(r[3].toLowerCase() as (typeof MONTHS)[number]);
    const day = Number(r[2]);
    const fits: string[] = [];
    for (let y = latestWritten; y <= thisYear; y++) {
      const d = new Date(Date.UTC(y, month, day));
      if (d.getUTCMonth() === month && d.getUTCDay() === weekday) fits.push(d.toISOString().slice(0, 10));
    }
    if (fits.length !== 1 || fits[0] > today) return undefined;
    days.add(fits[0]);
  }
  return days.size === 1 ? [...days][0] : undefined;
}
