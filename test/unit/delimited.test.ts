/**
 * Delimited data pasted in a fence or as a paragraph (text/delimited.ts, text/document.ts pastedDelimited): read as a table's rows, its delimiters as pipes, its fields as
 * cells; code and prose in a fence stay unread. An editor's marks read as accepted.
 */
import * as assert from 'assert';
import { delimitedRows, fieldsOf } from '../../src/core/text/delimited';
import { blockText, readDocument } from '../../src/core/text/document';

describe('delimited data in a fence', () => {
  it('cuts a line at its delimiter outside double-quoted fields', () => {
    assert.deepStrictEqual(fieldsOf('a,"b, c",d', ','), [{ start: 0, end: 1 }, { start: 2, end: 8 }, { start: 9, end: 10 }]);
  });

  it('reads CSV and TSV under a header of short names, or under a csv/tsv info string', () => {
    assert.strictEqual(delimitedRows('id,name\n1,Jane Doe\n', '')?.length, 2);
    assert.strictEqual(delimitedRows('event\twhen\tnote\nvisit\t2018-12\tfour areas, all open\n', '')?.length, 2);
    assert.strictEqual(delimitedRows('Jane Doe,leader\nJohn Roe,chair\n', 'csv')?.length, 2);
  });

  it('leaves code, prose and lines of unequal fields alone', () => {
    assert.strictEqual(delimitedRows('const a = f(x, y);\nreturn a;\n', 'js'), undefined);
    assert.strictEqual(delimitedRows('const a = f(x, y);\nconst b = g(x, z);\n', ''), undefined);
    assert.strictEqual(delimitedRows('id,name\n1,Jane Doe,extra\n', ''), undefined);
    assert.strictEqual(delimitedRows('just one line, with a comma\n', ''), undefined);
  });

  it('gives each line of the fence as a table row, its delimiters read as pipes and its quotes blanked', () => {
    const text = 'Rows:\n\n```\ndate,event\n2022-05,"Revisit finds ""no progress"""\n```\n\nAfter.\n';
    const doc = readDocument(text, 'markdown');
    const rows = doc.blocks.filter((b) => b.kind === 'row');
    // (a row opens on the line break before it, read as a pipe, as a Markdown table's row opens with one)
    assert.deepStrictEqual(rows.map((b) => blockText(text, b)), ['|date|event', '|2022-05| Revisit finds  "no progress"']);
    assert.deepStrictEqual(rows.map((b) => text[b.start]), ['\n', '\n']);
    assert.deepStrictEqual(rows[1].context.cells!.map((c) => c.text), ['2022-05', 'Revisit finds  "no progress"']);
    assert.deepStrictEqual(rows[1].context.columns!.map((c) => c.text), ['date', 'event']);
    assert.ok(doc.blocks.some((b) => blockText(text, b) === 'After.'));
  });
});

describe('delimited data pasted with no fence', () => {
  const sheet = 'From the tracker:\n\nwhen,what,who\n"May 2022","Revisit","Ofsted, CQC"\n"2025","Letter","Josh MacAlister"\n\nAfter.\n';
  for (const kind of ['markdown', 'plaintext'] as const) {
    it(`reads a paragraph of three lines or more under a header of short names as a table's rows (${kind})`, () => {
      const doc = readDocument(sheet, kind);
      const rows = doc.blocks.filter((b) => b.kind === 'row');
      // (the header is no row of its own: its names are no claims; it heads the rows' columns)
      assert.deepStrictEqual(rows.map((b) => blockText(sheet, b).replace(/ +/g, ' ')), ['| May 2022 | Revisit | Ofsted, CQC', '| 2025 | Letter | Josh MacAlister']);
      assert.deepStrictEqual(rows[0].context.columns!.map((c) => c.text), ['when', 'what', 'who']);
      assert.deepStrictEqual(rows[1].context.cells!.map((c) => c.text), ['2025', 'Letter', 'Josh MacAlister']);
      assert.ok(doc.blocks.some((b) => blockText(sheet, b) === 'After.'));
    });
  }
  it('leaves prose alone: two lines, or lines with commas under no header of short names', () => {
    const two = 'when,what,who\n"May 2022","Revisit","Ofsted"\n';
    assert.ok(!readDocument(two, 'markdown').blocks.some((b) => b.kind === 'row'));
    const prose = 'The council, which was rated inadequate, said\nit had, in its words, put more money in, and\nthat staff, though few, were working hard.\n';
    assert.ok(!readDocument(prose, 'markdown').blocks.some((b) => b.kind === 'row'));
  });
});

describe("an editor's marks (CriticMarkup)", () => {
  it('reads the copy as accepted: insertions and highlights kept, deletions, comments and replaced words blanked', () => {
    const text = 'Rated in {++January++} 2020 on {~~Tuesday~>Wednesday~~}, {--40--}{++50++} per cent{>>check<<} {==more==}.\n';
    const doc = readDocument(text, 'markdown');
    assert.strictEqual(doc.blocks.length, 1);
    const prose = blockText(text, doc.blocks[0]).replace(/ +/g, ' ');
    assert.strictEqual(prose, 'Rated in January 2020 on Wednesday , 50 per cent more .');
  });
});
