import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Engine } from '../../src/core/engine';
import { Dataset } from '../../src/core/data/loader';
import { CheckOptions, Finding, FindingKind, Severity } from '../../src/core/types';
import {
  countWords, findOccurrence, formatEvalText, LabelledDraft, Label, overlaps, parseLabels, readEvalDir, scoreDrafts,
  thresholdFailures,
} from '../../src/cli/eval';
import { InputError } from '../../src/cli/files';
import { CliIO, main } from '../../src/cli/main';

interface Spec {
  at: string;
  occurrence?: number;
  kind?: FindingKind;
  severity?: Severity;
  message?: string;
  suggestions?: string[];
  /** Shift the range: extend/shrink relative to the needle. */
  startDelta?: number;
  endDelta?: number;
}

/** A fake engine: for each draft text, findings at chosen substrings. Records the asOf it was called with. */
function fakeEngine(byText: Map<string, Spec[]>, calls: CheckOptions[] = []): Engine {
  return {
    dataset: {} as Dataset,
    check(text, opts) {
      calls.push(opts);
      const findings: Finding[] = (byText.get(text) ?? []).map((s, i) => {
        const at = findOccurrence(text, s.at, s.occurrence ?? 1);
        if (!at) throw new Error(`fixture: ${s.at} not in text`);
        return {
          start: at.start + (s.startDelta ?? 0), end: at.end + (s.endDelta ?? 0),
          kind: s.kind ?? 'name', severity: s.severity ?? 'error', message: s.message ?? 'Something is wrong here.',
          suggestions: s.suggestions ?? [], citations: [], claimKey: `k${i}`,
        };
      });
      return { findings, confirmations: [] };
    },
  };
}

function draft(name: string, text: string, labels: Label[], asOf = '2025-12-05'): LabelledDraft {
  return parseLabels(name.replace(/\.md$/, '.json'), JSON.stringify({ asOf, flags: labels }), name, text);
}

function score(text: string, labels: Label[], findings: Spec[]) {
  return scoreDrafts(fakeEngine(new Map([[text, findings]])), [draft('d.md', text, labels)]);
}

const T = 'Cllr Richard Jeffries, cabinet member, said the Minister for Schools wrote in January 2021.';

describe('eval: overlap rule', () => {
  it('overlaps() is half-open: touching ranges do not overlap', () => {
    assert.strictEqual(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), false);
    assert.strictEqual(overlaps({ start: 9, end: 12 }, { start: 5, end: 9 }), false);
    assert.strictEqual(overlaps({ start: 4, end: 6 }, { start: 5, end: 9 }), true);
    assert.strictEqual(overlaps({ start: 0, end: 20 }, { start: 5, end: 9 }), true);
    assert.strictEqual(overlaps({ start: 6, end: 7 }, { start: 5, end: 9 }), true);
    assert.strictEqual(overlaps({ start: 6, end: 6 }, { start: 5, end: 9 }), true);
    assert.strictEqual(overlaps({ start: 9, end: 9 }, { start: 5, end: 9 }), false);
  });

  it('a finding partly overlapping the label catches it (not only exact matches)', () => {
    // finding on "Richard Jeffries" overlaps label "Jeffries"
    const r = score(T, [{ text: 'Jeffries', kind: 'name' }], [{ at: 'Richard Jeffries' }]);
    assert.strictEqual(r.caught, 1);
    assert.strictEqual(r.missed, 0);
    assert.strictEqual(r.falseAlarms, 0);
  });

  it('a finding inside a longer label catches it', () => {
    const r = score(T, [{ text: 'the Minister for Schools', kind: 'role' }], [{ at: 'Schools', kind: 'role' }]);
    assert.strictEqual(r.caught, 1);
  });

  it('a finding ending exactly where the label starts is a false alarm and the label is missed', () => {
    // "Richard " ends right at "Jeffries"
    const r = score(T, [{ text: 'Jeffries', kind: 'name' }], [{ at: 'Richard ' }]);
    assert.strictEqual(r.caught, 0);
    assert.strictEqual(r.missed, 1);
    assert.strictEqual(r.falseAlarms, 1);
    assert.strictEqual(r.precision, 0);
    assert.strictEqual(r.recall, 0);
  });

  it('two findings on one label catch it once and are not false alarms', () => {
    const r = score(T, [{ text: 'Richard Jeffries', kind: 'name' }], [{ at: 'Richard' }, { at: 'Jeffries' }]);
    assert.strictEqual(r.caught, 1);
    assert.strictEqual(r.labelled, 1);
    assert.strictEqual(r.falseAlarms, 0);
    assert.strictEqual(r.findingsByKind.name.onLabels, 2);
  });

  it('one finding spanning two labels catches both', () => {
    const r = score(T, [{ text: 'Richard', kind: 'name' }, { text: 'Jeffries', kind: 'name' }], [{ at: 'Richard Jeffries' }]);
    assert.strictEqual(r.caught, 2);
  });
});

describe('eval: hint and neutral rules', () => {
  it('a hint on a label does not catch it', () => {
    const r = score(T, [{ text: 'Jeffries', kind: 'name' }], [{ at: 'Jeffries', severity: 'hint', message: 'Not in the sources.' }]);
    assert.strictEqual(r.caught, 0);
    assert.strictEqual(r.missed, 1);
    assert.deepStrictEqual(r.misses[0].hints, ['Not in the sources.']);
    assert.strictEqual(r.findingsByKind.name.hints, 1);
  });

  it('a hint away from labels is not a false alarm', () => {
    const r = score(T, [], [{ at: 'cabinet', severity: 'hint' }]);
    assert.strictEqual(r.falseAlarms, 0);
    assert.strictEqual(r.precision, 1);
  });

  it('info and warning findings are flags (they catch, and can be false alarms)', () => {
    const r = score(T, [{ text: 'Jeffries', kind: 'name' }], [{ at: 'Jeffries', severity: 'info' }, { at: 'cabinet', severity: 'warning' }]);
    assert.strictEqual(r.caught, 1);
    assert.strictEqual(r.falseAlarms, 1);
    assert.strictEqual(r.precision, 0.5);
  });

  it('a finding on a neutral label is neither a catch nor a false alarm; the neutral label is never missed', () => {
    const labels: Label[] = [{ text: 'cabinet member', kind: 'role', neutral: true }, { text: 'Jeffries', kind: 'name' }];
    const flagged = score(T, labels, [{ at: 'cabinet', kind: 'role' }]);
    assert.strictEqual(flagged.falseAlarms, 0);
    assert.strictEqual(flagged.caught, 0);
    assert.strictEqual(flagged.labelled, 1);
    assert.strictEqual(flagged.neutralFindings, 1);
    assert.strictEqual(flagged.findingsByKind.role.neutral, 1);
    const silent = score(T, labels, []);
    assert.strictEqual(silent.missed, 1, 'only the non-neutral label can be missed');
    assert.strictEqual(silent.misses[0].text, 'Jeffries');
  });

  it('a finding overlapping both a neutral and a real label catches the real one', () => {
    const labels: Label[] = [{ text: 'Richard', kind: 'name', neutral: true }, { text: 'Jeffries', kind: 'name' }];
    const r = score(T, labels, [{ at: 'Richard Jeffries' }]);
    assert.strictEqual(r.caught, 1);
    assert.strictEqual(r.neutralFindings, 0);
  });
});

describe('eval: names the fix', () => {
  const L: Label[] = [{ text: 'Jeffries', kind: 'name', expect: 'Jefferies' }];
  it('counts a message containing expect, case-insensitively', () => {
    const r = score(T, L, [{ at: 'Jeffries', message: 'The sources spell it JEFFERIES.' }]);
    assert.strictEqual(r.fixesNamed, 1);
    assert.strictEqual(r.fixRate, 1);
    assert.strictEqual(r.byKind.name.fixesNamed, 1);
  });
  it('counts a suggestion containing expect', () => {
    const r = score(T, L, [{ at: 'Jeffries', message: 'Misspelt name.', suggestions: ['Richard jefferies'] }]);
    assert.strictEqual(r.fixesNamed, 1);
  });
  it('does not count a caught label whose finding never says expect, and lists it', () => {
    const r = score(T, L, [{ at: 'Jeffries', message: 'Misspelt name.', suggestions: ['Jeffreys'] }]);
    assert.strictEqual(r.caught, 1);
    assert.strictEqual(r.fixesNamed, 0);
    assert.strictEqual(r.fixRate, 0);
    assert.strictEqual(r.fixesNotNamed.length, 1);
    assert.deepStrictEqual(r.fixesNotNamed[0].messages, ['Misspelt name.']);
  });
  it('a hint that names the fix does not count', () => {
    const r = score(T, L, [{ at: 'Jeffries', severity: 'hint', message: 'Jefferies?' }, { at: 'Jeffries', message: 'Misspelt.' }]);
    assert.strictEqual(r.fixesNamed, 0);
  });
});

describe('eval: occurrence and label resolution', () => {
  const text = 'Hart said. Later Hart said again. Hart left.';
  it('uses the first occurrence by default and the occurrence-th when given', () => {
    assert.deepStrictEqual(findOccurrence(text, 'Hart'), { start: 0, end: 4 });
    assert.deepStrictEqual(findOccurrence(text, 'Hart', 2), { start: 17, end: 21 });
    assert.deepStrictEqual(findOccurrence(text, 'Hart', 3), { start: 34, end: 38 });
    assert.strictEqual(findOccurrence(text, 'Hart', 4), undefined);
    const d = draft('x.md', text, [{ text: 'Hart', kind: 'name', occurrence: 2 }]);
    assert.strictEqual(d.labels[0].start, 17);
  });
  it('a finding on the first occurrence does not catch a label on the second', () => {
    const r = scoreDrafts(fakeEngine(new Map([[text, [{ at: 'Hart', occurrence: 1 }]]])), [
      draft('x.md', text, [{ text: 'Hart', kind: 'name', occurrence: 2 }]),
    ]);
    assert.strictEqual(r.caught, 0);
    assert.strictEqual(r.falseAlarms, 1);
  });
  it('rejects labels whose text is not in the draft, bad kinds, bad dates and bad JSON, naming the file', () => {
    assert.throws(() => draft('x.md', text, [{ text: 'Hart', kind: 'name', occurrence: 9 }]), /x\.json: flags\[0\]\.text: occurrence 9 of "Hart" does not occur in x\.md/);
    assert.throws(() => draft('x.md', text, [{ text: 'Nobody', kind: 'name' }]), InputError);
    assert.throws(() => parseLabels('x.json', '{"asOf":"2025-12-05","flags":[{"text":"Hart","kind":"nme"}]}', 'x.md', text), /x\.json: flags\[0\]\.kind/);
    assert.throws(() => parseLabels('x.json', '{"asOf":"2025-02-30","flags":[]}', 'x.md', text), /x\.json: asOf/);
    assert.throws(() => parseLabels('x.json', '{', 'x.md', text), /x\.json: not valid JSON/);
  });
});

describe('eval: figures', () => {
  it('computes precision, recall, F1 over several drafts and passes each draft its asOf', () => {
    const a = 'Jeffries and MacAlister and Hart.';
    const b = 'Clean copy about Devon with four words extra.';
    const calls: CheckOptions[] = [];
    const engine = fakeEngine(new Map<string, Spec[]>([
      [a, [{ at: 'Jeffries', message: 'Jefferies' }, { at: 'Hart', kind: 'role' }]],
      [b, [{ at: 'Devon', kind: 'organisation' }]],
    ]), calls);
    const r = scoreDrafts(engine, [
      draft('a.md', a, [{ text: 'Jeffries', kind: 'name', expect: 'Jefferies' }, { text: 'MacAlister', kind: 'name', expect: 'Josh' }], '2022-12-16'),
      draft('b.md', b, [], '2025-12-05'),
    ]);
    assert.deepStrictEqual(calls.map((c) => c.asOf), ['2022-12-16', '2025-12-05']);
    assert.strictEqual(r.drafts, 2);
    assert.strictEqual(r.labelled, 2);
    assert.strictEqual(r.caught, 1);
    assert.strictEqual(r.missed, 1);
    assert.strictEqual(r.falseAlarms, 2); // Hart in a, Devon in b
    assert.strictEqual(r.fixesNamed, 1);
    assert.strictEqual(r.precision, 0.3333);
    assert.strictEqual(r.recall, 0.5);
    assert.strictEqual(r.f1, 0.4);
    assert.strictEqual(r.words, 5 + 8);
    assert.strictEqual(r.falseAlarmsPer1000Words, Math.round((2000 / 13) * 10000) / 10000);
    assert.deepStrictEqual(r.byKind.name, { labelled: 2, caught: 1, missed: 1, fixesNamed: 1 });
    assert.deepStrictEqual(r.findingsByKind.role, { findings: 1, onLabels: 0, falseAlarms: 1, neutral: 0, hints: 0 });
    assert.deepStrictEqual(r.findingsByKind.organisation.falseAlarms, 1);
    assert.deepStrictEqual(r.perDraft.map((d) => [d.file, d.caught, d.missed, d.falseAlarms]), [['a.md', 1, 1, 1], ['b.md', 0, 0, 1]]);
    assert.deepStrictEqual(r.falseAlarmList.map((f) => [f.file, f.text, f.line, f.column]), [['a.md', 'Hart', 1, 29], ['b.md', 'Devon', 1, 18]]);
    assert.strictEqual(r.misses[0].text, 'MacAlister');
  });

  it('a correct draft with no findings scores perfectly; F1 is 0 when nothing is caught', () => {
    const clean = score('All correct.', [], []);
    assert.deepStrictEqual([clean.precision, clean.recall, clean.f1, clean.falseAlarmsPer1000Words], [1, 1, 1, 0]);
    const none = score(T, [{ text: 'Jeffries', kind: 'name' }], []);
    assert.deepStrictEqual([none.precision, none.recall, none.f1], [1, 0, 0]);
  });

  it('records a label caught by a finding of another kind', () => {
    const r = score(T, [{ text: 'Jeffries', kind: 'name' }], [{ at: 'Jeffries', kind: 'role' }]);
    assert.strictEqual(r.caught, 1);
    assert.deepStrictEqual(r.kindMismatches.map((k) => k.caughtAs), [['role']]);
  });

  it('counts words as letter/digit runs (markdown symbols are not words)', () => {
    assert.strictEqual(countWords('# Head\n\n- one, two\u2019s re-run 2025!'), 5);
    assert.strictEqual(countWords(''), 0);
  });

  it('thresholds: fails exactly the figures below their minimum', () => {
    const r = score(T, [{ text: 'Jeffries', kind: 'name', expect: 'Jefferies' }, { text: 'cabinet', kind: 'role' }], [{ at: 'Jeffries' }]);
    assert.deepStrictEqual(thresholdFailures(r, {}), []);
    assert.deepStrictEqual(thresholdFailures(r, { minPrecision: 1, minRecall: 0.5, minFixes: 0 }), []);
    const f = thresholdFailures(r, { minPrecision: 1, minRecall: 0.6, minFixes: 0.5 });
    assert.strictEqual(f.length, 2);
    assert.match(f[0], /^recall 0\.500 is below 0\.600$/);
    assert.match(f[1], /^fix rate 0\.000 is below 0\.500$/);
  });

  it('text report lists each miss and false alarm with file, text and message', () => {
    const r = score(T, [{ text: 'Jeffries', kind: 'name', expect: 'Jefferies' }], [{ at: 'cabinet', kind: 'role', message: 'Wrong role: the sources say lead member.' }]);
    const out = formatEvalText(r, ['recall 0.000 is below 0.500']);
    assert.match(out, /Missed \(1\):\n  d\.md:1:14: \[name\] \u201cJeffries\u201d \u2014 expected \u201cJefferies\u201d/);
    assert.match(out, /False alarms \(1\):\n  d\.md:1:24: error role on \u201ccabinet\u201d: Wrong role: the sources say lead member\./);
    assert.match(out, /precision 0\.000  recall 0\.000  F1 0\.000/);
    assert.match(out, /FAIL: recall 0\.000 is below 0\.500/);
  });
});

describe('eval: reading a directory and the eval command', () => {
  let dir: string;
  const A = 'Cllr Richard Jeffries said.\n';
  const B = 'A correct draft.\n';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dfc-eval-'));
    fs.writeFileSync(path.join(dir, 'a.md'), '\ufeff' + A);
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ asOf: '2025-12-05', flags: [{ text: 'Jeffries', kind: 'name', expect: 'Jefferies' }] }));
    fs.writeFileSync(path.join(dir, 'b.md'), B);
    fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ asOf: '2025-12-05', flags: [] }));
    fs.writeFileSync(path.join(dir, 'README.md'), '# About\n');
    fs.writeFileSync(path.join(dir, 'orphan.md'), 'no labels');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function io(engine: Engine) {
    const out: string[] = [];
    const err: string[] = [];
    const cio: CliIO = {
      stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) },
      env: {}, cwd: dir, now: () => new Date('2025-12-05T12:00:00Z'), loadEngine: () => engine,
    };
    return { cio, out: () => out.join(''), err: () => err.join('') };
  }

  it('reads NAME.md/NAME.json pairs, strips a BOM, ignores README and notes unlabelled drafts', () => {
    const { drafts, notes } = readEvalDir(dir);
    assert.deepStrictEqual(drafts.map((d) => d.name), ['a.md', 'b.md']);
    assert.strictEqual(drafts[0].text, A);
    assert.strictEqual(drafts[0].labels[0].start, A.indexOf('Jeffries'));
    assert.deepStrictEqual(notes, ['orphan.md: no orphan.json labels; skipped']);
  });

  it('exit 0 and a JSON report when thresholds are met', () => {
    const e = fakeEngine(new Map([[A, [{ at: 'Jeffries', message: 'Spelt Jefferies in the sources.' }]]]));
    const t = io(e);
    const code = main(['eval', dir, '--format', 'json', '--min-precision', '1', '--min-recall=1', '--min-fixes', '1'], t.cio);
    assert.strictEqual(code, 0, t.err());
    const j = JSON.parse(t.out());
    assert.strictEqual(j.labelled, 1);
    assert.strictEqual(j.caught, 1);
    assert.strictEqual(j.precision, 1);
    assert.strictEqual(j.passed, true);
    assert.deepStrictEqual(j.failures, []);
    assert.match(t.err(), /orphan\.md: no orphan\.json labels/);
  });

  it('exit 1 when a figure is below its threshold; exit 0 without thresholds', () => {
    const e = fakeEngine(new Map([[B, [{ at: 'correct' }]]]));
    const t = io(e);
    assert.strictEqual(main(['eval', dir, '--min-recall', '0.5'], t.cio), 1);
    assert.match(t.out(), /FAIL: recall 0\.000 is below 0\.500/);
    assert.match(t.out(), /b\.md:1:3: error name on \u201ccorrect\u201d/);
    assert.strictEqual(main(['eval', dir], io(e).cio), 0);
  });

  it('exit 2 for a missing directory, a file, an empty directory, bad labels, bad thresholds', () => {
    const e = fakeEngine(new Map());
    const cases: string[][] = [
      ['eval', path.join(dir, 'nope')],
      ['eval', path.join(dir, 'a.md')],
      ['eval', dir, '--min-recall', '1.5'],
      ['eval', dir, '--min-recall', 'abc'],
      ['eval', dir, '--format', 'sarif'],
      ['eval'],
    ];
    for (const c of cases) {
      const t = io(e);
      assert.strictEqual(main(c, t.cio), 2, c.join(' '));
      assert.strictEqual(t.err().trim().split('\n').length, 1, t.err());
      assert.match(t.err(), /^devon-factcheck: /);
    }
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dfc-empty-'));
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'dfc-bad-'));
    fs.writeFileSync(path.join(bad, 'x.md'), 'text');
    fs.writeFileSync(path.join(bad, 'x.json'), '{"asOf":"2025-12-05","flags":[{"text":"absent","kind":"name"}]}');
    try {
      let t = io(e);
      assert.strictEqual(main(['eval', empty], t.cio), 2);
      assert.match(t.err(), /no labelled drafts/);
      t = io(e);
      assert.strictEqual(main(['eval', bad], t.cio), 2);
      assert.match(t.err(), /x\.json: flags\[0\]\.text: "absent" does not occur in x\.md/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe('eval: the shared labelled drafts (integration)', () => {
  const shared = '/work/shared/eval';
  it('every label resolves against its draft', function () {
    if (!fs.existsSync(shared)) this.skip();
    const { drafts } = readEvalDir(shared);
    assert.ok(drafts.length >= 1);
    for (const d of drafts) for (const l of d.labels) assert.strictEqual(d.text.slice(l.start, l.end), l.text);
  });
});
