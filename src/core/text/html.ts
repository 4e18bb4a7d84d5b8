/**
 * A block of HTML or XML in a Markdown draft (a story pasted from a web page: "<p>The letter was signed by <strong>Josh
 * MacAlister</strong> …</p>"; a feed's items): its prose, cut into the blocks its tags make — a heading for <h1>…<h6>,
 * an item for <li>, a paragraph for any other tag's content but emphasis, links and line breaks — with the tags
 * blanked and the entities read as the characters they stand for. Scripts, styles, code and comments are no prose.
 *
 * Example: "<h2>Who</h2>\n<p>Cllr <em>Su Aves</em> chairs it.</p>" → a heading "Who" and a paragraph "Cllr Su Aves
 * chairs it." (offsets into the HTML as given; tags become spaces).
 */

export interface HtmlBlock {
  /** [start, end) in the HTML given. */
  start: number;
  end: number;
  kind: 'paragraph' | 'heading' | 'item' | 'row';
  depth: number;
  /** A table's row: where its cells' tags stand, each read as a table's pipe, its closing tag's too ("| … | … |"). */
  pipes?: number[];
  /** A row's cells, [start, end) in the HTML; and the cells of its table's header row (one of <th> cells alone) above it. */
  cells?: { start: number; end: number }[];
  header?: { start: number; end: number }[];
}

/** A table's row being read: where it starts, its pipes and cells, whether all are headers' (<th>). */
interface RowRead {
  start: number;
  pipes: number[];
  cells: { start: number; end: number }[];
  cellStart: number;
  allHeads: boolean;
}

export interface HtmlProse {
  blocks: HtmlBlock[];
  /**
   * The HTML's prose at its own offsets, the same length: tags, comments and what scripts and styles hold blanked
   * (line breaks kept), an entity's character in place of its first (or, opening a quotation, its last) ("&amp;" → "&").
   */
  prose: string;
}

/** A tag, a comment, a declaration or CDATA's marks: group 1 a closing slash, group 2 the tag's name. */
const TAG = /<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<!\[CDATA\[|\]\]>|<!?(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/;
/**
 * Tags inside a line of prose (emphasis, links, a line break); any other tag starts or ends a block: HTML's own
 * ("<p>", "<li>", "<td>") and a feed's or any XML's ("<item>", "<title>", "<description>").
 */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
  // (and the inline elements of speech markup (SSML) and of text encoding (TEI, DocBook): "the <emphasis>second or
  // third</emphasis> worst", "<persName>Carol Whitton</persName> said")
  'emphasis', 'say-as', 'prosody', 'phoneme', 'lang', 'voice', 'break', 'w', 'hi', 'persname', 'placename', 'orgname',
  'rs', 'term', 'foreign', 'emph', 'phrase', 'date',
]);
/** Tags whose content is no prose. */
const HIDDEN_TAGS = new Set(['script', 'style', 'pre', 'code', 'head', 'svg', 'template', 'noscript']);
/** The entities copy pasted from a page holds, as the one character each stands for. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', nbsp: ' ', quot: '"', apos: "'", lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', pound: '\u00a3', lt: '<', gt: '>',
};
/** An entity, escaped again or not ("&amp;amp;" in a feed's escaped HTML is "&"). */
export const ENTITY = /&(?:amp;)*(?:([a-z]+)|#(\d{2,5})|#x([0-9a-f]{2,4}));/i;
/** A tag escaped inside a feed's text ("&lt;p&gt;", "&amp;lt;/em&amp;gt;"): no prose, as a tag is none. */
const ESCAPED_TAG = /&(?:amp;)*lt;\/?[a-z][^&<>]{0,200}?&(?:amp;)*gt;/i;

/** A tag blanked: [start, end), and the quotation mark a quotation's tag ("<q>", "</q>") stands for, where it stands. */
export interface BlankedTag {
  start: number;
  end: number;
  mark?: [number, string];
}

/** A quotation's tag as the quotation mark it stands for: an opening one next to the word it opens, a closing one after the last. */
function quoteMark(name: string | undefined, closing: boolean, start: number, end: number): [number, string] | undefined {
  return name === 'q' ? (closing ? [start, '\u201d'] : [end - 1, '\u201c']) : undefined;
}

/** The tags escaped in a text ("&lt;q&gt;" in a feed's title read as a paragraph), to blank (a quotation's read as its mark). */
export function escapedTags(t: string): BlankedTag[] {
  return [...t.matchAll(new RegExp(ESCAPED_TAG.source, 'gi'))].map((r) => {
    const q = /^&(?:amp;)*lt;(\/?)([a-z]+)/i.exec(r[0])!;
    return { start: r.index, end: r.index + r[0].length, mark: quoteMark(q[2].toLowerCase(), !!q[1], r.index, r.index + r[0].length) };
  });
}

/**
 * A tag of a table's row read: a row opened ("<tr>", a new RowRead), a cell's tag noted in `row` (undefined: go on),
 * or the row closed ("</tr>", or a tag that cannot stand in a row: 'closed').
 */
function tableTag(name: string, closing: boolean, at: number, end: number, row: RowRead | undefined): RowRead | 'closed' | undefined {
  if (name === 'tr' && !closing) return { start: -1, pipes: [], cells: [], cellStart: -1, allHeads: true };
  if (!row || name === 'tr' || name === 'table' || name === 'tbody' || name === 'thead' || name === 'tfoot') return 'closed';
  if (name !== 'td' && name !== 'th') return undefined;
  if (closing) {
    if (row.cellStart >= 0) row.cells.push({ start: row.cellStart, end: at });
    row.cellStart = -1;
  } else {
    if (row.cellStart >= 0) row.cells.push({ start: row.cellStart, end: at });
    if (row.start < 0) row.start = at;
    row.pipes.push(at);
    row.cellStart = end;
    if (name === 'td') row.allHeads = false;
  }
  return undefined;
}

/**
 * Each entity outside the escaped tags read as its character, put in `puts` where it stands next to the word it goes
 * with (an opening quotation mark's after it, any other's before), the rest of it in `blanks` (or soft hyphens).
 */
function readEntities(html: string, escaped: readonly BlankedTag[], puts: [number, string][], blanks: [number, number][]): void {
  // (the escaped tags and the entities both come in order: one pointer says whether an entity stands in a tag)
  let e = 0;
  for (const r of html.matchAll(new RegExp(ENTITY.source, 'gi'))) {
    while (e < escaped.length && escaped[e].end <= r.index) e++;
    if (e < escaped.length && escaped[e].start <= r.index) continue;
    const ch = entityChar(r[1], r[2], r[3]);
    if (ch === undefined) continue;
    const end = r.index + r[0].length;
    const opens = ch === '\u2018' || ch === '\u201c' || (/["']/.test(ch) && /\w/.test(html[end] ?? '') && !/\w/.test(html[r.index - 1] ?? ''));
    const at = opens ? end - 1 : r.index;
    puts.push([at, ch]);
    // (inside a word, "children&rsquo;s", the rest soft hyphens, as document.ts's inPlaceOf has it: moved after the
    // word, they leave it whole)
    if (at === r.index && /[\p{L}\p{N}]/u.test(html[end] ?? '')) for (let i = r.index + 1; i < end; i++) puts.push([i, '\u00ad']);
    else blanks.push(at === r.index ? [r.index + 1, end] : [r.index, at]);
  }
}

/** A component that sets off a quotation: "Quote", "PullQuote", "blockquote", "quote" (a shortcode's or a JSX tag's name). */
const QUOTE_COMPONENT = /^(?:pull-?quote|block-?quote|quote|quotation|testimonial)$/i;
/** The attribute that names who speaks a quotation component's words. */
const SPEAKER_ATTRIBUTE = /\b(?:author|speaker|by|who|name|attribution|cite)\s*=\s*(["'])([^"'\n]{2,60})\1/i;

/**
 * The speaker a quotation component names in its opening tag or shortcode (`<Quote speaker="Josh MacAlister">`,
 * `{{< quote author="John Hart" >}}`): the name and where it stands in the tag. Its words are read as that person's,
 * the name in capitals with a colon after it as a speaker's label over them ("JOHN HART:", alone on its line or not).
 */
export function speakerOfComponent(name: string, tag: string): { name: string; at: number } | undefined {
  if (!QUOTE_COMPONENT.test(name) || /^\{\{[<%]\s*\/|^<\//.test(tag)) return undefined;
  const r = SPEAKER_ATTRIBUTE.exec(tag);
  return r ? { name: r[2], at: r.index + r[0].length - r[2].length - 1 } : undefined;
}

/** A table's row closed at `at`: a block of its own under the table's header; the header for the rows after it. */
function rowClosed(blocks: HtmlBlock[], row: RowRead | undefined, header: HtmlBlock['cells'], at: number): HtmlBlock['cells'] {
  if (!row || !row.cells.length) return header;
  blocks.push({ start: row.start, end: at + 1, kind: 'row', depth: 0, pipes: [...row.pipes, at], cells: row.cells, header });
  return header ?? (row.allHeads ? row.cells : undefined);
}

/**
 * The character an entity stands for, if it is one copy holds ("&rsquo;", "&amp;", "&#8217;"), from ENTITY's groups:
 * its name, or its decimal or hexadecimal code.
 */
export function entityChar(name: string | undefined, dec: string | undefined, hex: string | undefined): string | undefined {
  return name ? ENTITIES[name.toLowerCase()] : String.fromCharCode(dec ? Number(dec) : parseInt(hex!, 16));
}

/**
 * A quotation component's tag: an opening one that names its speaker has the name put in capitals with a colon after
 * it ('open'), and so has an element's that dates its words (its date as it is); a closing one ends its block ('close').
 */
function componentTag(r: RegExpMatchArray, puts: [number, string][]): 'open' | 'close' | undefined {
  const who = speakerOfComponent(r[2] ?? '', r[0]) ?? (r[1] ? undefined : dateOfComponent(r[0]));
  if (!who) return r[1] && QUOTE_COMPONENT.test(r[2] ?? '') ? 'close' : undefined;
  for (let i = 0; i < who.name.length; i++) puts.push([r.index! + who.at + i, who.name[i].toUpperCase()]);
  puts.push([r.index! + who.at + who.name.length, ':']);
  return 'open';
}

/** The attribute that dates an element's words: `<Event date="2022-12">`, `<time datetime="2022-12-14">`. */
const DATE_ATTRIBUTE = /\s(?:date|datetime|when|year)\s*=\s*(["'])(\d{4}(?:-\d\d){0,2}|[A-Za-z0-9 ,]{4,30})\1/i;

/**
 * The date an element's opening tag gives its words (`<Event date="2022-12">Cabinet meets …</Event>`, a timeline's
 * entry): kept before them with a colon after it, as a dated entry's label ("2022-12: Cabinet meets …").
 */
function dateOfComponent(tag: string): { name: string; at: number } | undefined {
  const r = DATE_ATTRIBUTE.exec(tag);
  return r && /\d{4}/.test(r[2]) ? { name: r[2], at: r.index + r[0].length - r[2].length - 1 } : undefined;
}

/** The prose of an HTML block (see the module's comment). */
export function htmlProse(html: string): HtmlProse {
  const blanks: [number, number][] = [];
  const blocks: HtmlBlock[] = [];
  let from = 0;
  let kind: HtmlBlock['kind'] = 'paragraph';
  let depth = 0;
  let hidden: string | undefined;
  const puts: [number, string][] = [];
  // (a table's rows: the one being read, and the header row of the table it stands in)
  let row: RowRead | undefined;
  let header: HtmlBlock['cells'];
  const close = (at: number) => {
    if (html.slice(from, at).replace(/<[^>]*>/g, '').trim()) blocks.push({ start: from, end: at, kind, depth });
  };
  // (a global copy for the match-all: the code-shape test counts stateful patterns)
  for (const r of html.matchAll(new RegExp(TAG.source, 'g'))) {
    const name = r[2]?.toLowerCase();
    const end = r.index + r[0].length;
    if (hidden) {
      // (what a script or style holds is blanked to its closing tag)
      if (r[1] && name === hidden) {
        blanks.push([from, end]);
        from = end;
        hidden = undefined;
      }
      continue;
    }
    blanks.push([r.index, end]);
    if (!name) continue;
    const mark = quoteMark(name, !!r[1], r.index, end);
    if (mark) puts.push(mark);
    // (a quotation component's speaker, kept on its line as a label over its words: one block with them)
    const component = componentTag(r, puts);
    if (component) {
      close(r.index);
      [from, kind, depth] = [component === 'open' ? r.index : end, 'paragraph', 0];
      continue;
    }
    if (HIDDEN_TAGS.has(name) && !r[1]) {
      close(r.index);
      [hidden, from] = [name, r.index];
      continue;
    }
    if (INLINE_TAGS.has(name)) continue;
    if (name === 'tr' || row) {
      const done = tableTag(name, !!r[1], r.index, end, row);
      if (done === undefined) continue;
      if (typeof done !== 'string') {
        close(r.index);
        row = done;
        continue;
      }
      header = rowClosed(blocks, row, header, r.index);
      row = undefined;
      from = end;
      continue;
    }
    if (name === 'table') header = undefined;
    close(r.index);
    from = end;
    const heading = /^h([1-6])$/.exec(name);
    kind = r[1] ? 'paragraph' : heading ? 'heading' : name === 'li' || name === 'dd' ? 'item' : 'paragraph';
    depth = heading && !r[1] ? Number(heading[1]) : 0;
  }
  if (hidden) blanks.push([from, html.length]);
  else close(html.length);
  const escaped = escapedTags(html);
  for (const x of escaped) {
    blanks.push([x.start, x.end]);
    if (x.mark) puts.push(x.mark);
  }
  readEntities(html, escaped, puts, blanks);
  const out = html.split('');
  for (const [a, b] of blanks) for (let i = a; i < b; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  for (const [i, ch] of puts) out[i] = ch;
  return { blocks, prose: out.join('') };
}
