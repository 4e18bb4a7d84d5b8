/**
 * Drafts in the shapes journalists use, each written for this test, where what stands around a claim decides
 * whether it is a conflict: a timeline's dated headings, a table's year column, a Q&A's question, a transcript's
 * scene, and hard-wrapped wire copy with a dateline. Each claim is checked in two places that differ only in that
 * context (the draft's date is 2026, when the 2022 cabinet had long gone).
 */
import * as assert from 'assert';
import * as path from 'path';
import { loadDataset } from '../../src/core/data/loader';
import { createEngine, IncrementalChecker } from '../../src/core/engine';
import { CheckOptions, Finding } from '../../src/core/types';

const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
const LATER: CheckOptions = { asOf: '2026-03-01' };

/** The findings at warning or above, each as [kind, the text it covers, its line (0-based)]. */
function flags(text: string, opts: CheckOptions): [string, string, number][] {
  const r = engine.check(text, opts);
  // the editor's incremental check reads the same context
  assert.deepStrictEqual(new IncrementalChecker(engine).check(text, opts), r);
  const lineOf = (f: Finding) => text.slice(0, f.start).split('\n').length - 1;
  return r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => [f.kind, text.slice(f.start, f.end), lineOf(f)]);
}

/** The (0-based) line of the n-th line holding `needle`. */
const lineWith = (text: string, needle: string, n = 1) => text.split('\n').map((l, i) => (l.includes(needle) ? i : -1)).filter((i) => i >= 0)[n - 1];

describe('shapes: the context of a claim decides its time', () => {
  it('a timeline: the same claim under "### 2022" is history, under "### 2026" out of date', () => {
    const text = [
      '# Devon\u2019s children\u2019s services, year by year',
      '',
      '### 2022',
      '',
      'John Hart, the council leader, says the service must improve.',
      '',
      '### 2026',
      '',
      'John Hart, the council leader, says the service must improve.',
      '',
    ].join('\n');
    const f = flags(text, LATER);
    assert.deepStrictEqual(f.map(([kind, , line]) => [kind, line]), [['outdated', 8]]);
  });

  it('a table: a role in a row whose Year says 2022 is history; the same row in 2026 is out of date', () => {
    const text = [
      '# Who\u2019s who',
      '',
      '| Name | Role | Year |',
      '|---|---|---|',
      '| John Hart | Council leader | 2022 |',
      '| Andrew Leadbetter | Cabinet member for children\u2019s services | 2022 |',
      '| John Hart | Council leader | 2026 |',
      '',
    ].join('\n');
    assert.deepStrictEqual(flags(text, LATER).map(([kind, , line]) => [kind, line]), [['outdated', 6]]);
  });

  it('a Q&A: an answer is set at the time its question asks about', () => {
    const text = [
      '# Devon\u2019s children\u2019s services: your questions',
      '',
      '## Who led the council in December 2022?',
      '',
      'Leader John Hart said the council was taking the report very seriously.',
      '',
      '## Who runs it now?',
      '',
      'Leader John Hart said the council was taking the report very seriously.',
      '',
    ].join('\n');
    assert.deepStrictEqual(flags(text, LATER).map(([kind, , line]) => [kind, line]), [['outdated', 8]]);
  });

  it('a transcript: a scene set in its opening dates what its speakers say', () => {
    const lines = [
      'PRESENTER: The cabinet member for children\u2019s services, Andrew Leadbetter, told the meeting recruitment was very hard.',
      'CLLR WHITTON: MPs were told the service was the third or fourth worst in the country.',
    ];
    const scene = ['# Transcript: Devon\u2019s cabinet', '', 'Recorded at the cabinet meeting on Wednesday 14 December 2022.', '', ...lines, ''].join('\n');
    const none = ['# Transcript: Devon\u2019s cabinet', '', 'Recorded for this programme.', '', ...lines, ''].join('\n');
    assert.deepStrictEqual(flags(scene, LATER), []);
    assert.deepStrictEqual(flags(none, LATER).map(([kind, , line]) => [kind, line]), [['outdated', lineWith(none, 'Andrew Leadbetter')]]);
  });

  it('hard-wrapped wire copy: a name broken over a line is read whole, and the dateline is no date of the meeting', () => {
    const text = [
      'DEVON CABINET TOLD OF FAILINGS',
      '',
      'EXETER, Dec 15 (Westcountry Wire) - Devon County Council\'s cabinet heard',
      'on Wednesday that its children\'s services were among the worst in the',
      'country. The council\'s leader, John Hart, said 50 per cent more money',
      'had been put into the service over the last five years, and the cabinet',
      'member for children\'s services at the time, the Lib Dem Cllr Richard',
      'Jeffries, said recruitment remained very hard across the whole county.',
      '',
    ].join('\n');
    const opts: CheckOptions = { asOf: '2022-12-15', format: 'plaintext' };
    const f = flags(text, opts);
    assert.ok(f.some(([kind, covered]) => kind === 'name' && covered === 'Jeffries'), JSON.stringify(f));
    assert.ok(!f.some(([kind]) => kind === 'date'), JSON.stringify(f));
    // the same copy read line by line (as before the document model) would split the name from its title
    assert.ok(!flags(text.replace(/Richard\nJeffries/, 'Richard\n\nJeffries'), opts).some(([kind, covered]) => kind === 'name' && covered === 'Jeffries'));
  });
});
