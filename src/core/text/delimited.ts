/**
 * Delimited data pasted into a fenced block: a spreadsheet's rows as CSV or TSV ("```csv", or lines that all hold
 * the same number of tabs, semicolons or commas outside quoted fields, under a header of short names). Such a block is a
 * table, not code: each line a row, each field a cell.
 *
 * Examples: "```\nid,name,post\n1,Jane Doe,Leader\n```" → two rows of three cells; "```tsv\nevent\twhen\n…" → rows;
 * "```js\nconst a = f(x, y);\n```" and a fence of prose → nothing.
 */

/** A field of a line: [start, end) from the line's start, its quotes included. */
export interface Field {
  start: number;
  end: number;
}

export interface DelimitedLine {
  /** The line's [start, end) in the block's body, its line break left out. */
  start: number;
  end: number;
  fields: Field[];
}

/** Info strings that name delimited data. */
const DATA_INFO = /^\s*(?:csv|tsv)\b/i;
/** Info strings that name a language or anything else: code, whatever its lines hold. */
const OTHER_INFO = /\S/;
/** A header field: a short name ("as_at", "Date", "event type"). */
const HEADER_FIELD = /^\s*"?[A-Za-z][\w .()/-]{0,29}"?\s*$/;

/** The fields of a line cut at `d` outside double-quoted fields (or at every `d`, when `quoting` is false). */
export function fieldsOf(line: string, d: string, quoting = true): Field[] {
  const out: Field[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"' && quoting) quoted = !quoted;
    else if (ch === d && !quoted) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: line.length });
  return out;
}

/** The lines of body, each [start, end) without its line break (a CR before the LF left out too). */
function linesOf(body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = 0;
  while (s < body.length) {
    let e = body.indexOf('\n', s);
    if (e < 0) e = body.length;
    const end = e > s && body.charCodeAt(e - 1) === 13 ? e - 1 : e;
    out.push({ start: s, end });
    s = e + 1;
  }
  return out;
}

/**
 * The rows of a fenced block's body read as delimited data, or undefined when it is not (see the module's comment).
 * `info` is the fence's info string.
 */
export function delimitedRows(body: string, info: string | null | undefined): DelimitedLine[] | undefined {
  const named = !!info && DATA_INFO.test(info);
  if (!named && info && OTHER_INFO.test(info)) return undefined;
  const lines = linesOf(body).filter((l) => body.slice(l.start, l.end).trim() !== '');
  if (lines.length < 2) return undefined;
  // (a semicolon for the comma where a decimal comma is written: "2022;extra money;50,0")
  for (const d of ['\t', ';', ',']) {
    const rows = lines.map((l) => ({ ...l, fields: fieldsOf(body.slice(l.start, l.end), d) }));
    const n = rows[0].fields.length;
    if (n < 2 || rows.some((r) => r.fields.length !== n)) continue;
    const head = body.slice(rows[0].start, rows[0].end);
    if (named || rows[0].fields.every((f) => HEADER_FIELD.test(head.slice(f.start, f.end)))) return rows;
  }
  return undefined;
}

/** A line of dashes in groups, under an aligned table's header ("-------  ------------  ----"). */
const RULE_LINE = /^[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*$/;
/** How wide a gutter between aligned columns is at least. */
const GUTTER = 2;
/** The longest paragraph read as an aligned table (the engine checks no longer block as one: see cutLong). */
const ALIGNED_MAX = 4000;

/**
 * A paragraph set as an aligned table, columns lined up with spaces and no pipes ("Date            Event   …"⏎"Dec
 * 2018        Joint visit …"): the rows, each field a column's stretch of its line (a line whose first column is blank
 * goes on with the row above; it is a row of its own, its first field empty), and whether the first line is a header
 * (a line of dashes under it, which is no row). Undefined unless at least three lines share a gutter: a run of two or
 * more columns blank in every line, with words on both sides of it in three lines at least (prose never lines up so).
 */
export function alignedRows(body: string): { rows: DelimitedLine[]; header: boolean } | undefined {
  // (a table is a few thousand characters at most: a longer paragraph is never read as one, and the work below, over
  // its lines and columns, stays bounded)
  if (body.length > ALIGNED_MAX) return undefined;
  const all = linesOf(body).filter((l) => body.slice(l.start, l.end).trim() !== '');
  // (a caption line of no pipe over the rows, a spec's "Examples:", is no row)
  const piped = (l: { start: number; end: number }) => body.slice(l.start, l.end).includes('|');
  if (all.length > 3 && !piped(all[0]) && all.slice(1).every(piped)) all.shift();
  // (quick: every line of such a table but a continued one holds a run of spaces)
  if (all.length < 3 || all.filter((l) => body.slice(l.start, l.end).includes('  ')).length < all.length - 1) return undefined;
  const ruled = all.length > 3 && RULE_LINE.test(body.slice(all[1].start, all[1].end));
  const lines = ruled ? [all[0], ...all.slice(2)] : all;
  const width = Math.max(...lines.map((l) => l.end - l.start));
  // the columns where every line is blank (or already ended), and where each line's words start
  const blank = new Array<boolean>(width).fill(true);
  const first = lines.map((l) => {
    let f = -1;
    for (let i = 0; i < l.end - l.start; i++) {
      if (body.charCodeAt(l.start + i) === 32) continue;
      blank[i] = false;
      if (f < 0) f = i;
    }
    return f;
  });
  // the gutters: runs of blank columns GUTTER wide or more, with words before and after them in three lines
  const starts: number[] = [0];
  const gutters: number[] = [];
  for (let i = 1; i < width; ) {
    if (!blank[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < width && blank[j]) j++;
    let both = 0;
    for (let k = 0; k < lines.length; k++) if (lines[k].end - lines[k].start > j && first[k] >= 0 && first[k] < i) both++;
    if (j - i >= GUTTER && j < width && both >= 3) {
      gutters.push(i);
      starts.push(j);
    }
    i = j;
  }
  if (starts.length < 2) return undefined;
  const rows = lines.map((l) => {
    const len = l.end - l.start;
    const fields: Field[] = [];
    for (let k = 0; k < starts.length && starts[k] < Math.max(len, 1); k++) fields.push({ start: starts[k], end: Math.min(len, k + 1 < starts.length ? gutters[k] : len) });
    return { start: l.start, end: l.end, fields };
  });
  return { rows, header: ruled || namesColumns(body, rows) };
}

/**
 * A paragraph of lines that all hold the same number of pipes, with no line of dashes under the first (which would
 * make it a Markdown table): a log or a table pasted bare ("Mon 3 Nov 06:58 | Weather warning … | Devon all"). The
 * rows, each field a stretch between pipes (a pipe is never a field's text, so quotes do not hide one), and whether
 * the first line names the columns. Undefined unless three lines at least hold a pipe each.
 *
 * Example: "(time | alert | audience)⏎07:40 | Council told … | all⏎08:15 | … | all" → three rows, the first a header.
 */
export function pipedRows(text: string): { rows: DelimitedLine[]; header: boolean } | undefined {
  // (a wiki table's header doubles its pipes, "||Name||Post||": read as single ones, the same length, and a header)
  const wiki = WIKI_HEADER.test(text);
  const body = wiki ? text.replace(WIKI_HEADER, (h) => h.replace(/\|\|/g, '| ')) : text;
  const all = linesOf(body).filter((l) => body.slice(l.start, l.end).trim() !== '');
  // (a caption line of no pipe over the rows, a spec's "Examples:", is no row)
  const piped = (l: { start: number; end: number }) => body.slice(l.start, l.end).includes('|');
  if (all.length > 3 && !piped(all[0]) && all.slice(1).every(piped)) all.shift();
  // (a grid table's borders, "+-----+-----+", are no rows; a border of "=" says the rows above it are the header)
  const border = (l: { start: number; end: number }) => GRID_BORDER.test(body.slice(l.start, l.end));
  // (and a line wrapped in pipes, "| a | b |", is read inside them: its edges are no empty fields)
  const lines = all.filter((l) => !border(l)).map((l) => {
    const t = body.slice(l.start, l.end);
    const a = t.search(/\S/), b = t.trimEnd().length;
    return t[a] === '|' && t[b - 1] === '|' && b - a > 1 ? { start: l.start + a + 1, end: l.start + b - 1 } : l;
  });
  const headed = lines.length < all.length && all.findIndex((l) => border(l) && body.slice(l.start, l.end).includes('=')) > 0;
  if (lines.length < 3) return undefined;
  const rows = lines.map((l) => ({ ...l, fields: fieldsOf(body.slice(l.start, l.end), '|', false) }));
  const n = rows[0].fields.length;
  if (n < 2 || rows.some((r) => r.fields.length !== n)) return undefined;
  // (a box drawn round prose, "| … |" on every line, has one field of words a line: no table)
  const filled = (r: DelimitedLine) => r.fields.filter((f) => body.slice(r.start + f.start, r.start + f.end).trim() !== '').length;
  if (rows.some((r) => filled(r) < 2)) return undefined;
  return { rows, header: wiki || headed || namesColumns(body, rows) };
}

/** A wiki table's header line, opening the text: "||Name||Post (at the time)||Party||". */
const WIKI_HEADER = /^[ \t]*\|\|[^\n]*\|\|[ \t]*\r?$/m;

/** A line of a grid table's borders: "+------+-----+", "+======+=====+", "+:-----+". */
const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

/**
 * With no line of dashes, a first line of short names (in brackets or not) over rows that hold figures or dates is a
 * header still: "When   What happened   Where it comes from", "(time | alert text | audience)".
 */
function namesColumns(body: string, rows: DelimitedLine[]): boolean {
  const name = (x: Field) => HEADER_NAME.test(body.slice(rows[0].start + x.start, rows[0].start + x.end).replace(/^[\s(]+|[\s)]+$/g, ''));
  return rows[0].fields.every(name) && rows.slice(1).some((r) => /\d/.test(body.slice(r.start, r.end)));
}

/** A column's name in an aligned table's first line: a few words, no figures. */
const HEADER_NAME = /^[A-Za-z][A-Za-z'\u2019/&()-]*(?: [A-Za-z'\u2019/&()-]+){0,4}$/;
