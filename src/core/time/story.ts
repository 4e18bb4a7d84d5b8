/**
 * The time of a story and of its passages, read from the document model (text/document.ts):
 *
 * - `storyDateOf(text)`: the date a draft gives itself — front matter `date:`, an "Updated …"/"Published …" line
 *   near the top, or a dateline — for use as the story date when none is set.
 * - `contextDates(doc, text)`: for each block, the date its context sets. A dated heading above it ("### December
 *   2022"), the lead of its list item ("**2022**:"), or its table row's date column sets the time of the block's
 *   claims as a date in an earlier sentence would; so does the question a Q&A answer follows ("Who led the council
 *   in December 2022?"). And the scene date: the day, or the month of a meeting, that the
 *   story's opening paragraphs first give ("on Wednesday 14 December 2022", "at a cabinet meeting in December 2022")
 *   carries to later paragraphs, for what they tell in the past tense only, until a paragraph opens with another
 *   date (a scene of its own, or none) or a dated heading starts a section. A background date in the opening
 *   ("rated inadequate in January 2020") sets no scene: it would date every later "said" to that time.
 *
 * Only dates with their year written count: "December" under no year, or "last year", set nothing here.
 */
import { Block, BlockOrigin, DocumentEdit, DocumentModel, frontMatterFields, inQuotedLine, originsOf, QUOTED_LINE, TextPart } from '../text/document';
import { DateExpr, findDates, tenseOf, YEAR_THEN_MONTH, yearBeforeMonth } from '../extract/dates';
import { fold } from '../text/fold';
import { sentences, stampedLine } from '../text/sentences';
import { DATES_THE_COPY, WEEKDAYS } from '../lexicon';
import { DayRange, rangeOf } from './dates';

export interface ContextDate {
  range: DayRange;
  /**
   * Where it comes from: a heading above, a list item's lead, a table row's date, the question answered, or the story's
   * scene; or, 'written', the day a message the block stands in was written on (its "Sent:" header): the block's own day;
   * or, 'columns', no date at all but its cells' (a row under a "Then" column of no date): its range means nothing.
   */
  from: 'heading' | 'lead' | 'row' | 'question' | 'scene' | 'written' | 'columns';
  /** A scene told in the present tense ("Wednesday 14 December 2022. The cabinet is about to…"): its present is the scene's. */
  present?: boolean;
  /** A table row's cells under dated column headers ("| | In December 2022 | Now |"): each such cell's time. */
  cells?: readonly CellDate[];
}

/**
 * The time a table row's cell is set at: its column header's date, else the row's own (none: the draft's date);
 * offsets relative to the row.
 */
export interface CellDate {
  start: number;
  end: number;
  range: DayRange | undefined;
  /** Under a column headed "Then" (or "Before", "At the time"): a past time the header does not date. */
  then?: boolean;
  /**
   * What its column's header says the cells hold when that is no person's own post, party or ward: who runs the
   * council ("Party in control"), or a verdict on the service ("Rating", "Ofsted judgement").
   */
  holds?: 'control' | 'verdict' | 'deadline';
}

export interface StoryDate {
  /** YYYY-MM-DD */
  date: string;
  from: 'front matter' | 'updated line' | 'dateline';
}

/** Any day will do for findDates: only dates with a written year are kept, and those do not depend on it. */
const ANY_DAY = 0;

/** The dates of a short text with their year written and no relation but in/on (or none; or "from", if asked). */
function writtenDates(t: string, from = false): DateExpr[] {
  if (!/\d/.test(t)) return [];
  const f = fold(t);
  const ds = findDates(f, t, 0, t.length, ANY_DAY);
  if (ds.length > 1) yearBeforeMonth(ds, f);
  return ds.filter(
    (d) => d.range !== undefined && d.year !== undefined && !d.yearInferred && !d.relative && (d.relation === 'in' || d.relation === 'on' || d.relation === 'none' || (from && d.relation === 'from')),
  );
}

const WORD = /[A-Za-z0-9\u00c0-\uffff]+/g;

function wordsIn(t: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.test(t)) n++;
  return n;
}

/**
 * The date a label stands for: "2022", "December 2022", "14 December 2022: cabinet meets", "Timeline — 2020" — one
 * date, opening the label or with at most three other words beside it. A headline with a date in it ("Devon rated
 * inadequate in January 2020") is no label.
 */
export function labelDate(t: string): DayRange | undefined {
  const ds = writtenDates(t);
  const span = yearSpan(t, ds);
  if (span) return span;
  if (ds.length === 0) return undefined;
  const d = ds[0];
  for (const x of ds) if (x.range!.start !== d.range!.start || x.range!.end !== d.range!.end) return undefined;
  if (d.start > 12 && wordsIn(t.slice(0, d.start)) + wordsIn(t.slice(d.end)) > 3) return undefined;
  // "Before May 2025", "After May 2025": the time on that side of the date
  const side = /\b(?:(before|until|till)|after)\s*$/i.exec(t.slice(0, d.start));
  const r = d.range!;
  if (side) return side[1] ? { start: r.start - 3650, end: r.start - 1 } : { start: r.end + 1, end: r.end + 366 };
  return r;
}

/**
 * A label's span of years, "Key actors (2025–26)", "2019-2022", "2024/25": from the first year's start to the last's
 * end, when the label holds no other date and four words at most besides.
 */
function yearSpan(t: string, ds: DateExpr[]): DayRange | undefined {
  const r = YEAR_SPAN.exec(t);
  if (!r) return undefined;
  const first = Number(r[1]);
  const last = r[2].length === 2 ? Math.floor(first / 100) * 100 + Number(r[2]) : Number(r[2]);
  // (a season's, two years at most: a longer span, "Devon's children's services, 2016–2026", is a piece's scope, no time)
  if (last <= first || last > first + 2) return undefined;
  const end = r.index + r[0].length;
  if (ds.some((d) => d.end <= r.index || d.start >= end)) return undefined;
  if (wordsIn(t.slice(0, r.index)) + wordsIn(t.slice(end)) > 4) return undefined;
  return rangeOf(`${first}/${last}`);
}
const YEAR_SPAN = /(?<![\d\w])((?:19|20)\d\d)[ \t]*[\u2013\u2014\/-][ \t]*(\d\d(?:\d\d)?)(?![\d\w])/;

/** The date a question sets for its answer: its one date, wherever it stands ("Who led the council in December 2022?"). */
export function questionDate(t: string): DayRange | undefined {
  const ds = writtenDates(t);
  if (ds.length === 0) return undefined;
  for (const x of ds) if (x.range!.start !== ds[0].range!.start || x.range!.end !== ds[0].range!.end) return undefined;
  return ds[0].range;
}

/** A cell under a date column that is a date as data exports write it: "2022", "2022-12", "2022-12-14". */
const ISO_CELL = /^(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

function isoCell(t: string): DayRange | undefined {
  return ISO_CELL.test(t) ? rangeOf(t) : undefined;
}

/**
 * Where a heading says when the piece under it went out ("Episode 41 (first broadcast 19 December 2022)", "— recorded
 * 14 December 2022"): after a bracket or separator, so that a headline's own verb ("Report published in …") is not it.
 */
const WENT_OUT = /[([,:;|\u2013\u2014-]\s*(?:first\s+|originally\s+)?(?:published|broadcast|aired|recorded|filmed|printed)\s*:?\s+(?:on\s+)?$/;
/** What stands between a title and the day or month after it: a comma, dash, bar, colon or bracket (and the day's weekday). */
const DAY_AFTER_TITLE = /[,(|:\u2013\u2014-]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
/**
 * Is d the day or month that ends t after a title ("Readers' letters, 20 December 2022"), or a year alone after a comma
 * or dash ("Slide 4 — The politics of blame, 2022"; not a span of years, "… services, 2016–2026")?
 */
function dayAfterTitle(t: string, d: DateExpr): boolean {
  if (d.month === undefined && !(d.year !== undefined && YEAR_ALONE.test(t.slice(Math.max(0, d.start - 3), d.end)))) return false;
  return d.relation === 'none' && DAY_AFTER_TITLE.test(t.slice(Math.max(0, d.start - 16), d.start)) && /^[\s)\]*_.]*$/.test(t.slice(d.end));
}

/** A year alone after a comma or dash: "…, 2022", "… – 2022". */
const YEAR_ALONE = /^.?[,\u2013\u2014-]\s*(?:19|20)\d\d$/;

/**
 * A heading that names a dated occasion and nothing more ("Slide 4: The December 2022 cabinet meeting"), or a subtitle
 * after a spaced dash ("Feature: The 2025 letter — and the row over reorganisation").
 */
const OCCASION = /^(?:[^:|\u2013\u2014]{0,30}[:|\u2013\u2014]\s*)?the\s+$/i;
const OCCASION_NOUN = /^\s+[a-z][a-z'\u2019 -]{1,40}?(?:\s[\u2013\u2014-]\s[^\n\d]{1,60})?$/i;

/**
 * The date a heading sets for its section: its label's (labelDate); else the date it says the piece under it went
 * out (WENT_OUT), or the day that ends it after a title; else the date of the one occasion it names (OCCASION). A
 * headline with a date in it ("Devon rated inadequate in January 2020") sets none.
 */
export function headingDate(t: string): DayRange | undefined {
  if (PLAN_HEADING.test(t)) return undefined;
  const own = labelDate(t);
  if (own) return own;
  const ds = writtenDates(t);
  if (ds.length !== 1) return undefined;
  const d = ds[0];
  if (WENT_OUT.test(fold(t.slice(Math.max(0, d.start - 40), d.start)))) return d.range;
  // a title with its day or month after it ("Transcript: Devon County Council cabinet, 14 December 2022")
  if (dayAfterTitle(t, d)) return d.range;
  return d.relation === 'none' && OCCASION.test(t.slice(0, d.start)) && OCCASION_NOUN.test(t.slice(d.end).replace(/[*_#]+\s*$/, '')) ? d.range : undefined;
}

/**
 * A heading whose date is a time planned for the text, not one it is set at: "To be opened in December 2026" over a
 * time capsule's letter, "Embargoed until 14 December 2022".
 */
const PLAN_HEADING = /\b(?:(?:not\s+)?to\s+be\s+(?:opened|read|published|released|revealed|unsealed)|embargoed\s+(?:until|till|to)|do\s+not\s+(?:open|publish|release)|not\s+for\s+(?:publication|release)\s+(?:before|until))\b/i;

/**
 * The time a section's heading ends on ("People and posts in 2022", "Who held the posts in December 2022"): a
 * section is about that time, as one headed "2022" is. Asked of headings below a title's level (## and deeper) and of
 * lines standing as headings; a title's (#) date ("Devon rated inadequate in January 2020") tells when a thing
 * happened, not a section's time.
 */
export function sectionDate(t: string): DayRange | undefined {
  if (PLAN_HEADING.test(t)) return undefined;
  const ds = writtenDates(t, true);
  if (ds.length !== 1) return undefined;
  const d = ds[0];
  if (d.relation === 'in' && /^[\s)\]*_.:]*$/.test(t.slice(d.end))) return d.range;
  // ("Background from December 2022 (true at the time)": a bracket after it that says its section is of that time;
  // "People (posts as at December 2022 unless stated)": the time its claims are told at)
  if (AT_THAT_TIME_AFTER.test(t.slice(d.end))) return d.range;
  return d.relation !== 'from' && AS_AT_BEFORE.test(t.slice(0, d.start)) && AS_AT_AFTER.test(t.slice(d.end)) ? d.range : undefined;
}
/** A bracket after a heading's date saying the section is told as at that time: "(true at the time)", "(as it stood)". */
const AT_THAT_TIME_AFTER = /^\s*\([^()]*\b(?:at\s+the\s+time|back\s+then|then|as\s+it\s+(?:stood|was))\b[^()]*\)[\s*_.:]*$/i;
/** "as at", "as of" right before a section heading's date, and what may follow it ("unless stated"). */
const AS_AT_BEFORE = /\bas\s+(?:at|of)\s+$/i;
const AS_AT_AFTER = /^(?:,?\s*unless\s+(?:otherwise\s+)?(?:stated|noted|shown|marked|given))?[\s)\]*_.:]*$/i;

/** A heading that sets its section back at the time told before it ("Who's who back then"), saying no "now". */
const THEN_HEADING = /\b(?:back\s+then|then|at\s+the\s+time|at\s+that\s+time|in\s+those\s+days)\b/;
const NOW_HEADING = /\b(?:now|today|current|currently|since|these\s+days)\b/;

/**
 * A source cited after an item or paragraph with its date: "(Western Morning News, 3 December 2022)", "— Devon Live,
 * 15 Dec 2022": the source's name (capitalised words, at most five), then the date, then nothing.
 */
const CITED_AT_END = /(?:\(([^()]{4,80})\)|[\u2013\u2014]\s*([^\u2013\u2014()]{4,80}?))[\s.*_]*$/;
const SOURCE_NAME = /^(?:(?:[Ss]ource|[Vv]ia|[Ff]rom)\s*:?\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:&\s+)?[A-Z][\w'\u2019.-]*){0,4}$/;

/**
 * A cutting's or an entry's title line over its text: "**Regional daily, December 2022: "Headline"**⏎Summary …" — a
 * source's name, its date and a colon or dash, on a line of its own above the rest of the paragraph.
 */
const TITLE_LINE = /^[\s*_#>]*([A-Za-z][\w'\u2019.&-]*(?:\s+[\w'\u2019.&-]+){0,5}),\s+([^:\n\u2013\u2014]{4,30}?)\s*[:\u2013\u2014][^\n]*\n\s*\S/;

/** The date of a paragraph's title line (see TITLE_LINE), if it has one. */
export function titleLineDate(t: string): DayRange | undefined {
  const r = TITLE_LINE.exec(t);
  if (!r) return undefined;
  const ds = writtenDates(r[2]);
  return ds.length === 1 && /^(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]*)?$/i.test(r[2].slice(0, ds[0].start)) &&
    ds[0].end >= r[2].trim().length - 1 ? ds[0].range : undefined;
}

/** The date a block's closing citation gives the block (see CITED_AT_END), if it has one. */
export function citationDate(t: string): DayRange | undefined {
  const tail = t.slice(-120);
  if (!/\d{4}/.test(tail)) return undefined;
  const r = CITED_AT_END.exec(tail);
  if (!r) return undefined;
  const inner = r[1] ?? r[2];
  const ds = writtenDates(inner);
  if (ds.length !== 1 || inner.slice(ds[0].end).trim()) return undefined;
  return SOURCE_NAME.test(inner.slice(0, ds[0].start).replace(/[\s,:;|]+$/, '')) ? ds[0].range : undefined;
}

/**
 * A record's first line that is its date field alone, another line under it: "date: 2015⏎event: …" (a YAML timeline's
 * entry); under the record's section header, if it has one ("[cabinet_2022]⏎date = …" in a config file).
 */
const DATE_FIELD = /^(?:[ \t]*\[[^\]\n]{1,60}\][ \t]*\r?\n)?[\s*_-]*(?:date|dated|when|year|month|day|period)[*_]*\s*:[*_]*\s*([^\n]{4,30}?)\s*\r?\n\s*\S/i;

/** A BibTeX entry's opening ("@article{cabinet2022,") and its date fields ("year = {2022}", "month = dec", "date = {2025-11}"). */
const BIB_ENTRY = /^\s*@[a-z]+\s*\{[^,\n]*,/i;
const BIB_DATE = /^\s*date\s*=\s*[{"]?([^}",\n]{4,20})/im;
const BIB_YEAR = /^\s*year\s*=\s*[{"]?(\d{4})\b/im;
const BIB_MONTH = /^\s*month\s*=\s*[{"]?([a-z]{3,9})\b/im;

/** The date a BibTeX entry's fields give the work it cites: what its notes tell of is told as of then. */
function bibEntryDate(t: string): DayRange | undefined {
  if (!BIB_ENTRY.test(t)) return undefined;
  const date = BIB_DATE.exec(t);
  const year = BIB_YEAR.exec(t);
  const month = BIB_MONTH.exec(t);
  const ds = writtenDates(date ? date[1] : year ? `${month ? `${month[1][0].toUpperCase()}${month[1].slice(1)} ` : ''}${year[1]}` : '');
  return ds.length === 1 ? ds[0].range : undefined;
}

/** The date of a record's date field (see DATE_FIELD), if it opens the block and is one date alone. */
function dateFieldDate(t: string): DayRange | undefined {
  const r = DATE_FIELD.exec(t);
  if (!r) return undefined;
  const ds = writtenDates(r[1]);
  return ds.length === 1 && ds[0].start === 0 && ds[0].end >= r[1].length - 1 ? ds[0].range : undefined;
}

/** A column header that names dates ("Date", "As at", a spec's "asOf"). */
const DATE_COLUMN = /\b(?:date|dates|when|year|month|day|period|as\s*(?:at|of))\b/i;

function rowDate(b: Block): DayRange | undefined {
  const { columns, cells } = b.context;
  if (!cells) return undefined;
  if (columns) {
    for (let k = 0; k < columns.length && k < cells.length; k++) {
      // (a data export's header may join its words with underscores: "as_at", "start_date")
      if (DATE_COLUMN.test(columns[k].text.replace(/_/g, ' '))) {
        const d = labelDate(cells[k].text) ?? isoCell(cells[k].text);
        if (d) return d;
      }
    }
  }
  // a row headed by its date ("| July 2022 | …")
  const first = cells.length > 1 && columns ? labelDate(cells[0].text) : undefined;
  return first ?? (columns ? dateCell(cells) : undefined);
}

/** A cell that is a date and nothing more ("2022", "Dec 2022", "2022-12"), the one such in its row. */
const DATE_ALONE = /^(?:(?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?$/;

/** The date of a row that holds one cell of a date alone under a header that names no date ("| X | Council leader | 2022 |"). */
function dateCell(cells: readonly { text: string }[]): DayRange | undefined {
  let found: DayRange | undefined;
  for (const c of cells) {
    if (!DATE_ALONE.test(c.text)) continue;
    if (found) return undefined;
    found = labelDate(c.text) ?? isoCell(c.text);
  }
  return found;
}

/**
 * A row's cells, each with its column header's date ("In December 2022", "Then (2022)") or none, offsets relative
 * to the row; undefined when no column header is a date.
 */
function columnDates(b: Block): CellDate[] | undefined {
  const { columns, cells } = b.context;
  const out = cells?.map((c, k): CellDate => {
    const cell: CellDate = { start: c.start - b.start, end: c.end - b.start, range: columns?.[k] && labelDate(columns[k].text) };
    if (!cell.range && columns?.[k] && THEN_COLUMN.test(columns[k].text)) cell.then = true;
    const holds = columns?.[k] && columnHolds(columns[k].text);
    if (holds) cell.holds = holds;
    return cell;
  });
  return out?.some((c) => c.range || c.then || c.holds) ? out : undefined;
}

/** A column header that says who runs the council: "Party in control", "Control", "Ruling party", "Run by". */
const CONTROL_COLUMN = /\b(?:in\s+(?:control|charge|power)|control(?:led)?|controlling|ruling|run\s+by|running\s+the)\b/i;
/** A column header that says its cells are a verdict on the service: "Rating", "Ofsted judgement", "Grade". */
const VERDICT_COLUMN = /\b(?:ratings?|rated|judge?ments?|grades?|verdicts?|outcomes?)\b/i;

/** What a column's cells hold, by its header, when that is no person's own post, party or ward. */
function columnHolds(header: string): CellDate['holds'] {
  return CONTROL_COLUMN.test(header) ? 'control' : VERDICT_COLUMN.test(header) ? 'verdict' : DEADLINE_COLUMN.test(header) ? 'deadline' : undefined;
}

/**
 * A column header of a task's or a record's own dates, no happening's: "Due", "Deadline", "Target date", "Date logged",
 * "Updated"; and of the cutting, source or report a row's words come from ("Which cutting", "Source", "Report",
 * "Published").
 */
const DEADLINE_COLUMN = /^[\s*_]*(?:due(?:\s+(?:date|by))?|deadline|by\s+when|target(?:\s+date)?|(?:next\s+)?review(?:\s+date)?|date\s+(?:added|logged|raised|opened|closed|updated|received|published|filed)|(?:last\s+)?updated|logged|raised|received|(?:which\s+|the\s+)?(?:cutting|source|article|report|story)(?:\s+date)?|published|reported|written|publication(?:\s+date)?)[\s*_:.]*$/i;

/** A column header that sets its cells in the past without a date: "Then", "Before", "At the time". */
const THEN_COLUMN = /^[\s*_]*(?:(?:[a-z']+\s+){0,2}(?:then|before|previously|formerly|at the time|back then|in the past)|(?:then|previous|former|past|old)\s+[a-z']+(?:\s+[a-z']+)?)[\s*_:.]*$/i;

/** How many opening paragraphs may set the scene. */
const LEDE_PARAGRAPHS = 2;
/** A date opening a paragraph starts this close to its start ("In December 2022, …"). */
const OPENING = 12;

/** What a scene is: a meeting of some kind, told before its date ("at a cabinet meeting in December 2022"). */
const MEETING = /\b(?:meeting|meetings|cabinet|committee|scrutiny|session|hearing|debate|briefing|conference|council)\b/;

/**
 * Is the date one a scene is set at: a day ("on Wednesday 14 December 2022"), or a month with a meeting named before
 * it in its sentence ("at a meeting in December 2022")? A background date ("rated inadequate in January 2020") is no
 * scene.
 */
function isScene(t: string, d: DateExpr): boolean {
  if (d.month === undefined) return false;
  const before = t.slice(0, d.start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
  const lead = fold(before.slice(Math.max(stop + 1, before.length - 60)));
  // the day an article or a letter was published is not a time the story is set at
  if (PUBLISHED.test(lead)) return false;
  // (nor is a grade's date in an aside: "Devon County Council's services, rated 'inadequate' in January 2020, ended …")
  if (d.day === undefined && GRADED_BEFORE.test(lead)) return false;
  return d.day !== undefined || MEETING.test(lead) || WEEKDAY_BEFORE.test(lead);
}
/** A grade given right before the date, in its clause: "rated 'inadequate' by Ofsted in". */
const GRADED_BEFORE = /\b(?:rated|judged|graded|re-rated)\b[^,;:.]*$/;

/**
 * Words that date a document, not a scene ("an article published on 12 January 2026"), also as a header's key
 * ("Submitted: 2 March 2026", "Sent: Monday 2 March 2026", "Date: …").
 */
const PUBLISHED = new RegExp(String.raw`\b(?:${DATES_THE_COPY}|date)\s*:?\s+(?:on\s+|in\s+)?$`);
/** A weekday named before a month ("It was a Wednesday in mid-December 2022"): a day, though not its number. */
const WEEKDAY_BEFORE = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`);

/** The day of a date line that names a meeting before it ("Devon County Council: cabinet, Wednesday 14 December 2022"). */
function meetingLine(t: string): DayRange | undefined {
  const d = writtenDates(t)[0];
  return d && d.day !== undefined && MEETING.test(fold(t.slice(0, d.start))) ? d.range! : undefined;
}

/** The scene a paragraph of the story's opening sets: its first date, when that is a scene's, and whether it is told in the present tense. */
function sceneOf(t: string): { range: DayRange; present: boolean } | undefined {
  const ds = writtenDates(t);
  if (ds.length === 0 || !isScene(t, ds[0])) return undefined;
  return { range: spanFrom(t, ds, 0), present: toldInPresent(t, ds[0]) };
}

/**
 * Is the scene told in the present tense: the sentence that sets it (with the next, when the date stands alone, as in
 * "Wednesday 14 December 2022. The cabinet is about to…") holds a present-tense word and no past one, no word in -ed
 * either (a past verb the tense words do not list: "apologised in December 2022")?
 */
function toldInPresent(t: string, d: DateExpr): boolean {
  const spans = sentences(t);
  const k = spans.findIndex((sp) => d.start < sp.end);
  if (k < 0) return false;
  let { start, end } = spans[k];
  const words = (a: number, b: number) => (fold(t.slice(a, b)).match(/[a-z]+/g) ?? []).length;
  if (words(start, d.start) + words(d.end, end) < 3 && k + 1 < spans.length) end = spans[k + 1].end;
  const sentence = fold(t.slice(start, end));
  const tense = tenseOf(sentence);
  return (tense.present || SCENE_PRESENT.test(sentence)) && !tense.past && !/\b[a-z]{3,}ed\b/.test(sentence) && !TOLD_PAST.test(sentence);
}
/** A past tense of no "-ed", or a time counted back ("Four years ago today, … the cabinet heard …"): told in the past. */
const TOLD_PAST = /\b(?:ago|heard|said|told|met|took|gave|made|came|went|saw|found|left|began|spoke|wrote|held|brought|stood|sat|rose)\b/;

/** What a scene's people and bodies do in its present ("The cabinet meets.", "Whitton rises to speak."). */
const SCENE_PRESENT = /\b(?:meets|gathers|sits|convenes|opens|begins|starts|arrives|rises|stands|speaks|replies|asks|tells|listens|waits|looks|files\s+in|takes\s+(?:her|his|their)\s+seats?)\b/;

/**
 * A paragraph that opens by leaving the scene for the present or a later time ("Three years on, …", "Today, …",
 * "Since then, …", "What has changed since: …"): the scene ends there.
 */
const LEAVES_SCENE = /^(?:(?:[a-z]+|\d+)\s+(?:years?|months?|weeks?)\s+(?:on|later)|today|now|nowadays|these\s+days|since\s+then|in\s+the\s+(?:years?|months?)\s+since|fast[- ]forward|what\s+(?:has|have)\s+(?:changed|happened)\s+since)\b/;

/**
 * What a paragraph opening with a written date opens with: a digit, or a word a date may start with, in its first
 * OPENING characters (most paragraphs open with neither, and need no search for dates).
 */
const MAY_OPEN_DATE = /\d|\b(?:in|on|by|during|from|since|until|till|the|early|late|mid|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b/i;

/** A field's label right before its value: "Done: ", "**Due:** ", "Posted – ". */
const FIELD_BEFORE = /^[\s*_>#-]*[a-z][a-z ]{0,20}[*_]*\s*[:\u2013\u2014]\s*[*_]*\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?$/i;

/** What ends a field's value: the line's end (a full stop before it, or not), or another field after a separator ("· Assignee:"). */
const FIELD_VALUE_END = /^(?:\.?[ \t]*(?:$|\r?\n)|\s*[\u00b7|;,]|\s{2})/;

/**
 * Is the date at t[start, end) a field's whole value on its line ("Done: 23 Jan 2026 · Assignee: …", a card's or a
 * log's), which tells no time of what follows it? `from`: where to look back to at most (the line's start else).
 */
export function fieldValue(t: string, from: number, start: number, end: number): boolean {
  const line = Math.max(from, t.lastIndexOf('\n', start) + 1);
  return FIELD_BEFORE.test(t.slice(line, start)) && FIELD_VALUE_END.test(t.slice(end, end + 3));
}

/** The date that opens a paragraph, if one does, and whether it sets a scene. */
function openingDate(t: string): Facts['opening'] {
  const hint = MAY_OPEN_DATE.exec(t.slice(0, OPENING + 12));
  if (!hint || hint.index > OPENING) return undefined;
  const head = t.slice(0, 60);
  // a date with its year written holds four digits in a row
  if (!/\d{4}/.test(head)) return undefined;
  const ds = writtenDates(head);
  for (const [k, d] of ds.entries()) {
    if (d.start > OPENING) continue;
    // "2022, early December: …", "2022, 14 December – …": a year, then its month (and day) after a comma, which took its
    // year (yearBeforeMonth): the entry is that month's
    const month = d.month === undefined ? ds[k + 1] : undefined;
    if (month && month.month !== undefined && YEAR_THEN_MONTH.test(head.slice(d.end, month.start))) {
      return { range: month.range!, scene: false, present: false, entry: ENTRY_AFTER.test(t.slice(month.end, month.end + 40)) };
    }
    const scene = isScene(t, d);
    return {
      range: spanFrom(head, ds, k), scene, present: scene && toldInPresent(t, d),
      entry: (d.relation === 'none' && (ENTRY_AFTER.test(t.slice(d.end, d.end + 40)) || dateAlone(t, d))) || IT_IS.test(t.slice(0, d.start)),
    };
  }
  return undefined;
}

/** What stands between a span's two dates: a dash, "to", "until". */
const SPAN_BETWEEN = /^\s*(?:[\u2013\u2014-]|to|until|till)\s*$/;

/**
 * The days of ds[k], or of the span it opens with the date after it ("14 March 1941 – 22 August 2026", a life's
 * dates over an order of service; "2018 to 2022"): both bound the time, not the first alone.
 */
function spanFrom(t: string, ds: DateExpr[], k: number): DayRange {
  const d = ds[k], to = ds[k + 1];
  return to?.range && SPAN_BETWEEN.test(t.slice(d.end, to.start)) && to.range.end > d.range!.end ? { start: d.range!.start, end: to.range.end } : d.range!;
}

/**
 * A date that is the paragraph's whole first sentence, a diary's or a log's run-in head ("**22 December 2022.** Since
 * we last reported, …"): the entry's label, its paragraph told at that date.
 */
function dateAlone(t: string, d: DateExpr): boolean {
  return d.day !== undefined && /^[\s*_]*$/.test(t.slice(0, d.start)) && DATE_STOP.test(t.slice(d.end, d.end + 8));
}
const DATE_STOP = /^[*_]*\.[*_]*\s+[*_"\u201c\u2018]*[A-Z]/;

/** "It is early December 2022. …": a story told in the present at each date it opens a paragraph with. */
const IT_IS = /^[\s*_]*(?:it\s+is|it['\u2019]s|we\s+are\s+in|this\s+is)\s+(?:now\s+)?$/i;

/**
 * A dash or colon right after an opening date: a timeline's entry ("**January 2020** – Ofsted rates …"); or a log's
 * field parting ("2022-W50-3 | …", "2022-W50-3 = 2022-348 …"), or the date's gloss in brackets ending its line; or the
 * date alone on the entry's first line, its lines under it ("**December 2022**⏎Caslake has left. ⏎…").
 */
const ENTRY_AFTER = /^(?:[*_\s]*(?:[:\u2013\u2014|=]|-\s|\([^()\n]*\)[ \t]*\r?\n)|[*_]*[ \t]*\\?[ \t]*\r?\n)/;

/** What is known of a block's dates from its own text: a date of its own (a heading's, a row's, its lead's), the date opening it. */
interface Facts {
  /** The block's prose these were worked out from: its masked text (or none) and length (see factsOf). */
  masked: string | undefined;
  length: number;
  own: DayRange | undefined;
  /** A heading of no date of its own that sets its section back at the time told before it (THEN_HEADING). */
  then: boolean;
  /** A row's cells under dated columns. */
  cells: CellDate[] | undefined;
  /**
   * The date opening the paragraph; `scene`: a scene's, `present` when told in its present ("Wednesday 14 December
   * 2022. The cabinet meets."); `entry`: as a timeline entry's label, or after "It is", told in the present ("January
   * 2020 – X is …").
   */
  opening: { range: DayRange; scene: boolean; present: boolean; entry: boolean } | undefined;
  /** For a paragraph read as one of the lede's (see ledeOf): is it a story's date line, else the scene it sets. */
  lede?: { dateLine: boolean; scene: { range: DayRange; present: boolean } | undefined };
  /** For a paragraph that is a message's header ("From: … Sent: 15 December 2022 … Subject: …"): the day it was sent. */
  written: DayRange | undefined;
  /** For a line in bold standing as a heading (LABEL_LINE): its date (headingDate), or null for none. */
  label: DayRange | null | undefined;
  /** For a paragraph that is only a place and a date ("Exeter, 14 December 2022."): the date, a scene's. */
  placeDate: DayRange | undefined;
  /** For a paragraph inside a scene: does it open by leaving it (LEAVES_SCENE)? */
  leavesScene?: boolean;
  /** For a paragraph that introduces an old story quoted under it ("… we reported on …. Here is how it began:"): its day. */
  introduces: DayRange | undefined;
  /** Does the block stand in a block quotation (its line opens with ">")? */
  quoted: boolean;
}

/**
 * A paragraph's date as a line in bold that stands as a heading: its date, or null for none. An "Updated …" or
 * "Published …" line dates the story, not a section of it. (A plain line that ends with its day after a title,
 * "Readers' letters, 20 December 2022", is no such line: read as one, it set the past-tense claims of what follows at
 * its day, and one more false alarm showed on the blind set.)
 */
function labelOf(b: Block, t: string): DayRange | null | undefined {
  if (!(b.emphasised ? boldLabel(t) : isLabelLine(t)) || UPDATED_LINE.test(t) || FIRST_OUT.test(t) || FIRST_OUT_LINE.test(t) || WENT_OUT_IN.test(t)) return undefined;
  if (b.emphasised) return headingDate(t) ?? sectionDate(t) ?? null;
  // a plain line that stands as a heading with its day ("Readers' letters, 20 December 2022", "Letters page — 21
  // December 2022") dates what follows as a bold one does; a dateline, a place in capitals before the day ("Exeter,
  // Wednesday 14 December 2022"), dates the story
  const own = headingDate(t) ?? sectionDate(t);
  return own && !placeDateline(t) ? own : undefined;
}

/**
 * A place and a date alone on a line: "Exeter, 14 December 2022.", "Exeter, May 2022"; or a date a script puts on
 * screen over its scene: "SUPER: Wednesday 14 December 2022.", "CAPTION: December 2022".
 */
const PLACE_DATE_LINE = /^[\s*_]*(?:[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3},|(?:super|caption|aston|chyron|title\s+card|on-?screen(?:\s+text)?)\s*:)\s+([^,\n]{4,40}?)[\s.*_]*$/i;

/**
 * The date of a paragraph that is only a place and a date, a scene's heading in a story told in scenes ("Exeter, 14
 * December 2022.⏎⏎It is a Wednesday. The cabinet meets …"): what follows is told in that date's present.
 */
function placeDateLine(t: string): DayRange | undefined {
  const r = PLACE_DATE_LINE.exec(t) ?? PANEL_PLACE_DATE.exec(t);
  if (!r) return undefined;
  const ds = writtenDates(r[1]);
  return ds.length === 1 && ds[0].start === 0 && ds[0].end >= r[1].length - 1 ? ds[0].range : undefined;
}

/**
 * A script's panel or shot whose description opens on its place and date ("PANEL 2⏎Council chamber, Wednesday 14
 * December 2022. Carol Whitton on her feet."): the label line, then a place (a capital first) and a date, a stop.
 */
const PANEL_PLACE_DATE = /^[\s*_]*(?:panel|shot|scene|frame|page)\s+\d+[\s*_:.]*\n[\s*_]*[A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019-]+){0,3},\s+([^,\n.]{4,40}?)\.(?:\s|$)/i;

/** A dateline whose words before the day are all capitalised: a place ("Exeter, Wednesday 14 December 2022"). */
function placeDateline(t: string): boolean {
  return datelineOf(t) !== undefined && !/(?:^|\s)[a-z]/.test(t.replace(/\d[\s\S]*$/, ''));
}

/** How many words a line in bold that stands as a heading may have. */
const LABEL_WORDS = 12;

/**
 * The scene a paragraph opening with a date leaves to those after it: that date's when it sets one; a section's when
 * the date labels an entry on a line of its own ("**2022: 'third or fourth worst'**⏎…"), carried as a heading's is.
 */
function sceneOpened(opening: NonNullable<Facts['opening']>, b: Block, text: string): Scene {
  const t = b.masked ?? text.slice(b.start, b.end);
  if (opening.entry && isLabelLine(firstLine(t))) return { range: opening.range, present: false, label: true };
  // a date's paragraph that ends with a colon introduces the list under it ("**14 December 2022.** Cabinet meets:⏎- X
  // says …"): its items are told at that date, in its present, up to the list's end
  if (INTRODUCES_LIST.test(t)) return { range: opening.range, present: true, list: true };
  return opening.scene ? { range: opening.range, present: opening.present } : undefined;
}

const INTRODUCES_LIST = /:[\s*_]*$/;

/**
 * The date of a paragraph's first line that heads the lines under it as a heading would: a title with its day, a note
 * in brackets after it ("Act One – County Hall, Wednesday 14 December 2022 (posts as they were then)⏎Cllr John Hart,
 * Leader of the council …⏎…"), over two lines or more.
 */
function headLineDate(t: string): DayRange | undefined {
  const line = firstLine(t).trim();
  if (!line || t.indexOf('\n', line.length + 1) < 0 || UPDATED_LINE.test(line) || FIRST_OUT.test(line) || WENT_OUT_IN.test(line)) return undefined;
  const title = line.replace(/\s*\([^()]*\)[\s*_]*$/, '');
  if (title === line || !isLabelLine(title)) return undefined;
  // (or the note, read as a section heading's, when it gives the time the lines stand at: "PAST OFFICE-HOLDERS (as at
  // December 2022)")
  return headingDate(title) ?? sectionDate(line);
}

/** A text's first line, when it has more than one; else '' (no label line of its own). */
function firstLine(t: string): string {
  const nl = t.indexOf('\n');
  return nl < 0 ? '' : t.slice(0, nl);
}

/** May a paragraph all in bold stand as a heading: one line of a few words, ending with no full stop or question mark? */
function isLabelLine(t: string): boolean {
  const x = t.trim();
  // (a stop inside closing brackets ends a sentence too: "[Note: Wrong year. … in January 2020.]" is no label; and a
  // chat's message stamped with its time, "[18:03] me: ofsted rated it inadequate in jan 2020", heads nothing; nor does
  // a line led by a bullet, an entry of a list typed by hand: "• Rated 'inadequate' by Ofsted in January 2020")
  return x.length > 0 && !x.includes('\n') && !/[.!?]["'\u2019\u201d)\]]*$/.test(x) && wordsIn(x) <= LABEL_WORDS && !stampedLine(x) && !BULLET_LED.test(x);
}

/** A bullet character opening a line. */
const BULLET_LED = /^[\u2022\u2023\u2043\u25aa\u25cf\u25e6\u00b7]/;

/** Does a line wholly in bold stand as a label? It may end on its one stop, as a run-in head does: "**Slide 5 – Devon, December 2022.**". */
function boldLabel(t: string): boolean {
  return isLabelLine(t.replace(ONE_STOP_AT_END, '$1$2'));
}

/** A line's one full stop at its end, no other stop before it. */
const ONE_STOP_AT_END = /^([^.!?]*)\.(\s*)$/;

/** A message's header: a line "Sent:" or "Date:" with its day, and a line "From:", "To:" or "Subject:". */
const SENT_LINE = /(?:^|\n)[\s>*_]*(?:sent|date|dated)[*_]*\s*:[\s*_]*([^\n]{6,60})/i;
const HEADER_LINE = /(?:^|\n)[\s>*_]*(?:from|to|subject|re)[*_]*\s*:/i;

/**
 * A line of its own saying when what follows first went out ("— First published in December 2022 —", "*Originally
 * printed on 15 December 2022*", "FROM THE ARCHIVE - 15 December 2022"): a reprint under it is written as of that day,
 * as a message under its header is.
 */
const FIRST_OUT_LINE = /^[\s*_>(\u2013\u2014-]*(?:(?:as\s+)?(?:first|originally)\s+(?:published|printed|broadcast|aired|appeared)|from\s+(?:the|our)\s+archives?)\b[^\n]{0,48}$/i;

/**
 * A paragraph that says a story of ours went out on a day and ends with a colon before it is quoted ("Ten years ago
 * this week, on Wednesday 9 March 2016, we reported on …. Here is how that story began:").
 */
const INTRODUCES = /\b(?:we|the\s+paper|the\s+(?:newspaper|magazine|bulletin))\s+(?:reported|wrote|published|ran|printed|carried)\b[\s\S]*:\s*$/i;

/**
 * A note saying the story under it is reprinted as it first went out on a day ("This report was first published on
 * 15 December 2022. We reprint it unchanged …"): the story is written as of that day, as a message under its header is.
 */
const FIRST_OUT_ON = /\b(?:first|originally)\s+(?:published|printed|appeared|ran|broadcast)\s+(?:on|in)\s+([^.;:\n]{4,40})/i;
const REPRINTED = /\b(?:we\s+)?(?:reprint|republish|reproduce|re-?run)(?:s|ed|ing)?\b|\bunchanged\b|\bas\s+it\s+(?:first\s+)?(?:appeared|ran)\b/i;

function reprintedFrom(t: string): DayRange | undefined {
  const r = FIRST_OUT_ON.exec(t);
  if (!r || !REPRINTED.test(t)) return undefined;
  return writtenDates(r[1]).find((d) => d.day !== undefined || d.month !== undefined)?.range;
}

/** The day a message was sent on, when the paragraph is its header (SENT_LINE, HEADER_LINE), or a reprint's first day. */
function sentOn(t: string, quoted: boolean): DayRange | undefined {
  // (one that says it was updated since is today's copy: "First published 15 December 2022. Updated 3 March 2026.")
  if (FIRST_OUT_LINE.test(t) && !/\bupdated\b/i.test(t)) return writtenDates(t)[0]?.range;
  // (a line of its own under the reprint's headline: "**Headline**⏎*First published …*", in a block quotation or not;
  // out of one, opening with a capital, as a wrapped sentence's next line would not: "… was⏎first published in 2019")
  if (t.includes('\n')) {
    const line = t.split('\n').find((l) => FIRST_OUT_LINE.test(l) && !/\bupdated\b/i.test(l) && (quoted || /^[^A-Za-z]*[FO]/.test(l)));
    if (line) return writtenDates(line)[0]?.range;
  }
  if (!t.includes(':') || !t.includes('\n')) return undefined;
  const r = SENT_LINE.exec(t);
  if (!r || !HEADER_LINE.test(t)) return undefined;
  const d = writtenDates(r[0]).find((x) => x.day !== undefined);
  return d?.range;
}

/** Facts by the block's reading (originsOf): worked out once for as long as its chunk's text and its prose are unchanged. */
const FACTS = new WeakMap<BlockOrigin, Facts>();

function factsOf(b: Block, origin: BlockOrigin | undefined, text: string): Facts {
  let f = origin && FACTS.get(origin);
  // The same reading gives the same prose unless lines were joined or a dateline blanked since: that shows in the
  // masked text or, for a block with none, in its length (a blanked dateline moves its start)
  if (f && f.masked === b.masked && f.length === b.end - b.start) return f;
  const t = b.masked ?? text.slice(b.start, b.end);
  let own: DayRange | undefined;
  if (b.kind === 'heading') own = headingDate(t) ?? (b.depth! >= 2 ? sectionDate(t) : undefined);
  else if (b.kind === 'row') own = rowDate(b);
  else if (b.context.lead) {
    // a nested item's lead with no year ("May:") is dated by the item it stands in ("- 2022")
    own = labelDate(b.context.lead.text);
    if (!own && b.context.outerLead) own = labelDate(b.context.outerLead.text);
  }
  // a cutting's source and date after it ("… (Western Morning News, 3 December 2022)"), or in its title line above
  // it, or a record's date field over its other fields
  // (not a line in bold standing as a heading, "**Box 2 — Cabinet, 14 December 2022**": it is read as one, below,
  // whatever its dash makes it look like)
  if (!own && (b.kind === 'item' || (b.kind === 'paragraph' && !(b.emphasised && boldLabel(t))))) own = citationDate(t) ?? titleLineDate(t) ?? dateFieldDate(t) ?? bibEntryDate(text.slice(b.start, b.end)) ?? resultPageDate(t) ?? headLineDate(t);
  const cells = b.kind === 'row' ? columnDates(b) : undefined;
  const quoted = inQuotedLine(text, b.start);
  // (an editor's note over a reprint: "This report was first published on 15 December 2022. We reprint it unchanged")
  const written = b.kind === 'paragraph' ? sentOn(t, quoted) ?? reprintedFrom(t) : undefined;
  const label = b.kind === 'paragraph' ? labelOf(b, t.trim()) : undefined;
  // (a heading's, or a bold line's that stands as one: whether it sets its section back at the time told before it)
  const then = (b.kind === 'heading' && !own) || label === null ? THEN_HEADING.test(fold(t)) && !NOW_HEADING.test(fold(t)) : false;
  // (a colon ending the paragraph asked first: most end otherwise, and the pattern runs to the end)
  const introduces = b.kind === 'paragraph' && t.trimEnd().endsWith(':') && INTRODUCES.test(t) ? writtenDates(t).find((d) => d.day !== undefined || d.month !== undefined)?.range : undefined;
  const placeDate = b.kind === 'paragraph' ? placeDateLine(t) : undefined;
  f = { masked: b.masked, length: b.end - b.start, own, then, cells, written, label, opening: b.kind === 'paragraph' ? openingDate(t) : undefined, introduces, quoted, placeDate };
  if (origin) FACTS.set(origin, f);
  return f;
}

/**
 * What a paragraph says as one of the story's opening paragraphs, worked out once per reading with its facts (an
 * edit far below would otherwise ask it again of the same opening paragraphs: a profile showed it).
 */
function ledeOf(f: Facts, b: Block, text: string): NonNullable<Facts['lede']> {
  if (f.lede) return f.lede;
  const t = b.masked ?? text.slice(b.start, b.end);
  const dateLine = storyDateLine(t);
  return (f.lede = { dateLine, scene: dateLine ? undefined : sceneOf(t) });
}

/**
 * The context date of each block (undefined where none): its row's, its list item's lead's, or the nearest dated
 * heading's above it; else the scene's. `text` is the draft the model was read from.
 */
export function contextDates(doc: DocumentModel, text: string): (ContextDate | undefined)[] {
  return StoryDates.of(doc, text).dates;
}

/** The scene a story's opening sets, carried on to the paragraphs after it. */
type Scene = { range: DayRange; present: boolean; written?: boolean; label?: boolean; quoted?: boolean; list?: boolean } | undefined;

/** A scene set in a block quotation (a recap box over a story) ends with the quotation (see dateBlock's start). */
function boxed(scene: Scene, quoted: boolean): Scene {
  return scene && quoted ? { ...scene, quoted: true } : scene;
}

/** Bold markup right before a block's text: the block opens with words in bold. */
const BOLD_BEFORE = /(?:\*\*|__)$/;

/** What dating carries into a block: the scene, the lede so far, whether a "now" line stands above it (see Dating). */
type Mark = { scene: Scene; lede: number; now: boolean };

/** What dating the blocks carries from one to the next: the dates of the headings and questions met, the scene, the lede so far. */
interface Dating {
  /** Each heading's date, by its start. */
  headingDates: Map<number, DayRange | undefined>;
  /** Each question's date. */
  questionDates: Map<TextPart, DayRange | undefined>;
  scene: Scene;
  lede: number;
  /** Under a line in bold that says "now" ("**Now**"): the paragraphs up to the next heading are set at the draft's day, not a heading's above. */
  now: boolean;
  /** The date of the last dated heading (a "back then" heading with no scene in force takes it). */
  lastTime?: DayRange;
}

/** Blocks dated between two pauses of StoryDates.steps (a few milliseconds of work on the longest drafts). @internal */
export const DATING_STEP = 128;

/**
 * The context dates of a document (contextDates), kept to be worked out again after an edit (DocumentCache.edit):
 * only for the blocks read again, when the scene and the lede they leave are those they left before (which holds
 * but when the edit touched the opening or a date that opens a paragraph). The edited chunk holds no heading or
 * question (DocumentCache.edit sees to it): the dates of those above, by their start, still hold.
 */
export class StoryDates {
  readonly dates: (ContextDate | undefined)[];
  /** The scene and the lede before each block, and at the end. */
  private readonly marks: Mark[] = [];
  private readonly st: Dating = { headingDates: new Map(), questionDates: new Map(), scene: undefined, lede: 0, now: false };

  private constructor() {
    this.dates = [];
  }

  /** The context dates of a document's blocks. */
  static of(doc: DocumentModel, text: string): StoryDates {
    const steps = StoryDates.steps(doc, text);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /** The same, worked out a few blocks at a time with a pause in between (the editor's check of a long draft). */
  static *steps(doc: DocumentModel, text: string): Generator<void, StoryDates, void> {
    const d = new StoryDates();
    for (let from = 0; from < doc.blocks.length; from += DATING_STEP) {
      if (from > 0) yield;
      const to = Math.min(doc.blocks.length, from + DATING_STEP);
      const out: (ContextDate | undefined)[] = [];
      d.run(doc, text, from, to, out, d.marks);
      for (const x of out) d.dates.push(x);
    }
    d.marks.push({ scene: d.st.scene, lede: d.st.lede, now: d.st.now });
    return d;
  }

  /** After DocumentCache.edit made blocks [from, to) of doc, in place of `removed`: false when the blocks after may date otherwise. */
  edit(doc: DocumentModel, text: string, { from, to, removed, delta, after }: DocumentEdit): boolean {
    const was = this.marks[from + removed];
    // (the headings below the edit have moved with their blocks)
    if (delta !== 0) this.st.headingDates = new Map([...this.st.headingDates].map(([at, d]) => [at >= after ? at + delta : at, d]));
    this.st.scene = this.marks[from].scene;
    this.st.lede = this.marks[from].lede;
    this.st.now = this.marks[from].now;
    const dates: (ContextDate | undefined)[] = new Array(to - from);
    const marks: Mark[] = [];
    this.run(doc, text, from, to, dates, marks);
    const now = this.st;
    const same = now.lede === was.lede && now.now === was.now && now.scene?.range.start === was.scene?.range.start && now.scene?.range.end === was.scene?.range.end &&
      now.scene?.present === was.scene?.present && now.scene?.written === was.scene?.written && now.scene?.label === was.scene?.label &&
      now.scene?.quoted === was.scene?.quoted;
    if (!same && to < doc.blocks.length) return false;
    this.dates.splice(from, removed, ...dates);
    this.marks.splice(from, removed, ...marks);
    this.marks[to] = { scene: now.scene, lede: now.lede, now: now.now };
    return true;
  }

  private run(doc: DocumentModel, text: string, from: number, to: number, out: (ContextDate | undefined)[], marks: Mark[]): void {
    const origins = originsOf(doc);
    const fm = doc.frontMatter;
    for (let i = from; i < to; i++) {
      marks.push({ scene: this.st.scene, lede: this.st.lede, now: this.st.now });
      const b = doc.blocks[i];
      // (a front matter field's words, its title or summary, are no paragraph of the story: they set no scene)
      out[i - from] = fm && b.start < fm.end ? undefined : dateBlock(this.st, b, origins[i], text);
    }
  }
}

/** The date a block's place in the document sets (a heading, list lead, table row or question): see contextDates. */
function structureDate(st: Dating, b: Block, f: Facts): ContextDate | undefined {
  let structure: ContextDate | undefined;
  if (f.own && b.kind !== 'heading') structure = { range: f.own, from: b.kind === 'row' ? 'row' : 'lead' };
  else {
    const hs = b.context.headings;
    for (let k = hs.length - 1; k >= 0 && !structure; k--) {
      const d = st.headingDates.get(hs[k].start);
      if (d) structure = { range: d, from: 'heading' };
    }
  }
  if (!structure && b.context.question) {
    // an answer is set at the time its question asks about (a question heading's date counts wherever it stands)
    const q = b.context.question;
    let d = st.questionDates.get(q);
    if (d === undefined && !st.questionDates.has(q)) st.questionDates.set(q, (d = questionDate(q.text)));
    if (d) structure = { range: d, from: 'question' };
  }
  // a row under dated columns: each of those cells is set at its column's date (the row's own or its heading's elsewhere)
  if (f.cells) {
    const own = structure?.range;
    const cells = own ? f.cells.map((c) => (c.range ? c : { ...c, range: own })) : f.cells;
    // (every claim of a row stands in a cell: the row's range is asked of none but when it has its own)
    const first = own ?? cells.find((c) => c.range)?.range;
    // (a row whose only marked column is a "Then" of no date carries its cells alone)
    structure = first ? { range: first, from: structure?.from ?? 'row', cells } : { range: { start: 0, end: 0 }, from: 'columns', cells };
  }
  return structure;
}

/**
 * Does the block end a scene by its structure: an old story quoted under the line that dates it is written on that day
 * up to the quotation's end; a list's scene, set by the paragraph introducing it, ends with the list.
 */
function sceneEnds(scene: NonNullable<Scene>, b: Block, f: Facts): boolean {
  return (!!scene.quoted && !f.quoted) || (!!scene.list && b.kind !== 'item');
}

/** A block's context date, the scene and lede carried on in `st`. */
function dateBlock(st: Dating, b: Block, origin: BlockOrigin | undefined, text: string): ContextDate | undefined {
  const f = factsOf(b, origin, text);
  if (st.scene && sceneEnds(st.scene, b, f)) st.scene = undefined;
  const structure = structureDate(st, b, f);
  if (b.kind === 'heading') {
    // "Who's who back then": the time last told, the scene in force or the last dated heading's
    const own = f.own ?? (f.then ? st.scene?.range ?? st.lastTime : undefined);
    st.headingDates.set(b.start, own);
    // a dated heading starts a section of its own time: the scene ends there (and so does a "now" line's section)
    if (own) st.scene = undefined;
    st.now = false;
    if (f.own) st.lastTime = f.own;
    return structure;
  }
  // a line in bold that stands as a heading and says "now" ("**Now**") sets the paragraphs under it at the draft's
  // day, up to the next heading or such line, even under a dated heading
  if (b.kind === 'paragraph' && f.label !== undefined) st.now = f.label === null && !f.then && NOW_HEADING.test(fold(b.masked ?? text.slice(b.start, b.end)));
  // (a paragraph led by words in bold, "**Also that week:** …", starts an item of its own)
  else if (st.now && b.kind === 'paragraph' && BOLD_BEFORE.test(text.slice(Math.max(0, b.start - 2), b.start))) st.now = false;
  // (under a "now" line, a heading's date above no longer holds)
  let out = st.now && structure?.from === 'heading' ? undefined : structure;
  // (asked once per reading, with its facts: a fold and a pattern for every paragraph at every edit showed in a profile)
  if (st.scene && b.kind === 'paragraph' && (f.leavesScene ??= LEAVES_SCENE.test(fold((b.masked ?? text.slice(b.start, b.end)).slice(0, 40))))) st.scene = undefined;
  const scene = st.scene;
  if (!structure && scene && b.kind !== 'row') {
    out = scene.written ? { range: scene.range, from: 'written' } : scene.label ? { range: scene.range, from: 'heading' }
      : scene.present ? { range: scene.range, from: 'scene', present: true } : { range: scene.range, from: 'scene' };
  }
  if (b.kind !== 'paragraph' || structure) return out;
  // a place and a date alone ("Exeter, 14 December 2022."): a scene told in its present, up to the next
  if (f.placeDate) {
    st.scene = { range: f.placeDate, present: true };
    st.lede = LEDE_PARAGRAPHS;
    return { range: f.placeDate, from: 'scene', present: true };
  }
  // a line in bold that stands as a heading ("**The week of the cabinet meeting, December 2022**", "**Now**") dates
  // the paragraphs under it as a heading would, up to the next
  if (f.label) {
    st.scene = { range: f.label, present: false, label: true };
    st.lede = LEDE_PARAGRAPHS;
    return out;
  }
  // one of no date ends the section of a dated one, or any scene when it says "now"; "back then" keeps it
  if (f.label === null) {
    if (!f.then && (st.scene?.label || st.now)) st.scene = undefined;
    return out;
  }
  if (setsWritten(st, f)) return out;
  if (st.lede < LEDE_PARAGRAPHS) {
    const l = ledeOf(f, b, text);
    // an "Updated …" line or a dateline dates the story, not a scene in it (a dateline's own paragraph, or a cutting's
    // that looks like one, is set at its day: see the end)
    if (l.dateLine) {
      // (but a date line that names a meeting before its day is the meeting's: "Devon County Council: cabinet,
      // Wednesday 14 December 2022 (transcript)" sets the scene of what follows, as a story's opening would)
      const meeting = meetingLine(b.masked ?? text.slice(b.start, b.end));
      if (meeting) {
        // (a record of the meeting, told as it happens: its present is the meeting's)
        st.scene = { range: meeting, present: true };
        st.lede = LEDE_PARAGRAPHS;
      }
      return f.opening ? { range: f.opening.range, from: 'scene' } : out;
    }
    st.lede++;
    const s = l.scene;
    if (s) {
      st.scene = boxed(s, f.quoted);
      st.lede = LEDE_PARAGRAPHS;
      // a scene is set from its own paragraph on ("It is 14 December 2022. The Conservatives run…"), for what its
      // sentences after the first two tell too
      return s.present ? { range: s.range, from: 'scene', present: true } : { range: s.range, from: 'scene' };
    }
  }
  // a paragraph that opens with another date leaves the scene: for a new one, or for no scene at all
  if (f.opening) st.scene = boxed(sceneOpened(f.opening, b, text), f.quoted);
  // and is set at that date itself, for what it tells in the past however long it runs (a diary's day, "In December
  // 2022 the cabinet heard … Hart said …"), and in the present too when the date labels a timeline's entry
  return f.opening ? (f.opening.entry || f.opening.present ? { range: f.opening.range, from: 'scene', present: true } : { range: f.opening.range, from: 'scene' }) : out;
}

/**
 * A message's header (what follows it is the message, written on the day it was sent), or a paragraph introducing an
 * old story quoted under it (written on the day it went out, up to the quotation's end): sets that scene.
 */
function setsWritten(st: Dating, f: Facts): boolean {
  const day = f.introduces ?? f.written;
  if (!day) return false;
  // (a header or "First published" line inside a block quotation dates that quotation only: "> *First published 16
  // December 2022*" over a reprinted story, with the paper's update after it)
  st.scene = f.introduces || f.quoted ? { range: day, present: true, written: true, quoted: true } : { range: day, present: true, written: true };
  st.lede = LEDE_PARAGRAPHS;
  return true;
}

/**
 * A line that is a web address: a link, or a search result's breadcrumb ("news.example.co.uk › devon › politics",
 * "News › Devon Live › Politics").
 */
export const ADDRESS_LINE = /^\s*(?:(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?|(?=\s*\u203a))(?:\s*[\u203a>]\s*[\w.-]*)*\s*$|^[^\n\u203a]{1,40}(?:\s\u203a\s[^\n\u203a]{1,40}){1,5}\s*$/i;
/** A search result's date opening its snippet's line: "15 Dec 2022 — …" (group 1). */
const RESULT_DATE = /^[ \t]*([^\n]{4,24}?)[ \t]+[\u2013\u2014-][ \t]/;

/**
 * A search result's page date: a line that is a breadcrumb (ADDRESS_LINE with a "›"), then a line opening with a
 * date and a dash ("15 Dec 2022 — …"): the result is set at that day, its own as a list item's lead is.
 */
function resultPageDate(t: string): DayRange | undefined {
  if (t.indexOf('\u203a') < 0) return undefined;
  const lines = t.split('\n');
  for (let k = 0; k + 1 < lines.length; k++) {
    if (!lines[k].includes('\u203a') || !ADDRESS_LINE.test(lines[k].replace(/\r$/, ''))) continue;
    const r = RESULT_DATE.exec(lines[k + 1]);
    const ds = r ? writtenDates(r[1]) : [];
    if (ds.length === 1 && ds[0].start === 0) return ds[0].range;
  }
  return undefined;
}

/** A key that tells context dates apart (for caching a block's result with its context). */
export function contextKey(c: ContextDate | undefined): string {
  return c ? `${contextClass(c)}${c.range.start}-${c.range.end}${c.cells ? JSON.stringify(c.cells) : ''}` : '';
}

/** Do two context dates have one key? (Asked of every block at every edit: no key strings made for it.) */
export function sameContext(a: ContextDate | undefined, b: ContextDate | undefined): boolean {
  if (!a || !b) return a === b;
  return a.range.start === b.range.start && a.range.end === b.range.end && contextClass(a) === contextClass(b) &&
    // (only rows under dated columns have cells: no string is made for any other block)
    (a.cells === b.cells || (!!a.cells && !!b.cells && JSON.stringify(a.cells) === JSON.stringify(b.cells)));
}

/** What a block's check takes from where a context date comes from: a scene, told in the present or not, or another. */
function contextClass(c: ContextDate): string {
  return c.from === 'scene' ? (c.present ? 'p' : 's') : c.from === 'written' ? 'w' : c.from === 'columns' ? 'k' : 'c';
}

// ------------------------------------------------------------------------------------------------ the story's date

const pad = (n: number) => String(n).padStart(2, '0');

/** A day as YYYY-MM-DD from an ISO date or a written one ("14 December 2022", "Dec 14, 2022"); undefined otherwise. */
function dayIn(t: string): { iso: string; start: number; end: number } | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(t);
  if (iso) {
    const [y, m, d] = [+iso[1], +iso[2], +iso[3]];
    if (m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()) {
      return { iso: `${iso[1]}-${iso[2]}-${iso[3]}`, start: iso.index, end: iso.index + iso[0].length };
    }
  }
  for (const d of writtenDates(t)) {
    if (d.day !== undefined && d.month !== undefined && d.range!.start === d.range!.end) {
      return { iso: `${d.year}-${pad(d.month)}-${pad(d.day)}`, start: d.start, end: d.end };
    }
  }
  return undefined;
}

/** Every day a line gives (ISO or written, with its year), as YYYY-MM-DD. */
function daysIn(t: string): string[] {
  const out: string[] = [];
  for (let rest = t, k = 0; k < 4; k++) {
    const d = dayIn(rest);
    if (!d) break;
    out.push(d.iso);
    rest = rest.slice(d.end);
  }
  return out;
}

/** "Updated 14 December 2022", "Published: 2022-12-14", "Last updated on Wednesday 14 December 2022 at 10:00". */
const UPDATED_LINE = /^[\s*_>#-]{0,6}(last\s+updated|updated|first\s+published|published|posted)\b[\s*_:]*(?:on\s+)?(.*)$/i;

/** "From our archive. First published on 15 December 2022; …": a line, near the top, that says when the story first went out. */
const FIRST_OUT = /(?:^[\s*_>#(-]*|[.!?;]\s+)(?:first|originally)\s+(?:published|broadcast|printed|aired)\b/i;

/** "Subtitles for the archive clip (BBC Spotlight, broadcast 14 December 2022)": a title line that says when it went out. */
const WENT_OUT_IN = new RegExp(WENT_OUT.source.replace(/\$$/, ''), 'i');

function storyDateLine(t: string): boolean {
  return UPDATED_LINE.test(t) || FIRST_OUT.test(t) || WENT_OUT_IN.test(t) || datelineOf(t) !== undefined;
}

/**
 * A dateline: a line that is a day with at most a place and a weekday before it ("Exeter, Wednesday 14 December
 * 2022"), or that opens a paragraph with one and a dash or colon ("EXETER, 14 December 2022 – …").
 */
function datelineOf(line: string): string | undefined {
  // an item of a list ("- Devon Live, 15 Dec 2022 — …") is a cutting's or a timeline's, not the story's
  if (LIST_ITEM.test(line)) return undefined;
  const t = line.replace(/[*_]/g, ' ');
  const d = dayIn(t.slice(0, 80));
  if (!d) return undefined;
  const before = t.slice(0, d.start).trim();
  const after = t.slice(d.end).trim();
  if (before && !(/,$/.test(before) || /^(?:[A-Z][\w'’.-]*(?:\s+[A-Z(][\w'’.)-]*){0,3})$/.test(before))) return undefined;
  if (wordsIn(before) > 4) return undefined;
  // text after the day only after a place ("EXETER, 14 December 2022 – …"): a day opening a line of text is a timeline's
  if (after && !(before && /^[-\u2013\u2014:|]/.test(after)) && !/^(?:\(|at\s+\d)/.test(after)) return undefined;
  return d.iso;
}

const LIST_ITEM = /^\s*(?:[-+*]|\d+[.)])\s/;

const FRONT = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONT_KEYS = ['updated', 'last_updated', 'lastmod', 'modified', 'date', 'published', 'pubDate'];
/** How far down an "Updated" line or a dateline may stand. */
const TOP_LINES = 12;
/** How far down a dateline may stand. */
const DATELINE_LINES = 4;

/** The first non-blank lines of the body from `body` on, code fences and HTML comments left out. */
function topLines(text: string, body: number): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  let comment = false;
  // line by line from the top, never splitting the whole draft (this runs on every check of a long draft)
  for (let at = body; at <= text.length && lines.length < TOP_LINES;) {
    const nl = text.indexOf('\n', at);
    const l = text.slice(at, nl < 0 ? text.length : nl).replace(/\r$/, '');
    at = nl < 0 ? text.length + 1 : nl + 1;
    const t = l.trim();
    if (fence) {
      if (t.startsWith(fence)) fence = undefined;
      continue;
    }
    if (comment) {
      if (t.includes('-->')) comment = false;
      continue;
    }
    const f = /^(`{3,}|~{3,})/.exec(t);
    if (f) {
      fence = f[1];
      continue;
    }
    if (t.startsWith('<!--')) {
      comment = !t.includes('-->');
      continue;
    }
    if (t) lines.push(l);
  }
  return lines;
}

/** The date a draft gives itself, if any: front matter first, then an "Updated"/"Published" line, then a dateline. */
export function storyDateOf(text: string, datelineLines = DATELINE_LINES): StoryDate | undefined {
  let body = 0;
  const fm = FRONT.exec(text);
  if (fm) {
    const fields = frontMatterFields(fm[1]);
    let best: string | undefined;
    for (const k of FRONT_KEYS) {
      const v = fields[k];
      const d = v !== undefined ? dayIn(v) : undefined;
      if (d && (!best || d.iso > best)) best = d.iso;
    }
    if (best) return { date: best, from: 'front matter' };
    body = fm[0].length;
  }
  const lines = topLines(text, body);
  let updated: string | undefined;
  for (const l of lines) {
    // (a heading that says when the piece went out dates its section: see headingDate; a table's row, its record)
    if (!UPDATED_LINE.test(l) && !FIRST_OUT.test(l) && !(WENT_OUT_IN.test(l) && !/^\s*[#|]/.test(l))) continue;
    // "Published 14 December 2022, last updated 15 December 2022": the latest day of the line
    for (const d of daysIn(l)) if (!updated || d > updated) updated = d;
  }
  if (updated) return { date: updated, from: 'updated line' };
  const d = lines.slice(0, datelineLines).map(datelineOf).find((x) => x !== undefined);
  // a story has one dateline: lines that each open with a place or source and a day are a list of cuttings
  return d && lines.filter((l) => datelineOf(l) !== undefined).length === 1 ? { date: d, from: 'dateline' } : undefined;
}

/**
 * The day a draft is read as written on: the day it is checked as of, or the earlier day a line at its top says it
 * first went out ("First published on 15 December 2022; republished unchanged", "(BBC Spotlight, broadcast 14 December
 * 2022)"): a record of an earlier day tells of that day, its "now" and "next year" are that day's. A dateline, an
 * "Updated" line or front matter is only the story date when none is set (the adapters' storyDate): a writer who sets
 * one asks what is true then.
 */
export function writtenOn(text: string, asOf: number): number {
  const fm = FRONT.exec(text);
  let out: string | undefined;
  let update: string | undefined;
  for (const l of topLines(text, fm ? fm[0].length : 0)) {
    // (an update's note above the copy, "> **Update, 12 November 2025:** …", is of its own later day: see below)
    if (UPDATE_NOTE.test(l)) for (const d of daysIn(l.slice(0, 80))) if (!update || d > update) update = d;
    // (a line in a block quotation dates the quotation only: see sentOn)
    if (QUOTED_LINE.test(l) || (!FIRST_OUT.test(l) && !(WENT_OUT_IN.test(l) && !/^\s*[#|]/.test(l)))) continue;
    for (const d of daysIn(l)) if (!out || d > out) out = d;
  }
  // a copy first out on a day and updated since is today's: its note tells of now, the copy under it of its first day
  // (that is the block's "written" date, see sentOn)
  if (out && update && update > out) return asOf;
  return out ? Math.min(asOf, rangeOf(out).start) : asOf;
}

/** A note of an update or of the archive opening a line ("Update, 12 November 2025:", "> **Updated 3 March 2026**", "ARCHIVE NOTE - added …"). */
const UPDATE_NOTE = /^[\s>*_#-]*(?:updated?|editor'?s\s+note|archive\s+note)\b/i;

/** The dates written with their year in a short text (a sentence), as day ranges: "in November 2025", "on 14 December 2022". */
export function writtenDateRanges(t: string): DayRange[] {
  return writtenDates(t).map((d) => d.range!);
}
