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
  kind: 'paragraph' | 'heading' | 'item';
  depth: number;
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
]);
/** Tags whose content is no prose. */
const HIDDEN_TAGS = new Set(['script', 'style', 'pre', 'code', 'head', 'svg', 'template', 'noscript']);
/** The entities copy pasted from a page holds, as the one character each stands for. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', nbsp: ' ', quot: '"', apos: "'", lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', pound: '\u00a3', lt: '<', gt: '>',
};
/** An entity, escaped again or not ("&amp;amp;" in a feed's escaped HTML is "&"). */
const ENTITY = /&(?:amp;)*(?:([a-z]+)|#(\d{2,5})|#x([0-9a-f]{2,4}));/i;
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

/** The prose of an HTML block (see the module's comment). */
export function htmlProse(html: string): HtmlProse {
  const blanks: [number, number][] = [];
  const blocks: HtmlBlock[] = [];
  let from = 0;
  let kind: HtmlBlock['kind'] = 'paragraph';
  let depth = 0;
  let hidden: string | undefined;
  const puts: [number, string][] = [];
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
    if (HIDDEN_TAGS.has(name) && !r[1]) {
      close(r.index);
      hidden = name;
      from = r.index;
      continue;
    }
    if (INLINE_TAGS.has(name)) continue;
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
  // (the escaped tags and the entities both come in order: one pointer says whether an entity stands in a tag)
  let e = 0;
  for (const r of html.matchAll(new RegExp(ENTITY.source, 'gi'))) {
    while (e < escaped.length && escaped[e].end <= r.index) e++;
    if (e < escaped.length && escaped[e].start <= r.index) continue;
    const ch = r[1] ? ENTITIES[r[1].toLowerCase()] : String.fromCharCode(r[2] ? Number(r[2]) : parseInt(r[3], 16));
    if (ch === undefined) continue;
    // (the character stands next to the word it goes with: an opening quotation mark's after it, any other's before)
    const end = r.index + r[0].length;
    const opens = ch === '\u2018' || ch === '\u201c' || (/["']/.test(ch) && /\w/.test(html[end] ?? '') && !/\w/.test(html[r.index - 1] ?? ''));
    const at = opens ? end - 1 : r.index;
    puts.push([at, ch]);
    blanks.push(at === r.index ? [r.index + 1, r.index + r[0].length] : [r.index, at]);
  }
  const out = html.split('');
  for (const [a, b] of blanks) for (let i = a; i < b; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  for (const [i, ch] of puts) out[i] = ch;
  return { blocks, prose: out.join('') };
}
