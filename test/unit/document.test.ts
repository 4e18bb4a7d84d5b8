/**
 * The document model (src/core/text/document.ts): blocks of prose at exact offsets, markup blanked at the same
 * length; what is not prose (code, HTML, front matter, URLs) left out; each block's context; and the two shortcuts
 * that must not change a thing: the line scan that stands in for the parser on simple chunks, and the cutting of a
 * draft into chunks read each on its own.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import {
  Block, DocumentCache, DocumentModel, PARSER_LINE_BUDGET, RawBlock, blockText, frontMatterOnly, markdownChunks, readChunks, readDocument,
  readParsedChunk, readSimple,
} from '../../src/core/text/document';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20251205;

/** Every block lies inside the text, in order, without overlap; its prose has its slice's length; every character of
 * its prose is the draft's at the same offset, or a space standing for markup (or for a joined line break), or one
 * the reading moved within a span it names (Block.moved). */
function assertAligned(text: string, doc: DocumentModel): void {
  let last = 0;
  for (const b of doc.blocks) {
    assert.ok(b.start >= last && b.end > b.start && b.end <= text.length, `block [${b.start}, ${b.end}) out of order or outside the text`);
    last = b.end;
    const prose = blockText(text, b);
    assert.strictEqual(prose.length, b.end - b.start, `block at ${b.start}: prose of another length`);
    if (b.masked !== undefined) assert.notStrictEqual(b.masked, text.slice(b.start, b.end), 'masked is only given when it differs');
    // (but where the reading moved characters to read a word whole: an entity's, a word broken across lines)
    const moved = (i: number) => (b.moved ?? []).some((m) => i >= m.start && i < m.end);
    for (let i = 0; i < prose.length; i++) {
      if (prose[i] !== text[b.start + i] && !moved(i)) assert.strictEqual(prose[i], ' ', `block at ${b.start}: ${JSON.stringify(prose[i])} for ${JSON.stringify(text[b.start + i])} at ${b.start + i}`);
    }
  }
}

/** The block holding offset `at`, if any. */
const blockAt = (doc: DocumentModel, at: number): Block | undefined => doc.blocks.find((b) => at >= b.start && at < b.end);

/** The prose at the offset of `needle` in the draft (its first occurrence). */
function proseAt(text: string, doc: DocumentModel, needle: string, occurrence = 1): string | undefined {
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in the text`);
  const b = blockAt(doc, at);
  if (!b) return undefined;
  return blockText(text, b).slice(at - b.start, at - b.start + needle.length);
}

// A draft of our own in most of the shapes Markdown gives a journalist.
const SAMPLE = [
  '---',
  'title: "Devon\u2019s children\u2019s services: where things stand"',
  'date: 2026-02-03',
  'tags: [devon, send]',
  '---',
  '',
  '# Devon\u2019s children\u2019s services',
  '',
  'The council\u2019s **cabinet** met on *Wednesday*; see [the papers](https://example.org/papers?id=7 "Papers") or <https://example.org/all>.',
  '',
  '## Timeline',
  '',
  '- **2020**: Ofsted judged the service inadequate.',
  '- December 2022 \u2013 The cabinet heard the service was among the worst.',
  '  A second line of the same item.',
  '- Plain item with `inline code` and <span>html</span>.',
  '',
  '> A quoted line that goes on',
  '> over two lines.',
  '',
  '| Date | Event | Who |',
  '|:---|---|--:|',
  '| July 2022 | Somerset rated _good_ | Julian Wooster |',
  '| 2025 | Final notice \\| letter | Josh MacAlister |',
  '',
  '```js',
  'const notProse = "Leadbeater";',
  '',
  'still code',
  '```',
  '',
  '<div>',
  '<!-- HTML comment, not prose -->',
  '<p>HTML paragraph, prose</p>',
  '</div>',
  '',
  'Cafe\u0301 owner\u00a0Richard Jefferies said \u201cyes\u201d \u2013 see www.example.org/page.',
  '',
  'A line with a hard break  ',
  'and an escaped \\*star\\*.',
  '',
].join('\n');

describe('document model: offsets and what is prose', function () {
  this.timeout(120_000);
  const check = (text: string) => {
    const doc = readDocument(text, 'markdown');
    assertAligned(text, doc);
    return doc;
  };

  it('keeps every block at its offsets and its length, markup blanked (LF)', () => {
    const doc = check(SAMPLE);
    // prose kept where it stands
    for (const w of ['cabinet', 'Wednesday', 'the papers', 'Ofsted judged the service inadequate.', 'A second line', 'over two lines.', 'Somerset rated',
      'Julian Wooster', 'Cafe\u0301 owner\u00a0Richard Jefferies said \u201cyes\u201d', 'escaped']) {
      assert.strictEqual(proseAt(SAMPLE, doc, w), w);
    }
    // markup blanked
    assert.strictEqual(proseAt(SAMPLE, doc, '**cabinet**'), '  cabinet  ');
    assert.strictEqual(proseAt(SAMPLE, doc, '](https://example.org/papers?id=7 "Papers")'), ' '.repeat('](https://example.org/papers?id=7 "Papers")'.length));
    assert.strictEqual(proseAt(SAMPLE, doc, '<https://example.org/all>'), ' '.repeat('<https://example.org/all>'.length));
    assert.strictEqual(proseAt(SAMPLE, doc, '`inline code`'), ' '.repeat(13));
    assert.strictEqual(proseAt(SAMPLE, doc, '<span>html</span>'), '      html       ');
    assert.strictEqual(proseAt(SAMPLE, doc, '> over'), '  over');
    assert.strictEqual(proseAt(SAMPLE, doc, '_good_'), ' good ');
    assert.strictEqual(proseAt(SAMPLE, doc, '\\| letter'), ' | letter');
    assert.strictEqual(proseAt(SAMPLE, doc, '\\*star\\*'), ' *star *');
    assert.strictEqual(proseAt(SAMPLE, doc, 'www.example.org/page.'), ' '.repeat('www.example.org/page'.length) + '.');
    // a table row keeps its pipes (the checkers read rows by them); the delimiter row is no prose
    assert.strictEqual(proseAt(SAMPLE, doc, '| July 2022 |'), '| July 2022 |');
    assert.strictEqual(proseAt(SAMPLE, doc, '|:---|'), undefined);
    // not prose at all: front matter (but for the values of its prose fields, a title's or tags'), code, HTML blocks
    for (const w of ['date: 2026-02-03', 'title:', 'notProse', 'still code', 'HTML comment']) assert.strictEqual(proseAt(SAMPLE, doc, w), undefined, w);
    // (but the words of an HTML block's elements are: a story pasted from a web page)
    assert.strictEqual(proseAt(SAMPLE, doc, 'HTML paragraph, prose'), 'HTML paragraph, prose');
    assert.strictEqual(proseAt(SAMPLE, doc, 'Devon\u2019s children\u2019s services: where things stand'), 'Devon\u2019s children\u2019s services: where things stand');
    assert.strictEqual(proseAt(SAMPLE, doc, 'devon, send'), 'devon, send');
    assert.deepStrictEqual(doc.frontMatter?.fields, { title: 'Devon\u2019s children\u2019s services: where things stand', date: '2026-02-03', tags: '[devon, send]' });
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind), [
      'paragraph', 'paragraph', 'heading', 'paragraph', 'heading', 'item', 'item', 'item', 'paragraph', 'row', 'row', 'row', 'paragraph', 'paragraph', 'paragraph',
    ]);
  });

  it('gives the same blocks with CRLF line endings, each at its own offsets', () => {
    const crlf = SAMPLE.replace(/\n/g, '\r\n');
    const a = check(SAMPLE);
    const b = check(crlf);
    assert.deepStrictEqual(b.blocks.map((x) => blockText(crlf, x).replace(/\r/g, '')), a.blocks.map((x) => blockText(SAMPLE, x)));
    assert.deepStrictEqual(b.blocks.map((x) => x.kind), a.blocks.map((x) => x.kind));
  });

  it('keeps NFD text, curly quotes and no-break spaces as they are', () => {
    const text = '# Cafe\u0301 \u201cnews\u201d\n\nThe *cafe\u0301*\u00a0owner said \u2018no\u2019.\u202f\n';
    const doc = check(text);
    assert.strictEqual(proseAt(text, doc, 'Cafe\u0301 \u201cnews\u201d'), 'Cafe\u0301 \u201cnews\u201d');
    assert.strictEqual(proseAt(text, doc, '*cafe\u0301*\u00a0owner said \u2018no\u2019.'), ' cafe\u0301 \u00a0owner said \u2018no\u2019.');
  });

  it('reads an indented paragraph as a paragraph (no indented code in a draft) and a reference link as its words', () => {
    const text = 'First.\n\n    Indented, but prose: Cllr Jeffries said so.\n\nSee [the report][1].\n\n[1]: https://example.org/report\n';
    const doc = check(text);
    assert.strictEqual(proseAt(text, doc, 'Indented, but prose'), 'Indented, but prose');
    assert.strictEqual(proseAt(text, doc, 'the report'), 'the report');
    assert.strictEqual((proseAt(text, doc, 'https://example.org/report') ?? '').trim(), '');
  });

  it('never throws, and keeps blocks aligned, on any text (fast-check)', () => {
    const piece = fc.constantFrom('# ', '## ', '- ', '* ', '1. ', '> ', '| a | b |', '|---|---|', '```', '~~~', '<div>', '<!--', '-->', '---', '===',
      '**', '*', '_', '`', '[', ']', '(', ')', '](x)', '![a](b)', '<https://a.b>', '\\', '&amp;', 'word', 'Cllr Jeffries', '2022', '\u201c', '\u2019',
      '\u00a0', 'e\u0301', '\ud83d\ude00', '\ud800', '\t', ' ', '    ', '\n', '\n\n', '\r\n', 'https://x.y/z.', 'PRESENTER: ', 'Q: ', '**Who?**');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom<'markdown' | 'plaintext'>('markdown', 'plaintext'), (parts, kind) => {
        const text = parts.join('');
        assertAligned(text, readDocument(text, kind));
      }),
      { numRuns: 400, seed: SEED },
    );
  });
});

// ------------------------------------------------------------------------------------------------ the two shortcuts

/** A raw block as the tests compare it. */
const norm = (b: RawBlock) => ({
  start: b.start, end: b.end, masked: b.masked, kind: b.kind, depth: b.depth, lead: b.lead, emphasised: !!b.emphasised, cells: b.cells,
});

const WORDS = ['Cllr', 'Richard', 'Jefferies', 'said', 'the', 'council', '2022', 'December', '\u201cyes\u201d', 'it\u2019s', '(Lab)', 'was:', 'end.', 'a?',
  'e\u0301', 'x\u00a0y', '50%', 'St.', '\u2013'];
const INLINE = ['**bold words**', '*it*', '_it_', '__strong__', '`code`', '`a*b`', '[the report](https://example.org/r)', '<https://example.org>',
  '(**in brackets**)', '\u201c*quoted*\u201d', '**end**.', 'a**mid**b', '*open', 'close*', '**a*', '***three***', '* spaced *', 'snake_case',
  '[a](b c)', '![img](u)', '[a][b]', '\\*', '&amp;', '<b>', 'a | b', '``two``', '`', '_a_b', '**a** **b**', '*a*_b_', '[**a**](u)', '**[a](u)**',
  '[x [a](u)', '[a](u)(v)', '**\u201cq\u201d**', '*.*', '**2022**:', '_\u00a0a_'];
const PREFIXES = ['', '', '', '', '', '', '# ', '## ', '- ', '1. ', '###### ', '#', '# #', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '-  ', '  ', '    ', '> ', '-', '=== ', '--- ',
  '```', '- - ', '1.', '#\t', '-\t', '* * *', '> ', '>', '>  ', '>\t', '> > ', '> - ', '   > ', '> # ', '  - ', '   ', '  - ', '    - ', '  1. ', '  2. ', '   * ', '      - ', ' - ', '  -\t', '\t- '];

/** Lines that are thematic breaks, setext underlines, or nearly. */
const RULES = ['---', '***', '___', '- - -', '* * *', '===', '=', '--', '-', '----', ' ---', '   ***', '    ---', '---  ', '-- -', '*-*', '==', '= =', '_ _ _',
  '**', '-=-', '***a'];
const lineArb = fc.oneof({ weight: 5, arbitrary: fc.tuple(
  fc.constantFrom(...PREFIXES),
  fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...INLINE) }), { minLength: 0, maxLength: 6 }),
  fc.constantFrom(' ', ' ', '', '  '),
  fc.constantFrom('', '', ' ', '  ', ' #', ' ##'),
).map(([p, ws, sep, tail]) => p + ws.join(sep) + tail) }, { weight: 1, arbitrary: fc.constantFrom(...RULES) });

describe('document model: the line scan gives what the parser gives', function () {
  this.timeout(120_000);
  it('on every chunk it reads (fast-check over lines of plain words, headings, items and inline markup)', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '\n', '\n\n'), (lines, nl, end) => {
        runs++;
        const c = lines.join(nl) + end;
        const fast = readSimple(c);
        if (!fast) return;
        read++;
        // (as readChunks asks the parser of any chunk it gives the line scan: no front matter, which only opens a draft)
        assert.deepStrictEqual(fast.map(norm), readParsedChunk(c, false).blocks.map(norm), JSON.stringify(c));
      }),
      { numRuns: 6000, seed: SEED },
    );
    // the property must test something: most simple chunks are read by the line scan
    assert.ok(read > runs / 10, `the line scan read only ${read} of ${runs} chunks`);
  });

  it('reads plain paragraphs, headings, lists and simple inline markup without the parser', () => {
    for (const c of [
      'Plain paragraph.\nWith a second line.\n\n',
      '# Heading with **bold**\n',
      '- one\n- two with [a link](https://example.org)\n* three\n1. four\n',
      'Cllr **Richard Jefferies** said `this` and *that*.\n',
      '**Who runs children\u2019s services?**\n',
      '| Date | Event |\n|:---|--:|\n| July 2022 | **Somerset** rated good |\n|  | empty first |\n',
      '```js\nconst x = 1;\n\nmore\n```\n\n',
      '<!-- a comment\n\nover lines -->\n\n',
    ]) assert.ok(readSimple(c), JSON.stringify(c));
  });

  const cellArb = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom('', ' ', 'Date', 'July 2022', ' Andrew Leadbetter ', '**Hart**', '_good_', '[link](https://x.y)', 'a\u00a0', '\t2020\t') },
    { weight: 1, arbitrary: fc.constantFrom(':--', '---', '-', 'x \\| y', '`c`', '<b>', '**open') },
  );
  const ends = fc.constantFrom('|', '|', '|', '|', '', ' |', '| ', '|\u00a0');
  const rowArb = (n: number) => fc.tuple(fc.array(cellArb, { minLength: Math.max(1, n - 1), maxLength: n + 1 }), ends, ends).map(([cells, lead, tail]) => lead + cells.join('|') + tail);
  const delimArb = (n: number) => fc.tuple(fc.array(fc.constantFrom('---', ':--', '--:', ':-:', ' - ', '---', 'x', ''), { minLength: n, maxLength: n + (n % 2) }), ends).map(
    ([d, tail]) => '|' + d.join('|') + tail);
  const tableArb = fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(rowArb(n), delimArb(n), fc.array(rowArb(n), { maxLength: 4 })));

  it('on every table it reads (fast-check)', () => {
    let read = 0;
    fc.assert(
      fc.property(tableArb, fc.constantFrom('\n', '\r\n'), ([head, delim, rows], nl) => {
        const c = [head, delim, ...rows].join(nl) + nl;
        const fast = readSimple(c);
        if (!fast) return;
        read++;
        assert.deepStrictEqual(fast.map((b) => ({ ...norm(b), header: b.header })), readParsedChunk(c).blocks.map((b) => ({ ...norm(b), header: b.header })), JSON.stringify(c));
      }),
      { numRuns: 3000, seed: SEED },
    );
    assert.ok(read > 80, `the scan read only ${read} tables`);
  });

  it('on every fenced code block it reads (fast-check)', () => {
    const fenceArb = fc.tuple(fc.constantFrom('```', '~~~', '````', '``', '```js', '```a`b', '~~~ x'), fc.array(fc.constantFrom('code', '', '```', '~~~', '  ```', '````', 'text'), { maxLength: 4 }),
      fc.constantFrom('```', '~~~', '````', '', '   ```', '    ```', '``` x'), fc.constantFrom('', '\n', '\n\n', '\nafter', '\n\nafter'));
    fc.assert(
      fc.property(fenceArb, ([open, body, close, after]) => {
        const c = [open, ...body, close].join('\n') + after;
        const fast = readSimple(c);
        if (fast) assert.deepStrictEqual(fast.map(norm), readParsedChunk(c).blocks.map(norm), JSON.stringify(c));
      }),
      { numRuns: 1500, seed: SEED },
    );
  });
});

describe('document model: a chunk of front matter alone is read as the parser reads it', function () {
  this.timeout(120000);
  it('gives the parser\'s front matter, and leaves every other chunk to it (fast-check)', () => {
    const line = fc.constantFrom('title: A story', 'date: 2022-12-16', 'a: "quoted"', "b: 'single'", '', '  ', 'key:', 'x: y  ', 'not a field', '# comment', 'k: v: w', 'text');
    const chunk = fc.tuple(
      fc.constantFrom('---', '---  ', '---\t', '----', '--- x', '-- -'),
      fc.array(line, { maxLength: 4 }),
      fc.constantFrom('---', '--- ', '---\t ', '----', '...', '-- -', ''),
      fc.constantFrom('', '\n', '\n\n', '\n \n\t\n', '\nafter', '\n\npara'),
      fc.constantFrom('\n', '\r\n'),
    ).map(([open, body, close, after, nl]) => [open, ...body, close].join(nl) + after.replace(/\n/g, nl));
    fc.assert(
      fc.property(chunk, (c) => {
        const fast = frontMatterOnly(c);
        if (!fast) return;
        const parsed = readParsedChunk(c, true);
        assert.deepStrictEqual(parsed.blocks, [], JSON.stringify(c));
        assert.deepStrictEqual(fast, parsed.frontMatter, JSON.stringify(c));
      }),
      { numRuns: 1500, seed: SEED },
    );
    assert.ok(frontMatterOnly('---\ntitle: T\n---\n\n'), 'a plain front matter chunk is read without the parser');
    assert.strictEqual(frontMatterOnly('---\ntitle: T\n---\nText.\n'), undefined, 'prose after it: the parser reads the chunk');
  });
});

/** Random Markdown documents of blocks that may hold blank lines (fences, HTML comments, lists, quotes, tables). */
const BLOCKS = [
  'A paragraph of prose.', 'Two lines\nof prose.', '# A heading', '## Sub *heading*', '- item one\n- item two', '- item\n\n  continued after a blank',
  '1. first\n2. second\n\n3. third', '- outer\n  - inner\n    - deeper', '> quoted\n> more\n\n> again', '| a | b |\n|---|---|\n| 1 | 2 |',
  '```\ncode\n\nmore code\n```', '~~~\n\n~~~', '<!--\ncomment\n\nstill\n-->', '<div>\nhtml\n</div>', '    indented\n\n    again', 'Setext\n===',
  'Para\n---', '---', '**bold** and _it_ and `code`', 'text with [link](u) and <https://x.y>', '<pre>\n\nraw\n</pre>', '```unclosed\n\ntext',
  '- item\n\n```\nfence after list\n\n```', '* * *', 'Line one  \nline two', 'PRESENTER: Hello.\nHART: Hi.', 'Q: Why?\nA: Because.',
  '<!-- c -->', '<!-- c --> after', '<!--\nx\n-->\ntext', '<!-- a --><!-- b -->',
];

describe('document model: a draft cut into chunks reads as it reads whole', function () {
  this.timeout(120_000);
  it('gives the blocks the parser gives for the whole text (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom('\n\n', '\n\n\n', '\n', '\n\n  ', '\n \n')), { minLength: 1, maxLength: 10 }), (parts) => {
        const text = parts.map(([b, sep]) => b + sep).join('');
        const spans = markdownChunks(text);
        // chunks tile the text
        assert.strictEqual(spans[0]?.start ?? 0, 0);
        for (let k = 1; k < spans.length; k++) assert.strictEqual(spans[k].start, spans[k - 1].end);
        assert.strictEqual(spans.length ? spans[spans.length - 1].end : 0, text.length);
        const chunked = readChunks(text, spans, 'markdown').flatMap((r, k) => r.blocks.map((b) => norm({ ...b, start: b.start + spans[k].start, end: b.end + spans[k].start, lead: b.lead && { ...b.lead, start: b.lead.start + spans[k].start, end: b.lead.end + spans[k].start } })));
        const whole = readChunks(text, [{ start: 0, end: text.length }], 'markdown')[0].blocks.map((b) => ({ ...norm(b), cells: undefined }));
        assert.deepStrictEqual(chunked.map((b) => ({ ...b, cells: undefined })), whole, JSON.stringify(text));
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('reads again only the chunks an edit changed (DocumentCache), with the same result as a fresh read', () => {
    const cache = new DocumentCache();
    let text = SAMPLE;
    const edits: [string, string][] = [['cabinet', 'Cabinet'], ['Timeline', 'Time line'], ['July 2022', 'June 2022'], ['still code', 'code\n\n'], ['\n\n', '\n\n\n']];
    for (const [from, to] of edits) {
      text = text.replace(from, to);
      const a = readDocument(text, 'markdown', cache);
      assert.deepStrictEqual(a, readDocument(text, 'markdown'), `after replacing ${from}`);
    }
  });
});

describe('document model: the parser reads a draft\'s chunks up to a budget of lines, then plain reading takes over', function () {
  this.timeout(120_000);
  /** A chunk only the parser reads (nested items, a lazy quote line: 5 lines), and ones the line scan reads. */
  const QUOTE = '> A quoted line.\n\n';
  const NESTED = '- a\n  - b\n> c\nd\n\n';
  const PLAIN = 'Plain words here.\n\n';

  it('parses the chunks up to the budget as it would alone, and reads those past it as plain text', () => {
    const text = NESTED.repeat(Math.ceil(PARSER_LINE_BUDGET / 4) + 20);
    const spans = markdownChunks(text);
    const read = readChunks(text, spans, 'markdown');
    let spent = 0;
    read.forEach((r, k) => {
      const c = text.slice(spans[k].start, spans[k].end);
      assert.ok(r.parserLines! > 0, `chunk ${k} is the parser's`);
      spent += r.parserLines!;
      assert.strictEqual(!!r.pastBudget, spent > PARSER_LINE_BUDGET, `chunk ${k}`);
      if (!r.pastBudget) assert.deepStrictEqual(r.blocks, readParsedChunk(c, k === 0).blocks);
      // (read plainly, the chunk's lines are still prose at their offsets)
      else assert.ok(r.blocks.length > 0 && r.blocks.every((b) => b.end <= c.length));
    });
    assert.ok(read[read.length - 1].pastBudget);
  });

  it('an edit inside a table with a citation column blanks that column as a fresh read does', () => {
    // (the edit path read the table's chunk again but left its "Source" cells unblanked: found on drafts16)
    const intro = 'An opening paragraph.\n\nA second one.\n\nA third one.\n\nA fourth one.\n\n';
    const table = (first: string) => `| ${first} | Event | Source |\n|---|---|---|\n| Dec 2018 | A visit | Cabinet report, Dec 2022 |\n`;
    const cache = new DocumentCache();
    readDocument(intro + table('Date'), 'markdown', cache);
    const edited = intro + table('When');
    const doc = cache.edit(edited)?.doc;
    assert.ok(doc, 'the edit path is taken');
    assert.deepStrictEqual(doc, readDocument(edited));
    assert.ok(doc.blocks.some((b) => b.masked?.includes('| Dec 2018 | A visit |') && !b.masked.includes('Cabinet')), 'the Source cell is blanked');
  });

  it('an edit in a paragraph whose lines are parted by U+2029 reads them as line breaks, as a fresh read does', () => {
    // (the edit path read the chunk again but left the separators in: found when new sets changed the drafts the
    // edit-path property test joins)
    const intro = 'An opening paragraph.\n\nA second one.\n\nA third one.\n\nA fourth one.\n\n';
    const para = (word: string) => `${word} demand answers\u2029By our correspondent\u2029Parents say they do not know.\n`;
    const cache = new DocumentCache();
    readDocument(intro + para('Parents'), 'markdown', cache);
    const edited = intro + para('Prents');
    const doc = cache.edit(edited)?.doc;
    assert.ok(doc, 'the edit path is taken');
    assert.deepStrictEqual(doc, readDocument(edited));
    assert.ok(doc.blocks.some((b) => b.masked?.includes('answers\nBy our')), 'the separators read as line breaks');
  });

  it('reads a draft again after an edit that moves a later chunk past the budget, or back, as a fresh read does', () => {
    // the HTML block and the two lists hold the budget's lines exactly; a line more in the first list puts the second past it
    const html = `<div>\n${'Words in a block of HTML.\n'.repeat(PARSER_LINE_BUDGET - 13)}</div>\n\n`;
    const at = (more: string) => html + PLAIN.repeat(4) + NESTED.replace('\n', more) + PLAIN + NESTED;
    const cache = new DocumentCache();
    readDocument(at('\n'), 'markdown', cache);
    for (const text of [at('\n- x\n'), at('\n'), at('\n- x\n')]) {
      const read = readChunks(text, markdownChunks(text), 'markdown');
      assert.strictEqual(read[read.length - 1].pastBudget, text.includes('- x') || undefined);
      // (DocumentCache.edit reads the one chunk again, unless that moves another across the budget)
      assert.deepStrictEqual(cache.edit(text)?.doc ?? readDocument(text, 'markdown', cache), readDocument(text));
    }
  });

  it('reads a draft again after edits (DocumentCache, its edit path too) as a fresh read does, as the budget moves (fast-check)', () => {
    const unit = fc.constantFrom<string>(QUOTE, NESTED, PLAIN, 'Plain words and **bold** ones.\n\n');
    const edit = fc.record({ op: fc.constantFrom('insert', 'delete', 'word', 'line'), at: fc.nat(), unit });
    // an HTML block of many lines (cheap to parse) brings the drafts near the budget
    const html = `<div>\n${'Words in a block of HTML.\n'.repeat(PARSER_LINE_BUDGET - 11)}</div>\n\n`;
    const lines = (units: string[]) => units.reduce((n, u) => n + (u.startsWith('<div>') || u.startsWith('- a') ? u.split('\n').length - 1 : 0), 0);
    let past = 0;
    let within = 0;
    fc.assert(
      fc.property(fc.array(unit, { minLength: 5, maxLength: 40 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (drawn, edits) => {
        const units = [html, ...drawn];
        const cache = new DocumentCache();
        readDocument(units.join(''), 'markdown', cache);
        for (const e of edits) {
          const i = e.at % units.length;
          if (e.op === 'insert') units.splice(i, 0, e.unit);
          else if (e.op === 'delete' && units.length > 1) units.splice(i, 1);
          else if (e.op === 'word') units[i] = units[i].replace(/(?=\n)/, ' more');
          // (a line more in a chunk: more lines for the parser, when it is the parser's)
          else units[i] = units[i].replace(/\n/, '\n- x\n');
          const text = units.join('');
          const doc = cache.edit(text)?.doc ?? readDocument(text, 'markdown', cache);
          assert.deepStrictEqual(doc, readDocument(text), `after ${JSON.stringify(e)}`);
          if (lines(units) > PARSER_LINE_BUDGET) past++;
          else within++;
        }
      }),
      { numRuns: 40, seed: SEED },
    );
    // the drafts drawn stand on both sides of the budget
    assert.ok(past > 20 && within > 20, `${past} drafts went past the budget, ${within} did not`);
  });
});

// --------------------------------------------------------------------------------------------------------- context

describe('document model: context', () => {
  const doc = readDocument(SAMPLE, 'markdown');
  const at = (needle: string) => blockAt(doc, SAMPLE.indexOf(needle))!;

  it('gives each block the chain of headings above it', () => {
    assert.deepStrictEqual(at('Ofsted judged').context.headings.map((h) => [h.depth, h.text]), [[1, 'Devon\u2019s children\u2019s services'], [2, 'Timeline']]);
    assert.deepStrictEqual(at('Timeline').context.headings.map((h) => h.text), ['Devon\u2019s children\u2019s services']);
    const h = at('Timeline').context.headings[0];
    assert.strictEqual(SAMPLE.slice(h.start, h.end), 'Devon\u2019s children\u2019s services');
  });

  it('gives a list item its lead ("**2020**:", "December 2022 \u2013"), at its offsets', () => {
    const lead = at('Ofsted judged').context.lead!;
    assert.strictEqual(lead.text, '2020');
    assert.strictEqual(SAMPLE.slice(lead.start, lead.end), '2020');
    assert.strictEqual(at('The cabinet heard').context.lead?.text, 'December 2022');
    assert.strictEqual(at('Plain item').context.lead, undefined);
    const nested = readDocument('- 2022\n  - Ofsted visited.\n  - The cabinet met.\n', 'markdown');
    assert.deepStrictEqual(nested.blocks.map((b) => b.context.lead?.text), ['2022', '2022', '2022']);
  });

  it('gives a table row its column headers and row header', () => {
    const row = at('Somerset rated');
    assert.deepStrictEqual(row.context.columns?.map((c) => c.text), ['Date', 'Event', 'Who']);
    assert.strictEqual(row.context.rowHeader?.text, 'July 2022');
    assert.deepStrictEqual(row.context.cells?.map((c) => c.text), ['July 2022', 'Somerset rated  good', 'Julian Wooster']);
    assert.strictEqual(at('| Date |').context.columns, undefined);
  });

  it('gives an answer its question: a heading, a bold line or a "Q:" line ending in "?"', () => {
    const text = '## Who decides?\n\nThe cabinet does.\n\n**And who scrutinises it?**\n\nA committee.\n\nQ: What happens next?\nA: A new plan.\n\n## Background\n\nPlain.\n';
    const d = readDocument(text, 'markdown');
    const q = (needle: string) => blockAt(d, text.indexOf(needle))!.context.question?.text;
    assert.strictEqual(q('The cabinet does'), 'Who decides?');
    assert.strictEqual(q('A committee'), 'And who scrutinises it?');
    assert.strictEqual(q('A: A new plan'), 'Q: What happens next?');
    assert.strictEqual(q('Plain.'), undefined);
  });

  it('gives a transcript or script line its speaker, carried on until a heading', () => {
    const text = 'PRESENTER: Good evening.\nCLLR HART: We will improve.\n\nAnd we will keep at it.\n\nCllr Hart: Said again.\n\n## Next\n\nNo one speaks.\n';
    const d = readDocument(text, 'markdown');
    const sp = (needle: string) => blockAt(d, text.indexOf(needle))!.context.speaker?.text;
    assert.strictEqual(sp('Good evening'), 'PRESENTER');
    assert.strictEqual(sp('We will improve'), 'CLLR HART');
    assert.strictEqual(sp('And we will keep'), 'CLLR HART');
    assert.strictEqual(sp('Said again'), 'Cllr Hart');
    assert.strictEqual(sp('No one speaks'), undefined);
    // "Cabinet member: …" is a field, not a speaker; "A:" no speaker either
    assert.strictEqual(readDocument('Cabinet member: Andrew Leadbetter\n').blocks[0].context.speaker, undefined);
  });

  it('gives every block the front matter', () => {
    assert.strictEqual(at('Ofsted judged').context.frontMatter?.date, '2026-02-03');
  });
});

// ------------------------------------------------------------------------------------------------------ plain text

describe('document model: plain text', () => {
  // hard-wrapped wire copy of our own: lines end near one width; a name and a quotation run over a line end
  const WIRE = [
    'DEVON TOLD TO IMPROVE',
    '',
    'EXETER, Dec 15 (Westcountry Wire) - Devon County Council\'s cabinet heard on',
    'Wednesday that its services for children were among the worst in England,',
    'as the council\'s cabinet member for children\'s services, Cllr Andrew',
    'Leadbetter, said it was "very hard to recruit people at the moment" and',
    'the leader promised more money for social workers and their managers.',
    '',
    'The council will report back in the spring.',
    '',
    '- 2020: rated inadequate',
    '- 2022: still inadequate',
    '',
  ].join('\n');

  it('joins the lines of a hard-wrapped paragraph, at the same offsets', () => {
    const doc = readDocument(WIRE, 'plaintext');
    assertAligned(WIRE, doc);
    assert.strictEqual(proseAt(WIRE, doc, 'Cllr Andrew\nLeadbetter'), 'Cllr Andrew Leadbetter');
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind), ['heading', 'paragraph', 'paragraph', 'item', 'item']);
    // the dateline dates the story: it is no claim
    assert.strictEqual(proseAt(WIRE, doc, 'EXETER, Dec 15'), undefined);
    assert.deepStrictEqual(doc.blocks.map((b) => b.context.lead?.text), [undefined, undefined, undefined, '2020', '2022']);
  });

  it('keeps the line breaks of copy that is not hard-wrapped', () => {
    const text = 'Headline of the story\nA standfirst that runs on for a good while longer than the headline does, as standfirsts do.\n';
    const doc = readDocument(text, 'markdown');
    assert.strictEqual(blockText(text, doc.blocks[0]), text.trimEnd());
  });

  it('reads a one-line paragraph as a heading, a title first', () => {
    const text = 'Devon\u2019s children\u2019s services\n\nDecember 2022\n\nThe cabinet met.\n\nWhat next?\n\nA plan.\n';
    const doc = readDocument(text, 'plaintext');
    assert.deepStrictEqual(doc.blocks.map((b) => [b.kind, b.depth]), [['heading', 1], ['heading', 2], ['paragraph', undefined], ['heading', 2], ['paragraph', undefined]]);
    assert.deepStrictEqual(doc.blocks[2].context.headings.map((h) => h.text), ['Devon\u2019s children\u2019s services', 'December 2022']);
    assert.strictEqual(doc.blocks[4].context.question?.text, 'What next?');
  });

  it('starts a block at each speaker\u2019s line', () => {
    const text = 'PRESENTER: Good evening.\nCLLR HART: We have let children down.\nPRESENTER: Thank you.\n';
    const doc = readDocument(text, 'plaintext');
    assert.deepStrictEqual(doc.blocks.map((b) => b.context.speaker?.text), ['PRESENTER', 'CLLR HART', 'PRESENTER']);
  });
});
