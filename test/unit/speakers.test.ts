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
});
