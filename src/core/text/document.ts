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
import type { Code, ListItem, Nodes, Parents, RootContent, PhrasingContent, Table } from 'mdast';
import { alignedRows, DelimitedLine, delimitedRows, pipedRows } from './delimited';
import { ENTITY, entityChar, escapedTags, htmlProse, speakerOfComponent } from './html';
import { isLatex, latexProse } from './latex';
import { Span, paragraphs, sentences } from './sentences';
import { CREDIT_LINE, PUBLICATION_SAID, SCRIPT_CUES } from '../lexicon';

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
  /** A nested item's with a lead of its own: the lead of the item it stands in ("- 2022" over "- May: …"). */
  readonly outerLead?: TextPart;
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
  /** A paragraph wholly in bold or italics ("**The week of the meeting, December 2022**"). */
  emphasised?: boolean;
  /**
   * Where the prose has a word's characters in another order than the draft (relative to the block): a word broken
   * across lines made whole, a word's invisible characters put after it. A finding's edge inside one is moved to its
   * edge, so that it covers the word as written (see movedEdges).
   */
  moved?: readonly Span[];
  context: BlockContext;
}

/**
 * A range [start, end) of a block that starts at `at`, with each edge inside a moved word (Block.moved) put at that
 * word's edge.
 */
export function movedEdges<T extends Span>(x: T, moved: readonly Span[] | undefined, at = 0): T {
  if (!moved) return x;
  let { start, end } = x;
  for (const m of moved) {
    if (start > m.start + at && start < m.end + at) start = m.start + at;
    if (end > m.start + at && end < m.end + at) end = m.end + at;
  }
  return start === x.start && end === x.end ? x : { ...x, start, end };
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
  /** A nested item's: the lead of the item it stands in, when it has its own ("- 2022" over "- May: …"). */
  outerLead?: TextPart;
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
  /** What is worked out from the reading and kept with it, made on first use (see notesOf). */
  notes?: ChunkNotes;
  /** The lines of a chunk only the parser reads, counted against the draft's PARSER_LINE_BUDGET (absent otherwise). */
  parserLines?: number;
  /** Read as plain text because the draft's chunks up to this one hold more parser lines than the budget. */
  pastBudget?: boolean;
}

/**
 * Chunks already read, for reading a draft again after an edit. The chunks before and after the edit are found where
 * they were (same text at the same place, counted from the start or from the end: a comparison, no hashing of the
 * whole draft); the others by their text among the chunks of the last read, else read afresh.
 */
export class DocumentCache {
  private last: { kind: DocumentKind; length: number; spans: { start: number; end: number }[]; texts: string[]; chunks: RawChunk[] } | undefined;
  private lastDocument: LastDocument | undefined;
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
    const used = new Uint8Array(last ? last.chunks.length : 0);
    if (last) {
      const m = last.spans.length;
      // from the start: same place, same length, same text (a slice and ===: a native comparison; startsWith at a
      // position walks the characters one by one, ten times slower)
      while (lo < n && lo < m && spans[lo].start === last.spans[lo].start && spans[lo].end === last.spans[lo].end &&
        text.slice(spans[lo].start, spans[lo].end) === last.texts[lo]) {
        chunks[lo] = last.chunks[lo];
        texts[lo] = last.texts[lo];
        used[lo] = 1;
        lo++;
      }
      // from the end: same distance from the end of the draft
      for (let k = n - 1, j = m - 1; k >= lo && j >= lo; k--, j--) {
        const a = spans[k];
        const b = last.spans[j];
        if (a.end - a.start !== b.end - b.start || text.length - a.start !== last.length - b.start || text.slice(a.start, a.end) !== last.texts[j]) break;
        chunks[k] = last.chunks[j];
        texts[k] = last.texts[j];
        used[j] = 1;
        hi = k;
      }
    }
    // the rest: by text among the last read's other chunks (a paragraph moved, or one typed again), else read
    let byText: Map<string, number> | undefined;
    const unread: number[] = [];
    for (let k = lo; k < hi; k++) {
      const c = text.slice(spans[k].start, spans[k].end);
      texts[k] = c;
      if (last && !byText) {
        byText = new Map();
        for (let j = 0; j < last.texts.length; j++) if (!used[j]) byText.set(last.texts[j], j);
      }
      const j = byText?.get(c);
      if (j !== undefined && !used[j]) {
        chunks[k] = last!.chunks[j];
        used[j] = 1;
      } else unread.push(k);
    }
    const read = readChunks(text, unread.map((k) => spans[k]), kind);
    unread.forEach((k, i) => (chunks[k] = read[i]));
    // (the chunks read here were counted against the budget as if alone: read as a whole read would, when that differs)
    if (!keepsParserBudget(chunks)) {
      readChunks(text, spans, kind).forEach((c, k) => (chunks[k] = c));
      used.fill(0);
    }
    this.dropped = [];
    if (last) for (let j = 0; j < last.chunks.length; j++) if (!used[j]) this.dropped.push({ chunk: last.chunks[j], text: last.texts[j] });
    this.last = { kind, length: text.length, spans, texts, chunks };
    this.lastDocument = undefined;
    return chunks;
  }

  /** @internal (readDocument) */
  keep(d: LastDocument): void {
    this.lastDocument = d;
  }

  /**
   * The document last read, read again after an edit inside one of its chunks (not the first): that chunk alone is
   * read, and the blocks below it are kept, moved. Undefined, with nothing changed, when the edit may reach further:
   * it moves a chunk's bounds, changes the front matter or the width the draft is wrapped at, falls in the opening
   * blocks (a dateline, a correction's headline), or the chunk carries another heading, question or speaker down.
 * (A speaker read again, the same words at the same place, is the one carried before.)
   * Otherwise the document is changed in place: read through the cache, it belongs to the cache's user.
   */
  edit(text: string): DocumentEdit | undefined {
    const d = this.lastDocument;
    const last = this.last;
    if (!d || !last || last.kind !== 'markdown') return undefined;
    const old = d.text;
    const start = commonPrefix(old, text);
    if (start === old.length && start === text.length) {
      this.dropped = [];
      return { doc: d.doc, from: 0, to: 0, removed: 0, delta: 0, after: 0 };
    }
    const tail = commonSuffix(old, text, start);
    const k = chunkAt(last.spans, start);
    const span = last.spans[k];
    if (k <= 0 || start <= span.start || old.length - tail > span.end || frontMatterEnd(text) !== frontMatterEnd(old)) return undefined;
    const delta = text.length - old.length;
    const end = span.end + delta;
    // the chunk still ends where the next one starts: whether a line starts a chunk depends on it and the chunk above
    const nextLine = end < text.length ? text.indexOf('\n', end) + 1 || text.length : end;
    const cuts = markdownChunks(text, span.start, nextLine);
    if (cuts[0].end !== end || cuts.length !== (end < text.length ? 2 : 1)) return undefined;
    const chunk: ReadChunk = { offset: span.start, raw: readChunks(text, [{ start: span.start, end }], 'markdown')[0] };
    if (!keepsParserBudget(last.chunks, k, chunk.raw)) return undefined;
    const read = this.rereadChunk(d, k, text, chunk);
    if (!read) return undefined;
    const { blocks, origins } = read;
    const { first: from } = d.marks[k];
    const removed = d.marks[k + 1].first - from;
    d.doc.blocks.splice(from, removed, ...blocks);
    d.origins.splice(from, removed, ...origins);
    moveBlocks(d.doc.blocks, from + blocks.length, delta, span.end);
    for (let j = k + 1; j < d.marks.length; j++) d.marks[j].first += blocks.length - removed;
    for (let j = k + 1; j < d.chunks.length; j++) d.chunks[j].offset += delta;
    this.dropped = [{ chunk: d.chunks[k].raw, text: last.texts[k] }];
    d.chunks[k] = chunk;
    d.text = text;
    last.chunks[k] = chunk.raw;
    last.texts[k] = text.slice(span.start, end);
    last.length = text.length;
    span.end = end;
    for (let j = k + 1; j < last.spans.length; j++) {
      last.spans[j].start += delta;
      last.spans[j].end += delta;
    }
    return { doc: d.doc, from, to: from + blocks.length, removed, delta, after: end - delta };
  }

  /** The blocks of chunk k read again, when nothing of the draft but them changes with it (see edit). */
  private rereadChunk(d: LastDocument, k: number, text: string, chunk: ReadChunk): { blocks: Block[]; origins: RawBlock[] } | undefined {
    const mark = d.marks[k];
    const before = mark.carried;
    const after = d.marks[k + 1].carried;
    // (a heading or question in the chunk, before or now, sets the context of the blocks below it)
    if (mark.first < 4 || after.headings !== before.headings || after.question !== before.question) return undefined;
    if (!sameWrapLines(wrapLinesOf(d.text, chunk.offset, d.chunks[k].raw), wrapLinesOf(text, chunk.offset, chunk.raw))) return undefined;
    let joins: Map<RawBlock, string> | undefined;
    if (d.width) joinChunk(text, chunk, d.width, (joins = new Map()));
    const st = { ...before };
    const blocks: Block[] = [];
    const origins: RawBlock[] = [];
    contextOfChunk(text, chunk, joins, d.doc.frontMatter?.fields, st, blocks, origins);
    // a speaker the chunk carries down may be read again, the same words at the same place (a transcript's line edited)
    if (st.headings !== before.headings || st.question !== before.question || !samePart(st.speaker, after.speaker)) return undefined;
    // (as readDocument masks the blocks, in its order)
    breakSeparatedLines(text, blocks);
    maskCitationColumns(text, blocks);
    if (d.correction) maskReportedErrors(text, blocks);
    return { blocks, origins };
  }
}

/** What DocumentCache.edit did: blocks [from, to) of the document are new, in place of `removed` blocks; those after moved by delta. */
export interface DocumentEdit {
  doc: DocumentModel;
  from: number;
  to: number;
  removed: number;
  delta: number;
  /** Where the text below the edited chunk stood before: what stood at or after it has moved by delta. */
  after: number;
}

/** The document a cache read last, with what reading one of its chunks again needs (see DocumentCache.edit). */
interface LastDocument {
  doc: DocumentModel;
  text: string;
  chunks: ReadChunk[];
  marks: ChunkMark[];
  /** The width the draft is wrapped at (0: none). */
  width: number;
  correction: boolean;
  origins: RawBlock[];
}

/**
 * Moves blocks[from…] and the parts of their context that stand at or after `edge` by delta. A part may stand in the
 * context of many blocks (a heading, a question, a speaker): each is moved once.
 */
function moveBlocks(blocks: Block[], from: number, delta: number, edge: number): void {
  const moved = new Set<TextPart>();
  const move = (p: TextPart | undefined) => {
    if (!p || p.start < edge || moved.has(p)) return;
    moved.add(p);
    p.start += delta;
    p.end += delta;
  };
  let context: BlockContext | undefined;
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    b.start += delta;
    b.end += delta;
    // (blocks with nothing of their own share their context)
    if (b.context === context) continue;
    context = b.context;
    for (const h of context.headings) move(h);
    move(context.question);
    move(context.speaker);
    move(context.lead);
    move(context.outerLead);
    // (a row's header is its first cell)
    context.cells?.forEach(move);
    context.columns?.forEach(move);
  }
}

function samePart(a: TextPart | undefined, b: TextPart | undefined): boolean {
  return a === b || (!!a && !!b && a.start === b.start && a.end === b.end && a.text === b.text);
}

/** Do two readings of a chunk have the same lines ending inside their paragraphs (which decide the wrap width)? */
function sameWrapLines(a: WrapLines[], b: WrapLines[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i].ends;
    const y = b[i].ends;
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j].len !== y[j].len || x[j].keep !== y[j].keep) return false;
  }
  return true;
}

/** The index of the span holding position p (the last starting at or before it). */
function chunkAt(spans: readonly { start: number }[], p: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many characters a and b share at their start: halves compared natively, no walk over the characters. */
function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many characters a and b share at their end, not reaching into their first `prefix`. */
function commonSuffix(a: string, b: string, prefix: number): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length) - prefix;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
 * Where the front matter that opens a text ends (0 when there is none). Front matter needs its closing fence: without
 * one, micromark's attempt at it leaves the lines after it misread, so the parser is asked for front matter only
 * when the fence is there.
 */
function frontMatterEnd(text: string): number {
  if (!FRONT_MATTER_OPEN.test(text)) return 0;
  FRONT_MATTER_CLOSE.lastIndex = 3;
  const m = FRONT_MATTER_CLOSE.exec(text);
  return m ? m.index + m[0].length : 0;
}

/**
 * The front matter of a chunk that opens the draft and holds nothing else (blank lines aside), as the parser reads it;
 * else undefined. Such a chunk is read here, not by micromark, whose every call costs about half a millisecond however
 * short the text (a profile of the realistic 10k-word check had that one call at 3% of its time).
 */
export function frontMatterOnly(c: string): FrontMatter | undefined {
  const close = frontMatterEnd(c);
  if (close === 0 || !/^[ \t\r\n]*$/.test(c.slice(close))) return undefined;
  // the node ends with its closing fence's line, the line break not included
  let end = close;
  while (c.charCodeAt(end - 1) === 10 || c.charCodeAt(end - 1) === 13) end--;
  const open = FRONT_MATTER_OPEN.exec(c)![0].length;
  // the YAML between the fences, without the line break that ends its last line
  const fenceAt = c.lastIndexOf('\n', end - 1);
  const yamlEnd = fenceAt > open && c.charCodeAt(fenceAt - 1) === 13 ? fenceAt - 1 : fenceAt;
  return { start: 0, end, fields: frontMatterFields(c.slice(open, Math.max(open, yamlEnd))) };
}

/**
 * Markdown chunks: [start, end) spans, cut where a blank line is followed by a line starting at column 0 (no list item,
 * block quote or paragraph continues over that), unless a fenced code block, an HTML block that only its end marker
 * ends, or the front matter is open. Read from `from` (the draft's start, or a cut: nothing is open at either) to `to`.
 */
export function markdownChunks(text: string, from = 0, to = text.length): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = to;
  let chunkStart = from;
  let pos = from;
  // (from a cut other than the draft's start: nothing is open there, and no front matter can stand there)
  const noCutBefore = from === 0 ? frontMatterEnd(text) : 0;
  let prevBlank = false;
  let fence: { ch: string; len: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let uncertain = false;
  let maybeHtml = false;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0 || eol > n) eol = n;
    // the line's first character other than a space or tab (lines are only sliced when they may open or close a block)
    let f = pos;
    while (f < eol && isBlankCode(text.charCodeAt(f))) f++;
    const blank = f >= eol;
    const c0 = blank ? 0 : text.charCodeAt(f);
    if (pos < noCutBefore) {
      // front matter: no Markdown in it
    } else if (fence) {
      if (c0 === fence.ch.charCodeAt(0)) {
        const line = text.slice(f, eol);
        const m = FENCE_OPEN.exec(line);
        if (m && m[1][0] === fence.ch && m[1].length >= fence.len && line.slice(m[0].length).trim() === '') fence = undefined;
      }
    } else if (htmlEnd) {
      if (htmlEnd.test(text.slice(pos, eol))) htmlEnd = undefined;
    } else {
      if (!blank && prevBlank && pos >= noCutBefore && f === pos && !uncertain) {
        out.push({ start: chunkStart, end: pos });
        chunkStart = pos;
      }
      prevBlank = blank;
      if (blank) maybeHtml = false;
      if (!blank && f > pos && (c0 === 96 || c0 === 126 || c0 === 60)) {
        // an indented fence may stand in a list item (and close with it) or at the top (and run on: with indented
        // code off, micromark lets a fence or an HTML block be indented at will): which, only the parser can say, so
        // the rest of the draft is one chunk
        const line = text.slice(f, eol);
        if (FENCE_OPEN.test(line) || HTML_OPEN.some(([open]) => open.test(line))) uncertain = true;
      } else if (!blank && f === pos && (c0 === 96 || c0 === 126 || c0 === 60)) {
        const line = text.slice(pos, eol);
        const fo = FENCE_OPEN.exec(line);
        if (fo && maybeHtml) {
          // an indented fence may stand in a list item (and close with it) or at the top (and run on), and one after
          // a line of HTML may be in an HTML block that only a blank line ends: which, only the parser can say, so
          // the rest of the draft is one chunk
          uncertain = true;
        } else if (fo) {
          fence = { ch: fo[1][0], len: fo[1].length };
        } else if (c0 === 60) {
          let kind15 = false;
          for (const [open, end] of HTML_OPEN) {
            const m = open.exec(line);
            if (m) {
              if (!end.test(line.slice(m[0].length))) htmlEnd = end;
              kind15 = true;
              break;
            }
          }
          // (another tag may open an HTML block that runs to the next blank line)
          if (!kind15) maybeHtml = true;
        }
      }
    }
    pos = eol + 1;
  }
  if (chunkStart < n) out.push({ start: chunkStart, end: n });
  return out;
}

// ---------------------------------------------------------------- the fast path: plain paragraphs, headings, items

/** What may make inline markup, once the constructs SIMPLE_INLINE reads are taken out of a line. */
// (and an editor's marks, {++ ++}, {-- --}, {~~ ~> ~~}, {== ==}, {>> <<}: the parser's reading blanks them)
const INLINE_MARKUP = /[*_`<\\|]|\]\(|\]\[|!\[|\{(?:\+\+|--|~~|==|>>)/;
const INLINE_MARKUP_AT = new RegExp(INLINE_MARKUP.source, 'g');
const NO_MARKS: InlineMark[] = [];

/** The last search for markup in a chunk being read: from where, and what it found (lines are asked about in order). */
interface MarkupSearch {
  from: number;
  at: number;
}

/** A search of a chunk not searched yet. */
const newSearch = (): MarkupSearch => ({ from: -1, at: -1 });

/** Where the first markup at or after `from` in c starts (c.length when none): one pass over a chunk for all its lines. */
function nextMarkup(c: string, from: number, last: MarkupSearch): number {
  if (from >= last.from && last.at >= from) return last.at;
  INLINE_MARKUP_AT.lastIndex = from;
  const m = INLINE_MARKUP_AT.exec(c);
  last.from = from;
  last.at = m ? m.index : c.length;
  return last.at;
}
const NO_BLANKS: [number, number][] = [];

/** The markup of marks, as ranges to blank (no new array when there is none). */
function blanksOf(marks: InlineMark[]): [number, number][] {
  return marks.length === 0 ? [] : marks.flatMap((x) => x.blanks);
}
/** A line's first character that may start a block construct (after any indentation: with indented code off,
 * micromark lets the others be indented at will). */
const BLOCK_START = /^(?:[#>=<|]|`{3}|~{3}|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|(?:[-*_][ \t]*){3,}$|[-=]+[ \t]*$)/;
const ATX = /^(#{1,6})([ \t]+|$)/;
const SIMPLE_ITEM = /^([-+*]|\d{1,9}[.)])( {1,4})(?! )/;
/** The markers of an item that may interrupt a paragraph: a bullet, or "1." or "1)". */
const INTERRUPTING_ITEM = /^(?:[-+*]|1[.)])$/;

/**
 * Inline constructs a line scan reads as micromark does: a code span of single backticks; an autolink; a link with
 * plain words and a plain destination; emphasis or strong emphasis (one or two * or _) around plain words. Their
 * neighbours are checked in code (emphasis must stand between spaces or punctuation, so that it opens and closes
 * exactly where micromark's flanking rules say); anything else is left to the parser.
 */
const SIMPLE_INLINE = /(?<!`)`([^`\n]+)`(?!`)|<https?:\/\/[^\s<>`]*>|\[([^[\]\n*_`<>\\|!]+)\]\([^\s()<>\\`*_]+\)|(\*\*|__|\*|_)([^\s*_`<>[\]\\|][^*_`<>[\]\\|\n]*?)\3/gu;
const SPACE_OR_PUNCT = /[\s\p{P}\p{S}]/u;

/** A construct's place in a line: what of it is markup (blanked), and for emphasis, its words. */
interface InlineMark {
  blanks: [number, number][];
  /** Emphasis: [start, end) of its words (a list item's lead when it opens the item). */
  words?: [number, number];
}

/**
 * The markup of the inline constructs in c[s, e) (one line) when SIMPLE_INLINE reads all of them, as offsets in c;
 * undefined when the line holds markup only the parser can read.
 */
function simpleInline(c: string, s: number, e: number, search: MarkupSearch): InlineMark[] | undefined {
  // most lines hold no markup at all: the next markup of the chunk says so, with no copy of the line
  if (nextMarkup(c, s, search) >= e) return NO_MARKS;
  const line = c.slice(s, e);
  if (line.includes('![') || line.includes('][')) return undefined;
  const marks: InlineMark[] = [];
  let rest = '';
  let last = 0;
  SIMPLE_INLINE.lastIndex = 0;
  for (let m = SIMPLE_INLINE.exec(line); m; m = SIMPLE_INLINE.exec(line)) {
    const a = m.index;
    const b = a + m[0].length;
    if (m[3] !== undefined) {
      // emphasis: plain words, between a space or punctuation (or the line's ends) on either side
      const d = m[3].length;
      const before = a > 0 ? line[a - 1] : '';
      const after = b < line.length ? line[b] : '';
      const inner = m[4];
      if (before === '*' || before === '_' || after === '*' || after === '_' || (before && !SPACE_OR_PUNCT.test(before)) ||
        (after && !SPACE_OR_PUNCT.test(after)) || /\s$/.test(inner)) return undefined;
      marks.push({ blanks: [[s + a, s + a + d], [s + b - d, s + b]], words: [s + a + d, s + b - d] });
    } else if (m[1] !== undefined || m[0][0] === '<') {
      marks.push({ blanks: [[s + a, s + b]] });
    } else {
      // a link: its brackets and destination are markup, its words prose
      const textEnd = a + 1 + m[2].length;
      marks.push({ blanks: [[s + a, s + a + 1], [s + textEnd, s + b]] });
    }
    rest += line.slice(last, a);
    last = b;
  }
  rest += line.slice(last);
  return INLINE_MARKUP.test(rest) ? undefined : marks;
}

/** Is c[s, e) all emphasis and spaces (a bold question line: the parser's emphasised paragraph)? */
function isAllEmphasis(c: string, s: number, e: number, marks: InlineMark[]): boolean {
  if (marks.length === 0) return false;
  let outside = '';
  let at = s;
  for (const m of marks) {
    if (!m.words) return false;
    outside += c.slice(at, m.blanks[0][0]);
    at = m.blanks[m.blanks.length - 1][1];
  }
  outside += c.slice(at, e);
  return outside.trim() === '';
}

/** A block the line scan is making: its lines' extent, and the markup to blank in it. */
interface Draft {
  block: RawBlock;
  blanks: [number, number][];
  /** The block is all emphasis so far (a bold question line). */
  emphasis: boolean | undefined;
  /** A list item's: the item it is nested in, and whether a list is nested in it. */
  parent?: Draft;
  nests?: boolean;
  /** A list item's own lead, worked out when the chunk is read (see finishDrafts). */
  own?: TextPart;
}

/** The block a draft makes: markup blanked, trimmed as the parser's blocks are (see blockOf). */
function finishDraft(c: string, d: Draft): RawBlock | undefined {
  const b = d.block;
  if (d.blanks.length === 0) return b;
  const m = new Mask(c, b.start, b.end);
  for (const [x, y] of d.blanks) m.blank(x, y, true);
  const r = blockOf(m, b.kind, b.depth);
  if (!r) return undefined;
  if (b.lead) r.lead = b.lead;
  if (b.emphasised) r.emphasised = true;
  return r;
}

/**
 * The blocks of a chunk made only of plain lines, ATX headings without a closing sequence and list items of one line
 * each, with no inline markup but what simpleInline reads: what micromark gives for it, by a line scan. Undefined for
 * any other chunk.
 * @internal (exported for tests: the fast path must give what the parser gives)
 */
export function readSimpleChunk(c: string): RawBlock[] | undefined {
  const scan: LineScan = { c, search: newSearch(), drafts: [], para: undefined, prev: undefined, open: [], pos: 0 };
  let sawBlank = false;
  const n = c.length;
  while (scan.pos < n) {
    const pos = scan.pos;
    let eol = c.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let s = pos;
    while (s < eol && (c.charCodeAt(s) === 32 || c.charCodeAt(s) === 9)) s++;
    let e = eol;
    while (e > s && isSpace(c.charCodeAt(e - 1))) e--;
    scan.pos = eol + 1;
    if (s >= e) {
      sawBlank = true;
      continue;
    }
    // a blank line inside a chunk (the next line is indented): left to the parser
    if (sawBlank) return undefined;
    const c0 = c.charCodeAt(s);
    // a line opening with a letter is a paragraph's (no block construct opens so): no patterns to try
    const letter = (c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90);
    const line: Line = { lineStart: pos, s, e, indented: s > pos, letter, text: letter ? '' : c.slice(s, e) };
    const step = readFence(scan, line) ?? readHeading(scan, line) ?? readRule(scan, line) ?? readQuoteLine(scan, line) ?? readItem(scan, line) ?? readPlain(scan, line);
    if (step === 'parser') return undefined;
    if (step === 'done') return finishDrafts(c, scan.drafts);
  }
  return finishDrafts(c, scan.drafts);
}

/** The line scan of a chunk: the blocks so far, the paragraph being read and what it is, the list items open. */
interface LineScan {
  c: string;
  search: MarkupSearch;
  drafts: Draft[];
  /** The paragraph being read, and what it is: a plain one, a list item's, or a block quote's. */
  para: Draft | undefined;
  prev: 'plain' | 'item' | 'quote' | 'quote-break' | 'heading' | undefined;
  /** The list items open at this line, innermost last, with the column their content starts at. */
  open: { col: number; draft: Draft }[];
  /** Where the next line starts. */
  pos: number;
}

/** A line of the chunk: where it starts, its text [s, e) without the indentation and trailing space. */
interface Line {
  lineStart: number;
  s: number;
  e: number;
  indented: boolean;
  /** It opens with a letter (then `text` is not made: no pattern is tried on it). */
  letter: boolean;
  text: string;
}

/**
 * What reading a line came to: it was read ('read'), the rest of the chunk was ('done'), or it is the parser's
 * ('parser'); undefined when the line is not of the kind a reader reads (the next one is asked).
 */
type LineStep = 'read' | 'done' | 'parser' | undefined;

function extendDraft(d: Draft, e: number, blanks: [number, number][], allEmphasis: boolean): void {
  d.block.end = e;
  for (const x of blanks) d.blanks.push(x);
  d.emphasis = d.emphasis && allEmphasis;
}

/** Fenced code at the top (it ends a paragraph, a list or a quote): no prose, up to its closing fence, indented at
 * will (indented code is off), or to the end (the chunk then runs to the end of the draft). */
function readFence(scan: LineScan, line: Line): LineStep {
  const fence = line.indented || line.letter ? null : FENCE_LINE.exec(line.text);
  if (!fence || (fence[1][0] === '`' && fence[2].includes('`'))) return undefined;
  const { c } = scan;
  const n = c.length;
  const close = new RegExp(`^[ \\t]*${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`);
  const bodyStart = scan.pos;
  for (;;) {
    if (scan.pos >= n) return delimitedRows(c.slice(bodyStart, n), fence[2].trim()) ? 'parser' : 'done';
    let eol2 = c.indexOf('\n', scan.pos);
    if (eol2 < 0) eol2 = n;
    let e2 = eol2;
    if (c.charCodeAt(e2 - 1) === 13) e2--;
    const closed = close.test(c.slice(scan.pos, e2));
    // (delimited data in the fence is a table, read by the parser)
    if (closed && delimitedRows(c.slice(bodyStart, scan.pos), fence[2].trim())) return 'parser';
    scan.pos = eol2 + 1;
    if (closed) break;
  }
  scan.para = undefined;
  scan.prev = undefined;
  scan.open.length = 0;
  return 'read';
}

/** An ATX heading without a closing sequence. */
function readHeading(scan: LineScan, { s, e, indented, letter, text }: Line): LineStep {
  const h = letter ? null : ATX.exec(text);
  if (!h) return undefined;
  const { c } = scan;
  // (an indented heading under an item may belong to it: the parser's)
  if (indented && scan.prev === 'item') return 'parser';
  const cs = s + h[0].length;
  // no closing sequence, no empty heading: those are the parser's
  if (cs >= e || c.charCodeAt(e - 1) === 35 || c.charCodeAt(cs) === 35) return 'parser';
  let ts = cs;
  while (ts < e && isSpace(c.charCodeAt(ts))) ts++;
  const marks = simpleInline(c, ts, e, scan.search);
  if (!marks) return 'parser';
  scan.drafts.push({ block: { start: ts, end: e, masked: undefined, kind: 'heading', depth: h[1].length }, blanks: blanksOf(marks), emphasis: undefined });
  scan.para = undefined;
  scan.prev = 'heading';
  scan.open.length = 0;
  return 'read';
}

const THEMATIC_BREAK = /^([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)$/;

/**
 * A thematic break ("---", "* * *": no prose), or a setext underline making the plain paragraph above it a heading
 * ("Title\n===", "Title\n---"). Both are common in drafts pasted together, and each sent its whole chunk to the
 * parser, whose every call costs about a third of a millisecond. Anything less plain is the parser's.
 */
function readRule(scan: LineScan, { indented, letter, text }: Line): LineStep {
  if (letter || indented) return undefined;
  const c0 = text.charCodeAt(0);
  if (c0 !== 45 && c0 !== 42 && c0 !== 95 && c0 !== 61) return undefined;
  const setext = SETEXT_UNDERLINE.test(text);
  const rule = THEMATIC_BREAK.test(text);
  if (!setext && !rule) return undefined;
  if (scan.prev === 'plain' && scan.para && scan.open.length === 0 && setext) {
    // the paragraph above is a heading: "=" of depth 1, "-" of depth 2
    scan.para.block.kind = 'heading';
    scan.para.block.depth = c0 === 61 ? 1 : 2;
    scan.para.emphasis = undefined;
  } else if (!rule || (scan.prev !== undefined && scan.prev !== 'heading' && !(scan.prev === 'plain' && scan.open.length === 0))) {
    // ("===" with no paragraph above is prose; a break after a list item or a quote may belong to it)
    return 'parser';
  }
  scan.para = undefined;
  scan.prev = 'heading';
  scan.open.length = 0;
  return 'read';
}

/** A block quote's line: its paragraph goes on over the quote's next lines (each > is markup). */
function readQuoteLine(scan: LineScan, { s, e, indented }: Line): LineStep {
  const { c } = scan;
  if (indented || c.charCodeAt(s) !== 62 /* > */) return undefined;
  let cs = s + 1;
  if (c.charCodeAt(cs) === 32) cs++;
  if (c.charCodeAt(cs) === 9) return 'parser';
  let ts = cs;
  while (ts < e && isSpace(c.charCodeAt(ts))) ts++;
  if (ts >= e) {
    // an empty quote line ends the quote's paragraph
    scan.para = undefined;
    scan.prev = 'quote-break';
    scan.open.length = 0;
    return 'read';
  }
  if (BLOCK_START.test(c.slice(ts, Math.min(e, ts + 11)))) return 'parser';
  const marks = simpleInline(c, ts, e, scan.search);
  if (!marks) return 'parser';
  const blanks = blanksOf(marks);
  const all = isAllEmphasis(c, ts, e, marks);
  scan.open.length = 0;
  if (scan.prev === 'quote' && scan.para) extendDraft(scan.para, e, [[s, s + 1], ...blanks], all);
  else {
    scan.para = { block: { start: ts, end: e, masked: undefined, kind: 'paragraph', depth: 0 }, blanks, emphasis: all };
    scan.drafts.push(scan.para);
  }
  scan.prev = 'quote';
  return 'read';
}

/** A list item of one line, nested in the open item whose content it is indented to. */
/**
 * An ordered list's number that is a year ("2022. May: the revisit finds …" in an annals column, which Markdown reads
 * as item number 2022): the item's lead, the year its entries are told in.
 */
const YEAR_MARKER = /^[ \t]*((?:19|20)\d\d)[.)][ \t]/;

function yearMarker(c: string, at: number): TextPart | undefined {
  const m = YEAR_MARKER.exec(c.slice(at, at + 12));
  if (!m) return undefined;
  const start = at + m[0].indexOf(m[1]);
  return { start, end: start + 4, text: m[1] };
}

function readItem(scan: LineScan, { lineStart, s, e, letter, text }: Line): LineStep {
  const it = letter ? null : SIMPLE_ITEM.exec(text);
  if (!it) return undefined;
  const { c, open } = scan;
  const indent = s - lineStart;
  // an item after a paragraph line interrupts it when it is a bullet or opens its list at "1." or "1)" ("2." cannot):
  // an introduction's line and its list, "Other matters:⏎- Highways …", sent their chunk to the parser
  if (scan.prev === 'plain' && (indent > 3 || !INTERRUPTING_ITEM.test(it[1]))) return 'parser';
  if (c.slice(lineStart, s).includes('\t')) return 'parser';
  // the item it is nested in: the innermost open one whose content it is indented to
  while (open.length && open[open.length - 1].col > indent) open.pop();
  const parent = open.length ? open[open.length - 1] : undefined;
  if (parent) {
    // nested: it must interrupt the item's paragraph (an ordered list only from 1) and not be indented code's
    if (indent >= parent.col + 4 || (/^\d/.test(it[1]) && !/^0*1[.)]$/.test(it[1]))) return 'parser';
    parent.draft.nests = true;
  } else if (indent > 3) return 'parser';
  const cs = s + it[0].length;
  if (BLOCK_START.test(c.slice(cs, Math.min(e, cs + 11)))) return 'parser';
  let ts = cs;
  while (ts < e && isSpace(c.charCodeAt(ts))) ts++;
  if (ts >= e) return 'parser';
  const marks = simpleInline(c, ts, e, scan.search);
  if (!marks) return 'parser';
  const block: RawBlock = { start: ts, end: e, masked: undefined, kind: 'item', depth: 0 };
  const first = marks[0];
  // an item that opens with emphasis has its words as its lead ("**2022**: …")
  const own = yearMarker(c, s) ?? (first && first.words && first.blanks[0][0] === ts ? { start: first.words[0], end: first.words[1], text: c.slice(first.words[0], first.words[1]) } : undefined);
  scan.para = { block, blanks: blanksOf(marks), emphasis: isAllEmphasis(c, ts, e, marks), parent: parent?.draft, own };
  scan.drafts.push(scan.para);
  open.push({ col: indent + it[0].length, draft: scan.para });
  scan.prev = 'item';
  return 'read';
}

/** A plain line: a paragraph's first, or its next (or an item's, indented to it or lazily not). */
function readPlain(scan: LineScan, { s, e, letter, text }: Line): LineStep {
  const { c } = scan;
  // ("#" with no space after it, "#SocialWork #Devon", is no heading: plain words)
  if (!letter && BLOCK_START.test(text) && !(text.charCodeAt(0) === 35 && !ATX.test(text))) return 'parser';
  // a plain line after a quote's goes on with it lazily: the parser's
  if (scan.prev === 'quote') return 'parser';
  const marks = simpleInline(c, s, e, scan.search);
  if (!marks) return 'parser';
  const all = isAllEmphasis(c, s, e, marks);
  if (scan.para && (scan.prev === 'plain' || scan.prev === 'item')) {
    if (marks.length) extendDraft(scan.para, e, blanksOf(marks), all);
    else extendDraft(scan.para, e, NO_BLANKS, all);
  } else {
    let ts = s;
    while (ts < e && isSpace(c.charCodeAt(ts))) ts++;
    scan.para = { block: { start: ts, end: e, masked: undefined, kind: 'paragraph', depth: 0 }, blanks: blanksOf(marks), emphasis: all };
    scan.drafts.push(scan.para);
    scan.prev = 'plain';
  }
  return 'read';
}

function finishDrafts(c: string, drafts: Draft[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  // (a list item comes before the items nested in it: its own lead is known when theirs is asked for)
  const leadOfItem = (d: Draft | undefined): TextPart | undefined => (d ? d.own ?? leadOfItem(d.parent) : undefined);
  for (const d of drafts) {
    if (d.emphasis) d.block.emphasised = true;
    const b = finishDraft(c, d);
    if (!b) continue;
    if (b.kind === 'item') {
      // an item's lead: the emphasis opening it, else its opening words before a colon or a dash, else (over a
      // nested list) its whole first paragraph when short; else the lead of the item it is nested in
      if (!d.own) d.own = leadOf(c, b.start, b.end, b.masked);
      if (!d.own && d.nests) {
        const t = b.masked ?? c.slice(b.start, b.end);
        if (t.length <= 40 && !/[.!?]$/.test(t)) d.own = { start: b.start, end: b.end, text: t };
      }
      const lead = leadOfItem(d);
      if (lead) b.lead = lead;
      const outer = d.own ? leadOfItem(d.parent) : undefined;
      if (outer) b.outerLead = outer;
    }
    blocks.push(b);
  }
  return blocks;
}

/** A fence opening a line (with its info string). */
const FENCE_LINE = /^(`{3,}|~{3,})(.*)$/;

/** The lines of a chunk without its trailing blank lines (undefined when a blank line stands between lines). */
function chunkLines(c: string): { s: number; e: number }[] | undefined {
  const lines: { s: number; e: number }[] = [];
  let sawBlank = false;
  for (let pos = 0; pos < c.length; ) {
    let eol = c.indexOf('\n', pos);
    if (eol < 0) eol = c.length;
    let e = eol;
    while (e > pos && isSpace(c.charCodeAt(e - 1))) e--;
    let f = pos;
    while (f < e && (c.charCodeAt(f) === 32 || c.charCodeAt(f) === 9)) f++;
    if (f >= e) sawBlank = true;
    else if (sawBlank) return undefined;
    else lines.push({ s: pos, e });
    pos = eol + 1;
  }
  return lines;
}

const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/**
 * A chunk that is one GFM table, every row between pipes at both ends, with no backslash or backtick (which change how
 * a row splits) and no inline markup but simpleInline's: its rows, as the parser gives them. Undefined otherwise.
 */
function readSimpleTable(c: string): RawBlock[] | undefined {
  const search = newSearch();
  if (c.charCodeAt(0) !== 124 || c.includes('\\') || c.includes('`')) return undefined;
  const lines = chunkLines(c);
  if (!lines || lines.length < 2) return undefined;
  /** Where a line ends before its line ending (its trailing spaces and tabs count: the parser's last cell holds them). */
  const rawEnd = (l: { s: number; e: number }) => {
    let eol = c.indexOf('\n', l.e);
    if (eol < 0) eol = c.length;
    if (c.charCodeAt(eol - 1) === 13) eol--;
    return eol;
  };
  const pipesOf = (l: { s: number; e: number }): number[] | undefined => {
    if (c.charCodeAt(l.s) !== 124 || c.charCodeAt(l.e - 1) !== 124 || l.e - l.s < 2) return undefined;
    // what trails the last pipe must be spaces or tabs (anything else would be a cell of its own)
    if (!/^[ \t]*$/.test(c.slice(l.e, rawEnd(l)))) return undefined;
    const ps: number[] = [];
    for (let i = c.indexOf('|', l.s); i >= 0 && i < l.e; i = c.indexOf('|', i + 1)) ps.push(i);
    return ps;
  };
  const all = lines.map(pipesOf);
  if (all.some((p) => !p)) return undefined;
  const pipes = all as number[][];
  const delimiter = pipes[1];
  if (pipes[0].length !== delimiter.length) return undefined;
  for (let k = 0; k + 1 < delimiter.length; k++) if (!DELIMITER_CELL.test(c.slice(delimiter[k] + 1, delimiter[k + 1]))) return undefined;
  const blocks: RawBlock[] = [];
  let header: TextPart[] | undefined;
  for (let r = 0; r < lines.length; r++) {
    if (r === 1) continue;
    const ps = pipes[r];
    const blanks: [number, number][] = [];
    const cells: TextPart[] = [];
    for (let k = 0; k + 1 < ps.length; k++) {
      let a = ps[k] + 1;
      let b = ps[k + 1];
      while (a < b && (c.charCodeAt(a) === 32 || c.charCodeAt(a) === 9)) a++;
      while (b > a && (c.charCodeAt(b - 1) === 32 || c.charCodeAt(b - 1) === 9)) b--;
      if (a >= b) {
        // an empty cell ends at the next pipe, or the last one at the end of the line
        const end = k + 2 === ps.length ? rawEnd(lines[r]) : ps[k + 1];
        cells.push({ start: end, end, text: '' });
        continue;
      }
      const marks = simpleInline(c, a, b, search);
      if (!marks) return undefined;
      const cellBlanks = marks.flatMap((x) => x.blanks);
      blanks.push(...cellBlanks);
      const m = new Mask(c, a, b);
      for (const [x, y] of cellBlanks) m.blank(x, y, true);
      cells.push(partOf(m.text(), a));
    }
    const block = finishDraft(c, { block: { start: lines[r].s, end: lines[r].e, masked: undefined, kind: 'row', depth: 0 }, blanks, emphasis: undefined });
    if (!block) return undefined;
    block.cells = cells;
    block.header = header;
    blocks.push(block);
    header ??= cells;
  }
  return blocks;
}

/** A chunk that is an HTML comment and nothing after it ("<!-- … --> after" is prose after one): no prose. Undefined otherwise. */
function readSimpleComment(c: string): RawBlock[] | undefined {
  if (!c.startsWith('<!--')) return undefined;
  const close = c.indexOf('-->', 4);
  if (close < 0) return undefined;
  return c.slice(close + 3).trim() === '' ? [] : undefined;
}

/**
 * What the parser gives for a chunk a scan can read: plain lines, headings, items and fenced code (readSimpleChunk),
 * or one table. @internal (exported for tests)
 */
export function readSimple(c: string): RawBlock[] | undefined {
  const first = c.charCodeAt(0);
  if (first === 124) return readSimpleTable(c);
  if (first === 60) return readSimpleComment(c);
  return readSimpleChunk(c);
}

// ---------------------------------------------------------------------------------------------- micromark and mdast

// no indented code in a draft; no character references (`&amp;` stays as written: offsets are what counts, and
// the bundles then need no table of HTML entity names); no link definitions either: they reach across the whole
// document, and chunks are read each on its own (a reference-style link then reads as its words and brackets)
const MD_OFF = { disable: { null: ['codeIndented', 'characterReference', 'definition'] } };
const MD_OPTIONS: FromMarkdownOptions = { extensions: [gfmTable(), MD_OFF], mdastExtensions: [gfmTableFromMarkdown()] };
const MD_OPTIONS_WITH_FRONT_MATTER: FromMarkdownOptions = {
  extensions: [gfmTable(), frontmatter(['yaml']), MD_OFF],
  mdastExtensions: [gfmTableFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};

/** The parser's options; front matter only for a text at the start of the draft (nowhere else can it be). */
function markdownOptions(atStart: boolean): FromMarkdownOptions {
  return atStart ? MD_OPTIONS_WITH_FRONT_MATTER : MD_OPTIONS;
}

/**
 * The lines of its chunks a draft may have the parser read; the chunks past them are read as plain text. micromark
 * costs 0.2-0.5 ms a line of the chunks it gets, whatever they hold: a draft of nothing but nested list items and lazy
 * quote lines ("- a", "  - b", "> c", "d", repeated) took 3.9 s at 25 KiB. A development draft sends it 37 lines at
 * most, 40,000 words of them joined 63. @internal (exported for tests)
 */
export const PARSER_LINE_BUDGET = 256;

/**
 * Do the chunks' readings keep to the parser's budget as one read of the whole draft would (the chunks in order, with
 * chunk `at` read as `chunk` when given)? A chunk is read past the budget if, and only if, the chunks up to and
 * including it hold more parser lines than the budget.
 */
function keepsParserBudget(chunks: readonly RawChunk[], at = -1, chunk?: RawChunk): boolean {
  let spent = 0;
  for (let k = 0; k < chunks.length; k++) {
    const c = k === at ? chunk! : chunks[k];
    if (c.parserLines === undefined) continue;
    spent += c.parserLines;
    if (spent > PARSER_LINE_BUDGET !== !!c.pastBudget) return false;
  }
  return true;
}

function lineCount(c: string): number {
  let n = 1;
  for (let i = c.indexOf('\n'); i >= 0 && i < c.length - 1; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

/** Above these, a chunk is read as plain text: micromark's time grows faster than the text on such input. */
const MAX_PARSED_CHUNK = 16384;
const MAX_BRACKETS = 128;
/** Container marks (> or list markers) opening one line. */
const DEEP_NESTING = /^(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])){7}/m;

/** Emphasis marks (micromark pairs them by looking back over the open ones) and lines in containers (lists and
 * quotes cost micromark about 0.1 ms a line) a chunk may hold and still be parsed. */
const MAX_EMPHASIS_MARKS = 256;
const MAX_CONTAINER_LINES = 64;
const CONTAINER_LINE = /^[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])/gm;

function parseable(c: string): boolean {
  if (c.length > MAX_PARSED_CHUNK || DEEP_NESTING.test(c)) return false;
  const count = (ch: string, max: number) => {
    let k = 0;
    for (let i = c.indexOf(ch); i >= 0; i = c.indexOf(ch, i + 1)) if (++k > max) return k;
    return k;
  };
  if (count('[', MAX_BRACKETS) > MAX_BRACKETS) return false;
  if (count('*', MAX_EMPHASIS_MARKS) + count('_', MAX_EMPHASIS_MARKS) > MAX_EMPHASIS_MARKS) return false;
  CONTAINER_LINE.lastIndex = 0;
  for (let k = 0; CONTAINER_LINE.test(c); ) if (++k > MAX_CONTAINER_LINES) return false;
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
  /** Puts one character in place of another (a delimiter read as a table's pipe). */
  put(i: number, ch: string): void {
    if (i < this.start || i >= this.end || this.codes[i - this.start] === ch) return;
    this.codes[i - this.start] = ch;
    this.changed = true;
  }
}

/** A WebVTT caption's voice tag, "<v Su Aves>", "<v.loud Steve Race>": the speaker's name (group 1). */
const VOICE_TAG = /^<v(?:\.[\w.-]+)?\s+([^<>\n]+?)\s*>$/;
/** An HTML line break: "<br>", "<br/>", "<br />". */
const BR_TAG = /^<br\s*\/?>$/i;

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
      case 'html': {
        // a caption's voice tag names who speaks the words after it: "<v Su Aves>What we found …" reads "Su Aves:What …"
        const voice = VOICE_TAG.exec(node.value);
        m.blank(s, e, true);
        if (voice) {
          const at = s + voice[0].indexOf(voice[1]);
          for (let i = 0; i < voice[1].length; i++) m.put(at + i, m.c[at + i]);
          m.put(e - 1, ':');
        }
        // a line break written as HTML ends a line's words: "Bickleigh & Wembury<br>Con" in a cell is a ward, then a party
        if (BR_TAG.test(node.value)) m.put(s, ',');
        break;
      }
      default:
        // inline code, images, footnote references: not prose
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

/** An editor's marks (CriticMarkup): an insertion, a deletion, a substitution, a highlight, a comment. */
const EDIT_MARK = /\{\+\+([\s\S]*?)\+\+\}|\{--[\s\S]*?--\}|\{~~[\s\S]*?~>([\s\S]*?)~~\}|\{==([\s\S]*?)==\}|\{>>[\s\S]*?<<\}/g;

/**
 * Reads a sub-editor's marked-up copy as it stands once the marks are accepted: an insertion's and a highlight's words
 * kept ({++January++}), a deletion, a comment and a substitution's old words blanked ({--40--}, {>>check<<},
 * {~~Tuesday~>Wednesday~~} reads "Wednesday").
 */
function maskEditMarks(m: Mask): void {
  const t = m.c.slice(m.start, m.end);
  if (!t.includes('{')) return;
  for (const r of t.matchAll(EDIT_MARK)) {
    const a = m.start + r.index!, b = a + r[0].length;
    const kept = r[1] ?? r[2] ?? r[3];
    if (kept === undefined) {
      m.blank(a, b, true);
      continue;
    }
    const k = b - 3 - kept.length;
    m.blank(a, k, true);
    m.blank(b - 3, b);
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
export function readParsedChunk(c: string, atStart = true): RawChunk {
  const tree = fromMarkdown(c, markdownOptions(atStart));
  const walk: TreeWalk = { c, blocks: [], frontMatter: undefined };
  walkBlocks(walk, tree.children, undefined);
  return { blocks: walk.blocks, frontMatter: walk.frontMatter };
}

/** The blocks read so far from a parsed chunk `c`, and its front matter. */
interface TreeWalk {
  c: string;
  blocks: RawBlock[];
  frontMatter: FrontMatter | undefined;
}

/** The blocks of the nodes, in order; `lead` is the lead of the list item they stand in, if any. */
function walkBlocks(w: TreeWalk, nodes: readonly RootContent[], lead: TextPart | undefined): void {
  const { c, blocks } = w;
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph': {
        const m = new Mask(c, startOf(node), endOf(node));
        maskInline(node.children, m);
        maskQuoteMarks(m);
        maskEditMarks(m);
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
        maskEditMarks(m);
        const b = blockOf(m, 'heading', node.depth);
        if (b) blocks.push(b);
        break;
      }
      case 'listItem':
        walkListItem(w, node, lead);
        break;
      case 'table':
        walkTable(w, node);
        break;
      case 'yaml': {
        w.frontMatter = { start: startOf(node), end: endOf(node), fields: frontMatterFields(node.value) };
        break;
      }
      case 'blockquote':
      case 'list':
        walkBlocks(w, node.children as RootContent[], lead);
        break;
      case 'code':
        // code is not prose; delimited data pasted in a fence is a table
        walkDelimited(w, node);
        break;
      case 'html':
        walkHtml(w, startOf(node), endOf(node), lead);
        break;
      default:
        // thematic breaks, definitions: not prose
        break;
    }
  }
}

/** A block of HTML's prose (text/html.ts): a block for each of its paragraphs, headings and items, its tags blanked. */
function walkHtml(w: TreeWalk, start: number, end: number, lead: TextPart | undefined): void {
  const { c, blocks } = w;
  const { blocks: parts, prose } = htmlProse(c.slice(start, end));
  for (const h of parts) {
    const m = new Mask(c, start + h.start, start + h.end);
    for (let i = h.start; i < h.end; i++) m.put(start + i, prose[i]);
    maskQuoteMarks(m);
    maskEditMarks(m);
    if (h.pipes) for (const i of h.pipes) m.put(start + i, '|');
    const b = blockOf(m, h.kind, h.depth);
    if (!b) continue;
    if (h.cells) {
      const cell = (x: { start: number; end: number }) => partOf(prose.slice(x.start, x.end), start + x.start);
      b.cells = h.cells.map(cell);
      b.header = h.header?.map(cell);
    }
    if (b.kind === 'item') b.lead = leadOf(c, b.start, b.end);
    else if (lead) b.lead = lead;
    blocks.push(b);
  }
}

/** A list item: its first paragraph is an item block, whose lead (its own, or a short one over nested content) leads what follows. */
function walkListItem(w: TreeWalk, node: ListItem, lead: TextPart | undefined): void {
  const { c, blocks } = w;
  const first = node.children[0];
  let own: TextPart | undefined;
  let firstBlock = -1;
  if (first && first.type === 'paragraph') {
    firstBlock = blocks.length;
    walkBlocks(w, [first], lead);
    const b = blocks[firstBlock];
    if (b && firstBlock < blocks.length) {
      b.kind = 'item';
      const t = b.masked ?? c.slice(b.start, b.end);
      const strong = first.children[0];
      // (an item numbered with a year has that year as its lead: see yearMarker)
      const emphasised = strong && (strong.type === 'strong' || strong.type === 'emphasis') && startOf(strong) === startOf(first);
      own = yearMarker(c, startOf(node)) ?? (emphasised ? partOf(proseIn(c, b, startOf(strong), endOf(strong)), startOf(strong)) : leadOf(c, b.start, b.end, b.masked));
      // a short first paragraph over nested content is the lead of all of it ("- 2022" over a list)
      if (!own && node.children.length > 1 && t.length <= 40 && !/[.!?]$/.test(t)) own = { start: b.start, end: b.end, text: t };
      if (own) b.lead = own;
      if (own && lead) b.outerLead = lead;
    }
  }
  walkBlocks(w, firstBlock >= 0 ? node.children.slice(1) : node.children, own ?? lead);
}

/**
 * A table's rows. A row keeps its pipes: they set its cells apart, and the checkers read a row that opens with one
 * cell by cell (a person in the first, a role, party or ward in the others). Only the cells' inline markup goes.
 */
function walkTable(w: TreeWalk, node: Table): void {
  const { c, blocks } = w;
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
    header = pushRow(blocks, m, cells, header);
  }
}

/** A table's row block with its cells and the header above it; the header for the rows after it. */
function pushRow(blocks: RawBlock[], m: Mask, cells: TextPart[], header: TextPart[] | undefined): TextPart[] {
  const blk = blockOf(m, 'row', 0);
  if (blk) {
    blk.cells = cells;
    blk.header = header;
    blocks.push(blk);
  }
  return header ?? cells;
}

/**
 * A fenced block of delimited data (see delimited.ts) as a table's rows: each line a row whose delimiters read as a
 * table's pipes and whose fields' quotes are blanked, each field a cell, the first line the header. A row starts one
 * character early, on the line break before it, which its prose holds as a pipe.
 */
function walkDelimited(w: TreeWalk, node: Code): void {
  const { c, blocks } = w;
  const open = c.indexOf('\n', startOf(node));
  if (open < 0) return;
  const bodyStart = open + 1;
  const last = c.lastIndexOf('\n', endOf(node) - 1);
  const bodyEnd = last >= bodyStart && FENCE_LINE.test(c.slice(last + 1, endOf(node)).trim()) ? last : endOf(node);
  if (bodyEnd <= bodyStart) return;
  const rows = delimitedRows(c.slice(bodyStart, bodyEnd), node.lang);
  if (rows) pushDelimitedRows(c, bodyStart, rows, blocks, 'row');
}

/**
 * Delimited data's rows (delimited.ts) as a table's: each line a row whose delimiters read as a table's pipes and
 * whose fields' quotes are blanked (`unquote`), each field a cell. `head`: what the first line is — a row that heads
 * the columns of the rest ('row', a fence's), the columns' header alone ('header': no claims, no block), or a row like
 * any other ('none').
 */
function pushDelimitedRows(c: string, bodyStart: number, rows: DelimitedLine[], blocks: RawBlock[], head: 'row' | 'header' | 'none', unquote = true): void {
  let header: TextPart[] | undefined;
  rows.forEach((row, i) => {
    // the row starts on the line break before it, read as a pipe: its prose opens with one, as a Markdown table's
    // row does, and the checkers that read a row cell by cell know it (the offsets stay the draft's)
    const alone = i === 0 && head === 'header';
    const first = bodyStart + row.start === 0;
    const m = new Mask(c, bodyStart + row.start - (alone || first ? 0 : 1), bodyStart + row.end);
    if (!alone && !first) m.put(m.start, '|');
    const cells: TextPart[] = [];
    row.fields.forEach((f, k) => {
      const a = bodyStart + row.start + f.start, b = bodyStart + row.start + f.end;
      if (k > 0) m.put(a - 1, '|');
      if (unquote) blankFieldQuotes(m, a, b);
      cells.push(partOf(m.codes.slice(a - m.start, b - m.start).join(''), a));
    });
    if (alone) header = cells;
    else if (head === 'none') pushRow(blocks, m, cells, undefined);
    else header = pushRow(blocks, m, cells, header);
  });
}

/**
 * Data pasted as a paragraph, with no fence: delimited ("date,event,who⏎"May 2022","Revisit","Ofsted"⏎…"), read as it
 * is in a fence, its first line the header (its names are no claims: no block), at least three lines of three fields
 * each under a header of short names, so that prose with commas is never taken for it; or lined up in columns with
 * spaces (alignedRows), its header the line over a line of dashes, if any; or cut by the same number of pipes in every
 * line with no line of dashes under the first (pipedRows), which a Markdown table would have.
 */
function pastedTables(c: string, blocks: RawBlock[]): RawBlock[] {
  let out: RawBlock[] | undefined;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    const t = b.kind === 'paragraph' && b.masked === undefined ? c.slice(b.start, b.end) : undefined;
    const rows = t !== undefined ? pastedRows(t) : undefined;
    const aligned = t !== undefined && !rows ? (t.includes('|') && pipedRows(t)) || alignedRows(t) : undefined;
    if (rows) pushDelimitedRows(c, b.start, rows, (out ??= blocks.slice(0, k)), 'header');
    else if (aligned) pushDelimitedRows(c, b.start, aligned.rows, (out ??= blocks.slice(0, k)), aligned.header ? 'header' : 'none', false);
    else out?.push(b);
  }
  return out ?? blocks;
}

function pastedRows(t: string): DelimitedLine[] | undefined {
  const nl = t.indexOf('\n');
  if (nl < 0 || t.indexOf('\n', nl + 1) < 0 || (t.indexOf(',') < 0 && t.indexOf('\t') < 0 && t.indexOf(';') < 0)) return undefined;
  const rows = delimitedRows(t, undefined);
  return rows && rows.length >= 3 && rows[0].fields.length >= 3 ? rows : undefined;
}

/** Blanks a delimited field's quoting: the quotes around it, and of each doubled quote inside it the one away from
 * the words it quotes (a field ""no progress"" reads "no progress"). */
function blankFieldQuotes(m: Mask, a: number, b: number): void {
  let s = a, e = b;
  while (s < e && isSpace(m.c.charCodeAt(s))) s++;
  while (e > s && isSpace(m.c.charCodeAt(e - 1))) e--;
  if (e - s < 2 || m.c[s] !== '"' || m.c[e - 1] !== '"') return;
  m.blank(s, s + 1);
  m.blank(e - 1, e);
  for (let i = s + 1; i < e - 2; i++) {
    if (m.c[i] === '"' && m.c[i + 1] === '"') {
      const opens = i + 2 < e - 1 && !isSpace(m.c.charCodeAt(i + 2));
      m.blank(opens ? i : i + 1, opens ? i + 1 : i + 2);
      i++;
    }
  }
}

/** Front matter keys whose values are the story's own words: a headline, a summary, its tags. */
const PROSE_KEYS = /^(?:title|headline|subtitle|summary|description|excerpt|standfirst|dek|lede|strapline|caption|alt|tags|keywords)$/i;

/**
 * The values of the front matter's prose fields (PROSE_KEYS) as paragraphs: "summary: "Rated inadequate since …"" is
 * the writer's claim as much as the body's. One line each, its quotes or a list's brackets left out.
 */
function frontMatterProse(c: string, fm: FrontMatter): RawBlock[] {
  const out: RawBlock[] = [];
  for (const { key, value, at } of frontMatterLines(c.slice(fm.start, fm.end))) {
    if (!PROSE_KEYS.test(key)) continue;
    let a = fm.start + at;
    let b = a + value.length;
    const open = c[a];
    if ((open === '"' || open === "'" || open === '[') && c[b - 1] === (open === '[' ? ']' : open)) {
      a++;
      b--;
    }
    if (b > a) out.push({ start: a, end: b, masked: undefined, kind: 'paragraph', depth: 0 });
  }
  return out;
}

/** A top-level `key: value` line of YAML front matter (a CR before its line break left out). */
const FRONT_MATTER_LINE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t\r]*$/;

/** The `key: value` lines of YAML front matter with a value, and where each value starts in the YAML. */
function* frontMatterLines(yaml: string): Generator<{ key: string; value: string; at: number }> {
  let at = 0;
  for (const line of yaml.split('\n')) {
    const m = FRONT_MATTER_LINE.exec(line);
    if (m && m[2] !== '') yield { key: m[1], value: m[2], at: at + line.indexOf(m[2], m[1].length + 1) };
    at += line.length + 1;
  }
}

/** The `key: value` lines of YAML front matter (top-level scalars; quotes taken off). */
export function frontMatterFields(yaml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, value } of frontMatterLines(yaml)) {
    const v = /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
    if (!Object.prototype.hasOwnProperty.call(out, key)) out[key] = v;
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
/**
 * A line of one question and nothing after it, opening as questions do ("Who …", "And is …", not "The Lib Dems took
 * charge in May, right?"): no sentence ends before its question mark.
 */
const ONLY_ASKS = /^[\s*_]*(?:(?:and|so|but|ok|okay|right)\b[\s,]*)?(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b[^.!?\n]{3,200}\?["'\u201d\u2019*_)\s]*$/i;
/** A one-word label of who speaks, not in capitals: "User:", "Tom:", "Interviewer:". */
const NAME_LABEL = /^[ \t]*[A-Z][a-z]+[ \t]*:(?=[ \t])/;
/** A question's label ("Q:", "Question:"), and an answer's. */
const QUESTION_LABEL = /^[ \t]*(?:Q|Question)[ \t]*[:.](?=[ \t]|$)/;
const ANSWER_LABEL = /^[ \t]*(?:A|Answer)[ \t]*[:.](?=[ \t]|$)/;
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
      if (!cur || SPEAKER.test(line) || QUESTION_LABEL.test(line) || ANSWER_LABEL.test(line)) {
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
  replaceInBlock(c, b, ['http', 'www.'], URL, (u) => ' '.repeat(u.length));
}

/**
 * A block's prose with each match of `re` (global) replaced by `by` (the same length), when the prose holds one of the
 * `cues` (the cheap test first): the one shape of the maskers below.
 */
function replaceInBlock(c: string, b: RawBlock, cues: readonly string[], re: RegExp, by: (match: string, ...groups: string[]) => string): void {
  const t = b.masked ?? c.slice(b.start, b.end);
  if (!cues.some((cue) => t.includes(cue))) return;
  const out = t.replace(re, by);
  if (out !== t) trimInto(c, b, out);
}

/**
 * Punctuation said aloud in copy phoned in or dictated ("wrote, colon, open quotes, For too long … continue, point,
 * close quotes, par."; "the service was, quote, woefully short …, unquote"; "comma", "full stop"): in a block that
 * opens or closes a quotation so, each said mark is read as the mark it names, set against the word before it, and
 * the quotation marks against the words they open and close, so that the words are read as a quotation.
 */
const SAID_QUOTES = /\b(?:unquote|close[ds]?\s+quotes?)\b/i;
const SAID_OPEN_QUOTE = /(?<!\b(?:close[ds]?|end|of)\s+)\b(?:open(?:ing)?\s+quotes?|quote)\b[\s,]*/gi;
const SAID_CLOSE_QUOTE = /[\s,]*\b(?:close[ds]?\s+quotes?|end\s+(?:of\s+)?quotes?|unquote)\b/gi;
/** A mark said aloud (group 1), with the commas a dictation sets round it. */
const SAID_MARK = /(?:,[ \t]*)?\b(full\s+stop|point|comma|colon|semi-?colon|dash|new\s+paragraph|new\s+par|par|open\s+brackets?|close\s+brackets?|hyphen)\b(?:[ \t]*,)?/gi;
const MARK_OF: Record<string, string> = {
  comma: ',', colon: ':', semicolon: ';', 'semi-colon': ';', dash: '\u2013', hyphen: '-', 'open bracket': '(', 'open brackets': '(', 'close bracket': ')', 'close brackets': ')',
};

function maskSaidQuotes(c: string, b: RawBlock): void {
  const t = b.masked ?? c.slice(b.start, b.end);
  if (!SAID_QUOTES.test(t)) return;
  const chars = t.split('');
  const blank = (from: number, to: number) => { for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' '; };
  // (a block with no comma written is dictated throughout: its marks are all said)
  const allSaid = t.indexOf(',') < 0;
  for (const r of t.matchAll(SAID_MARK)) {
    const word = r[1].toLowerCase().replace(/\s+/g, ' ');
    // ("point", "dash" and "par" are words too: said marks only between a dictation's commas)
    if (/^(?:point|dash|par)$/.test(word) && !r[0].startsWith(',') && !allSaid) continue;
    blank(r.index, r.index + r[0].length);
    // (set against the word before it, an opening bracket against the word after it)
    if (word.startsWith('open')) {
      chars[r.index + r[0].length - 1] = '(';
      continue;
    }
    let j = r.index - 1;
    while (j >= 0 && chars[j] === ' ') j--;
    chars[j + 1] = MARK_OF[word] ?? '.';
  }
  const said = chars.join('');
  for (const r of said.matchAll(SAID_CLOSE_QUOTE)) {
    blank(r.index, r.index + r[0].length);
    let j = r.index - 1;
    while (j >= 0 && chars[j] === ' ') j--;
    chars[j + 1] = '\u201d';
  }
  for (const r of said.matchAll(SAID_OPEN_QUOTE)) {
    const end = r.index + r[0].length;
    if (end >= said.length || !/[\p{L}\d]/u.test(said[end]) || chars[r.index] === '\u201d') continue;
    blank(r.index, end);
    chars[end - 1] = '\u201c';
  }
  const out = chars.join('');
  if (out !== t) trimInto(c, b, out);
}

/**
 * A translation file's string (gettext: 'msgid "…"', 'msgstr "…"', a continuation line '"…"'): the keyword and the
 * string's own quotation marks blanked, so that its words are read as the file's prose, not as somebody's quotation.
 */
const PO_STRING = /^([ \t]*)(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]+)?"(.*)"([ \t]*)$/gm;

function maskPoStrings(c: string, b: RawBlock): void {
  replaceInBlock(c, b, ['msgid', 'msgstr'], PO_STRING, (w, lead: string, inner: string) => {
    const inside = w.lastIndexOf('"') - inner.length;
    return ' '.repeat(inside) + inner + ' '.repeat(w.length - inside - inner.length);
  });
}

/**
 * A file's name with its extension ("cabinet-14dec.dot", "img_20260608_county_hall.jpg", "report-2022.pdf"): a name of
 * the machine's, not prose; its words name no happening and its figures no date.
 */
const EXTENSIONS = String.raw`(?:dot|svg|png|jpe?g|gif|webp|pdf|md|txt|json|csv|tsv|html?|docx?|xlsx?|pptx?|odt|rtf|xml|ya?ml|po|srt|vtt|mp[34]|wav|m4a|zip|typ|tex|ink|vcf|ics|eml|log)\b`;
const FILE_NAME = new RegExp(String.raw`(?<![\w./@-])(?:[\w.-]+/)*[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.` + EXTENSIONS, 'g');
/** A chunk's cheap test for one: a word's character, a dot, an extension. */
const FILE_EXTENSION = new RegExp(String.raw`[\w-]\.` + EXTENSIONS);

function maskFileNames(c: string, b: RawBlock): void {
  replaceInBlock(c, b, ['.'], FILE_NAME, (w) => (/[-_\d]/.test(w) ? ' '.repeat(w.length) : w));
}

/**
 * A terminal's command line, a prompt and what was typed ("andrewk@mbp devon % grep -n -i \"saloon\\|green shoots\"
 * quotes.csv", "$ wc -w story.md"): a command, not prose; the files' text it prints under it is read as ever.
 */
const SHELL_COMMAND = /^[ \t]*(?:[\w.-]+@[\w.-]+(?::[^\s%$#]*)?(?:[ \t]+[^\s%$#]+)?[ \t]*[%$#]|[$%#>])[ \t]+\S[^\n]*$/gm;

/** A command's first word, as a terminal session shows it. */
const COMMANDS = String.raw`(?:cd|ls|cat|grep|rg|wc|head|tail|less|more|sed|awk|find|git|npm|node|python3?|pip|echo|curl|wget|diff|sort|uniq|cut|tr|mv|cp|rm|mkdir|pandoc|jq)\b`;
/** A chunk's cheap test for a session: a prompt (user@host … %, or $) and a command. */
const SHELL_PROMPT = new RegExp(String.raw`(?:^|\n)[ \t]*(?:[\w.-]+@[\w.-]+[^\n]{0,40}?[%$#]|\$)[ \t]+` + COMMANDS);

function maskShellCommands(c: string, b: RawBlock): void {
  replaceInBlock(c, b, ['$ ', '% ', '# ', '> '], SHELL_COMMAND, (w) => (/^[ \t]*[$%#>][ \t]/.test(w) && !SHELL_WORD.test(w) ? w : ' '.repeat(w.length)));
}
/** A command's first word, after a bare prompt ("$ grep …"): a bare "> " or "# " line otherwise is a quotation or a heading. */
const SHELL_WORD = new RegExp(String.raw`^[ \t]*[$%#>][ \t]+` + COMMANDS);

/** Textile's block quotation, a paragraph opening "bq. " (its mark blanked; the paragraph is read as one, see inQuotedLine). */
const TEXTILE_QUOTE = /^bq\.[ \t]/;

function maskTextileQuote(c: string, b: RawBlock): void {
  const t = b.masked ?? c.slice(b.start, b.end);
  if (TEXTILE_QUOTE.test(t)) trimInto(c, b, '   ' + t.slice(3));
}

/**
 * A string's escapes in code or data ("worst\\nin the country" in a graph's label, "\\u2026the Department" in JSON):
 * a line break or tab escaped as a space, a character escaped as itself (the rest of its code blanked).
 */
const STRING_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|[ntr](?=[\p{L}\s"'\u2018-\u201d]))/gu;

/** A line break escaped between two words ("children and\\nfamilies"): a diagram's or a log's label, outside LaTeX. */
const ESCAPED_BREAK = /[\p{L},.;:!?'"\u2019\u201d]\\n[\p{L}"'\u2018\u201c]/u;

function maskStringEscapes(c: string, b: RawBlock): void {
  replaceInBlock(c, b, ['\\'], STRING_ESCAPE, (w, hex: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) + '     ' : '  '));
}

/** A SQL statement's rows of values one after another on a line ("VALUES (1,2018,…),(2,2020,…)"): each its own sentence. */
const SQL_TUPLES = /\)[ \t]*,[ \t]*\(/g;

function maskSqlTuples(c: string, b: RawBlock): void {
  replaceInBlock(c, b, ['),('], SQL_TUPLES, (w) => '.' + ' '.repeat(w.length - 1));
}

/** A site generator's shortcode ("{{< quote author=\"X\" date=\"…\" >}}", "{{% /quote %}}"): group 1 its name. */
const SHORTCODE = /\{\{[<%]\s*\/?\s*([\w-]+)[^{}\n]*?[>%]\}\}/g;

/**
 * Blanks a block's shortcodes: markup, not prose. A quotation's shortcode that names its speaker ("{{< quote
 * author=\"John Hart\" >}}" over the words) keeps the name, in capitals and with a colon after it (where the
 * attribute's closing quotation mark stood), as a speaker's label over the lines it speaks (see speakerOfComponent).
 */
function maskShortcodes(c: string, b: RawBlock): void {
  replaceInBlock(c, b, ['{{'], SHORTCODE, (w, name) => {
    const blank = ' '.repeat(w.length);
    const who = speakerOfComponent(name, w);
    return who ? blank.slice(0, who.at) + who.name.toUpperCase() + ':' + blank.slice(who.at + who.name.length + 1) : blank;
  });
}

/** A wiki's link ("[[Su Aves]]", "[[Devon County Council|the council]]"): group 1 its target, group 2 the words shown. */
const WIKI_LINK = /\[\[([^[\]|\n]{1,120})(?:\|([^[\]\n]{1,120}))?\]\]/g;

/** A note app's or wiki's links read as the words they show: the brackets blanked, and a target shown under another name. */
function maskWikiLinks(c: string, b: RawBlock): void {
  replaceInBlock(c, b, ['[['], WIKI_LINK, (_w, target, shown: string | undefined) =>
    shown === undefined ? `  ${target}  ` : ' '.repeat(target.length + 3) + shown + '  ');
}

/**
 * A reference link whose definition the chunk does not hold ("[the Care Quality Commission][1]", its "[1]: …" at the
 * draft's foot): the parser leaves it as text. Its words are the prose; the brackets and the label are not.
 */
const REFERENCE_LINK = /\[([^[\]\n]{1,200})\]\[([^[\]\n]{0,40})\]/g;

function maskReferenceLinks(c: string, b: RawBlock): void {
  replaceInBlock(c, b, [']['], REFERENCE_LINK, (_all, words, label) => ` ${words}${' '.repeat(label.length + 3)}`);
}

/** A subtitle cue's timing line (SRT "00:00:47,900 --> 00:00:52,300", WebVTT "00:47.900 --> 00:52.300 align:start"), with the cue's number on the line before it. */
const CUE_TIMING = /(^|\n)([ \t]*\d{1,6}[ \t]*\r?\n)?([ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[^\n]*)/;

/** Blanks a subtitle file's cue numbers and timings ("13", "00:00:47,900 --> 00:00:52,300"): no claim, only their words are. */
function maskCueTimings(c: string, b: RawBlock): void {
  replaceInBlock(c, b, ['-->'], new RegExp(CUE_TIMING.source, 'g'), (_all, lead, num: string | undefined, timing) =>
    lead + (num ?? '').replace(/[^\r\n]/g, ' ') + ' '.repeat(timing.length));
}

/**
 * An Advanced SubStation (ASS/SSA) subtitle's event line: "Dialogue: 0,0:00:23.70,0:00:29.90,Default,Race,0,0,0,,…".
 * Group 1: the fields before the speaker's name; 2: the name; 3: the fields after it, up to the words.
 */
const ASS_DIALOGUE = /^([ \t]*Dialogue:[ \t]*[^,\n]*,[^,\n]*,[^,\n]*,[^,\n]*,)([^,\n]*)(,[^,\n]*,[^,\n]*,[^,\n]*,[^,\n]*,)/gm;
/** An ASS line's own codes inside its words: a hard break ("\N", "\n"), a hard space ("\h"), an override ("{\i1}"). */
const ASS_CODE = /\\[Nnh]|\{\\[^{}\n]*\}/g;

/**
 * A spaced slash inside a sentence, between two words in lower case, marks where a line of verse or a subtitle
 * breaks ("a letter arrived / from the Department …"): read as a space, so the words either side read as one phrase
 * ("and / or" reads as the two words it is).
 */
const LINE_BREAK_SLASH = /(?<=(?:^|[\s(])\p{Ll}[\p{L}'\u2019-]*[,;'\u2019"\u201d]?) \/ (?=\p{Ll})/gu;

/**
 * A note's marker set against the word or mark before it, a footnote's or a translator's ("services,[TN4] Andrew …",
 * "in 2020[3]", "…[^2]"): no words of the sentence (not a link's text, "[1](…)", nor a note's own line, "[^2]: …").
 */
const NOTE_MARKER = /(?<=[\p{L}\p{N}.,;:!?'\u2019"\u201d)])\[(?:\^[^\]\s]{1,10}|[A-Za-z]{0,4}\d{1,3})\](?![(:\[])/gu;

function maskNoteMarkers(c: string, b: RawBlock): void {
  replaceInBlock(c, b, ['['], NOTE_MARKER, (x) => ' '.repeat(x.length));
}

function maskLineBreakSlashes(c: string, b: RawBlock): void {
  replaceInBlock(c, b, [' / '], LINE_BREAK_SLASH, (x) => ' '.repeat(x.length));
}

/**
 * Blanks an ASS subtitle's event fields and codes: its words are the prose, under the name its line gives as a
 * speaker's label ("RACE:" where the name stood), as a transcript's; a line break written "\N" is a space.
 */
function maskAssDialogue(c: string, b: RawBlock): void {
  replaceInBlock(c, b, ['Dialogue:'], ASS_DIALOGUE, (_all, head: string, name: string, tail: string) =>
    ' '.repeat(head.length) + (name.trim() ? name.toUpperCase() + ':' + ' '.repeat(tail.length - 1) : ' '.repeat(name.length + tail.length)));
  replaceInBlock(c, b, ['\\'], ASS_CODE, (code) => ' '.repeat(code.length));
}

/** Blanks the tags a block's text holds escaped ("&lt;q&gt;last chance saloon&lt;/q&gt;", a feed's title read as prose). */
function maskEscapedTags(c: string, b: RawBlock): void {
  const t = b.masked ?? c.slice(b.start, b.end);
  const tags = escapedTags(t);
  if (!tags.length) return;
  const out = t.split('');
  for (const x of tags) {
    for (let i = x.start; i < x.end; i++) out[i] = ' ';
    if (x.mark) out[x.mark[0]] = x.mark[1];
  }
  trimInto(c, b, out.join(''));
}

/** A unified diff's hunk header ("@@ -3,4 +3,5 @@"), which says the lines after it are a diff's. */
const HUNK_HEADER = /(?:^|\n)@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/;

/**
 * In a chunk holding a unified diff's hunk, a block's lines as the diff leaves them: a removed line ("-…") is none of
 * the copy (the old words, as a struck-through line is), and an added line's "+" is no part of it.
 */
function maskDiffLines(c: string, b: RawBlock): void {
  const t = (b.masked ?? c.slice(b.start, b.end)).split('');
  let changed = false;
  for (let line = c.lastIndexOf('\n', b.start - 1) + 1; line < b.end; ) {
    let eol = c.indexOf('\n', line);
    if (eol < 0 || eol > b.end) eol = b.end;
    const mark = c[line];
    // (not a file's header line: "--- a/story.md", "+++ b/story.md")
    if ((mark === '-' || mark === '+') && !c.startsWith(mark.repeat(3) + ' ', line)) {
      for (let i = Math.max(line, b.start); i < (mark === '-' ? eol : line + 1); i++) if (i >= b.start && t[i - b.start] !== '\r') t[i - b.start] = ' ';
      changed = true;
    }
    line = eol + 1;
  }
  if (changed) trimInto(c, b, t.join(''));
}

/** A fact sheet's key in snake case at a line's start, before its colon ("council_control: …"). */
const SNAKE_KEY = /^([ \t]*(?:[-*][ \t]+)?)([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?=[ \t]*:)/;

/** Reads a fact sheet's snake-case keys as words: "lib_dem_control_since:" as "lib dem control since:" (in place). */
function maskSnakeKeys(c: string, b: RawBlock): void {
  const t = b.masked ?? c.slice(b.start, b.end);
  if (t.indexOf('_') < 0) return;
  const out = t.split('\n').map((line) => line.replace(SNAKE_KEY, (_all, lead: string, key: string) => lead + key.replace(/_/g, ' '))).join('\n');
  if (out !== t) trimInto(c, b, out);
}

/**
 * A sed or vi substitution on a line of its own ("s/Richard Jeffries/Richard Jefferies/g", ":%s/2019/2020/g"): the
 * pattern is the wrong words an edit searches for, mentioned, not claimed; it is blanked, and the replacement read.
 */
const SUBSTITUTION = /^([ \t]*:?(?:%|\d+(?:,\d+)?|\$)?s)([/|#])((?:\\.|(?!\2)[^\n])*)\2(?=(?:\\.|(?!\2)[^\n])*\2[gIip\d]*[ \t]*(?:[;#][^\n]*)?$)/gm;

function maskSubstitutions(c: string, b: RawBlock): void {
  replaceInBlock(c, b, ['s/', 's|', 's#'], SUBSTITUTION, (_m, lead: string, sep: string, pattern: string) => lead + sep + ' '.repeat(pattern.length) + sep);
}

/**
 * A table's column of words named as wrong or taken out ("| Write | Not | Note |", "Deleted (v3)", "Avoid", "Wrong
 * form", "Original" beside "Revised"): its cells are the wrong forms, mentioned, not claimed, and are blanked from the
 * row's prose.
 */
const MENTION_COLUMN = /^[\s*_]*(?:not|never|avoid|don[\u2019']?t(?:\s+(?:write|use|say))?|wrong|incorrect|mistakes?|errors?|misspellings?|deleted|removed|struck(?:\s+out)?|(?:wrong|incorrect|old|original|deleted|removed)\s+(?:form|forms|text|wording|spelling|version))(?:\s*\([^()]*\))?[\s*_:.]*$/i;

/** An edit's columns: the words before it ("Original (v3)", "Old", "Was"), where another holds them after it ("Revised"). */
const BEFORE_EDIT_COLUMN = /^[\s*_]*(?:original|old|was)(?:\s*\([^()]*\))?[\s*_:.]*$/i;
const AFTER_EDIT_COLUMN = /^[\s*_]*(?:revised|corrected|amended|changed\s+to|replacement|inserted|fixed)(?:\s*\([^()]*\))?[\s*_:.]*$/i;

function maskMentionColumns(c: string, b: RawBlock): void {
  const { header, cells } = b;
  if (!header || !cells) return;
  const edit = header.some((h) => AFTER_EDIT_COLUMN.test(h.text));
  let t: string | undefined;
  header.forEach((h, k) => {
    const cell = cells[k];
    if (!cell || cell.end <= cell.start || !(MENTION_COLUMN.test(h.text) || (edit && BEFORE_EDIT_COLUMN.test(h.text)))) return;
    t ??= b.masked ?? c.slice(b.start, b.end);
    const a = cell.start - b.start;
    t = t.slice(0, a) + ' '.repeat(cell.end - cell.start) + t.slice(cell.end - b.start);
  });
  if (t !== undefined) trimInto(c, b, t);
}

/** A config file's key and its "=" opening a line ("leader = John Hart", "trust_setup = …" in INI or TOML): group 1 the key. */
const CONFIG_KEY = /^([ \t]*[A-Za-z][\w.-]{0,40})([ \t]*=[ \t]*)(?=[^\s=])/;
/** The same at any line's start: does the document hold one at all? */
const CONFIG_LINE = new RegExp(CONFIG_KEY.source, 'm');

/**
 * A config file's "key = value" lines read as a fact sheet's "key: value" fields (in place: the "=" and its spaces
 * become a colon and spaces), so that each line stands alone as a field does; only where two or more lines of the
 * block are so (one "x = 2" in prose is no config file).
 */
function maskConfigKeys(c: string, b: RawBlock): void {
  const t = b.masked ?? c.slice(b.start, b.end);
  const lines = t.split('\n');
  if (lines.filter((line) => CONFIG_KEY.test(line)).length < 2) return;
  trimInto(c, b, lines.map((line) => line.replace(CONFIG_KEY, (_all, key: string, eq: string) => key + ':' + ' '.repeat(eq.length - 1))).join('\n'));
}

/** A JSON field whose value is a string: group 1 its key, group 2 its value ("speaker": "Su Aves"). */
const JSON_FIELD = /"([A-Za-z_][\w -]{0,30})"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;
/** Keys of a record's speaker and of the words it quotes. */
const SPEAKER_KEY = /^(?:speaker|name|author|by|who|person|attributed_?to)$/i;
const WORDS_KEY = /^(?:text|quote|quotation|words|said|body)$/i;
/** Keys of a person's own fields: what a credit line gives after the name. */
const PERSON_KEY = /^(?:party|ward|division|role|post|title|position|job_?title|constituency|seat)$/i;

/**
 * Records pasted as JSON, not fenced ('{"speaker": "Su Aves", "post": "chair …", "date": "2022-12-14", "text": "…"}',
 * or a person's own fields, '{"name": "John Hart", "party": "Conservative", "ward": …}'), read as a credit line: the
 * keys and the marks of JSON blanked, the values kept and parted by commas, the words quoted after a colon (or before a dash and the speaker, when they come first), each record a sentence of its own. The same
 * length: every value stays where it stands.
 */
function maskJsonRecords(c: string, b: RawBlock): void {
  const t = b.masked ?? c.slice(b.start, b.end);
  const fields = [...t.matchAll(JSON_FIELD)];
  // (a record of a person's own fields, '"name": "John Hart", "party": …, "ward": …', is a credit line too)
  if (fields.length < 3 || !fields.some((f) => SPEAKER_KEY.test(f[1])) || !fields.some((f) => WORDS_KEY.test(f[1]) || PERSON_KEY.test(f[1]))) return;
  const out = t.split('');
  const blank = (a: number, z: number) => { for (let i = a; i < z; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' '; };
  let from = 0;
  fields.forEach((f, k) => {
    const valueStart = f.index! + f[0].length - 1 - f[2].length;
    const valueEnd = f.index! + f[0].length - 1;
    const words = WORDS_KEY.test(f[1]);
    // what stands between the last value and this one: JSON's marks, a record's end or start, the key
    const between = t.slice(from, f.index);
    const recordEnds = k > 0 && between.includes('}');
    blank(from, valueStart - (words ? 1 : 0));
    if (recordEnds) out[from] = '.';
    else if (k > 0) out[from] = words ? ':' : SPEAKER_KEY.test(f[1]) && WORDS_KEY.test(fields[k - 1][1]) ? '\u2014' : ',';
    from = words ? valueEnd + 1 : valueEnd;
  });
  blank(from, t.length);
  if (t.slice(from).includes('}')) out[from] = '.';
  trimInto(c, b, out.join(''));
}

/** A telegram's full stop, the word "STOP" between its sentences. */
const TELEGRAM_STOP = /(?<=\S[ \t]+)STOP(?=[ \t]*(?:\r?\n|$|[ \t]+\S))/g;

/**
 * A telegram's "STOP"s ("… RUN WITH NHS DEVON STOP OFSTED AND …") read as full stops, in a block that has two or more:
 * '.' where the S stands, the rest blanked (the same length).
 */
function maskTelegramStops(c: string, b: RawBlock): void {
  const t = b.masked ?? c.slice(b.start, b.end);
  const stops = [...t.matchAll(TELEGRAM_STOP)];
  if (stops.length < 2) return;
  const out = t.split('');
  for (const r of stops) out.splice(r.index!, 4, '.', ' ', ' ', ' ');
  trimInto(c, b, out.join(''));
}

/** Sets a block's masked text, trimmed (moving its ends); an all-blank block is emptied (start = end). */
function trimInto(c: string, b: RawBlock, t: string): void {
  let a = 0;
  let z = t.length;
  while (a < z && isSpace(t.charCodeAt(a))) a++;
  while (z > a && isSpace(t.charCodeAt(z - 1))) z--;
  b.start += a;
  b.end = b.start + (z - a);
  const masked = t.slice(a, z);
  b.masked = masked === c.slice(b.start, b.end) ? undefined : masked;
}

/**
 * A line drawn, not written: box-drawing characters, arrows and rules with no word ("     │", "+------+", "──►"). In a
 * paragraph it parts what stands above it from what stands below, as a blank line would (an ASCII-art timeline's
 * entries, a box's rows).
 */
const DRAWN_LINE = /^[ \t]*[\u2500-\u257f\u2190-\u21ff\u25a0-\u25ff|+*=~_.:-]*[\u2500-\u257f\u2190-\u21ff\u25a0-\u25ff][\u2500-\u257f\u2190-\u21ff\u25a0-\u25ff|+*=~_.: \t-]*$|^[ \t]*[+|][-=+|]{3,}[ \t]*$/;

/** A line opening with a bullet glyph Markdown does not know ("• May ’24 – …", "◦ …", "▪ …"): an item of its own. */
const GLYPH_ITEM = /^[ \t]*[\u2022\u25e6\u25aa\u2023\u25cf\u25cb\u25a0\u25a1\u27a2\u27a4\u25ba\u25b8\u2043\u2219][ \t]/;

/** A line opening with a commit's hash ("c82e5b1 Somerset context: …", a log's line of its own). */
const COMMIT_LINE = /^[ \t]*(?=[0-9a-f]{0,39}[a-f])(?=[0-9a-f]{0,39}\d)[0-9a-f]{7,40}[ \t]/;
const COMMIT_ANY_LINE = new RegExp(COMMIT_LINE.source, 'm');

/**
 * Lines nested by indentation alone, as a mind map or an outline is typed ("Cabinet, 14 December 2022⏎    Labour group
 * leader⏎        MPs had been warned"): three lines in a row each indented deeper than the one before, by two columns
 * or more. Wrapped prose is indented once at most (its first line, or the lines after it), a cutting's paragraphs
 * step in and back out, a calendar's folded lines by one space, and a script's lines by their kind (a cue deeper
 * than its words).
 */
function isOutline(t: string, firstColumn: number): boolean {
  let run = 0;
  let last = -1;
  for (let at = 0; at < t.length; ) {
    let i = at;
    while (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9) i++;
    // (the block's first line starts where the block does, its indentation trimmed)
    const indent = i - at + (at === 0 ? firstColumn : 0);
    run = last >= 0 && indent >= last + 2 ? run + 1 : 0;
    if (run >= 2) return true;
    last = indent;
    const nl = t.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return false;
}

/**
 * Splits a paragraph at the lines that open with a speaker's label or "Q:": each is a block of its own (a transcript
 * written without blank lines); at lines opening with a bullet glyph (GLYPH_ITEM); at an outline's lines (isOutline);
 * at a log's lines, each opening with a commit's hash; and at a drawn line (DRAWN_LINE), left out. Relative to the
 * chunk.
 */
function splitAtSpeakers(c: string, blocks: RawBlock[]): RawBlock[] {
  let out: RawBlock[] | undefined;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    let parts: RawBlock[] | undefined;
    // (only a block of more than one line can be split: most are one line)
    const nl = b.kind === 'paragraph' || b.kind === 'item' ? c.indexOf('\n', b.start) : -1;
    if (nl >= 0 && nl < b.end) {
      parts = [];
      const t = b.masked ?? c.slice(b.start, b.end);
      // (a log's lines, each opening with a commit's short hash, are entries of their own)
      const log = COMMIT_ANY_LINE.test(t) && t.split('\n').filter((l) => COMMIT_LINE.test(l)).length >= 3;
      // (an outline's lines, nested by indentation alone, are points of their own)
      const outline = isOutline(c.slice(b.start, b.end), b.start - (c.lastIndexOf('\n', b.start - 1) + 1));
      let from = 0;
      for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
        const rest = t.slice(i + 1, i + 80);
        let eol = t.indexOf('\n', i + 1);
        if (eol < 0) eol = t.length;
        if (DRAWN_LINE.test(t.slice(i + 1, eol).replace(/\r$/, ''))) {
          parts.push(sub(c, b, from, i));
          from = eol;
        } else if (outline || GLYPH_ITEM.test(rest) || SPEAKER.test(rest) || QUESTION_LABEL.test(rest) || ANSWER_LABEL.test(rest) || (log && COMMIT_LINE.test(rest))) {
          parts.push(sub(c, b, from, i));
          from = i + 1;
        }
      }
      if (from > 0) parts.push(sub(c, b, from, t.length));
    }
    if (parts && parts.length > 0) {
      out ??= blocks.slice(0, k);
      for (const p of parts) if (p.end > p.start) out.push(p);
    } else if (out) out.push(b);
  }
  return out ?? blocks;
}

/**
 * Longest block of prose checked as one. Paragraphs of prose are far shorter (the longest in the labelled drafts has
 * 2,800 characters); a longer one is a document pasted without blank lines, a long table or no prose at all. Cut into
 * pieces, no block's work or memory can grow with the draft (thousands of quotation marks left open in one paragraph
 * made every check of it pay for all of them), and the editor can check any draft a block at a time. (8,000 let one
 * block of dense claims hold the editor's event loop for 30 ms: the slices are a block at a time.)
 */
export const MAX_BLOCK = 4000;

const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/**
 * Where to cut a text longer than MAX_BLOCK: pieces of at most MAX_BLOCK characters (offsets in the text), cut in the
 * second half of each window after its last line break, else its last sentence stop, else its last space, else
 * anywhere but inside a surrogate pair; the blanks at the cuts left out.
 */
export function blockPieces(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = 0;
  while (t.length - s > MAX_BLOCK) {
    const from = s + MAX_BLOCK / 2;
    const w = t.slice(from, s + MAX_BLOCK);
    let at = w.lastIndexOf('\n');
    if (at < 0) at = Math.max(w.lastIndexOf('. '), w.lastIndexOf('? '), w.lastIndexOf('! ')) + 1;
    if (at <= 0) at = w.lastIndexOf(' ');
    let cut = at > 0 ? from + at : s + MAX_BLOCK;
    if ((t.charCodeAt(cut) & 0xfc00) === 0xdc00 && (t.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    let e = cut;
    while (e > s && isBlank(t.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    s = cut;
    while (s < t.length && isBlank(t.charCodeAt(s))) s++;
  }
  if (s < t.length) out.push({ start: s, end: t.length });
  return out;
}

/** Blocks longer than MAX_BLOCK cut into pieces (blockPieces), each a block of its own. Relative to the chunk. */
function cutLong(c: string, blocks: RawBlock[]): RawBlock[] {
  if (!blocks.some((b) => b.end - b.start > MAX_BLOCK)) return blocks;
  return blocks.flatMap((b) => (b.end - b.start > MAX_BLOCK ? blockPieces(b.masked ?? c.slice(b.start, b.end)).map((p) => sub(c, b, p.start, p.end)) : [b]));
}

/** The part [from, to) of a block's text, as a block of its own (a paragraph after the first), trimmed. */
function sub(c: string, b: RawBlock, from: number, to: number): RawBlock {
  const t = (b.masked ?? c.slice(b.start, b.end)).slice(from, to);
  const r: RawBlock = { start: b.start + from, end: b.start + to, masked: undefined, kind: from === 0 ? b.kind : 'paragraph', depth: 0 };
  if (from === 0 && b.lead) r.lead = b.lead;
  if (from === 0 && b.outerLead) r.outerLead = b.outerLead;
  trimInto(c, r, t);
  return r;
}

/** A letter English does not write (a translation's: "napisał", "że", "für"), the cheap test before otherLanguage. */
const NOT_ENGLISH_LETTER = /[\u00df\u00e4\u00f6\u00fc\u00f1\u0105-\u0107\u0119\u0142-\u0144\u015b\u017a-\u017c\u0159\u0161\u017e\u010d]/i;
/** English's commonest short words: prose with almost none of them is in another language. */
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'for', 'that', 'on', 'with', 'by', 'at', 'as', 'it', 'has', 'had', 'from', 'be', 'were', 'are', 'said', 'not', 'have', 'its', 'this', 'will', 'which', 'who', 'their', 'but', 'an', 'or', 'he', 'she', 'they', 'we']);

/**
 * Is the block a translation ("Odpowiedzialny minister, Josh MacAlister, napisał, że …" after its English)? A dozen
 * words or more, a letter English does not write, and hardly one of English's commonest words: no English prose to check.
 */
function otherLanguage(t: string): boolean {
  if (!NOT_ENGLISH_LETTER.test(t)) return false;
  const words = t.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 12) return false;
  let english = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) english++;
  return english / words.length < 0.04;
}

/**
 * Is the text at `start` inside an element its markup says is in another language than English ('<tuv
 * xml:lang="de-DE"><seg>…', '<p lang="fr">…', a translation memory's or a page's other half)? The nearest language
 * attribute in the few characters before it decides.
 */
function taggedOtherLanguage(c: string, start: number): boolean {
  const before = c.slice(Math.max(0, start - LANG_REACH), start);
  const at = before.lastIndexOf('lang=');
  if (at < 0) return false;
  const r = LANG_VALUE.exec(before.slice(at));
  return !!r && r[1].toLowerCase() !== 'en';
}
const LANG_REACH = 80;
const LANG_VALUE = /^lang=["']([a-z]{2,3})(?:[-_][a-z0-9]+)*["'][^<>]*>(?:\s*<[^<>\n]{1,40}>)*\s*$/i;

/** A heading in Textile's or Confluence's wiki markup, a line of its own: "h2. People", "h1. Briefing". */
const WIKI_HEADING = /^[ \t]*h([1-6])\.[ \t]+()\S[^\n]*()/m;

/**
 * An admonition's title line, heading its box (MkDocs, Python-Markdown): '!!! note "The rating"', '??? tip "Who was who
 * in 2022"'. Its box is its indented lines, which run on from it as one paragraph (indented code is off): read as the
 * deepest heading, its title in the quotation marks, it heads them as it heads the box.
 */
const ADMONITION_LINE = /^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*[ \t]+"()([^"\n]+)()"[ \t]*$/m;

/**
 * Paragraphs with headings written as lines of their own (a wiki heading, "h2. People⏎||Name||Post||⏎|John Hart|…|";
 * an admonition's title) cut at each: the heading a block of its own, its markup blanked, so that it heads what
 * follows it as a Markdown heading does. The pattern's groups: the wiki heading's depth (else the deepest), then empty
 * groups around the heading's words.
 */
function splitAtLineHeadings(c: string, blocks: RawBlock[], pattern: RegExp): RawBlock[] {
  const out: RawBlock[] = [];
  const all = new RegExp(pattern.source, 'gmd');
  for (const b of blocks) {
    const t = b.kind === 'paragraph' && b.masked === undefined ? c.slice(b.start, b.end) : '';
    let from = 0;
    for (const r of t.matchAll(all)) {
      let eol = t.indexOf('\n', r.index);
      if (eol < 0) eol = t.length;
      if (r.index > from) out.push(sub(c, b, from, r.index));
      const [wordsFrom, wordsTo] = [r.indices![r.length - 2]![0], r.indices![r.length - 1]![0]];
      const m = new Mask(c, b.start + r.index, b.start + eol);
      m.blank(b.start + r.index, b.start + wordsFrom, true);
      if (wordsTo < eol) m.blank(b.start + wordsTo, b.start + eol, true);
      const h = blockOf(m, 'heading', /^[1-6]$/.test(r[1]) ? Number(r[1]) : 6);
      if (h) out.push(h);
      from = eol;
    }
    if (from === 0) out.push(b);
    else if (from < t.length) out.push(sub(c, b, from, t.length));
  }
  return out.filter((x) => x.end > x.start);
}

/**
 * What every reading of a chunk ends with: bare URLs blanked, JSON records and telegrams read, wiki headings split off,
 * translations left out, transcript lines split, margins' line numbers blanked, long blocks cut.
 */
function finish(c: string, r: RawChunk): RawChunk {
  if (r.frontMatter) r.blocks = [...frontMatterProse(c, r.frontMatter), ...r.blocks];
  let empty = false;
  const urls = c.indexOf('http') >= 0 || c.indexOf('www.') >= 0;
  const snake = c.indexOf('_') >= 0;
  const said = c.indexOf('quote') >= 0 && SAID_QUOTES.test(c);
  const config = c.indexOf('=') >= 0 && CONFIG_LINE.test(c);
  const json = c.indexOf('":') >= 0;
  const telegram = c.indexOf(' STOP') >= 0;
  const cues = c.indexOf('-->') >= 0;
  const refs = c.indexOf('][') >= 0;
  const diff = c.indexOf('@@ -') >= 0 && HUNK_HEADER.test(c);
  const escaped = c.indexOf('lt;') >= 0;
  const shortcodes = c.indexOf('{{') >= 0;
  const po = c.indexOf('msgid "') >= 0;
  const sql = c.indexOf('),(') >= 0 && /\bVALUES\b/i.test(c);
  const escapes = c.indexOf('\\') >= 0 && (c.indexOf('":') >= 0 || c.indexOf('="') >= 0 || c.indexOf('= "') >= 0 || (ESCAPED_BREAK.test(c) && !isLatex(c)));
  const textile = c.indexOf('bq. ') >= 0;
  const shell = SHELL_PROMPT.test(c);
  const files = FILE_EXTENSION.test(c);
  const wiki = c.indexOf('[[') >= 0;
  const ass = c.indexOf('Dialogue:') >= 0;
  const substitutions = c.indexOf('s/') >= 0 || c.indexOf('s|') >= 0 || c.indexOf('s#') >= 0;
  const breaks = c.indexOf(' / ') >= 0;
  const notes = c.indexOf('[') >= 0;
  for (const b of r.blocks) {
    if (b.header) maskMentionColumns(c, b);
    if (substitutions) maskSubstitutions(c, b);
    if (ass) maskAssDialogue(c, b);
    if (said) maskSaidQuotes(c, b);
    if (shortcodes) maskShortcodes(c, b);
    if (po) maskPoStrings(c, b);
    if (sql) maskSqlTuples(c, b);
    if (escapes) maskStringEscapes(c, b);
    if (textile && b.kind === 'paragraph') maskTextileQuote(c, b);
    if (shell) maskShellCommands(c, b);
    if (files && b.kind !== 'heading') maskFileNames(c, b);
    if (wiki) maskWikiLinks(c, b);
    if (diff) maskDiffLines(c, b);
    if (escaped) maskEscapedTags(c, b);
    if (urls && b.kind !== 'heading') maskUrls(c, b);
    if (refs) maskReferenceLinks(c, b);
    if (config && b.kind === 'paragraph') maskConfigKeys(c, b);
    if (snake && b.kind !== 'heading') maskSnakeKeys(c, b);
    if (json && b.kind === 'paragraph') maskJsonRecords(c, b);
    if (telegram) maskTelegramStops(c, b);
    if (cues) maskCueTimings(c, b);
    if (breaks) maskLineBreakSlashes(c, b);
    if (notes) maskNoteMarkers(c, b);
    if (b.end <= b.start) empty = true;
  }
  if (WIKI_HEADING.test(c)) r.blocks = splitAtLineHeadings(c, r.blocks, WIKI_HEADING);
  if (c.indexOf('!!!') >= 0 || c.indexOf('???') >= 0) r.blocks = splitAtLineHeadings(c, r.blocks, ADMONITION_LINE);
  if (NOT_ENGLISH_LETTER.test(c)) r.blocks = r.blocks.filter((b) => !otherLanguage(b.masked ?? c.slice(b.start, b.end)));
  if (c.indexOf('lang=') >= 0) r.blocks = r.blocks.filter((b) => !taggedOtherLanguage(c, b.start));
  r.blocks = cutLong(c, splitAtSpeakers(c, pastedTables(c, r.blocks)));
  if (c.indexOf('>') >= 0) r.blocks = joinCredits(c, r.blocks);
  for (const b of r.blocks) if (b.kind === 'paragraph') maskLineNumbers(c, b);
  if (empty) r.blocks = r.blocks.filter((b) => b.end > b.start);
  return r;
}

/**
 * A block quotation's paragraph and the credit line closing the quotation under it ("> For too long, …⏎>⏎> — Steve
 * Race, Exeter MP") read as one paragraph, the quotation marks between them blanked: the credit is the words' speaker,
 * as it is under a quotation in quotation marks.
 */
function joinCredits(c: string, blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const b of blocks) {
    const a = out[out.length - 1];
    const between = a ? c.slice(a.end, b.start) : '';
    if (a && a.kind === 'paragraph' && b.kind === 'paragraph' && /^[\s>]*$/.test(between) && between.includes('>') && inQuotedLine(c, a.start)
      && CREDIT_LINE.test(b.masked ?? c.slice(b.start, b.end))) {
      const joined: RawBlock = { ...a, end: b.end };
      trimInto(c, joined, (a.masked ?? c.slice(a.start, a.end)) + between.replace(/[^\r\n]/g, ' ') + (b.masked ?? c.slice(b.start, b.end)));
      out[out.length - 1] = joined;
    } else out.push(b);
  }
  return out;
}

function plainReading(c: string): RawChunk {
  return finish(c, readPlainChunk(c));
}

/**
 * A line's number opening it: in brackets ("(7) ", "[12] "), or in a margin, a figure with two spaces or more (or a
 * tab) before the line's words, or alone on a line with none (" 4   A.  Under him …"); one space will do after a
 * figure of two or three ("07 the service …", "10 It has …", as a numbered source text is set).
 */
const LINE_NUMBER = /^[ \t]*(?:[([](\d{1,3})[)\]][ \t]+|(\d{1,3})(?:[ ]{2,}|\t|[ \t]*\r?$)|(\d{2,3})[ ](?=\S))/;

/**
 * Blanks the numbers of a passage printed with its lines numbered, as an exam paper's extract is ("(7) as much again
 * … "Unfortunately, we've⏎(8) not seen …") or a deposition's margin: three lines or more in a row, each opening with the
 * next number.
 */
function maskLineNumbers(c: string, b: RawBlock): void {
  const t = b.masked ?? c.slice(b.start, b.end);
  if (t.indexOf('\n') < 0 || !LINE_NUMBERS_ANY.test(t)) return;
  const lines = t.split('\n');
  const numbers = lines.map((line) => {
    const r = LINE_NUMBER.exec(line);
    return r ? { n: Number(r[1] ?? r[2] ?? r[3]), len: r[0].length } : undefined;
  });
  // runs of three lines or more, each numbered one more than the line above (a header over them, "Page 14", is not)
  const out = lines.slice();
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && numbers[i] && numbers[j] && numbers[j]!.n === numbers[j - 1]!.n + 1) j++;
    // (and a sentence going on across them, a line after its number opening in a small letter: a margin's numbers, not
    // a list's, "2  LEADBETTER – …" under "Down")
    if (numbers[i] && j - i >= 3 && lines.slice(i + 1, j).some((l, k) => /^\s*\p{Ll}/u.test(l.slice(numbers[i + 1 + k]!.len)))) {
      for (let k = i; k < j; k++) out[k] = ' '.repeat(numbers[k]!.len) + lines[k].slice(numbers[k]!.len);
      changed = true;
    }
    i = j;
  }
  // a page's own line between numbered lines ("Page 2", "- 14 -"), where the numbers start again, is the printer's,
  // not the witness's: it and the new page's first number go
  for (let k = 1; k + 1 < lines.length; k++) {
    if (!numbers[k - 1] || !numbers[k + 1] || !PAGE_LINE.test(lines[k])) continue;
    out[k] = ' '.repeat(lines[k].length);
    const next = numbers[k + 1]!;
    out[k + 1] = ' '.repeat(next.len) + lines[k + 1].slice(next.len);
    changed = true;
  }
  if (changed) trimInto(c, b, out.join('\n'));
}
const PAGE_LINE = /^\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])\s*$/i;
const LINE_NUMBERS_ANY = new RegExp(LINE_NUMBER.source, 'm');

/** A block moved by `by` (its context parts too). */
function shiftRaw(b: RawBlock, by: number): RawBlock {
  if (by === 0) return b;
  const r: RawBlock = { ...b, start: b.start + by, end: b.end + by };
  const sh = (p: TextPart): TextPart => ({ start: p.start + by, end: p.end + by, text: p.text });
  if (b.lead) r.lead = sh(b.lead);
  if (b.outerLead) r.outerLead = sh(b.outerLead);
  if (b.cells) r.cells = b.cells.map(sh);
  if (b.header) r.header = b.header.map(sh);
  return r;
}

/**
 * Reads the chunks text[spans[k]] (in order; not necessarily adjacent). Markdown chunks the line scan cannot read are
 * parsed in batches, which gives what parsing each alone gives: chunks are cut where nothing continues, and link
 * definitions, the one thing that reaches across a whole document, are off.
 */
export function readChunks(text: string, spans: readonly { start: number; end: number }[], kind: DocumentKind): RawChunk[] {
  const out = new Array<RawChunk>(spans.length);
  const slice = (k: number) => text.slice(spans[k].start, spans[k].end);
  if (kind === 'plaintext') {
    for (let k = 0; k < spans.length; k++) out[k] = plainReading(slice(k));
    return out;
  }
  const pending = new Array<boolean>(spans.length).fill(false);
  let any = false;
  for (let k = 0; k < spans.length; k++) {
    const c = slice(k);
    // front matter opening the draft is the parser's, unless it stands alone; the line scan would read its fences as rules
    const opensWithFrontMatter = spans[k].start === 0 && frontMatterEnd(c) > 0;
    const frontMatter = opensWithFrontMatter ? frontMatterOnly(c) : undefined;
    if (frontMatter) {
      out[k] = finish(c, { blocks: [], frontMatter });
      continue;
    }
    const simple = opensWithFrontMatter ? undefined : readSimple(c);
    if (simple) out[k] = finish(c, { blocks: simple });
    else if (!parseable(c)) out[k] = plainReading(c);
    else any = pending[k] = true;
  }
  // the parser's budget, spent in the draft's order (see keepsParserBudget)
  const parserLines = new Array<number>(spans.length);
  let spent = 0;
  for (let k = 0; any && k < spans.length; k++) {
    if (!pending[k]) continue;
    const c = slice(k);
    spent += parserLines[k] = lineCount(c);
    if (spent <= PARSER_LINE_BUDGET) continue;
    out[k] = { ...plainReading(c), parserLines: parserLines[k], pastBudget: true };
    pending[k] = false;
  }
  // The chunks to parse, in order, a batch at a time: each batch is parsed as one text, the chunks one after the
  // other. A chunk starts where nothing of the draft above it continues, and leaves nothing open at its end (or ends
  // the draft), so it reads the same after any such chunk as after the one above it: one call of the parser for
  // many chunks, each call having a cost of its own (most of it, for small chunks).
  const todo: number[] = [];
  for (let k = 0; any && k < spans.length; k++) if (pending[k]) todo.push(k);
  for (let i = 0; i < todo.length; ) {
    const batch: number[] = [todo[i]];
    let size = spans[todo[i]].end - spans[todo[i]].start;
    for (i++; i < todo.length; i++) {
      const len = spans[todo[i]].end - spans[todo[i]].start;
      if (size + len > MAX_PARSED_CHUNK) break;
      batch.push(todo[i]);
      size += len;
    }
    const texts = batch.map(slice);
    const starts: number[] = [];
    let at = 0;
    for (const t of texts) {
      starts.push(at);
      at += t.length;
    }
    let parsed: RawChunk;
    try {
      parsed = readParsedChunk(texts.join(''), spans[batch[0]].start === 0 && frontMatterEnd(text) > 0);
    } catch {
      batch.forEach((k, n) => (out[k] = { ...plainReading(texts[n]), parserLines: parserLines[k] }));
      continue;
    }
    const lists = batch.map(() => [] as RawBlock[]);
    let r = 0;
    for (const b of parsed.blocks) {
      while (r < batch.length - 1 && b.start >= starts[r + 1]) r++;
      lists[r].push(shiftRaw(b, -starts[r]));
    }
    batch.forEach((k, n) => {
      const chunk: RawChunk = { blocks: lists[n], parserLines: parserLines[k] };
      if (n === 0 && parsed.frontMatter) chunk.frontMatter = parsed.frontMatter;
      out[k] = finish(texts[n], chunk);
    });
  }
  return out;
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

/** The start of a line in a block quotation, up to the block's text. */
export const QUOTED_LINE = /^[ \t]*>/;

/** Does the line `pos` stands on open with a block quotation's mark before it ("> …")? */
export function inQuotedLine(text: string, pos: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos);
  return QUOTED_LINE.test(line) || TEXTILE_QUOTED.test(line);
}
/** What stands before a Textile block quotation's words on its first line. */
const TEXTILE_QUOTED = /^[ \t]*bq\.[ \t]+$/;

/** Reads a draft: its blocks of prose with their context. Pure; never throws. */
export function readDocument(text: string, kind: DocumentKind = 'markdown', cache?: DocumentCache): DocumentModel {
  const spans = kind === 'markdown' ? markdownChunks(text) : [{ start: 0, end: text.length }];
  const read = cache ? cache.read(kind, text, spans) : readChunks(text, spans, kind);
  const chunks: ReadChunk[] = spans.map((sp, k) => ({ offset: sp.start, raw: read[k] }));
  const frontMatter = chunks.length > 0 && chunks[0].offset === 0 ? chunks[0].raw.frontMatter : undefined;
  const origins: RawBlock[] = [];
  const width = wrapWidth(text, chunks);
  const marks: ChunkMark[] | undefined = cache && [];
  const doc: DocumentModel = { kind, blocks: withContext(text, chunks, wrapJoins(text, chunks, width), frontMatter, origins, marks) };
  if (frontMatter) doc.frontMatter = frontMatter;
  breakSeparatedLines(text, doc.blocks);
  maskDateline(text, doc.blocks, doc.frontMatter?.end ?? 0);
  maskCitationColumns(text, doc.blocks);
  const correction = isCorrection(text, doc.blocks);
  if (correction) maskReportedErrors(text, doc.blocks);
  if (cache) {
    // (what is known of a block by its reading lasts only as long as a cache keeps the reading)
    ORIGINS.set(doc, origins);
    cache.keep({ doc, text, chunks, marks: marks!, width, correction, origins });
  }
  return doc;
}

/**
 * Text whose lines are parted by the Unicode line and paragraph separators (U+2028, U+2029), as some editors and
 * exports write them: each is read as a line break (the same length, so offsets hold).
 */
function breakSeparatedLines(text: string, blocks: Block[]): void {
  if (!/[\u2028\u2029]/.test(text)) return;
  for (const b of blocks) {
    const t = b.masked ?? text.slice(b.start, b.end);
    if (/[\u2028\u2029]/.test(t)) b.masked = t.replace(/[\u2028\u2029]/g, '\n');
  }
}

const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/**
 * A dateline opening a story's first paragraph: a place, an agency, a day ("EXETER, Dec 14 (Westcountry Wire) -",
 * "Exeter, Wednesday 14 December 2022 –"), then a dash or colon. It dates the story, not anything the story tells.
 */
const DATELINE = new RegExp(
  String.raw`^[A-Z][A-Za-z'\u2019. -]{1,30}?(?:[ \t]*\([^)\n]{1,40}\))?,[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?` +
    String.raw`(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+${MONTH_NAME}\.?|${MONTH_NAME}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)(?:,?[ \t]+\d{4})?` +
    String.raw`(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*[-\u2013\u2014:][ \t]`,
);

/** Blanks a dateline opening the first paragraph of a story (after its headline): it is no claim. */
function maskDateline(text: string, blocks: Block[], bodyStart: number): void {
  // (the front matter's fields, before the body, are passed over)
  let i = 0;
  while (i < blocks.length && blocks[i].start < bodyStart) i++;
  for (const last = i + 4; i < blocks.length && i < last; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') continue;
    if (b.kind !== 'paragraph') return;
    const t = b.masked ?? text.slice(b.start, b.end);
    const m = DATELINE.exec(t);
    // (paragraphs that each open with a source and a day are a list of cuttings: each one's day is its own)
    if (m && !cuttingsAfter(text, blocks, i)) {
      const rest = t.slice(m[0].length);
      const lead = rest.length - rest.trimStart().length;
      b.start += m[0].length + lead;
      b.masked = rest.slice(lead) === text.slice(b.start, b.end) ? undefined : rest.slice(lead);
      if (b.masked === undefined) delete b.masked;
    }
    return;
  }
}

/**
 * A table column that names where a row's facts come from ("| Source |", "| Reference |", "| Via |", "| Where it
 * comes from |"), or when a claim the row reports was made ("| Date said |", "| Posted |"): no claim of the row's.
 */
const CITATION_HEADER = /^[\s*_]*(?:sources?|references?|refs?|citations?|cited|via|links?|credits?|from|provenance|reported\s+(?:in|by)|where\s+(?:it|this|the\s+figure|they)\s+(?:comes?|came)\s+from|where\s+from|(?:date|day|when)\s+(?:said|made|posted|published|claimed|shared|first\s+seen)|(?:said|posted|published|shared)\s+on|posted|published|first\s+seen)[\s*_:?]*$/i;

/**
 * Blanks the cells of a citation column: "Final notice report, late 2025" under "Source" dates the report the row
 * cites, not anything the row tells.
 */
function maskCitationColumns(text: string, blocks: Block[]): void {
  for (const b of blocks) {
    const cols = b.context.columns;
    const cells = b.context.cells;
    if (b.kind !== 'row' || !cols || !cells) continue;
    for (let k = 0; k < cols.length && k < cells.length; k++) {
      const c = cells[k];
      if (!CITATION_HEADER.test(cols[k].text) || c.end <= c.start || c.start < b.start || c.end > b.end) continue;
      const t = b.masked ?? text.slice(b.start, b.end);
      b.masked = t.slice(0, c.start - b.start) + ' '.repeat(c.end - c.start) + t.slice(c.end - b.start);
    }
  }
}

/** How many paragraphs after a dateline are looked at for another: a list of cuttings. */
const CUTTINGS_LOOK = 6;

/** Does another of the next few paragraphs open as a dateline does? */
function cuttingsAfter(text: string, blocks: Block[], i: number): boolean {
  for (let k = i + 1; k < blocks.length && k <= i + CUTTINGS_LOOK; k++) {
    const b = blocks[k];
    if (b.kind === 'paragraph' && DATELINE.test(b.masked ?? text.slice(b.start, b.end))) return true;
  }
  return false;
}

/** A correction notice says so in its headline or its opening ("Correction", "Clarification", "An earlier version…"). */
const CORRECTION = /\b(?:corrections?|clarifications?|an earlier version of this)\b/i;
/**
 * A sentence of a correction notice that tells what the corrected article said ("It said the service had been rated
 * inadequate since 2021.", "The article described X as …"): the error being corrected, not a claim of the writer's.
 */
const REPORTS_ERROR = /^(?:it|the (?:article|story|report|piece|original(?: article| story)?)|an earlier version(?: of (?:this|the) (?:article|story|report))?|this (?:article|story))\s+(?:(?:also|had|has|previously|originally|wrongly|incorrectly|mistakenly)\s+)*(?:said|says|stated|described|reported|referred|attributed|named|gave|called|claimed|suggested|quoted|misspelt|misspelled|misnamed|implied|wrote|listed)\b/i;

/** Is the draft a correction notice (by its first two blocks)? */
function isCorrection(text: string, blocks: Block[]): boolean {
  return CORRECTION.test(blocks.slice(0, 2).map((b) => b.masked ?? text.slice(b.start, b.end)).join(' '));
}

/** In a correction notice, blanks the sentences that tell what the corrected article wrongly said. */
function maskReportedErrors(text: string, blocks: Block[]): void {
  for (const b of blocks) {
    if (b.kind === 'heading') continue;
    const t = b.masked ?? text.slice(b.start, b.end);
    let out: string | undefined;
    for (const sp of sentences(t)) {
      const sentence = t.slice(sp.start, sp.end);
      // the whole sentence ("It said …"), or what a publication of ours is said to have said ("A report on 15 December about … said …")
      let from = sp.start;
      if (!REPORTS_ERROR.test(sentence)) {
        const said = PUBLICATION_SAID.exec(sentence.toLowerCase());
        if (!said) continue;
        from = sp.start + said.index + said[0].length;
      }
      // (the sentence's closing stop is kept, so the next sentence still starts after it)
      const end = sp.start + sentence.search(/[.!?\u2026]?["'\u201d\u2019)]*\s*$/);
      out ??= t;
      out = out.slice(0, from) + out.slice(from, end).replace(/[^\r\n]/g, ' ') + out.slice(end);
    }
    if (out !== undefined) b.masked = out;
  }
}

/** What each block of a document was read as (see originsOf). */
const ORIGINS = new WeakMap<DocumentModel, RawBlock[]>();

/** A block as its chunk was read: the same object for as long as the chunk's text is unchanged (DocumentCache). */
export interface BlockOrigin {
  /** The block's prose before hard-wrapped lines were joined, when not its slice of the draft. */
  readonly masked: string | undefined;
}

/**
 * What each block of a document read by readDocument with a DocumentCache was read as, in order: a key for what is
 * known of a block's own text (its result, its dates) that lives as long as the chunk's reading (empty for a
 * document read without a cache). @internal
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

/** A chunk's lines that end inside a paragraph or item, by block (offsets in the chunk): worked out once a reading. */
interface WrapLines {
  block: RawBlock;
  ends: { nl: number; len: number; keep: boolean }[];
  /**
   * The block's prose with its lines joined at the last width asked (undefined: none joined). Kept because every edit
   * joins the lines of the whole draft again: one string made per width, not per keystroke, and the same string each
   * time (a later comparison of it with the one kept is then no walk over its characters).
   */
  joined?: { width: number; text: string | undefined };
}
/** What is worked out from a chunk's reading and kept with it (the reading itself is never changed). */
interface ChunkNotes {
  wrap?: WrapLines[];
  /** By the block's index in the chunk (see labelsOf). */
  labels: (Labels | undefined)[];
  /** By the block's index in the chunk: what its prose needs read afresh (see proseFixesOf). */
  fixes?: ProseFixes[];
}
/**
 * The notes kept with a chunk's reading (its blocks are never changed). A field of the reading, not a WeakMap keyed by
 * it: a full check reads every chunk afresh, and adding each to a WeakMap was 1-2% of a warm full check (profiled).
 */
function notesOf(raw: RawChunk): ChunkNotes {
  return (raw.notes ??= { labels: [] });
}

function wrapLinesOf(text: string, offset: number, raw: RawChunk): WrapLines[] {
  const notes = notesOf(raw);
  if (notes.wrap) return notes.wrap;
  const out: WrapLines[] = [];
  for (const b of raw.blocks) {
    if (!PROSE_KINDS.has(b.kind)) continue;
    const start = offset + b.start;
    const end = offset + b.end;
    const first = text.indexOf('\n', start);
    if (first < 0 || first >= end) continue;
    const ends: WrapLines['ends'] = [];
    // (a chunk starts at the start of a line: the block's first line starts within it)
    let lineStart = text.lastIndexOf('\n', start - 1) + 1;
    for (let nl = first; nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
      let e = nl;
      while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
      // a line that the next opens as a list item, a heading, a quote, a table row, a speaker's, a question's or a
      // field's label keeps its break
      const next = text.slice(nl + 1, nl + 80);
      // (a quote opens where the next line is quoted deeper than this one: a quotation's own lines go on in it)
      const keep = PLAIN_ITEM.test(next) || /^[ \t>]*(?:#|\|)/.test(next) || quoteDepth(next) > quoteDepth(text.slice(lineStart, nl)) || SPEAKER.test(next) || QUESTION_LABEL.test(next) ||
        ANSWER_LABEL.test(next) || FIELD.test(next);
      ends.push({ nl: nl - offset, len: e - lineStart, keep });
      lineStart = nl + 1;
    }
    out.push({ block: b, ends });
  }
  notes.wrap = out;
  return out;
}

/** How many quotation marks ('>') open a line. */
function quoteDepth(line: string): number {
  const r = /^[ \t]*((?:>[ \t]*)*)/.exec(line)!;
  let n = 0;
  for (let i = 0; i < r[1].length; i++) if (r[1].charCodeAt(i) === 62) n++;
  return n;
}

/** The width the draft is hard-wrapped at, or 0 when it is not (see WrapLines). */
function wrapWidth(text: string, chunks: ReadChunk[]): number {
  let width = 0;
  let count = 0;
  const all: WrapLines[][] = [];
  for (const { offset, raw } of chunks) {
    const lines = wrapLinesOf(text, offset, raw);
    if (lines.length === 0) continue;
    all.push(lines);
    for (const l of lines) {
      for (const x of l.ends) if (x.len <= MAX_WRAP && x.len > width) width = x.len;
      count += l.ends.length;
    }
  }
  if (width < MIN_WRAP || count < 3) return 0;
  let near = 0;
  for (const lines of all) for (const l of lines) for (const x of l.ends) if (x.len >= width - WRAP_SLACK && x.len <= width) near++;
  return near < 3 || near * 2 < count ? 0 : width;
}

/** Adds to `out` the prose of a chunk's blocks whose lines are joined at `width`. */
function joinChunk(text: string, { offset, raw }: ReadChunk, width: number, out: Map<RawBlock, string>): void {
  for (const l of wrapLinesOf(text, offset, raw)) {
    if (l.joined?.width !== width) l.joined = { width, text: joinedLines(text, offset, l, width) };
    if (l.joined.text !== undefined) out.set(l.block, l.joined.text);
  }
}

/**
 * In a hard-wrapped draft, the line breaks inside a paragraph that end a full line are spaces: a draft is hard-wrapped
 * when at least half the lines that end inside a paragraph (and three or more) end within WRAP_SLACK of the widest of
 * them. A line that the next opens as a list item, a heading, a speaker's or a field's label, keeps its break. Returns
 * the prose of the blocks that change (their line breaks made spaces).
 */
function wrapJoins(text: string, chunks: ReadChunk[], width: number): Map<RawBlock, string> | undefined {
  if (width === 0) return undefined;
  const out = new Map<RawBlock, string>();
  for (const chunk of chunks) joinChunk(text, chunk, width, out);
  return out;
}

/** A block's prose with the lines that end near `width` joined (undefined when none is). */
function joinedLines(text: string, offset: number, { block: b, ends }: WrapLines, width: number): string | undefined {
  let t: string[] | undefined;
  const start = offset + b.start;
  for (const x of ends) {
    if (x.len < width - WRAP_SLACK || x.len > width || x.keep) continue;
    t ??= (b.masked ?? text.slice(start, offset + b.end)).split('');
    t[x.nl + offset - start] = ' ';
    // (and the carriage return of a CRLF)
    if (x.nl + offset - start > 0 && t[x.nl + offset - start - 1] === '\r') t[x.nl + offset - start - 1] = ' ';
  }
  return t?.join('');
}

const EMPTY: readonly HeadingPart[] = [];

function shifted(p: TextPart, by: number): TextPart {
  return by === 0 ? p : { start: p.start + by, end: p.end + by, text: p.text };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** What reading the blocks carries from one to the next (withContext): the headings above, the question, the speaker. */
interface Carried {
  headings: readonly HeadingPart[];
  question: TextPart | undefined;
  speaker: TextPart | undefined;
  /** The context of the blocks with nothing of their own, while the three above stay the same. */
  shared: BlockContext | undefined;
}

/**
 * The blocks of the draft with their context: heading chain, question, speaker (carried on from the blocks above),
 * list lead and table row (the block's own). Blocks with nothing of their own share one context object. What is
 * carried into each chunk goes to `marks` when given (for reading one chunk again: DocumentCache.edit).
 */
function withContext(
  text: string, chunks: ReadChunk[], joins: Map<RawBlock, string> | undefined, frontMatter: FrontMatter | undefined, origins: RawBlock[],
  marks?: ChunkMark[],
): Block[] {
  const out: Block[] = [];
  const st: Carried = { headings: EMPTY, question: undefined, speaker: undefined, shared: undefined };
  for (const chunk of chunks) {
    marks?.push({ carried: { ...st }, first: out.length });
    contextOfChunk(text, chunk, joins, frontMatter?.fields, st, out, origins);
  }
  marks?.push({ carried: { ...st }, first: out.length });
  return out;
}

/** Where a chunk's blocks start among the draft's, and what the blocks above carry into it (one more: the draft's end). */
interface ChunkMark {
  carried: Carried;
  first: number;
}

function sharedContext(st: Carried, fields: Readonly<Record<string, string>> | undefined): BlockContext {
  if (st.shared) return st.shared;
  const c: Writable<BlockContext> = { headings: st.headings };
  if (fields) c.frontMatter = fields;
  if (st.question) c.question = st.question;
  if (st.speaker) c.speaker = st.speaker;
  return (st.shared = c);
}

/** The blocks of one chunk with their context, after those of the chunks above (what they carry on is in `st`). */
function contextOfChunk(
  text: string, { offset, raw }: ReadChunk, joins: Map<RawBlock, string> | undefined, fields: Readonly<Record<string, string>> | undefined,
  st: Carried, out: Block[], origins: RawBlock[],
): void {
  const notes = notesOf(raw);
  let qp: boolean | undefined;
  const quotedPrintable = () => (qp ??= QP_IN_TEXT.test(text));
  let rowAbove: readonly TextPart[] | undefined;
  for (let j = 0; j < raw.blocks.length; j++) {
    const b = raw.blocks[j];
    const start = offset + b.start;
    const end = offset + b.end;
    const joined = joins?.get(b);
    const { breaks, latex, hidden, garbled, encoded, escapedInWord } = (notes.fixes ??= [])[j] ??= proseFixesOf(text, offset, b, quotedPrintable);
    let masked = breaks.length ? wordsRejoined(joined ?? b.masked ?? text.slice(start, end), breaks, start - offset) : joined ?? b.masked;
    if (latex) masked = latexProse(masked ?? text.slice(start, end)) ?? masked;
    const moved: Span[] = breaks.map((k) => ({ start: k.gap - b.start, end: k.end - b.start }));
    if (garbled) masked = mojibakeRead(masked ?? text.slice(start, end), moved);
    if (encoded) masked = quotedPrintableRead(entitiesRead(masked ?? text.slice(start, end), moved), moved);
    if (escapedInWord) masked = escapesClosed(text, start, masked ?? text.slice(start, end), moved);
    if (hidden || garbled || encoded) masked = hiddenMoved(masked ?? text.slice(start, end), moved);
    // (labels are kept with the reading only for its own prose, not for lines joined since)
    const labels = (joined === undefined ? notes.labels[j] : undefined) ?? labelsOf(b, masked ?? text.slice(start, end));
    if (joined === undefined) notes.labels[j] = labels;
    const block: Block = { start, end, kind: b.kind, context: EMPTY_CONTEXT };
    if (b.kind === 'heading') {
      block.depth = b.depth;
      block.context = sharedContext(st, fields);
      let keep = st.headings.length;
      while (keep > 0 && st.headings[keep - 1].depth >= b.depth) keep--;
      st.headings = [...st.headings.slice(0, keep), { start, end, text: labels.line!, depth: b.depth }];
      st.question = labels.question ? { start, end, text: masked ?? text.slice(start, end) } : undefined;
      st.speaker = undefined;
      st.shared = undefined;
    } else {
      const isQuestion = labels.question;
      if (isQuestion) {
        if (st.speaker) st.shared = undefined;
        st.speaker = undefined;
      } else if (labels.speaker) {
        const s = start + labels.speaker.at;
        st.speaker = { start: s, end: s + labels.speaker.text.length, text: labels.speaker.text };
        st.shared = undefined;
      }
      block.context = b.lead || b.cells || (isQuestion && st.question) ? ownContext(b, offset, st, fields, isQuestion) : sharedContext(st, fields);
      if (b.cells && b.header && rowAbove) block.context = dittosFilled(block.context, rowAbove);
      rowAbove = b.cells ? block.context.cells : undefined;
      if (isQuestion) {
        st.question = { start, end, text: masked ?? text.slice(start, end) };
        st.shared = undefined;
      }
    }
    if (masked !== undefined) block.masked = masked;
    if (b.emphasised) block.emphasised = true;
    if (moved.length) block.moved = moved;
    out.push(block);
    origins.push(b);
  }
}

const EMPTY_CONTEXT: BlockContext = { headings: EMPTY };

/**
 * A word broken across two lines: by a hyphen at the line's end (text set in columns and pasted from a PDF or a scan:
 * "Con-⏎servative", "in-⏎tervention") or by a calendar file's folding (a line's going on, after one space, where it
 * was cut: "interven⏎ tion"). `gap` is where the break starts (the hyphen, or the line break), `cont` where the
 * word goes on and `end` where it ends, relative to the chunk.
 */
interface WordBreak {
  gap: number;
  cont: number;
  end: number;
}
const NO_BREAKS: readonly WordBreak[] = [];

/** A hyphen ending a line after a letter, with the next line going on in lower case: the second half of a word. */
const HYPHEN_BREAK = /[A-Za-z]-[ \t]*\r?\n[ \t]*(?:>[ \t]*)*[a-z]/g;
/** A calendar file's folded line: a letter, the line's end, one space and a letter. */
const FOLD_BREAK = /[A-Za-z0-9]\r?\n [A-Za-z0-9]/g;
/** A block that is (part of) a calendar or contacts file (iCalendar, vCard): its folding is no line break. */
const CALENDAR = /^(?:BEGIN|END):V(?:CALENDAR|EVENT|TODO|JOURNAL|CARD)\b|^(?:DTSTART|DTEND|SUMMARY|DESCRIPTION|LOCATION|FN|NOTE|TITLE|ORG)[;:]/m;

/**
 * What a block's prose needs read afresh, worked out once a reading: its broken words, whether it is LaTeX, and
 * whether a word of it holds an invisible character (HIDDEN_IN_WORD).
 */
interface ProseFixes {
  breaks: readonly WordBreak[];
  latex: boolean;
  hidden: boolean;
  /** Its text holds mojibake (MOJIBAKE). */
  garbled: boolean;
  /** Its text holds HTML entities or quoted-printable codes (ENCODED). */
  encoded: boolean;
  /** Its text holds a backslash escape inside a word ("re\\-visit"). */
  escapedInWord: boolean;
}

/** A backslash escaping punctuation inside a word, as a CMS's export writes it: "re\\-visit", "Lib\\-Dem". */
const ESCAPE_IN_WORD = /(?<=[\p{L}\p{N}])\\[!-/:-@[-`{-~](?=[\p{L}\p{N}])/gu;

/**
 * The prose with each backslash escape inside a word (blanked as markup) closed up: the rest of the word moved back
 * over the blank, which goes to the word's end ("re -visit" → "re-visit "), the same length. Adds to `moved`.
 */
function escapesClosed(text: string, start: number, t: string, moved: Span[]): string {
  const raw = text.slice(start, start + t.length);
  const out = t.split('');
  for (const r of raw.matchAll(ESCAPE_IN_WORD)) {
    const i = r.index;
    if (out[i] !== ' ') continue;
    let e = i + 2;
    while (e < out.length && /[\p{L}\p{M}\p{N}'\u2019-]/u.test(out[e])) e++;
    out.splice(i, 1);
    out.splice(e - 1, 0, '\u00ad');
    moved.push({ start: i, end: e });
  }
  return out.join('');
}

function proseFixesOf(text: string, offset: number, b: RawBlock, quotedPrintable: () => boolean): ProseFixes {
  const t = text.slice(offset + b.start, offset + b.end);
  return {
    breaks: brokenWords(t, b.start), latex: isLatex(t), hidden: HIDDEN.test(t), garbled: MOJIBAKE.test(t),
    // (a soft line break is one where the draft holds quoted-printable codes elsewhere: asked of the draft only then)
    encoded: ENCODED.test(t) || (SOFT_BREAK_HINT.test(t) && quotedPrintable()), escapedInWord: t.includes('\\') && new RegExp(ESCAPE_IN_WORD.source, 'u').test(t),
  };
}

/** A line ending on "=" after a character: a quoted-printable soft break, if the draft holds its codes (QP_IN_TEXT). */
const SOFT_BREAK_HINT = /\S=\r?\n/;
/** A quoted-printable code of a UTF-8 byte pair or more ("=E2=80", "=C3=A9"). */
const QP_IN_TEXT = /=[CDE][0-9A-F]=[89AB][0-9A-F]/;

/**
 * Text pasted with its encoding showing: an HTML entity left by a page or a CMS ("&rsquo;", "&amp;", "&#8217;"), or
 * an e-mail's quoted-printable codes ("=E2=80=99", "=20", a soft line break: "=" ending a line).
 */
const ENCODED = /&(?:[a-z]{2,8}|#\d{2,5}|#x[0-9a-f]{2,4});|=[CDE][0-9A-F]=[89AB][0-9A-F]/i;

/** A quoted-printable run of UTF-8 bytes ("=E2=80=99") or a space ("=20"), read once soft line breaks are taken out. */
const QP_CODE = /(?:=(?:C[2-9A-F]|D[0-9A-F])=[89AB][0-9A-F]|=E[0-9A-F](?:=[89AB][0-9A-F]){2}|=F[0-4](?:=[89AB][0-9A-F]){3})|=20/g;
/** A soft line break: "=" ending a line after a character (the break perhaps already read as a space, lines joined). */
const QP_SOFT_BREAK = /(?<=\S)=(?:\r?\n|[ ]{1,2}(?=[ ]?[A-Za-z=]))/g;

/**
 * The prose with its quoted-printable codes read as meant, the same length: soft line breaks taken out (a code or a
 * word they cut is read whole), each code's character where it starts and the rest of it, breaks included, padded with
 * soft hyphens (moved to the word's end later). Adds to `moved`.
 */
function quotedPrintableRead(t: string, moved: Span[]): string {
  if (t.indexOf('=') < 0) return t;
  const out = t.split('');
  // the text without its soft breaks, and where each of its characters stands in t
  const at: number[] = [];
  let clean = '';
  let last = 0;
  for (const r of t.matchAll(QP_SOFT_BREAK)) {
    for (let k = last; k < r.index; k++) at.push(k);
    clean += t.slice(last, r.index);
    for (let k = r.index; k < r.index + r[0].length; k++) out[k] = '\u00ad';
    moved.push({ start: r.index, end: r.index + r[0].length });
    last = r.index + r[0].length;
  }
  for (let k = last; k < t.length; k++) at.push(k);
  clean += t.slice(last);
  for (const r of clean.matchAll(QP_CODE)) {
    let ch: string;
    try {
      ch = r[0] === '=20' ? ' ' : decodeURIComponent(r[0].replace(/=/g, '%'));
    } catch {
      continue;
    }
    const from = at[r.index], to = at[r.index + r[0].length - 1] + 1;
    const put = inPlaceOf(ch, to - from);
    for (let k = from; k < to; k++) out[k] = put[k - from];
    moved.push({ start: from, end: to });
  }
  return out.join('');
}

/**
 * Mojibake: text encoded as UTF-8 and read back as Windows-1252 (copy from a page served with the wrong charset):
 * "â€™" for "’", "â€œ" and "â€" for "“" and "”", "â€“" for "–", "Ã©" for "é", "Â£" for "£".
 */
const MOJIBAKE = /\u00e2\u20ac|\u00c3[\u00a0-\u00bf\u0152-\u0178\u2018-\u203a\u20ac\u2122]|\u00c2[\u00a0-\u00bf]/;
/** The characters of mojibake's three-character sequences, by their last (after "â€"). */
const MOJIBAKE_PUNCT: Readonly<Record<string, string>> = {
  '\u2122': '\u2019', '\u02dc': '\u2018', '\u0153': '\u201c', '\u009d': '\u201d', '\u201d': '\u2014', '\u201c': '\u2013', '\u00a6': '\u2026',
};
/** Windows-1252's characters for the bytes 0x80-0x9f, which mojibake's second character may be. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * The prose with its mojibake read as the characters meant, the same length: each character meant put where the
 * sequence stood, with the rest of the sequence as soft hyphens beside it (before an opening quotation mark, after
 * anything else), which hiddenMoved then puts after the word. Adds where to `moved`.
 */
function mojibakeRead(t: string, moved: Span[]): string {
  return t.replace(/\u00e2\u20ac([\u2122\u02dc\u0153\u009d\u201d\u201c\u00a6]?)|([\u00c2\u00c3])([\u00a0-\u00bf\u0152-\u0178\u2018-\u203a\u20ac\u2122])/g, (w, last: string | undefined, lead: string | undefined, next: string | undefined, at: number) => {
    let ch: string;
    if (lead) {
      const byte = next!.charCodeAt(0) >= 0xa0 && next!.charCodeAt(0) <= 0xbf ? next!.charCodeAt(0) : 0x80 + CP1252_HIGH.indexOf(next!);
      if (byte < 0x80) return w;
      ch = String.fromCharCode((lead === '\u00c2' ? 0 : 0x40) + byte);
    } else ch = last ? MOJIBAKE_PUNCT[last] : '\u201d';
    moved.push({ start: at, end: at + w.length });
    return inPlaceOf(ch, w.length);
  });
}

/**
 * The prose with HTML entities left in it by a page or a CMS ("St David&rsquo;s &amp; Haven Banks") read as their
 * characters, the same length (see inPlaceOf); each entity's span added to `moved`.
 */
function entitiesRead(t: string, moved: Span[]): string {
  if (t.indexOf('&') < 0) return t;
  return t.replace(new RegExp(ENTITY.source, 'gi'), (w, name: string | undefined, dec: string | undefined, hex: string | undefined, at: number) => {
    const ch = entityChar(name, dec, hex);
    if (ch === undefined) return w;
    moved.push({ start: at, end: at + w.length });
    return inPlaceOf(ch, w.length);
  });
}

/**
 * A character read as meant where `width` characters of its encoding stood: an opening quotation mark at the end,
 * next to the word it opens, any other at the start; the rest soft hyphens, which hiddenMoved puts after the word.
 */
function inPlaceOf(ch: string, width: number): string {
  const pad = '\u00ad'.repeat(Math.max(0, width - ch.length));
  return ch === '\u201c' || ch === '\u2018' ? pad + ch : ch + pad;
}

/** Characters that show nothing: a soft hyphen, zero-width spaces and joiners (a web page's copy carries them). */
const HIDDEN = /[\u00ad\u200b-\u200d\u2060]/;
/** A word with such characters inside it ("coun\u00adtry", "Con\u00adser\u00adva\u00adtive"). */
const HIDDEN_IN_WORD = /[\p{L}\p{M}\p{N}'\u2019]+(?:[\u00ad\u200b-\u200d\u2060]+[\p{L}\p{M}\p{N}'\u2019]+)+/gu;

/** The prose with each word's invisible characters moved to its end: the word whole, the same length. Adds where to `moved`. */
function hiddenMoved(t: string, moved: Span[]): string {
  return t.replace(HIDDEN_IN_WORD, (w, at: number) => {
    moved.push({ start: at + w.search(HIDDEN), end: at + w.length });
    return w.replace(/[\u00ad\u200b-\u200d\u2060]/g, '') + w.replace(/[^\u00ad\u200b-\u200d\u2060]/g, '');
  });
}

/** The words broken across lines in a block's text t, which starts at `at` in its chunk (see WordBreak). */
function brokenWords(t: string, at: number): readonly WordBreak[] {
  const hyphen = /-[ \t]*\r?\n/.test(t);
  const folded = t.includes('\n ') && CALENDAR.test(t);
  if (!hyphen && !folded) return NO_BREAKS;
  const out: WordBreak[] = [];
  const add = (gap: number, cont: number) => {
    let e = cont;
    while (e < t.length && /[\p{L}\p{M}\p{N}'\u2019]/u.test(t[e])) e++;
    out.push({ gap: at + gap, cont: at + cont, end: at + e });
  };
  if (hyphen) for (const r of t.matchAll(HYPHEN_BREAK)) add(r.index + 1, r.index + r[0].length - 1);
  if (folded) for (const r of t.matchAll(FOLD_BREAK)) add(r.index + 1, r.index + r[0].length - 1);
  return out.length ? out.sort((x, y) => x.gap - y.gap) : NO_BREAKS;
}

/**
 * The block's prose (t, from `at` in its chunk) with each broken word made whole: its second half moved up to where
 * the break starts, the break's characters after it (a hyphen as a space; a line break kept, so lines still end).
 * The same length: what stands after the word keeps its offset.
 */
function wordsRejoined(t: string, breaks: readonly WordBreak[], at: number): string {
  const c = t.split('');
  for (const { gap, cont, end } of breaks) {
    const g = gap - at, k = cont - at, e = end - at;
    if (g < 0 || e > c.length) continue;
    const word = c.slice(k, e);
    const between = c.slice(g, k).map((ch) => (ch === '-' ? ' ' : ch));
    c.splice(g, e - g, ...word, ...between);
  }
  return c.join('');
}

/** The context of a block with something of its own: a list lead, a table row, or a question after another. */
function ownContext(b: RawBlock, offset: number, st: Carried, fields: Readonly<Record<string, string>> | undefined, isQuestion: boolean): BlockContext {
  const c: Writable<BlockContext> = { headings: st.headings };
  if (fields) c.frontMatter = fields;
  if (st.question && !isQuestion) c.question = st.question;
  if (st.speaker) c.speaker = st.speaker;
  if (b.lead) c.lead = shifted(b.lead, offset);
  if (b.outerLead) c.outerLead = shifted(b.outerLead, offset);
  if (b.cells) {
    c.cells = b.cells.map((p) => shifted(p, offset));
    if (c.cells.length > 0) c.rowHeader = c.cells[0];
    if (b.header) c.columns = b.header.map((p) => shifted(p, offset));
  }
  return c;
}

/** A cell that says "the same as above": a ditto mark ("〃", '"', "do."). */
const DITTO = /^(?:\u3003|["\u201d\u2033]|''|ditto|do\.)$/i;

/**
 * A row's context with its ditto cells read as the cells above them (a table's convention: "| 〃 | 〃 | Hart: … |"
 * under "| 14 Dec 2022 | Cabinet | …"), and an empty first cell too, a row header left for the one above ("| | | Aves:
 * … |"). Only the context: what the row's own cells claim stands where it is written.
 */
function dittosFilled(c: BlockContext, above: readonly TextPart[]): BlockContext {
  const cells = c.cells!;
  let out: TextPart[] | undefined;
  for (let k = 0; k < cells.length && k < above.length; k++) {
    const t = cells[k].text.trim();
    if ((DITTO.test(t) || (k === 0 && t === '')) && above[k].text.trim() !== '') (out ??= cells.slice())[k] = above[k];
  }
  return out ? { ...c, cells: out, rowHeader: out[0] } : c;
}

/** What a block's own prose says of it: a question, a speaker's label (where in it), a heading's text on one line. */
interface Labels {
  question: boolean;
  speaker?: { at: number; text: string };
  line?: string;
}

/**
 * The labels of block b whose prose is t. Kept with the chunk's reading (ChunkNotes) for as long as the chunk's text is
 * unchanged: every edit reads the context of every block again, and a profile of the one-word edit showed these
 * patterns asked of every block each time.
 */
function labelsOf(b: RawBlock, t: string): Labels {
  let l: Labels;
  if (b.kind === 'heading') l = { question: /\?\s*$/.test(t), line: oneLine(t) };
  else {
    // (only a block's opening is asked for a label)
    const head = t.slice(0, 80);
    l = { question: QUESTION_LABEL.test(head) || (b.emphasised === true && /\?\s*$/.test(t)) };
    const sp = l.question || b.kind === 'row' ? null : SPEAKER.exec(head);
    // ("SUPER: 14 December 2022", "VO: …": a script's cue names no speaker)
    if (sp && !SCRIPT_CUES.has(sp[1].toLowerCase())) l.speaker = { at: sp[0].indexOf(sp[1]), text: sp[1] };
    // a speaker's line that only asks ("User: Who was calling for a takeover back in 2022?") is the question the lines
    // after it answer, as a "Q:" line is
    // (a first name's label too: "Tom: And is it still rated inadequate?")
    const asker = sp ?? (l.question || b.kind === 'row' ? null : NAME_LABEL.exec(head));
    if (asker && ONLY_ASKS.test(t.slice(asker[0].length))) l.question = true;
  }
  return l;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
