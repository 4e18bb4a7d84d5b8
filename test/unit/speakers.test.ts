import * as assert from 'assert';
import * as path from 'path';
import { speakerLabels } from '../../src/core/extract/speakers';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

describe('speaker labels (transcripts and scripts)', () => {
  it('finds each label line, the name in it, and where the speech starts', () => {
    const t = 'PRESENTER: Good evening.\r\nCLLR SMITH: We will do better.\nCLIP (Jane Doe): “Words here.”\nThe council said: nothing.';
    const ls = speakerLabels(t);
    assert.deepStrictEqual(ls.map((l) => t.slice(l.nameStart, l.nameEnd)), ['PRESENTER', 'CLLR SMITH', 'Jane Doe']);
    assert.deepStrictEqual(ls.map((l) => t.slice(l.speechStart, l.lineEnd)), ['Good evening.', 'We will do better.', '“Words here.”']);
  });

  it('reads a label with bold or a list marker, and no sentence with a lower-case word before its colon', () => {
    const t = '- **Steve Race:** progress is too slow\nHe said: this is not a label';
    const ls = speakerLabels(t);
    assert.deepStrictEqual(ls.map((l) => t.slice(l.nameStart, l.nameEnd)), ['Steve Race']);
  });

  it('reads a credit line: a cue word and dash, a name, a comma and a role, then a colon', () => {
    const t = 'CLIP — JANE DOE, HEAD OF THE SERVICE: “Words here.”\nJohn Roe, local councillor: more words\nIn the end, it said: no label';
    const ls = speakerLabels(t);
    // (a lower-case word in the name, "In the end", makes no credit)
    assert.deepStrictEqual(ls.map((l) => t.slice(l.nameStart, l.nameEnd)), ['JANE DOE', 'John Roe']);
    assert.deepStrictEqual(ls.map((l) => t.slice(l.speechStart, l.lineEnd)), ['“Words here.”', 'more words']);
  });

  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  it('takes a labelled line as the speaker\'s words: another speaker\'s exact words are misattributed', () => {
    // (the words are the task group chair's in the sources)
    const text = 'CLLR HART: What we found was shocking. We are one of the worst councils in the country.';
    const { findings } = engine.check(text, { asOf: '2022-12-16' });
    assert.ok(findings.some((f) => f.kind === 'attribution'), JSON.stringify(findings.map((f) => f.message)));
  });

  it('a presenter\'s unquoted words are the writer\'s own, not a quotation', () => {
    const text = 'PRESENTER: What we found was shocking, one councillor said.';
    const { findings } = engine.check(text, { asOf: '2022-12-16' });
    assert.deepStrictEqual(findings.filter((f) => f.kind === 'attribution' || f.kind === 'quote'), []);
  });

  it('a labelled line that runs past a sourced quotation is weighed a sentence at a time, against that speaker only', () => {
    // the first sentence changes one word of Su Aves's; the rest are hers as the sources give them, or her own
    const text = 'CLLR AVES: What we found was alarming. We are one of the worst councils in the country. We will not give up on these children.';
    const quotes = engine.check(text, { asOf: '2022-12-16' }).findings.filter((f) => f.kind === 'quote');
    assert.deepStrictEqual(quotes.map((f) => [text.slice(f.start, f.end), f.suggestions[0]]), [['What we found was alarming', 'What we found was shocking']]);
    // another speaker's near-miss is no misquote of Su Aves's words in a line labelled with another name
    const other = 'CLLR HART: What we found was alarming. We will not give up on these children.';
    assert.deepStrictEqual(engine.check(other, { asOf: '2022-12-16' }).findings.filter((f) => f.kind === 'quote' && f.severity !== 'hint'), []);
  });

  it('a sentence that opens with another connective is the same quotation, not a misquote', () => {
    const text = 'STEVE RACE: Progress has been made. But the service is woefully short of where it should be.';
    assert.deepStrictEqual(engine.check(text, { asOf: '2025-12-05' }).findings.filter((f) => f.kind === 'quote' && f.severity !== 'hint'), []);
  });
});
