/**
 * Delimited data pasted into a fenced block: a spreadsheet's rows as CSV or TSV ("```csv", or lines that all hold
 * the same number of tabs, or of commas outside quoted fields, under a header of short names). Such a block is a
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

/** The fields of a line cut at `d` outside double-quoted fields. */
export function fieldsOf(line: string, d: string): Field[] {
  const out: Field[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
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
  for (const d of ['\t', ',']) {
    const rows = lines.map((l) => ({ ...l, fields: fieldsOf(body.slice(l.start, l.end), d) }));
    const n = rows[0].fields.length;
    if (n < 2 || rows.some((r) => r.fields.length !== n)) continue;
    const head = body.slice(rows[0].start, rows[0].end);
    if (named || rows[0].fields.every((f) => HEADER_FIELD.test(head.slice(f.start, f.end)))) return rows;
  }
  return undefined;
}
