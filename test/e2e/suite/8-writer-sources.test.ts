import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, diagnosticsWhere, hoverText, kindOf, open, rangeOf, screenshot, until, ws } from '../helpers';

/** The writer's own sources, written for this test (people and words of our own invention). */
const RELEASE = `---
title: County sets out a new fostering drive
outlet: County press office
date: 2026-11-02
type: release
---

# County sets out a new fostering drive

Councillor Mara Quennell (Green, Harbourside), the cabinet member for children's services, said: "Every child in our care deserves a settled home close to the people they know."
`;

const TRANSCRIPT = `---
title: Interview with Councillor Mara Quennell
date: 2026-11-20
type: transcript
---

# Interview with Councillor Mara Quennell

REPORTER: How many foster carers have you recruited?

MARA QUENNELL: We have recruited thirty new foster carers since the spring and we expect more to follow.
`;

const DRAFT = `# Fostering drive

Councillor Mara Quennell said: "We have recruited forty new foster carers since the spring and we expect more to follow."
`;

const PROFILE = `---
title: Who runs the county's children's services
outlet: Harbourside Gazette
date: 2026-11-12
---

# Who runs the county's children's services

Councillor Mara Quennell (Labour, Harbourside) took on the cabinet role in the spring.
`;

const DISAGREE = `# Who leads on fostering

Green councillor Mara Quennell will lead the drive. Labour councillor Mara Quennell said it would start in the new year.
`;

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = ws(name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

describe('the writer\'s own sources (sources/)', () => {
  const created: vscode.Uri[] = [];
  after(async () => {
    await closeAll();
    for (const u of created) await vscode.workspace.fs.delete(u, { useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(ws('sources'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await (await api() as unknown as { rescanSources(): Promise<void> }).rescanSources();
  });

  it('flags a draft misquoting a transcript in sources/, cites the transcript, and opens it at the sentence', async () => {
    const a = await api() as unknown as { rescanSources(): Promise<void>; sourceProblems(): readonly string[]; state: (u: vscode.Uri) => unknown };
    created.push(await write('sources/release.md', RELEASE), await write('sources/transcript.md', TRANSCRIPT), await write('sources/broken.md', '---\ntitle: never closed\n'));
    created.push(await write('writer-draft.md', DRAFT));
    await a.rescanSources();
    const { doc, editor } = await open('writer-draft.md');
    const ds = await diagnosticsWhere(doc.uri, (d) => d.some((x) => kindOf(x) === 'quote'), 'the misquote of the transcript');
    const quote = ds.find((x) => kindOf(x) === 'quote')!;
    assert.match(quote.message, /thirty/);
    assert.match(quote.message, /forty/);
    // the finding cites the transcript: its title and the sentence
    const st = a.state(doc.uri) as { kind: string; result: { findings: { finding: { kind: string; citations: { source: string; quote: string }[] } }[] } };
    const f = st.result.findings.find((x) => x.finding.kind === 'quote')!;
    assert.strictEqual(f.finding.citations[0].source, 'transcript');
    assert.match(f.finding.citations[0].quote, /We have recruited thirty new foster carers/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf(doc, 'forty').start);
    assert.match(hoverText(hovers), /Interview with Councillor Mara Quennell/);
    // the bad file: one message naming it; the others keep working
    const problems = a.sourceProblems();
    assert.strictEqual(problems.filter((p) => p.includes('sources/broken.md')).length, 1, JSON.stringify(problems));
    assert.match(problems.join('\n'), /front matter is not closed/);
    // Go to Definition opens the transcript in the source view, the sentence selected
    const at = rangeOf(doc, 'forty').start;
    editor.selection = new vscode.Selection(at, at);
    const opened = until(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.scheme === 'devon-factcheck-source' && !e.selection.isEmpty ? e : undefined;
    }, [vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>, vscode.window.onDidChangeTextEditorSelection as vscode.Event<unknown>], 'the transcript in the source view');
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const src = await opened;
    assert.match(src.document.getText(src.selection), /We have recruited thirty new foster carers/);
    assert.match(src.document.getText(), /Interview with Councillor Mara Quennell/);
    await screenshot('writer-sources-f12');
  });

  it('editing and saving the transcript updates the finding', async () => {
    const { doc: t } = await open('sources/transcript.md');
    const r = rangeOf(t, 'thirty');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(t.uri, r, 'forty');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await t.save());
    const draft = ws('writer-draft.md');
    await open('writer-draft.md');
    await diagnosticsWhere(draft, (d) => !d.some((x) => kindOf(x) === 'quote'), 'the misquote gone once the transcript says forty', 20_000);
    // and back: the finding returns, now against the saved words
    const { doc: t2 } = await open('sources/transcript.md');
    const e2 = new vscode.WorkspaceEdit();
    e2.replace(t2.uri, rangeOf(t2, 'forty'), 'twenty');
    assert.ok(await vscode.workspace.applyEdit(e2));
    assert.ok(await t2.save());
    await open('writer-draft.md');
    const ds = await diagnosticsWhere(draft, (d) => d.some((x) => kindOf(x) === 'quote' && /twenty/.test(x.message)), 'the misquote against the edited transcript', 20_000);
    assert.ok(ds.length >= 1);
  });

  it('where two sources disagree, flags neither value and the hover says they disagree, citing both', async () => {
    const a = await api() as unknown as { rescanSources(): Promise<void> };
    // a second source of our own that gives the councillor another party than the press release does
    created.push(await write('sources/profile.md', PROFILE), await write('writer-disagree.md', DISAGREE));
    await a.rescanSources();
    const { doc } = await open('writer-disagree.md');
    const ds = await diagnosticsWhere(doc.uri, (d) => d.filter((x) => kindOf(x) === 'party').length === 2, 'a hint on each party the sources disagree on');
    const party = ds.filter((x) => kindOf(x) === 'party');
    // (the diagnostic's message is what the editor's hover shows first; the extension's hover adds the citations)
    for (const d of party) {
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Hint, d.message);
      assert.match(d.message, /^The sources disagree on Mara Quennell.s party: .*says (Labour|Green); .*says (Labour|Green)\. Neither is used to flag this claim\.$/);
    }
    assert.deepStrictEqual(party.map((d) => doc.getText(d.range)).sort(), ['Green', 'Labour']);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf(doc, 'Green').start);
    const text = hoverText(hovers);
    assert.match(text, /County sets out a new fostering drive/);
    // (the hover's Markdown escapes the apostrophes)
    assert.match(text, /Who runs the county\W+s children\W+s services/);
    await screenshot('writer-sources-disagree');
  });

  it('does not check a source as a draft', async () => {
    const { doc } = await open('sources/release.md');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Devon Fact Check'), []);
  });
});
