import * as assert from 'assert';
import * as path from 'path';
import fc from 'fast-check';
import { Citation, Finding } from '../../src/core/types';
import { LineMap } from '../../src/cli/lines';
import { artifactUri, CheckedFile, FileResult, formatText, summaryLine, toJsonReport, toSarif } from '../../src/cli/format';

const CITE: Citation = {
  source: 'dcc-cabinet-2022-12',
  title: 'Devon children\u2019s services \u2018among the worst\u2019',
  date: 'mid-December 2022',
  quote: 'Cllr Richard Jefferies, cabinet member for children\u2019s services,\nsaid so.',
  start: 10, end: 80, evidenceStart: 15, evidenceEnd: 30,
};

function finding(text: string, needle: string, over: Partial<Finding> = {}): Finding {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `fixture: ${needle} not in text`);
  return {
    start, end: start + needle.length, kind: 'name', severity: 'error',
    message: 'The sources spell it Jefferies.', suggestions: ['Jefferies'], citations: [CITE], claimKey: 'name:' + needle,
    ...over,
  };
}

/** Reference implementation: walk the text char by char. */
function slowPosition(text: string, off: number) {
  let line = 0, ls = 0;
  for (let i = 0; i < off; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) { line++; ls = i + 1; }
    else if (c === '\r') { /* CR of CRLF: the LF ends the line */ }
  }
  return { line, character: off - ls };
}

describe('LineMap (offset → line/character)', () => {
  it('maps LF text, 0-based', () => {
    const m = new LineMap('ab\ncd\n\nef');
    assert.deepStrictEqual(m.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(m.positionAt(2), { line: 0, character: 2 });
    assert.deepStrictEqual(m.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(m.positionAt(6), { line: 2, character: 0 });
    assert.deepStrictEqual(m.positionAt(8), { line: 3, character: 1 });
    assert.strictEqual(m.lineCount, 4);
  });

  it('counts CRLF as one line break and a lone CR as a break', () => {
    const t = 'one\r\ntwo\r\n\r\nthree\rfour';
    const m = new LineMap(t);
    assert.deepStrictEqual(m.positionAt(t.indexOf('two')), { line: 1, character: 0 });
    assert.deepStrictEqual(m.positionAt(t.indexOf('three')), { line: 3, character: 0 });
    assert.deepStrictEqual(m.positionAt(t.indexOf('four')), { line: 4, character: 0 });
    assert.strictEqual(m.lineCount, 5);
  });

  it('counts an emoji before a finding as two UTF-16 units, curly quotes as one', () => {
    const t = 'Intro 😀 \u201cquoted\u201d Jeffries';
    const m = new LineMap(t);
    const at = t.indexOf('Jeffries');
    assert.strictEqual(at, 'Intro '.length + 2 + 1 + 8 + 1);
    assert.deepStrictEqual(m.positionAt(at), { line: 0, character: at });
    const t2 = '😀😀\r\n\u2018x\u2019 😀Jeffries';
    assert.deepStrictEqual(new LineMap(t2).positionAt(t2.indexOf('Jeffries')), { line: 1, character: 6 });
  });

  it('clamps offsets outside the text and handles the empty text', () => {
    const m = new LineMap('ab\ncd');
    assert.deepStrictEqual(m.positionAt(-5), { line: 0, character: 0 });
    assert.deepStrictEqual(m.positionAt(99), { line: 1, character: 2 });
    assert.deepStrictEqual(new LineMap('').positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(new LineMap('x\n').positionAt(2), { line: 1, character: 0 });
  });

  it('agrees with a character-by-character walk on arbitrary text (property)', () => {
    const chars = fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '😀', '\u201c', 'é');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), fc.nat(), (text, n) => {
        const off = text.length ? n % (text.length + 1) : 0;
        // an offset between the CR and LF of a CRLF is not a real position; skip it
        fc.pre(!(text[off - 1] === '\r' && text[off] === '\n'));
        assert.deepStrictEqual(new LineMap(text).positionAt(off), slowPosition(text, off));
      }),
      { numRuns: 500 },
    );
  });

  it('maps a huge file (5 MB, 120k lines, 100k lookups; how its time grows: npm run test:growth)', () => {
    const text = ('A line of copy about Devon County Council.\r\n').repeat(120_000);
    const m = new LineMap(text);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += m.positionAt((i * 7919) % text.length).line;
    assert.ok(sum > 0);
    assert.deepStrictEqual(m.positionAt(text.length), { line: 120_000, character: 0 });
  });
});

const TEXT = '# Head\r\n\r\nIntro 😀 \u201cCllr Richard Jeffries\u201d said.\r\nMore text here.\n';

function checked(over: Partial<CheckedFile> = {}): CheckedFile {
  return { path: 'drafts/a.md', asOf: '2025-12-05', asOfFrom: 'option', text: TEXT, findings: [finding(TEXT, 'Jeffries')], ...over };
}

describe('JSON report', () => {
  it('has exactly the contract fields, with 0-based line/character', () => {
    const skipped: FileResult = { path: 'b.bin', skipped: 'binary file (contains NUL bytes)' };
    const r = toJsonReport([checked(), skipped]);
    assert.deepStrictEqual(Object.keys(r), ['files']);
    const f0 = r.files[0];
    assert.ok('findings' in f0);
    assert.deepStrictEqual(Object.keys(f0).sort(), ['asOf', 'asOfFrom', 'findings', 'path']);
    assert.strictEqual(f0.path, 'drafts/a.md');
    assert.strictEqual(f0.asOf, '2025-12-05');
    assert.strictEqual(f0.asOfFrom, 'option');
    const j = f0.findings[0];
    assert.deepStrictEqual(Object.keys(j).sort(), [
      'character', 'citations', 'end', 'endCharacter', 'endLine', 'kind', 'line', 'message', 'severity', 'start', 'suggestions',
    ]);
    const start = TEXT.indexOf('Jeffries');
    assert.strictEqual(j.start, start);
    assert.strictEqual(j.end, start + 8);
    assert.strictEqual(TEXT.slice(j.start, j.end), 'Jeffries');
    // line 2 (0-based): "Intro 😀 “Cllr Richard " — emoji is 2 units
    assert.strictEqual(j.line, 2);
    assert.strictEqual(j.character, 'Intro '.length + 2 + ' \u201cCllr Richard '.length);
    assert.strictEqual(j.endLine, 2);
    assert.strictEqual(j.endCharacter, j.character + 8);
    assert.deepStrictEqual(j.citations, [{ source: CITE.source, title: CITE.title, date: CITE.date, quote: CITE.quote }]);
    assert.deepStrictEqual(j.suggestions, ['Jefferies']);
    assert.deepStrictEqual(r.files[1], { path: 'b.bin', skipped: 'binary file (contains NUL bytes)' });
  });

  it('maps a finding spanning a CRLF to its end line', () => {
    const f = { ...finding(TEXT, 'said.\r\nMore'), kind: 'quote' as const };
    const j = toJsonReport([checked({ findings: [f] })]).files[0];
    assert.ok('findings' in j);
    assert.strictEqual(j.findings[0].endLine, 3);
    assert.strictEqual(j.findings[0].endCharacter, 4);
  });

  it('round-trips through JSON.stringify', () => {
    const r = toJsonReport([checked()]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(r)), r);
  });
});

describe('text report', () => {
  it('prints path:line:col (1-based), severity, kind, message, source and suggestion, then a summary', () => {
    const out = formatText([checked()], { color: false });
    const lines = out.trimEnd().split('\n');
    const col = 'Intro '.length + 2 + ' \u201cCllr Richard '.length + 1;
    assert.strictEqual(lines[0], `drafts/a.md:3:${col}: error name: The sources spell it Jefferies.`);
    assert.strictEqual(
      lines[1],
      `  source: ${CITE.title} (mid-December 2022): \u201cCllr Richard Jefferies, cabinet member for children\u2019s services, said so.\u201d`,
    );
    assert.strictEqual(lines[2], '  suggestion: Jefferies');
    assert.strictEqual(lines[3], '1 file checked: 1 error, 0 warnings');
    assert.ok(!out.includes('\u001b['), 'no colour codes');
  });

  it('colours only when asked', () => {
    assert.ok(formatText([checked()], { color: true }).includes('\u001b[1;31merror\u001b[0m'));
  });

  it('lists other suggestions and a quotation diff', () => {
    const f = finding(TEXT, 'More text', {
      kind: 'quote', severity: 'warning', suggestions: ['Much text', 'Most text'], citations: [],
      diff: [{ op: 'draft', text: 'More' }, { op: 'source', text: 'Much' }, { op: 'same', text: ' text' }],
    });
    const out = formatText([checked({ findings: [f] })], { color: false });
    assert.ok(out.includes('  diff: [-More-] {+Much+} text\n'));
    assert.ok(out.includes('  suggestion: Much text (or: Most text)\n'));
    assert.ok(out.includes(': warning quote: '));
  });

  it('summarises counts with plurals, skipped files, info and hints', () => {
    const fs = [
      finding(TEXT, 'Jeffries'),
      finding(TEXT, 'Richard', { severity: 'error' }),
      finding(TEXT, 'Intro', { severity: 'warning' }),
      finding(TEXT, 'More', { severity: 'hint' }),
    ];
    const s = summaryLine([checked({ findings: fs }), checked({ path: 'b.md', findings: [] }), { path: 'c', skipped: 'x' }]);
    assert.strictEqual(s, '2 files checked (1 skipped): 2 errors, 1 warning, 1 hint');
    assert.strictEqual(summaryLine([checked({ findings: [] })]), '1 file checked: 0 errors, 0 warnings');
  });
});

describe('SARIF report', () => {
  const cwd = path.resolve('/work/project');
  it('is SARIF 2.1.0 with one rule per kind and 1-based regions', () => {
    const warn = finding(TEXT, 'More text', { kind: 'quote', severity: 'warning', suggestions: [] });
    const hint = finding(TEXT, 'Head', { kind: 'organisation', severity: 'hint', suggestions: [] });
    const info = finding(TEXT, 'said', { kind: 'role', severity: 'info', suggestions: [] });
    const s = toSarif([checked({ findings: [finding(TEXT, 'Jeffries'), warn, hint, info] }), { path: 'x.bin', skipped: 'binary' }], {
      cwd, version: '0.1.0',
    }) as any;
    assert.strictEqual(s.version, '2.1.0');
    assert.match(s.$schema, /sarif-2\.1\.0/);
    assert.strictEqual(s.runs.length, 1);
    const run = s.runs[0];
    assert.strictEqual(run.tool.driver.name, 'Devon Fact Check');
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    assert.deepStrictEqual(ids, ['name', 'role', 'party', 'ward', 'organisation', 'date', 'rating', 'number', 'quote', 'attribution', 'outdated']);
    for (const r of run.tool.driver.rules) assert.ok(r.shortDescription.text.length > 10);
    assert.deepStrictEqual(run.results.map((r: any) => r.level), ['error', 'warning', 'note', 'note']);
    const r0 = run.results[0];
    assert.strictEqual(r0.ruleId, 'name');
    assert.strictEqual(run.tool.driver.rules[r0.ruleIndex].id, 'name');
    assert.strictEqual(r0.message.text, 'The sources spell it Jefferies.');
    const loc = r0.locations[0].physicalLocation;
    assert.strictEqual(loc.artifactLocation.uri, 'drafts/a.md');
    const start = TEXT.indexOf('Jeffries');
    const col = 'Intro '.length + 2 + ' \u201cCllr Richard '.length + 1;
    assert.deepStrictEqual(
      { ...loc.region, snippet: undefined },
      { startLine: 3, startColumn: col, endLine: 3, endColumn: col + 8, charOffset: start, charLength: 8, snippet: undefined },
    );
    assert.strictEqual(run.columnKind, 'utf16CodeUnits');
    // fixes from suggestions
    assert.strictEqual(r0.fixes.length, 1);
    const rep = r0.fixes[0].artifactChanges[0].replacements[0];
    assert.deepStrictEqual(rep, { deletedRegion: { charOffset: start, charLength: 8 }, insertedContent: { text: 'Jefferies' } });
    assert.strictEqual(run.results[1].fixes, undefined);
    // the skipped file is a notification, not a result
    assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /skipped x\.bin: binary/);
    assert.strictEqual(run.artifacts.length, 1);
  });

  it('uses relative forward-slash URIs under cwd and file: URIs outside it', () => {
    assert.deepStrictEqual(artifactUri('drafts/my draft.md', cwd), { uri: 'drafts/my%20draft.md', uriBaseId: '%SRCROOT%' });
    assert.deepStrictEqual(artifactUri(path.join(cwd, 'a.md'), cwd), { uri: 'a.md', uriBaseId: '%SRCROOT%' });
    const out = artifactUri('/elsewhere/b.md', cwd);
    assert.match(out.uri, /^file:\/\/.*elsewhere\/b\.md$/);
  });
});
