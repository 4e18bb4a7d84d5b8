import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, checked, codeActionsWith, diagnosticsWhere, hoverText, kindOf, open, ours, rangeOf, screenshot, showHoverAt, until } from '../helpers';

const RACE = '"This is the last chance for Devon County Council to implement real change for vulnerable children under their watch. With more stable leadership in Devon County Council over the past year, and a new reorganisation of parts of the service, some green shoots have started to appear and I welcome this," said Exeter MP Steve Race.';

describe('Find Quote', () => {
  it('inserts the picked quotation with its attribution at the cursor, and the checker accepts it', async () => {
    const { doc, editor } = await open('scratch.md');
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const r = await vscode.commands.executeCommand<{ quoteId: string; text: string; action: string }>('devonFactCheck.findQuote', { pick: 'race-last-chance' });
    assert.ok(r);
    assert.strictEqual(r.text, RACE);
    assert.ok(doc.getText().endsWith(RACE), 'inserted at the cursor');
    await checked(doc);
    assert.ok(!ours(doc.uri).some((d) => kindOf(d) === 'quote' || kindOf(d) === 'attribution'), 'a quotation inserted from the sources is not flagged');
  });

  it('finds a quotation from a fuzzy query and copies it', async () => {
    const r = await vscode.commands.executeCommand<{ quoteId: string; text: string; action: string }>('devonFactCheck.findQuote', { query: 'spectaculary faild', action: 'copy' });
    assert.ok(r);
    assert.strictEqual(r.quoteId, 'brazil-spectacularly-failed');
    assert.strictEqual(r.action, 'copy');
    assert.match(r.text, /^Opposition leader Julian Brazil said "spectacularly failed/);
    const clip = await vscode.env.clipboard.readText();
    assert.strictEqual(clip, r.text);
  });

  it('shows a picker of quotations with speaker, headline and date when run without arguments', async () => {
    await open('scratch.md');
    const p = vscode.commands.executeCommand('devonFactCheck.findQuote', { query: 'implement real change' });
    // the picker is open: accept the first item
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const r = await p as { quoteId: string } | undefined;
    assert.ok(r, 'Enter in the picker inserts a quotation');
    assert.strictEqual(r.quoteId, 'race-last-chance');
  });
});

describe('Find Quote like a search box', () => {
  /** A new draft holding `content`, the cursor at its end. */
  const atEnd = async (_name: string, content = '') => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# Quotes\n\n${content}` });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    return { doc, editor };
  };

  it('ranks the quotation holding the phrase first, speaker and date in sight (screenshot in test-output/)', async () => {
    await atEnd('scratch.md');
    const p = Promise.resolve(vscode.commands.executeCommand<{ quoteId: string }>('devonFactCheck.findQuote', { query: 'last chance' }));
    await new Promise((r) => setTimeout(r, 1200));
    await screenshot('find-quote-picker');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const r = await p;
    assert.strictEqual(r?.quoteId, 'race-last-chance', 'Enter takes the best match');
  });

  it('inserts only the sentence that matched, or the words alone (screenshot in test-output/)', async () => {
    const { doc } = await atEnd('scratch.md');
    const s = await vscode.commands.executeCommand<{ text: string; mode: string }>('devonFactCheck.findQuote', { pick: 'race-last-chance', query: 'last chance', mode: 'sentence' });
    assert.strictEqual(s.text, '"This is the last chance for Devon County Council to implement real change for vulnerable children under their watch," said Exeter MP Steve Race.');
    assert.ok(doc.getText().endsWith(s.text));
    await vscode.commands.executeCommand('editor.action.insertLineAfter');
    const w = await vscode.commands.executeCommand<{ text: string }>('devonFactCheck.findQuote', { pick: 'race-last-chance', mode: 'words' });
    assert.match(w.text, /^"This is the last chance[^"]*welcome this\."$/);
    assert.ok(doc.getText().endsWith(w.text));
    await checked(doc);
    assert.ok(!ours(doc.uri).some((d) => kindOf(d) === 'quote' || kindOf(d) === 'attribution'), 'what was inserted is not flagged');
    await new Promise((r) => setTimeout(r, 500));
    await screenshot('find-quote-sentence-and-words');
  });

  it('adds no second attribution after "Mr Race said:" (screenshot in test-output/)', async () => {
    const { doc } = await atEnd('scratch.md', 'Exeter MP Steve Race said:');
    const r = await vscode.commands.executeCommand<{ text: string; attributedBefore: boolean }>('devonFactCheck.findQuote', { pick: 'race-last-chance', query: 'last chance' });
    assert.strictEqual(r.attributedBefore, true);
    assert.ok(doc.getText().endsWith('Exeter MP Steve Race said: "This is the last chance for Devon County Council to implement real change for vulnerable children under their watch. With more stable leadership in Devon County Council over the past year, and a new reorganisation of parts of the service, some green shoots have started to appear and I welcome this."'), doc.getText());
    assert.strictEqual((doc.getText().match(/Steve Race/g) ?? []).length, 1, 'the speaker named once');
    await checked(doc);
    assert.ok(!ours(doc.uri).some((d) => kindOf(d) === 'quote' || kindOf(d) === 'attribution'));
    await new Promise((r) => setTimeout(r, 500));
    await screenshot('find-quote-after-said');
  });
});

describe('Set Story Date', () => {
  const conservative = (doc: vscode.TextDocument) => (d: vscode.Diagnostic) => {
    const k = kindOf(d);
    return (k === 'outdated' || k === 'party') && !!d.range.intersection(rangeOf(doc, 'Conservative-run'));
  };

  it('changes whether "Conservative-run" is out of date', async () => {
    const { doc } = await open('outdated.md');
    const d1 = await vscode.commands.executeCommand<string>('devonFactCheck.setStoryDate', '2026-11-20');
    assert.strictEqual(d1, '2026-11-20');
    const ds = await diagnosticsWhere(doc.uri, (ds) => ds.some(conservative(doc)), 'an outdated-control finding as of 2026');
    assert.match(ds.find(conservative(doc))!.message, /Lib(eral)?[ -]Dem/i);
    await vscode.commands.executeCommand('devonFactCheck.setStoryDate', '2022-12-16');
    await diagnosticsWhere(doc.uri, (ds) => !ds.some(conservative(doc)), 'no finding as of December 2022');
    const a = await api();
    const st = a.state(doc.uri);
    assert.ok(st && st.kind === 'checked' && st.result.asOf === '2022-12-16');
  });

  it('asks for the date in an input box prefilled with the current one', async () => {
    const { doc } = await open('outdated.md');
    await vscode.commands.executeCommand('devonFactCheck.setStoryDate', '2026-11-20');
    const p = vscode.commands.executeCommand<string>('devonFactCheck.setStoryDate');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(await p, '2026-11-20');
    await checked(doc);
  });

  it('reads 2022-12-15, 15/12/2022, 15 December 2022 and today', async () => {
    await open('outdated.md');
    for (const [input, want] of [['2022-12-15', '2022-12-15'], ['15/12/2022', '2022-12-15'], ['15 December 2022', '2022-12-15'], ['today', new Date().toISOString().slice(0, 10)]]) {
      assert.strictEqual(await vscode.commands.executeCommand<string>('devonFactCheck.setStoryDate', input), want, input);
    }
  });

  it('pre-fills the box with the date in use, not "today"', async () => {
    const { doc } = await open('clean.md');
    const a = await api();
    await checked(doc);
    const p = vscode.commands.executeCommand<string>('devonFactCheck.setStoryDate');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(await p, '2025-12-05', 'the setting’s date, as the box showed it');
    assert.ok(a.storyDateStatus().visible);
  });

  it('shows the date in use in the status bar, and where it comes from (screenshot in test-output/)', async () => {
    const { doc } = await open('scratch.md');
    await checked(doc);
    const a = await api();
    assert.strictEqual(a.storyDateStatus().text, '$(calendar) 5 Dec 2025 (setting)');
    assert.match(a.storyDateStatus().tooltip, /5 December 2025, from the devonFactCheck\.storyDate setting/);
    await vscode.commands.executeCommand('devonFactCheck.setStoryDate', '15/12/2022');
    await until(() => a.storyDateStatus().text === '$(calendar) 15 Dec 2022 (set for draft)', [a.onDidChangeResult as vscode.Event<unknown>], 'the new date in the status bar', 5000, () => a.storyDateStatus().text);
    assert.match(a.storyDateStatus().tooltip, /15 December 2022, from set for this draft/);
    await new Promise((r) => setTimeout(r, 500));
    await screenshot('status-bar-story-date');
  });

  it('offers "Set story date to …" on an outdated claim, the day of the source it agrees with', async () => {
    const { doc } = await open('outdated.md');
    await vscode.commands.executeCommand('devonFactCheck.setStoryDate', '2026-11-20');
    const ds = await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'outdated'), 'an outdated claim as of 2026');
    const d = ds.find((x) => kindOf(x) === 'outdated')!;
    const { action: fix } = await codeActionsWith(doc, d.range, 'Set story date to 14 December 2022');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, d.range.start);
    assert.match(hoverText(hovers), /Set story date to 14 December 2022/, 'in the card too');
    await showHoverAt(vscode.window.activeTextEditor!, d.range.start.translate(0, 2));
    await screenshot('hover-outdated');
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
    await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
    await diagnosticsWhere(doc.uri, (ds) => !ds.some((x) => kindOf(x) === 'outdated'), 'not outdated on the day the source reports');
    const a = await api();
    assert.strictEqual(a.storyDateStatus().text, '$(calendar) 14 Dec 2022 (set for draft)');
  });

  it('rejects a date that is not YYYY-MM-DD or "today"', async () => {
    await open('outdated.md');
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('devonFactCheck.setStoryDate', '2025-02-30')));
    const today = await vscode.commands.executeCommand<string>('devonFactCheck.setStoryDate', 'today');
    assert.strictEqual(today, new Date().toISOString().slice(0, 10));
  });
});

describe('Open Source Article', () => {
  it('offers the source articles in a picker and opens the chosen one read-only', async () => {
    const p = Promise.resolve(vscode.commands.executeCommand<{ uri: string }>('devonFactCheck.openSource'));
    // the picker opens asynchronously: press Enter until it has been there to take it
    let settled = false;
    void p.finally(() => { settled = true; });
    while (!settled) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await Promise.race([p, new Promise((res) => setTimeout(res, 100))]);
    }
    const r = await p;
    assert.ok(r, 'Enter opens the first article');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.scheme, 'devon-factcheck-source');
  });
});

describe('Check Document and Check Workspace', () => {
  it('Check Document returns the number of findings', async () => {
    const { doc } = await open('conflicts.md');
    const n = await vscode.commands.executeCommand<number>('devonFactCheck.checkDocument');
    assert.strictEqual(n, ours(doc.uri).length);
    assert.ok(n >= 1);
  });

  it('Check Workspace checks every .md and .txt file, open or not', async () => {
    const r = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('devonFactCheck.checkWorkspace');
    assert.ok(r);
    assert.strictEqual(r.files, 8);
    assert.ok(r.findings >= 4, `findings: ${r.findings}`);
    assert.strictEqual(r.cancelled, false);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    assert.ok(ours(vscode.Uri.joinPath(folder, 'notes.txt')).length >= 1, 'diagnostics for a file that is not open');
  });
});

describe('status bar', () => {
  it('counts the conflicts of the active draft and goes to the next one', async () => {
    const { doc, editor } = await open('conflicts.md');
    await checked(doc);
    const a = await api();
    const n = ours(doc.uri).filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint).length;
    assert.ok(a.status().visible);
    const conflicts = ours(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const toCheck = ours(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    assert.ok(conflicts > 0 && toCheck > 0 && conflicts + toCheck === n);
    assert.strictEqual(a.status().text, `$(error) Fact check: ${conflicts} conflict${conflicts === 1 ? '' : 's'}, ${toCheck} to check`, 'warnings are not counted as conflicts');
    assert.strictEqual(a.status().command, 'devonFactCheck.nextConflict');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('devonFactCheck.nextConflict');
    const first = ours(doc.uri).map((d) => d.range).sort((x, y) => x.start.compareTo(y.start))[0];
    assert.ok(vscode.window.activeTextEditor!.selection.isEqual(new vscode.Selection(first.start, first.end)));
  });
});
