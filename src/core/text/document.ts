/**
 * The document model: which parts of a draft are prose, exactly where they are, and what stands above each.
 *
 * Markdown is read with micromark (CommonMark, plus GFM tables and YAML front matter) through mdast, whose
 * nodes carry exact source offsets. Every block of prose keeps the length of its slice of the writer's text:
 * markup that is not prose (`#` marks, emphasis marks, link brackets and URLs, inline code, inline HTML, escape
 * backslashes, `>` marks of continuation lines) is replaced by spaces, so that the engine's offsets into a block are
 * offsets into the draft, with nothing to map back. A table row keeps its pipes, the cell separator the checkers
 * read rows by (a delimiter row is no prose). Code
 * blocks, HTML blocks, front matter, link definitions and bare URLs are not prose. Indented code is not a thing in
 * a draft: an indented paragraph is a paragraph.
 *
 * Plain text gets the same model by lines: paragraphs at blank lines, a list item, a `#` line or a `NAME:` line
 * starting a block of its own, and a one-line paragraph read as a heading.
 *
 * In both, a document that is hard-wrapped (most lines of its paragraphs end close to one width) has the line
 * breaks inside a paragraph read as spaces, so a name or a quotation broken across a line is read whole.
 *
 * Each block carries its context: the headings above it, the lead of its list item ("**2022**:", "December 2022 –"),
 * a table row's column headers and row header, the question a Q&A answer follows, the speaker of a transcript line
 * and the front matter's fields.
 *
 * Speed: micromark is thorough and slow (about 1-4 MB/s against the checker's 10+). A draft is cut into chunks at
 * blank lines where no Markdown construct can continue (the next line starts at column 0, outside fenced code, HTML
 * blocks of the kinds blank lines do not end, and front matter), so each chunk parses alone as it would in the
 * whole; a chunk of plain paragraphs, simple ATX headings and simple list items, most of any draft, is read by a
 * line scan that gives what the parser gives (a property test compares the two), and only the rest goes to
 * micromark. A chunk too big or too deeply nested for the parser to read in linear time is read as plain text.
 * `DocumentCache` keeps chunks read before, for re-reading a draft after an edit.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Nodes, Parents, RootContent, PhrasingContent } from 'mdast';
import { paragraphs } from './sentences';

export type DocumentKind = 'markdown' | 'plaintext';

/** heading; paragraph; item: a list item's paragraph; row: a table row (its header row included). */
export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row';

/** A piece of the draft named in a block's context: its offsets and its prose, trimmed, markup blanked. */
export interface TextPart {
  start: number;
  end: number;
  text: string;
}

export interface HeadingPart extends TextPart {
  /** 1-6 (Markdown's #…######; a plain-text title is 1 and a plain-text subhead 2). */
  depth: number;
}

export interface BlockContext {
  /** The headings the block stands under, outermost first (a heading's own are those above it). */
  readonly headings: readonly HeadingPart[];
  /** The lead of the list item the block is in (or of the nearest item above it that has one). */
  readonly lead?: TextPart;
  /** A table row's column headers (the table's first row); absent for the header row itself. */
  readonly columns?: readonly TextPart[];
  /** A table row's first cell. */
  readonly rowHeader?: TextPart;
  /** A table row's cells, in order (an empty cell has an empty text). */
  readonly cells?: readonly TextPart[];
  /** The question the block answers: a heading or a bold line ending in "?", or a "Q:" line, above it. */
  readonly question?: TextPart;
  /** Who speaks: the label of a transcript or script line ("PRESENTER:", "Cllr Hart:"), carried to the lines after it. */
  readonly speaker?: TextPart;
  /** The front matter's `key: value` fields. */
  readonly frontMatter?: Readonly<Record<string, string>>;
}

export interface Block {
  start: number;
  end: number;
  /** The block's prose when it is not the slice text[start, end) as it stands: same length, markup blanked. */
  masked?: string;
  kind: BlockKind;
  /** A heading's depth. */
  depth?: number;
  context: BlockContext;
}

export interface FrontMatter {
  start: number;
  end: number;
  fields: Readonly<Record<string, string>>;
}

export interface DocumentModel {
  kind: DocumentKind;
  blocks: Block[];
  frontMatter?: FrontMatter;
}

/** The prose of a block: its masked text, or its slice of the draft. */
export function blockText(text: string, b: Block): string {
  return b.masked ?? text.slice(b.start, b.end);
}

// ------------------------------------------------------------------------------------------------ reading chunks

/** A block as read from one chunk, offsets relative to the chunk. */
/** @internal */
export interface RawBlock {
  start: number;
  end: number;
  masked: string | undefined;
  kind: BlockKind;
  depth: number;
  lead?: TextPart;
  /** Rows: the cells; the header's cells (undefined for the header row itself). */
  cells?: TextPart[];
  header?: TextPart[];
  /** A paragraph wholly in bold or italics ("**Who runs children's services?**"). */
  emphasised?: boolean;
}

/** @internal */
export interface RawChunk {
  blocks: RawBlock[];
  frontMatter?: FrontMatter;
}

/**
 * Chunks already read, for reading a draft again after an edit. The chunks before and after the edit are found where
 * they were (same text at the same place, counted from the start or from the end: a comparison, no hashing of the
 * whole draft); the others by their text among the chunks of the last read, else read afresh.
 */
export class DocumentCache {
  private last: { kind: DocumentKind; length: number; spans: { start: number; end: number }[]; texts: string[]; chunks: RawChunk[] } | undefined;
  /** The chunks of the last read that this read did not use again, with their texts. @internal */
  dropped: { chunk: RawChunk; text: string }[] = [];

  /** @internal */
  read(kind: DocumentKind, text: string, spans: { start: number; end: number }[]): RawChunk[] {
    const last = this.last?.kind === kind ? this.last : undefined;
    const n = spans.length;
    const chunks = new Array<RawChunk>(n);
    const texts = new Array<string>(n);
    let lo = 0;
    let hi = n;
    const used = new Set<number>();
    if (last) {
      const m = last.spans.length;
      // from the start: same place, same length, same text (a slice and ===: a native comparison; startsWith at a
      // position walks the characters one by one, ten times slower)
      while (lo < n && lo < m && spans[lo].start === last.spans[lo].start && spans[lo].end === last.spans[lo].end &&
        text.slice(spans[lo].start, spans[lo].end) === last.texts[lo]) {
        chunks[lo] = last.chunks[lo];
        texts[lo] = last.texts[lo];
        used.add(lo);
        lo++;
      }
      // from the end: same distance from the end of the draft
      for (let k = n - 1, j = m - 1; k >= lo && j >= lo; k--, j--) {
        const a = spans[k];
        const b = last.spans[j];
        if (a.end - a.start !== b.end - b.start || text.length - a.start !== last.length - b.start || text.slice(a.start, a.end) !== last.texts[j]) break;
        chunks[k] = last.chunks[j];
        texts[k] = last.texts[j];
        used.add(j);
        hi = k;
      }
    }
    // the rest: by text among the last read's other chunks (a paragraph moved, or one typed again), else read
    let byText: Map<string, number> | undefined;
    for (let k = lo; k < hi; k++) {
      const c = text.slice(spans[k].start, spans[k].end);
      texts[k] = c;
      if (last && !byText) {
        byText = new Map();
        for (let j = 0; j < last.texts.length; j++) if (!used.has(j)) byText.set(last.texts[j], j);
      }
      const j = byText?.get(c);
      if (j !== undefined && !used.has(j)) {
        chunks[k] = last!.chunks[j];
        used.add(j);
      } else chunks[k] = readChunk(c, kind);
    }
    this.dropped = [];
    if (last) for (let j = 0; j < last.chunks.length; j++) if (!used.has(j)) this.dropped.push({ chunk: last.chunks[j], text: last.texts[j] });
    this.last = { kind, length: text.length, spans, texts, chunks };
    return chunks;
  }
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/** What trims a block: the spaces of the sentence splitter (line breaks, tabs, no-break and thin spaces…). */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPEN: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const FRONT_MATTER_OPEN = /^---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /\n---[ \t]*(?:\r?\n|$)/g;

/**
 * Markdown chunks: [start, end) spans, cut where a blank line is followed by a line starting at column 0 (no list item,
 * block quote or paragraph continues over that), unless a fenced code block, an HTML block that only its end marker
 * ends, or the front matter is open.
 */
export function markdownChunks(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = text.length;
  let chunkStart = 0;
  let pos = 0;
  let noCutBefore = 0;
  if (FRONT_MATTER_OPEN.test(text)) {
    FRONT_MATTER_CLOSE.lastIndex = 3;
    const m = FRONT_MATTER_CLOSE.exec(text);
    if (m) noCutBefore = m.index + m[0].length;
  }
  let prevBlank = false;
  let fence: { ch: string; len: number } | undefined;
  let htmlEnd: RegExp | undefined;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    // the line's first character other than a space or tab (lines are only sliced when they may open or close a block)
    let f = pos;
    while (f < eol && isBlankCode(text.charCodeAt(f))) f++;
    const blank = f >= eol;
    const c0 = blank ? 0 : text.charCodeAt(f);
    if (fence) {
      if (c0 === fence.ch.charCodeAt(0) && f - pos <= 3) {
        const line = text.slice(pos, eol);
        const m = FENCE_OPEN.exec(line);
        if (m && m[1][0] === fence.ch && m[1].length >= fence.len && line.slice(m[0].length).trim() === '') fence = undefined;
      }
    } else if (htmlEnd) {
      if (htmlEnd.test(text.slice(pos, eol))) htmlEnd = undefined;
    } else {
      if (!blank && prevBlank && pos >= noCutBefore && f === pos) {
        out.push({ start: chunkStart, end: pos });
        chunkStart = pos;
      }
      prevBlank = blank;
      if (!blank && f - pos <= 3 && (c0 === 96 || c0 === 126 || c0 === 60)) {
        const line = text.slice(pos, eol);
        const fo = FENCE_OPEN.exec(line);
        if (fo) {
          fence = { ch: fo[1][0], len: fo[1].length };
        } else if (c0 === 60) {
          for (const [open, end] of HTML_OPEN) {
            const m = open.exec(line);
            if (m) {
              if (!end.test(line.slice(m[0].length))) htmlEnd = end;
              break;
            }
          }
        }
      }
    }
    pos = eol + 1;
  }
  if (chunkStart < n) out.push({ start: chunkStart, end: n });
  return out;
}

// ---------------------------------------------------------------- the fast path: plain paragraphs, headings, items

/** Characters that may make inline markup: with none of them (and no "](", "][", "!["), a line's text is its prose. */
const INLINE_MARKUP = /[*_`<\\|]|\]\(|\]\[|!\[/;
/** A line's first character that may start a block construct (after any indentation: with indented code off,
 * micromark lets the others be indented at will). */
const BLOCK_START = /^(?:[#>\-+*=~`<|[]|\d{1,9}[.)](?:[ \t]|$))/;
const ATX = /^(#{1,6})([ \t]+|$)/;
const SIMPLE_ITEM = /^([-+*]|\d{1,9}[.)])( {1,4})(?! )/;

/**
 * The blocks of a chunk made only of plain lines, ATX headings without a closing sequence and list items of one
 * line each, with no inline markup: what micromark gives for it, by a line scan. Undefined for any other chunk.
 * @internal (exported for tests: the fast path must give what the parser gives)
 */
export function readSimpleChunk(c: string): RawBlock[] | undefined {
  const blocks: RawBlock[] = [];
  let para: RawBlock | undefined;
  let prev: 'plain' | 'item' | 'heading' | undefined;
  let sawBlank = false;
  let pos = 0;
  const n = c.length;
  while (pos < n) {
    let eol = c.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let s = pos;
    while (s < eol && (c.charCodeAt(s) === 32 || c.charCodeAt(s) === 9)) s++;
    let e = eol;
    while (e > s && isSpace(c.charCodeAt(e - 1))) e--;
    const indented = s > pos;
    pos = eol + 1;
    if (s >= e) {
      sawBlank = true;
      continue;
    }
    // a blank line inside a chunk (the next line is indented): left to the parser
    if (sawBlank) return undefined;
    const line = c.slice(s, e);
    const it = SIMPLE_ITEM.exec(line);
    // inline markup (an item's marker aside: "* " is no emphasis) is the parser's
    if (INLINE_MARKUP.test(it ? line.slice(it[0].length) : line)) return undefined;
    const h = ATX.exec(line);
    if (h) {
      const cs = s + h[0].length;
      // no closing sequence, no empty heading: those are the parser's
      if (cs >= e || c.charCodeAt(e - 1) === 35 || c.charCodeAt(cs) === 35) return undefined;
      let ts = cs;
      while (ts < e && isSpace(c.charCodeAt(ts))) ts++;
      blocks.push({ start: ts, end: e, masked: undefined, kind: 'heading', depth: h[1].length });
      para = undefined;
      prev = 'heading';
      continue;
    }
    if (it) {
      // an item after a paragraph line interrupts it (or not: "2." cannot), an indented one may nest: the parser's
      if (prev === 'plain' || indented) return undefined;
      const cs = s + it[0].length;
      if (BLOCK_START.test(c.slice(cs, Math.min(e, cs + 11)))) return undefined;
      let ts = cs;
      while (ts < e && isSpace(c.charCodeAt(ts))) ts++;
      if (ts >= e) return undefined;
      blocks.push({ start: ts, end: e, masked: undefined, kind: 'item', depth: 0, lead: leadOf(c, ts, e) });
      para = undefined;
      prev = 'item';
      continue;
    }
    if (BLOCK_START.test(line)) return undefined;
    // a plain line: a lazy continuation of an item is the parser's
    if (prev === 'item') return undefined;
    if (para) para.end = e;
    else {
      let ts = s;
      while (ts < e && isSpace(c.charCodeAt(ts))) ts++;
      para = { start: ts, end: e, masked: undefined, kind: 'paragraph', depth: 0 };
      blocks.push(para);
    }
    prev = 'plain';
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------- micromark and mdast

let mdOptions: FromMarkdownOptions | undefined;

function markdownOptions(): FromMarkdownOptions {
  return (mdOptions ??= {
    // no indented code in a draft; no character references (`&amp;` stays as written: offsets are what counts, and
    // the bundles then need no table of HTML entity names)
    extensions: [gfmTable(), frontmatter(['yaml']), { disable: { null: ['codeIndented', 'characterReference'] } }],
    mdastExtensions: [gfmTableFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

/** Above these, a chunk is read as plain text: micromark's time grows faster than the text on such input. */
const MAX_PARSED_CHUNK = 16384;
const MAX_BRACKETS = 128;
/** Container marks (> or list markers) opening one line. */
const DEEP_NESTING = /^(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])){7}/m;

function parseable(c: string): boolean {
  if (c.length > MAX_PARSED_CHUNK || DEEP_NESTING.test(c)) return false;
  let brackets = 0;
  for (let i = c.indexOf('['); i >= 0; i = c.indexOf('[', i + 1)) if (++brackets > MAX_BRACKETS) return false;
  return true;
}

const startOf = (n: Nodes) => n.position!.start.offset!;
const endOf = (n: Nodes) => n.position!.end.offset!;

/** The characters of a block being masked: codes of c[start, end). */
class Mask {
  readonly codes: string[];
  changed = false;
  constructor(readonly c: string, readonly start: number, readonly end: number) {
    this.codes = c.slice(start, end).split('');
  }
  blank(from: number, to: number, keepLineEnds = false): void {
    for (let i = Math.max(from, this.start); i < Math.min(to, this.end); i++) {
      const ch = this.codes[i - this.start];
      if (keepLineEnds && (ch === '\n' || ch === '\r')) continue;
      if (ch !== ' ') {
        this.codes[i - this.start] = ' ';
        this.changed = true;
      }
    }
  }
  text(): string {
    return this.changed ? this.codes.join('') : this.c.slice(this.start, this.end);
  }
}

/** Blanks the markup among inline nodes, keeping the prose of text nodes and of the content of emphasis and links. */
function maskInline(nodes: readonly PhrasingContent[] | readonly Nodes[], m: Mask): void {
  for (const node of nodes) {
    const s = startOf(node);
    const e = endOf(node);
    switch (node.type) {
      case 'text': {
        // a backslash escaping punctuation is markup (the character after it is prose, even a backslash)
        let i = m.c.indexOf('\\', s);
        while (i >= 0 && i < e - 1) {
          if (isAsciiPunct(m.c.charCodeAt(i + 1))) {
            m.blank(i, i + 1);
            i = m.c.indexOf('\\', i + 2);
          } else i = m.c.indexOf('\\', i + 1);
        }
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference': {
        const kids = node.children as PhrasingContent[];
        // an autolink (<https://…>) is a URL, not prose
        if (kids.length === 0 || (node.type === 'link' && m.c.charCodeAt(s) === 60)) {
          m.blank(s, e, true);
          break;
        }
        m.blank(s, startOf(kids[0]), true);
        m.blank(endOf(kids[kids.length - 1]), e, true);
        maskInline(kids, m);
        break;
      }
      case 'break':
        m.blank(s, e, true);
        break;
      default:
        // inline code, inline HTML, images, footnote references: not prose
        m.blank(s, e, true);
    }
  }
}

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** Blanks the > marks that open the continuation lines of a block inside a block quote. */
function maskQuoteMarks(m: Mask): void {
  for (let i = m.c.indexOf('\n', m.start); i >= 0 && i < m.end; i = m.c.indexOf('\n', i + 1)) {
    for (let k = i + 1; k < m.end; k++) {
      const ch = m.c.charCodeAt(k);
      if (ch === 62) m.blank(k, k + 1);
      else if (ch !== 32 && ch !== 9) break;
    }
  }
}

/** A block from a mask: trimmed to its prose, its masked text kept only where it differs from the draft. */
function blockOf(m: Mask, kind: BlockKind, depth: number): RawBlock | undefined {
  const t = m.text();
  let a = 0;
  let b = t.length;
  while (a < b && isSpace(t.charCodeAt(a))) a++;
  while (b > a && isSpace(t.charCodeAt(b - 1))) b--;
  if (a >= b) return undefined;
  const masked = m.changed ? t.slice(a, b) : undefined;
  const start = m.start + a;
  const end = m.start + b;
  return { start, end, masked: masked !== undefined && masked !== m.c.slice(start, end) ? masked : undefined, kind, depth };
}

/** A part of the context from its prose t, which starts at s: trimmed. */
function partOf(t: string, s: number): TextPart {
  let a = 0;
  let b = t.length;
  while (a < b && isSpace(t.charCodeAt(a))) a++;
  while (b > a && isSpace(t.charCodeAt(b - 1))) b--;
  return { start: s + a, end: s + b, text: t.slice(a, b) };
}

/** The prose of c[s, e) as a block reads it (blank outside the block, which is trimmed to its prose). */
function proseIn(c: string, b: RawBlock, s: number, e: number): string {
  const from = Math.max(s, b.start);
  const to = Math.min(e, b.end);
  if (from >= to) return ' '.repeat(Math.max(0, e - s));
  const inner = b.masked ? b.masked.slice(from - b.start, to - b.start) : c.slice(from, to);
  return ' '.repeat(from - s) + inner + ' '.repeat(e - to);
}

/** A list item's lead: its opening words before a colon or a dash ("2022:", "December 2022 –"). */
const LEAD = /^([^.!?:;\n]{1,40}?)[ \t]*(?::|[\u2013\u2014]|[ \t]-)(?=[ \t]|$)/;

function leadOf(c: string, start: number, end: number, masked?: string): TextPart | undefined {
  const t = masked ?? c.slice(start, end);
  const m = LEAD.exec(t);
  if (!m) return undefined;
  return { start, end: start + m[1].length, text: m[1] };
}

/** Reads a chunk with micromark: its prose blocks, with what the chunk itself tells of their context. @internal (exported for tests) */
export function readParsedChunk(c: string): RawChunk {
  const tree = fromMarkdown(c, markdownOptions());
  const blocks: RawBlock[] = [];
  let frontMatterPart: FrontMatter | undefined;
  const walk = (nodes: readonly RootContent[], lead: TextPart | undefined) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph': {
          const m = new Mask(c, startOf(node), endOf(node));
          maskInline(node.children, m);
          maskQuoteMarks(m);
          const b = blockOf(m, 'paragraph', 0);
          if (!b) break;
          if (lead) b.lead = lead;
          const kids = node.children.filter((k) => !(k.type === 'text' && k.value.trim() === ''));
          if (kids.length > 0 && kids.every((k) => k.type === 'strong' || k.type === 'emphasis')) b.emphasised = true;
          blocks.push(b);
          break;
        }
        case 'heading': {
          const m = new Mask(c, startOf(node), endOf(node));
          if (node.children.length === 0) break;
          m.blank(m.start, startOf(node.children[0]));
          m.blank(endOf(node.children[node.children.length - 1]), m.end);
          maskInline(node.children, m);
          maskQuoteMarks(m);
          const b = blockOf(m, 'heading', node.depth);
          if (b) blocks.push(b);
          break;
        }
        case 'listItem': {
          const first = node.children[0];
          let own: TextPart | undefined;
          let firstBlock = -1;
          if (first && first.type === 'paragraph') {
            firstBlock = blocks.length;
            walk([first], lead);
            const b = blocks[firstBlock];
            if (b && firstBlock < blocks.length) {
              b.kind = 'item';
              const t = b.masked ?? c.slice(b.start, b.end);
              const strong = first.children[0];
              if (strong && (strong.type === 'strong' || strong.type === 'emphasis') && startOf(strong) === startOf(first)) {
                own = partOf(proseIn(c, b, startOf(strong), endOf(strong)), startOf(strong));
              } else {
                own = leadOf(c, b.start, b.end, b.masked);
              }
              // a short first paragraph over nested content is the lead of all of it ("- 2022" over a list)
              if (!own && node.children.length > 1 && t.length <= 40 && !/[.!?]$/.test(t)) own = { start: b.start, end: b.end, text: t };
              if (own) b.lead = own;
            }
          }
          walk(firstBlock >= 0 ? node.children.slice(1) : node.children, own ?? lead);
          break;
        }
        case 'table': {
          // A row keeps its pipes: they set its cells apart, and the checkers read a row that opens with one cell by
          // cell (a person in the first, a role, party or ward in the others). Only the cells' inline markup goes.
          let header: TextPart[] | undefined;
          for (const row of node.children) {
            const m = new Mask(c, startOf(row), endOf(row));
            const cells: TextPart[] = [];
            for (const cell of row.children) {
              const kids = cell.children;
              if (kids.length === 0) {
                const e = endOf(cell);
                cells.push({ start: e, end: e, text: '' });
                continue;
              }
              const a = startOf(kids[0]);
              const b = endOf(kids[kids.length - 1]);
              maskInline(kids, m);
              cells.push(partOf(m.codes.slice(a - m.start, b - m.start).join(''), a));
            }
            const blk = blockOf(m, 'row', 0);
            if (blk) {
              blk.cells = cells;
              blk.header = header;
              blocks.push(blk);
            }
            header ??= cells;
          }
          break;
        }
        case 'yaml': {
          frontMatterPart = { start: startOf(node), end: endOf(node), fields: frontMatterFields(node.value) };
          break;
        }
        case 'blockquote':
        case 'list':
          walk(node.children as RootContent[], lead);
          break;
        default:
          // code, HTML, thematic breaks, definitions: not prose
          break;
      }
    }
  };
  walk(tree.children, undefined);
  return { blocks, frontMatter: frontMatterPart };
}

/** The `key: value` lines of YAML front matter (top-level scalars; quotes taken off). */
export function frontMatterFields(yaml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of yaml.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m || m[2] === '') continue;
    let v = m[2];
    if (/^(["']).*\1$/.test(v)) v = v.slice(1, -1);
    if (!Object.prototype.hasOwnProperty.call(out, m[1])) out[m[1]] = v;
  }
  return out;
}

// ------------------------------------------------------------------------------------------------------ plain text

const PLAIN_ITEM = /^[ \t]*(?:[-*+\u2022\u25aa\u25e6\u2023\u2013\u2014]|\d{1,3}[.)])[ \t]+/;
const PLAIN_HASH_HEADING = /^[ \t]*(#{1,6})[ \t]+/;

/**
 * A speaker's label opening a line: "PRESENTER:", "CLLR HART:", "Cllr Hart:", "Andrew Leadbetter:" (group 1 the name).
 * One letter is no speaker ("Q:", "A:").
 */
const SPEAKER =
  /^[ \t]*((?:[A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]*){0,3})|(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Baroness|Rev)\.?[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2})|(?:[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){1,2}))[ \t]*:(?=[ \t]|$)/;
/** A question's label ("Q:", "Question:"). */
const QUESTION_LABEL = /^[ \t]*(?:Q|Question)[ \t]*[:.](?=[ \t]|$)/;
/** A field's label opening a line ("Cabinet member: …"): a line of its own, never the end of the line above. */
const FIELD = /^[ \t]*[A-Z][^.:!?\n]{0,40}:(?=[ \t])/;

/** Plain text read as blocks (offsets relative to the text given). */
function readPlainChunk(c: string): RawChunk {
  const blocks: RawBlock[] = [];
  const paras = paragraphs(c);
  for (const p of paras) {
    const single = c.indexOf('\n', p.start) < 0 || c.indexOf('\n', p.start) >= p.end;
    let cur: RawBlock | undefined;
    let pos = p.start;
    while (pos < p.end) {
      let eol = c.indexOf('\n', pos);
      if (eol < 0 || eol > p.end) eol = p.end;
      let s = pos;
      let e = eol;
      while (s < e && isSpace(c.charCodeAt(s))) s++;
      while (e > s && isSpace(c.charCodeAt(e - 1))) e--;
      pos = eol + 1;
      if (s >= e) continue;
      const line = c.slice(s, e);
      const h = PLAIN_HASH_HEADING.exec(line);
      if (h && h[0].length < line.length) {
        blocks.push({ start: s + h[0].length, end: e, masked: undefined, kind: 'heading', depth: h[1].length });
        cur = undefined;
        continue;
      }
      const it = PLAIN_ITEM.exec(line);
      if (it && it[0].length < line.length) {
        cur = { start: s + it[0].length, end: e, masked: undefined, kind: 'item', depth: 0 };
        blocks.push(cur);
        continue;
      }
      if (!cur || SPEAKER.test(line) || QUESTION_LABEL.test(line)) {
        cur = { start: s, end: e, masked: undefined, kind: 'paragraph', depth: 0 };
        blocks.push(cur);
        continue;
      }
      cur.end = e;
    }
    if (single && blocks.length > 0) {
      const b = blocks[blocks.length - 1];
      if (b.kind === 'paragraph' && looksLikePlainHeading(c.slice(b.start, b.end))) {
        b.kind = 'heading';
        // the first line of the text is its title, over the subheads after it
        b.depth = blocks.length === 1 ? 1 : 2;
      }
    }
  }
  for (const b of blocks) if (b.kind === 'item') b.lead = leadOf(c, b.start, b.end);
  return { blocks };
}

/** A one-line paragraph of plain text that reads as a heading: short, unpunctuated at its end, no speaker's line. */
function looksLikePlainHeading(line: string): boolean {
  if (line.length > 80 || SPEAKER.test(line) || QUESTION_LABEL.test(line)) return false;
  if (/[.!,;:\u2026"'\u201d\u2019)]$/.test(line)) return false;
  if (!/[A-Za-z0-9]/.test(line)) return false;
  return line.split(/\s+/).length <= 12;
}

// ------------------------------------------------------------------------------------------------ the whole draft

/** Bare URLs are not prose. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"\u201c\u201d\u2018\u2019]*[^\s<>"\u201c\u201d\u2018\u2019.,;:!?)\]]/g;

/** Blanks bare URLs in a raw block (in place). */
function maskUrls(c: string, b: RawBlock): void {
  const t = b.masked ?? c.slice(b.start, b.end);
  if (t.indexOf('http') < 0 && t.indexOf('www.') < 0) return;
  URL.lastIndex = 0;
  const out = t.replace(URL, (u) => ' '.repeat(u.length));
  if (out !== t) trimInto(b, out);
}

/** Sets a block's masked text, trimmed (moving its ends); an all-blank block is emptied (start = end). */
function trimInto(b: RawBlock, t: string): void {
  let a = 0;
  let z = t.length;
  while (a < z && isSpace(t.charCodeAt(a))) a++;
  while (z > a && isSpace(t.charCodeAt(z - 1))) z--;
  b.masked = t.slice(a, z);
  b.start += a;
  b.end = b.start + (z - a);
}

/**
 * Splits a paragraph at the lines that open with a speaker's label or "Q:": each is a block of its own (a transcript
 * written without blank lines). Relative to the chunk.
 */
function splitAtSpeakers(c: string, blocks: RawBlock[]): RawBlock[] {
  let out: RawBlock[] | undefined;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    const parts: RawBlock[] = [];
    if (b.kind === 'paragraph' || b.kind === 'item') {
      const t = b.masked ?? c.slice(b.start, b.end);
      let from = 0;
      for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
        const rest = t.slice(i + 1, i + 80);
        if (SPEAKER.test(rest) || QUESTION_LABEL.test(rest)) {
          parts.push(sub(c, b, from, i));
          from = i + 1;
        }
      }
      if (from > 0) parts.push(sub(c, b, from, t.length));
    }
    if (parts.length > 0) {
      out ??= blocks.slice(0, k);
      for (const p of parts) if (p.end > p.start) out.push(p);
    } else if (out) out.push(b);
  }
  return out ?? blocks;
}

/** The part [from, to) of a block's text, as a block of its own (a paragraph after the first), trimmed. */
function sub(c: string, b: RawBlock, from: number, to: number): RawBlock {
  const t = (b.masked ?? c.slice(b.start, b.end)).slice(from, to);
  const r: RawBlock = { start: b.start + from, end: b.start + to, masked: undefined, kind: from === 0 ? b.kind : 'paragraph', depth: 0 };
  if (from === 0 && b.lead) r.lead = b.lead;
  trimInto(r, t);
  if (r.masked === c.slice(r.start, r.end)) r.masked = undefined;
  return r;
}

function readChunk(c: string, kind: DocumentKind): RawChunk {
  let r: RawChunk;
  if (kind === 'plaintext') r = readPlainChunk(c);
  else {
    const simple = readSimpleChunk(c);
    if (simple) r = { blocks: simple };
    else if (!parseable(c)) r = readPlainChunk(c);
    else {
      try {
        r = readParsedChunk(c);
      } catch {
        r = readPlainChunk(c);
      }
    }
  }
  for (const b of r.blocks) if (b.kind !== 'heading') maskUrls(c, b);
  r.blocks = splitAtSpeakers(c, r.blocks).filter((b) => b.end > b.start);
  return r;
}

/** One line of a block, for the hard-wrap reading: its length from the start of the draft's line. */
interface WrapLine {
  /** The line break after the line, in the draft. */
  nl: number;
  len: number;
}

/** Lines shorter than this are never read as hard-wrapped, nor widths wider than MAX_WRAP (soft-wrapped copy). */
const MIN_WRAP = 50;
const MAX_WRAP = 110;
/** A hard-wrapped line ends within this many characters of the wrap width (the next word did not fit). */
const WRAP_SLACK = 16;

/** Reads a draft: its blocks of prose with their context. Pure; never throws. */
export function readDocument(text: string, kind: DocumentKind = 'markdown', cache?: DocumentCache): DocumentModel {
  const spans = kind === 'markdown' ? markdownChunks(text) : [{ start: 0, end: text.length }];
  const read = cache ? cache.read(kind, text, spans) : spans.map((sp) => readChunk(text.slice(sp.start, sp.end), kind));
  const chunks: ReadChunk[] = spans.map((sp, k) => ({ offset: sp.start, raw: read[k] }));
  const frontMatter = chunks.length > 0 && chunks[0].offset === 0 ? chunks[0].raw.frontMatter : undefined;
  const origins: RawBlock[] = [];
  const doc: DocumentModel = { kind, blocks: withContext(text, chunks, wrapJoins(text, chunks), frontMatter, origins) };
  if (frontMatter) doc.frontMatter = frontMatter;
  ORIGINS.set(doc, origins);
  return doc;
}

/** What each block of a document was read as (see originsOf). */
const ORIGINS = new WeakMap<DocumentModel, RawBlock[]>();

/** A block as its chunk was read: the same object for as long as the chunk's text is unchanged (DocumentCache). */
export interface BlockOrigin {
  /** The block's prose before hard-wrapped lines were joined, when not its slice of the draft. */
  readonly masked: string | undefined;
}

/**
 * What each block of a document read by readDocument was read as, in order: a key for what is known of a block's own
 * text (its result, its dates) that lives as long as the chunk's reading. @internal
 */
export function originsOf(doc: DocumentModel): readonly BlockOrigin[] {
  return ORIGINS.get(doc) ?? [];
}

/** A chunk's reading (shared with the cache: never changed) and where the chunk starts in the draft. */
interface ReadChunk {
  offset: number;
  raw: RawChunk;
}

const PROSE_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'item']);

/**
 * In a hard-wrapped draft, the line breaks inside a paragraph that end a full line are spaces: a draft is hard-wrapped
 * when at least half the lines that end inside a paragraph (and three or more) end within WRAP_SLACK of the widest of
 * them. A line that the next opens as a list item, a heading, a speaker's or a field's label, keeps its break. Returns
 * the prose of the blocks that change (their line breaks made spaces).
 */
function wrapJoins(text: string, chunks: ReadChunk[]): Map<RawBlock, string> | undefined {
  const lines: { block: RawBlock; offset: number; ends: WrapLine[] }[] = [];
  let width = 0;
  let count = 0;
  for (const { offset, raw } of chunks) {
    for (const b of raw.blocks) {
      if (!PROSE_KINDS.has(b.kind)) continue;
      const start = offset + b.start;
      const end = offset + b.end;
      const first = text.indexOf('\n', start);
      if (first < 0 || first >= end) continue;
      const ends: WrapLine[] = [];
      let lineStart = text.lastIndexOf('\n', start - 1) + 1;
      for (let nl = first; nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
        let e = nl;
        while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
        ends.push({ nl, len: e - lineStart });
        if (e - lineStart <= MAX_WRAP && e - lineStart > width) width = e - lineStart;
        lineStart = nl + 1;
      }
      lines.push({ block: b, offset, ends });
      count += ends.length;
    }
  }
  if (width < MIN_WRAP || count < 3) return undefined;
  let near = 0;
  for (const l of lines) for (const x of l.ends) if (x.len >= width - WRAP_SLACK && x.len <= width) near++;
  if (near < 3 || near * 2 < count) return undefined;
  const out = new Map<RawBlock, string>();
  for (const { block: b, offset, ends } of lines) {
    let t: string[] | undefined;
    const start = offset + b.start;
    for (const x of ends) {
      if (x.len < width - WRAP_SLACK || x.len > width) continue;
      const next = text.slice(x.nl + 1, x.nl + 80);
      if (PLAIN_ITEM.test(next) || /^[ \t>]*(?:#|\||>)/.test(next) || SPEAKER.test(next) || QUESTION_LABEL.test(next) || FIELD.test(next)) continue;
      t ??= (b.masked ?? text.slice(start, offset + b.end)).split('');
      t[x.nl - start] = ' ';
    }
    if (t) out.set(b, t.join(''));
  }
  return out;
}

const EMPTY: readonly HeadingPart[] = [];

function shifted(p: TextPart, by: number): TextPart {
  return by === 0 ? p : { start: p.start + by, end: p.end + by, text: p.text };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The blocks of the draft with their context: heading chain, question, speaker (carried on from the blocks above),
 * list lead and table row (the block's own). Blocks with nothing of their own share one context object.
 */
function withContext(
  text: string, chunks: ReadChunk[], joins: Map<RawBlock, string> | undefined, frontMatter: FrontMatter | undefined, origins: RawBlock[],
): Block[] {
  const out: Block[] = [];
  let headings: readonly HeadingPart[] = EMPTY;
  let question: TextPart | undefined;
  let speaker: TextPart | undefined;
  const fields = frontMatter?.fields;
  let shared: BlockContext | undefined;
  const sharedContext = (): BlockContext => {
    if (shared) return shared;
    const c: Writable<BlockContext> = { headings };
    if (fields) c.frontMatter = fields;
    if (question) c.question = question;
    if (speaker) c.speaker = speaker;
    return (shared = c);
  };
  for (const { offset, raw } of chunks) {
    for (const b of raw.blocks) {
      const start = offset + b.start;
      const end = offset + b.end;
      const masked = joins?.get(b) ?? b.masked;
      if (b.kind === 'heading') {
        const t = masked ?? text.slice(start, end);
        const block: Block = { start, end, kind: 'heading', depth: b.depth, context: sharedContext() };
        if (masked !== undefined) block.masked = masked;
        out.push(block);
        origins.push(b);
        let keep = headings.length;
        while (keep > 0 && headings[keep - 1].depth >= b.depth) keep--;
        headings = [...headings.slice(0, keep), { start, end, text: oneLine(t), depth: b.depth }];
        question = /\?\s*$/.test(t) ? { start, end, text: t } : undefined;
        speaker = undefined;
        shared = undefined;
        continue;
      }
      // (only a block's opening is asked for a label)
      const head = masked !== undefined ? masked.slice(0, 80) : text.slice(start, Math.min(end, start + 80));
      const isQuestion = QUESTION_LABEL.test(head) || (b.emphasised === true && /\?\s*$/.test(masked ?? text.slice(start, end)));
      if (isQuestion) {
        if (speaker) shared = undefined;
        speaker = undefined;
      } else if (b.kind !== 'row') {
        const sp = SPEAKER.exec(head);
        if (sp) {
          const s = start + sp[0].indexOf(sp[1]);
          speaker = { start: s, end: s + sp[1].length, text: sp[1] };
          shared = undefined;
        }
      }
      let context: BlockContext;
      if (b.lead || b.cells || (isQuestion && question)) {
        const c: Writable<BlockContext> = { headings };
        if (fields) c.frontMatter = fields;
        if (question && !isQuestion) c.question = question;
        if (speaker) c.speaker = speaker;
        if (b.lead) c.lead = shifted(b.lead, offset);
        if (b.cells) {
          c.cells = b.cells.map((p) => shifted(p, offset));
          if (c.cells.length > 0) c.rowHeader = c.cells[0];
          if (b.header) c.columns = b.header.map((p) => shifted(p, offset));
        }
        context = c;
      } else context = sharedContext();
      const block: Block = { start, end, kind: b.kind, context };
      if (masked !== undefined) block.masked = masked;
      out.push(block);
      origins.push(b);
      if (isQuestion) {
        question = { start, end, text: masked ?? text.slice(start, end) };
        shared = undefined;
      }
    }
  }
  return out;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
