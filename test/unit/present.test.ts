/** The editor's pure presentation helpers: excerpts of a source sentence, punctuated diffs, fixes that keep line breaks. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { claimInWords, clip, commandUri, excerpt, keepLineBreaks, keyInWords, punctuatedDiff, quotationSpans } from '../../src/extension/present';

const article = (id: string) => fs.readFileSync(path.resolve(__dirname, '../../../data/sources', `${id}.txt`), 'utf8');

function balanced(s: string): boolean {
  const opens = (s.match(/\u201c/g) ?? []).length, closes = (s.match(/\u201d/g) ?? []).length;
  return opens === closes && (s.match(/"/g) ?? []).length % 2 === 0 && (s.match(/\u2018/g) ?? []).length <= (s.match(/\u2019/g) ?? []).length;
}

describe('editor presentation helpers', () => {
  it('clips at a word, never inside one', () => {
    assert.strictEqual(clip("Devon children's services 'among the worst in the country', cabinet told", 40), "Devon children's services 'among the…");
    assert.strictEqual(clip('short', 40), 'short');
    for (let n = 10; n < 60; n++) {
      const c = clip('If Government want children services improved, they need to stop local government reorganisation', n);
      assert.ok(c.length <= n, c);
      assert.ok(/(^|\s)\S+…$/.test(c) && !/\s…$/.test(c), c);
      const words = c.slice(0, -1).split(' ');
      assert.ok('If Government want children services improved, they need to stop local government reorganisation'.split(' ').slice(0, words.length).join(' ').startsWith(c.slice(0, -1)), c);
    }
  });

  it('quotes the paragraph of the evidence, not the next one a sentence without a full stop ran into', () => {
    const text = article('final-notice-2025');
    const start = text.indexOf('The Lib-Dem run authority');
    const end = text.indexOf('under their watch.') + 'under their watch.'.length;
    const ev = text.indexOf('Richard Jefferies');
    const x = excerpt(text, start, end, ev, ev + 'Richard Jefferies'.length);
    assert.strictEqual(x.marked, 'Richard Jefferies');
    assert.ok(x.before.startsWith('The Lib-Dem run authority'), x.before);
    assert.ok(x.after.endsWith('Andrew Kay'), x.after);
    assert.ok(!(x.before + x.marked + x.after).includes('\n'));
    assert.strictEqual(x.cutEnd, false);
  });

  it('never cuts a quotation in two, and marks the evidence', () => {
    for (const id of ['cabinet-meeting-2022', 'final-notice-2025']) {
      const text = article(id);
      // every sentence-ish stretch, with evidence at a few places inside it
      const stops = [...text.matchAll(/[.!?]["\u201d\u2019]?\s/g)].map((m) => m.index! + m[0].length);
      let from = 0;
      for (const to of stops) {
        for (const frac of [0.1, 0.5, 0.9]) {
          const ev = from + Math.floor((to - from) * frac);
          const evEnd = Math.min(to, ev + 8);
          const x = excerpt(text, from, to, ev, evEnd, 120);
          const shown = x.before + x.marked + x.after;
          assert.ok(balanced(shown) || !balanced(text.slice(from, to)), `${id} @${ev}: ${shown}`);
          assert.strictEqual(text.slice(x.start, x.end).replace(/[\s,;:\u2013\u2014-]+$/, ''), shown.replace(/[\s,;:\u2013\u2014-]+$/, ''));
          assert.ok(x.start <= ev && x.end >= evEnd);
          assert.ok(x.marked.length > 0);
        }
        from = to;
      }
    }
  });

  it('finds quotation spans, telling a closing single mark from an apostrophe', () => {
    const t = 'He said ‘we’ve not seen it’ and “that is all”.';
    const spans = quotationSpans(t, 0, t.length).map(([o, c]) => t.slice(o, c + 1));
    assert.deepStrictEqual(spans.sort(), ['‘we’ve not seen it’', '“that is all”'].sort());
  });

  it('diffs a misquotation word by word, keeping punctuation', () => {
    const d = punctuatedDiff('This is the final chance, for Devon.', 'This is the last chance, for Devon.');
    assert.deepStrictEqual(d, [
      { op: 'same', text: 'This' }, { op: 'same', text: 'is' }, { op: 'same', text: 'the' },
      { op: 'draft', text: 'final' }, { op: 'source', text: 'last' },
      { op: 'same', text: 'chance,' }, { op: 'same', text: 'for' }, { op: 'same', text: 'Devon.' },
    ]);
    const e = punctuatedDiff('we’ve not seen much of an improvement', "we've not seen that much of a response.");
    assert.deepStrictEqual(e.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text}`), ['source:that', 'draft:an', 'draft:improvement', 'source:a', 'source:response.']);
  });

  it('keeps the writer’s line breaks in a fix', () => {
    assert.strictEqual(keepLineBreaks('the final\nchance', 'the last chance'), 'the last\nchance');
    assert.strictEqual(keepLineBreaks('This is the final chance for Devon County Council to implement real change for\nvulnerable children', 'This is the last chance for Devon County Council to implement real change for vulnerable children'),
      'This is the last chance for Devon County Council to implement real change for\nvulnerable children');
    assert.strictEqual(keepLineBreaks('Richard\r\nJeffries', 'Richard Jefferies'), 'Richard\r\nJefferies');
    assert.strictEqual(keepLineBreaks('Jeffries', 'Jefferies'), 'Jefferies');
    // a Markdown quotation's next line keeps its "> "
    assert.strictEqual(keepLineBreaks('the final chance for Devon County Council\n> to implement', 'the last chance for Devon County Council to implement'), 'the last chance for Devon County Council\n> to implement');
    assert.strictEqual(keepLineBreaks('the final\n   chance', 'the last chance'), 'the last\n   chance');
    // a break after the last word of a shorter replacement is dropped, never added at its end
    assert.strictEqual(keepLineBreaks('one two\nthree', 'one'), 'one');
  });

  it('encodes command arguments so no character ends a markdown link', () => {
    const u = commandUri('x.y', { uri: 'file:///a (b)/c\'d.md', s: '") [x](command:evil)' });
    assert.ok(!/[()\s"'[\]]/.test(u.slice('command:x.y?'.length)), u);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(u.slice('command:x.y?'.length))), [{ uri: 'file:///a (b)/c\'d.md', s: '") [x](command:evil)' }]);
  });

  it('says an ignored claim in words', () => {
    assert.strictEqual(keyInWords('number:more-money-percent:40'), '40 (number: more money percent)');
    assert.strictEqual(claimInWords('number:more-money-percent:40', { covered: '40 per cent', message: 'Sources say 50 per cent, not 40 per cent.' }),
      '“40 per cent” — Sources say 50 per cent, not 40 per cent.');
  });
});
