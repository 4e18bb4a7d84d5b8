import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, checked, diagnosticsWhere, hoverText, kindOf, open, ours, rangeOf, setConfig } from '../helpers';

const isName = (doc: vscode.TextDocument) => (d: vscode.Diagnostic) => kindOf(d) === 'name' && doc.getText(d.range).includes('Jeffries');

function onlyOurLinks(md: string): void {
  const links = [...md.matchAll(/\]\(([^)\s]+)/g)].map((m) => m[1]);
  for (const l of links) assert.match(l, /^command:devonFactCheck\.openSource\?/, `only the Open source command is linked, not ${l}`);
  assert.ok(!/<a\s|<img|javascript:/i.test(md), 'no raw HTML');
}

describe('hover citations', () => {
  it('shows what conflicts, the verbatim source sentence, headline, date and an Open source link', async () => {
    const { doc } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    const at = rangeOf(doc, 'Jeffries').start.translate(0, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const md = hoverText(hovers);
    assert.match(md, /Jefferies/);
    assert.match(md, /Councillor Richard Jefferies/, 'the source sentence');
    assert.match(md, /If Government want children services improved/, 'the headline');
    assert.match(md, /2025/, 'the date');
    assert.match(md, /\[Open source\]\(command:devonFactCheck\.openSource\?/);
    onlyOurLinks(md);
    // the command link's argument opens the article at the cited sentence
    const arg = JSON.parse(decodeURIComponent(/command:devonFactCheck\.openSource\?([^ )]+)/.exec(md)![1]))[0];
    const opened = await vscode.commands.executeCommand<{ uri: string; selection: vscode.Range }>('devonFactCheck.openSource', arg);
    const ed = vscode.window.activeTextEditor!;
    assert.strictEqual(ed.document.uri.scheme, 'devon-factcheck-source');
    assert.match(ed.document.getText(ed.selection), /Councillor Richard Jefferies, the new Cabinet Member for Children's Services/);
    assert.ok(opened);
  });

  it('shows the word-level difference for a misquotation', async () => {
    const { doc } = await open('conflicts.md');
    const quote = rangeOf(doc, 'This is the final chance');
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'quote' && !!d.range.intersection(quote)), 'the quote diagnostic');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf(doc, 'final chance').start);
    const md = hoverText(hovers);
    assert.match(md, /~~final~~/, 'the draft word struck through');
    assert.match(md, /\*\*last\*\*/, 'the source word in bold');
    onlyOurLinks(md);
  });

  it('shows a "matches the sources" card on a correct quotation', async () => {
    const { doc } = await open('conflicts.md');
    await checked(doc);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf(doc, 'working closely').start);
    const md = hoverText(hovers);
    assert.match(md, /Matches the sources/);
    onlyOurLinks(md);
  });

  it('says nothing on unflagged words', async () => {
    const { doc } = await open('clean.md');
    await checked(doc);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf(doc, 'progress').start);
    assert.ok(!/Devon Fact Check|Conflicts with|Matches the sources/.test(hoverText(hovers)));
  });
});

describe('go to source', () => {
  it('jumps from a flagged claim to the cited sentence', async () => {
    const { doc } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, rangeOf(doc, 'Jeffries').start);
    assert.ok(links.length > 0);
    const l = links[0];
    const uri = 'targetUri' in l ? l.targetUri : l.uri;
    const range = 'targetUri' in l ? l.targetRange : l.range;
    assert.strictEqual(uri.scheme, 'devon-factcheck-source');
    const src = await vscode.workspace.openTextDocument(uri);
    assert.match(src.getText(range), /Richard Jefferies/);
  });

  it('jumps from a verified quotation to where it was said', async () => {
    const { doc } = await open('conflicts.md');
    await checked(doc);
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, rangeOf(doc, 'working closely').start);
    assert.ok(links.length > 0, 'a definition for the confirmed quotation');
    const l = links[0];
    const src = await vscode.workspace.openTextDocument('targetUri' in l ? l.targetUri : l.uri);
    assert.match(src.getText('targetUri' in l ? l.targetRange : l.range), /working closely with the Department for Education/);
  });

  it('jumps from a recognised person to the sentence that names them', async () => {
    const { doc } = await open('conflicts.md');
    await checked(doc);
    const at = rangeOf(doc, 'John Hart').start.translate(0, 2);
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
    assert.ok(links.length > 0, 'a definition for a known person');
    const texts = await Promise.all(links.map(async (l) => (await vscode.workspace.openTextDocument('targetUri' in l ? l.targetUri : l.uri)).getText('targetUri' in l ? l.targetRange : l.range)));
    assert.ok(texts.some((t) => /John Hart/.test(t)), JSON.stringify(texts));
  });

  it('the diagnostic code link opens the source at the cited sentence', async () => {
    const { doc } = await open('conflicts.md');
    const ds = await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    const code = ds.find(isName(doc))!.code as { value: string; target: vscode.Uri };
    await vscode.commands.executeCommand('vscode.open', code.target);
    const ed = await new Promise<vscode.TextEditor>((resolve) => {
      const ok = (e: vscode.TextEditor | undefined) => e && e.document.uri.scheme === 'devon-factcheck-source' && !e.selection.isEmpty;
      if (ok(vscode.window.activeTextEditor)) return resolve(vscode.window.activeTextEditor!);
      const subs = [vscode.window.onDidChangeActiveTextEditor((e) => { if (ok(e)) { subs.forEach((s) => s.dispose()); resolve(e!); } }),
        vscode.window.onDidChangeTextEditorSelection((e) => { if (ok(e.textEditor)) { subs.forEach((s) => s.dispose()); resolve(e.textEditor); } })];
    });
    assert.match(ed.document.getText(ed.selection), /Councillor Richard Jefferies, the new Cabinet Member/);
  });

  it('opens a source article from the picker argument, read-only, at the requested offsets', async () => {
    const a = await api();
    void a;
    const r = await vscode.commands.executeCommand<{ uri: string }>('devonFactCheck.openSource', { source: 'cabinet-meeting-2022' });
    assert.ok(r);
    const ed = vscode.window.activeTextEditor!;
    assert.strictEqual(ed.document.uri.scheme, 'devon-factcheck-source');
    assert.match(ed.document.getText(), /CHILDREN’S services run by Devon County Council/);
    // read-only: an edit is refused
    const ok = await ed.edit((b) => b.insert(new vscode.Position(0, 0), 'X'));
    assert.strictEqual(ok && ed.document.getText().startsWith('X'), false, 'the source article cannot be edited');
    assert.deepStrictEqual(ours(ed.document.uri), [], 'a source article is never checked');
  });
});

describe('quick fixes', () => {
  it('offers each suggestion (first preferred), ignore and open source; applying one is a single undoable edit', async () => {
    const { doc, editor } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    const range = rangeOf(doc, 'Jeffries');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((x) => x.title);
    const replace = actions.find((x) => /^Replace with ".*Jefferies"$/.test(x.title));
    assert.ok(replace, `a replacement with Jefferies among ${JSON.stringify(titles)}`);
    assert.strictEqual(replace.isPreferred, true);
    assert.strictEqual(actions.filter((x) => x.isPreferred).length, 1, 'one preferred fix per finding');
    for (const t of ['Ignore this claim in this document', 'Ignore this claim everywhere', 'Open source']) assert.ok(titles.includes(t), t);
    const mine = actions.filter((x) => /^(Replace with |Ignore this claim |Open source$)/.test(x.title));
    for (const x of mine) assert.strictEqual(x.kind?.value, vscode.CodeActionKind.QuickFix.value, x.title);

    const original = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(replace.edit!));
    assert.ok(doc.getText().includes('Councillor Richard Jefferies, the new cabinet member'));
    assert.ok(!doc.getText().includes('Jeffries'));
    await diagnosticsWhere(doc.uri, (ds) => !ds.some((d) => kindOf(d) === 'name'), 'the name diagnostic gone after the fix');
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(vscode.window.activeTextEditor?.document, doc);
    void editor;
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), original, 'one undo restores the draft');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic back after undo');
  });

  it('ignores a claim in one document, across edits, without touching the text', async () => {
    const { doc, editor } = await open('ignore-me.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    const text = doc.getText();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rangeOf(doc, 'Jeffries'));
    const ignore = actions.find((x) => x.title === 'Ignore this claim in this document')!;
    await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
    await diagnosticsWhere(doc.uri, (ds) => !ds.some(isName(doc)), 'the ignored claim no longer flagged');
    assert.strictEqual(doc.getText(), text, 'ignoring does not edit the draft');
    // move it down two lines: still ignored (the key is not tied to a line)
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), '\nA new paragraph.\n'));
    await checked(doc);
    assert.ok(!ours(doc.uri).some(isName(doc)));
    // other documents still see it
    const other = await open('conflicts.md');
    await diagnosticsWhere(other.doc.uri, (ds) => ds.some(isName(other.doc)), 'still flagged elsewhere');
  });

  it('ignores a claim everywhere through the ignoredClaims setting', async () => {
    const { doc } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rangeOf(doc, 'Jeffries'));
    const ignore = actions.find((x) => x.title === 'Ignore this claim everywhere')!;
    await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
    await diagnosticsWhere(doc.uri, (ds) => !ds.some(isName(doc)), 'ignored everywhere');
    const keys = vscode.workspace.getConfiguration('devonFactCheck').get<string[]>('ignoredClaims')!;
    assert.strictEqual(keys.length, 1);
    const notes = await open('notes.txt');
    await checked(notes.doc);
    assert.ok(!ours(notes.doc.uri).some(isName(notes.doc)), 'not flagged in another document either');
    await setConfig('ignoredClaims', undefined);
    await diagnosticsWhere(notes.doc.uri, (ds) => ds.some(isName(notes.doc)), 'flagged again when the setting is cleared');
  });
});
