/** The source view: an article laid out to be read, and every offset of the article mapped into it. */
import * as assert from 'assert';
import * as path from 'path';
import { loadDataset } from '../../src/core/data/loader';
import { layoutArticle, tabTitle } from '../../src/extension/articleView';

const ds = loadDataset(path.resolve(__dirname, '../../../data'));

describe('source article view', () => {
  for (const src of ds.sources) {
    it(`${src.id}: headline, then byline and date, then a line for each paragraph with a blank line between; every offset maps to the same text`, () => {
      const v = layoutArticle(src, src.text);
      const lines = v.text.split('\n');
      // the headline once at the top, the date on the next line
      const bare = (s: string) => s.replace(/^[\s'"‘’“”]+|[\s'"‘’“”]+$/g, '');
      assert.strictEqual(bare(lines[0]).startsWith(bare(src.title).slice(0, 40)), true, lines[0]);
      assert.ok(lines[1].includes(src.published.display), lines[1]);
      assert.strictEqual(lines[2], '');
      assert.strictEqual(v.text.split(bare(src.title)).length - 1, 1, 'the headline is not shown twice');
      const paras = src.text.split('\n').map((l) => l.trim()).filter(Boolean);
      for (const p of paras.slice(1)) assert.ok(lines.includes(p), `a paragraph on its own line: ${p}`);
      assert.ok(!/\n\n\n/.test(v.text));
      // every sentence of the article is in the view at the mapped offsets, line breaks aside
      for (const m of src.text.matchAll(/[^\n.!?]+[.!?]?/g)) {
        const s = m.index!, e = s + m[0].length;
        const shown = v.text.slice(v.toView(s), v.toView(e, true));
        assert.strictEqual(shown.replace(/\s+/g, ' ').trim(), m[0].replace(/\s+/g, ' ').trim());
      }
    });
  }

  it('gives a tab title with no path separators', () => {
    assert.strictEqual(tabTitle('A/B\\C  d'), 'A∕B∕C d');
  });
});
