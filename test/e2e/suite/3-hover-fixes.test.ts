import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, checked, codeActionsWith, diagnosticsWhere, hoverLinks, hoverText, kindOf, measureHover, open, ours, rangeOf, screenshot, setConfig, showHoverAt } from '../helpers';

const isName = (doc: vscode.TextDocument) => (d: vscode.Diagnostic) => kindOf(d) === 'name' && doc.getText(d.range).includes('Jeffries');

const flat = (s: string) => s.replace(/\s+/g, ' ');

const OUR_COMMANDS = ['devonFactCheck.openSource', 'devonFactCheck.applyFix', 'devonFactCheck.ignoreClaim', 'devonFactCheck.setStoryDate'];

function onlyOurLinks(md: string): void {
  const links = [...md.matchAll(/\]\(([^)\s]+)/g)].map((m) => m[1]);
  for (const l of links) assert.ok(OUR_COMMANDS.some((c) => l.startsWith(`command:${c}?`)), `only our own commands are linked, not ${l}`);
  assert.ok(!/<a\s|<img|javascript:/i.test(md), 'no raw HTML');
}

/** Markdown to the words a reader sees (escapes and emphasis marks removed). */
function plain(md: string): string {
  return md.replace(/\]\([^)]*\)/g, ']').replace(/\\(.)/g, '$1').replace(/[*~[\]]/g, '');
}

async function hoverAt(doc: vscode.TextDocument, at: vscode.Position): Promise<{ md: string; count: number }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
  return { md: hoverText(hovers), count: hovers.reduce((n, h) => n + h.contents.length, 0) };
}

describe('hover cards', () => {
  it('a conflict: one-click Replace and Ignore, then headline, date and the source sentence with the claim marked — and not the message again', async () => {
    const { doc } = await open('conflicts.md');
    const ds = await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    const diag = ds.find(isName(doc))!;
    const { md, count } = await hoverAt(doc, rangeOf(doc, 'Jeffries').start.translate(0, 3));
    assert.strictEqual(count, 1, 'one card');
    const links = hoverLinks(md);
    assert.deepStrictEqual(links.map((l) => l.command).slice(0, 2), ['devonFactCheck.applyFix', 'devonFactCheck.ignoreClaim'], md);
    assert.match(plain(links[0].label), /Replace with “Jefferies”/);
    assert.match(plain(links[1].label), /Ignore/);
    const text = plain(md);
    assert.ok(!text.includes(diag.message), 'the diagnostic message (shown above the card by VS Code) is not repeated');
    assert.match(text, /If Government want children services improved/, 'the headline');
    assert.match(text, /late 2025/, 'the date');
    assert.ok(!/\(late 2025 \(/.test(text), 'no brackets in brackets');
    assert.match(md, /\*\*Councillor Richard Jefferies\*\*\\?, the new Cabinet Member/, `the source sentence, the claim’s words in bold: ${md}`);
    assert.ok(!/Exeter MP Steve Race says/.test(text), 'only the paragraph of the evidence, not the next one');
    assert.ok(links.some((l) => l.command === 'devonFactCheck.openSource' && /If Government want/.test(plain(l.label))), 'the headline opens the source');
    onlyOurLinks(md);
    // the card's Replace link fixes the claim in one step
    const before = doc.getText();
    await vscode.commands.executeCommand(links[0].command, ...links[0].args);
    assert.ok(doc.getText().includes('Councillor Richard Jefferies, the new cabinet member'));
    await diagnosticsWhere(doc.uri, (ds) => !ds.some((d) => kindOf(d) === 'name'), 'fixed from the card');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before, 'one undo takes the fix back');
  });

  it('the card’s Ignore link ignores the claim in this draft', async () => {
    const { doc } = await open('ignore-me.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    const { md } = await hoverAt(doc, rangeOf(doc, 'Jeffries').start);
    const ignore = hoverLinks(md).find((l) => l.command === 'devonFactCheck.ignoreClaim')!;
    await vscode.commands.executeCommand(ignore.command, ...ignore.args);
    await diagnosticsWhere(doc.uri, (ds) => !ds.some(isName(doc)), 'ignored from the card');
    const a = await api();
    void a;
    await vscode.commands.executeCommand('devonFactCheck.showIgnored', { restore: (ignore.args[0] as { claimKey: string }).claimKey, uri: doc.uri.toString() });
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'flagged again');
  });

  it('a misquotation: one diff, punctuation kept, the quotation not repeated', async () => {
    const { doc } = await open('conflicts.md');
    const quote = rangeOf(doc, 'This is the final chance');
    const ds = await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'quote' && !!d.range.intersection(quote)), 'the quote diagnostic');
    const diag = ds.find((d) => kindOf(d) === 'quote')!;
    assert.strictEqual(diag.message, 'Misquote: Steve Race said “last”, not “final”.', 'the message names what changed, not the whole quotation');
    const { md, count } = await hoverAt(doc, rangeOf(doc, 'final chance').start);
    assert.strictEqual(count, 1);
    assert.strictEqual((md.match(/~~final~~/g) ?? []).length, 1, 'the draft word struck through once');
    assert.strictEqual((md.match(/\*\*last\*\*/g) ?? []).length, 1, 'the source word in bold once');
    assert.strictEqual((plain(md).match(/children under their watch/g) ?? []).length, 1, 'the quotation once');
    assert.match(plain(md), /^[^]*This is the final last chance for Devon County Council[^]*under their watch[^]*$/);
    assert.match(hoverLinks(md)[0].label, /Replace with the source/);
    onlyOurLinks(md);
  });

  it('a confirmed claim: one short card', async () => {
    const { doc } = await open('conflicts.md');
    await checked(doc);
    for (const at of [rangeOf(doc, 'working closely').start, rangeOf(doc, 'Steve Race').start.translate(0, 2)]) {
      const { md, count } = await hoverAt(doc, at);
      assert.strictEqual(count, 1, `one card, not two: ${md}`);
      assert.strictEqual((md.match(/Matches the sources/g) ?? []).length, 1, md);
      onlyOurLinks(md);
    }
  });

  it('says nothing on unflagged words', async () => {
    const { doc } = await open('clean.md');
    await checked(doc);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf(doc, 'progress').start);
    assert.ok(!/Devon Fact Check|Conflicts with|Matches the sources/.test(hoverText(hovers)));
  });

  it('the whole card is visible without scrolling at 1400×860 (screenshots in test-output/)', async () => {
    const { doc, editor } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)) && ds.some((d) => kindOf(d) === 'quote'), 'the diagnostics');
    for (const [name, at] of [['hover-conflict', rangeOf(doc, 'Jeffries').start.translate(0, 2)], ['hover-misquote', rangeOf(doc, 'final chance').start.translate(0, 2)], ['hover-confirmed', rangeOf(doc, 'working closely').start]] as const) {
      await showHoverAt(editor, at);
      const m = await measureHover(name);
      await screenshot(name);
      if (!m) continue;
      assert.ok(m.hovers.length >= 1, `${name}: a hover is shown`);
      const h = m.hovers[m.hovers.length - 1];
      assert.ok(h.scrollHeight <= h.clientHeight + 2, `${name}: the card does not scroll (${h.scrollHeight} > ${h.clientHeight}): ${h.text}`);
      assert.ok(h.top >= 0 && h.bottom <= m.viewport.height, `${name}: inside the window`);
      await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
    }
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
    assert.match(flat(src.getText(range)), /Richard Jefferies/);
  });

  it('jumps from a verified quotation to where it was said', async () => {
    const { doc } = await open('conflicts.md');
    await checked(doc);
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, rangeOf(doc, 'working closely').start);
    assert.ok(links.length > 0, 'a definition for the confirmed quotation');
    const l = links[0];
    const src = await vscode.workspace.openTextDocument('targetUri' in l ? l.targetUri : l.uri);
    assert.match(flat(src.getText('targetUri' in l ? l.targetRange : l.range)), /working closely with the Department for Education/);
  });

  it('jumps from a recognised person to the sentence that names them', async () => {
    const { doc } = await open('conflicts.md');
    await checked(doc);
    const at = rangeOf(doc, 'John Hart').start.translate(0, 2);
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
    assert.ok(links.length > 0, 'a definition for a known person');
    const texts = await Promise.all(links.map(async (l) => flat((await vscode.workspace.openTextDocument('targetUri' in l ? l.targetUri : l.uri)).getText('targetUri' in l ? l.targetRange : l.range))));
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
    assert.match(flat(ed.document.getText(ed.selection)), /Councillor Richard Jefferies, the new Cabinet Member/);
  });

  it('opens a source article from the picker argument, read-only, at the requested offsets', async () => {
    const a = await api();
    void a;
    const r = await vscode.commands.executeCommand<{ uri: string }>('devonFactCheck.openSource', { source: 'cabinet-meeting-2022' });
    assert.ok(r);
    const ed = vscode.window.activeTextEditor!;
    assert.strictEqual(ed.document.uri.scheme, 'devon-factcheck-source');
    assert.match(flat(ed.document.getText()), /CHILDREN’S services run by Devon County Council/);
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
    const { action: ignore } = await codeActionsWith(doc, rangeOf(doc, 'Jeffries'), 'Ignore this claim in this document');
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

  it('the quick fix is one undo step that undoes only that fix (screenshot in test-output/)', async () => {
    const { doc, editor } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\nTyped by the writer.'));
    const typed = doc.getText();
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'still flagged after typing');
    const { action: replace } = await codeActionsWith(doc, rangeOf(doc, 'Jeffries'), /^Replace with "Jefferies"$/);
    assert.ok(await vscode.workspace.applyEdit(replace.edit!));
    assert.ok(doc.getText().includes('Richard Jefferies,'));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), typed, 'undo takes back the fix and keeps what was typed before it');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'flagged again after the undo');
    await new Promise((r) => setTimeout(r, 500));
    await screenshot('quick-fix-undone');
  });

  it('"ignore everywhere" says so with Undo, and Undo flags the claim again (screenshot in test-output/)', async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    const { doc } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    const { action: ignore } = await codeActionsWith(doc, rangeOf(doc, 'Jeffries'), 'Ignore this claim everywhere');
    assert.strictEqual(await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? [])), true);
    await diagnosticsWhere(doc.uri, (ds) => !ds.some(isName(doc)), 'ignored everywhere');
    await new Promise((r) => setTimeout(r, 1000));
    // (the headless window may not pop the toast: the notification list shows the same notice)
    await vscode.commands.executeCommand('notifications.showList');
    await new Promise((r) => setTimeout(r, 500));
    await screenshot('ignore-everywhere-notice');
    await vscode.commands.executeCommand('notifications.hideList');
    // Undo is the notice's first button: press it as a writer would (Ctrl+Shift+A on a notice)
    const back = diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'flagged again after Undo', 10_000);
    await vscode.commands.executeCommand('notification.acceptPrimaryAction');
    await back;
    assert.deepStrictEqual(vscode.workspace.getConfiguration('devonFactCheck').get('ignoredClaims'), []);
  });

  it('Show Ignored Claims lists them in plain words and restores the one picked (screenshot in test-output/)', async () => {
    const { doc } = await open('conflicts.md');
    const ds = await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)) && ds.some((d) => kindOf(d) === 'quote'), 'the diagnostics');
    const quote = ds.find((d) => kindOf(d) === 'quote')!;
    for (const [at, scope] of [[rangeOf(doc, 'Jeffries'), 'everywhere'], [quote.range, 'document']] as const) {
      const { action: ignore } = await codeActionsWith(doc, at, `Ignore this claim ${scope === 'everywhere' ? 'everywhere' : 'in this document'}`);
      await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
    }
    await diagnosticsWhere(doc.uri, (ds) => !ds.some(isName(doc)) && !ds.some((d) => kindOf(d) === 'quote'), 'both ignored');
    const p = Promise.resolve(vscode.commands.executeCommand<{ claimKey: string; words: string; uri?: string }>('devonFactCheck.showIgnored'));
    await new Promise((r) => setTimeout(r, 1000));
    await screenshot('ignored-claims-list');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const restored = await p;
    assert.ok(restored && !Array.isArray(restored), 'a claim was picked');
    assert.strictEqual(restored.words, '“Jeffries” — Sources spell it Jefferies (Richard Jefferies), not Jeffries.', 'in plain words, not a key');
    assert.strictEqual(restored.uri, undefined, 'the one ignored everywhere comes first');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'flagged again');
    const rest = (await vscode.commands.executeCommand<{ words: string; uri?: string }[]>('devonFactCheck.showIgnored', { list: true }))
      .filter((r) => r.uri === undefined || r.uri === doc.uri.toString());
    assert.deepStrictEqual(rest.map((r) => [r.words, r.uri]), [['“This is the final chance for Devon County Council to…” — Misquote: Steve Race said “last”, not “final”.', doc.uri.toString()]]);
    await vscode.commands.executeCommand('devonFactCheck.showIgnored', { restore: (rest[0] as { claimKey?: string }).claimKey, uri: doc.uri.toString() });
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'quote'), 'the misquote flagged again');
  });

  it('ignores a claim everywhere through the ignoredClaims setting', async () => {
    const { doc } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    const { action: ignore } = await codeActionsWith(doc, rangeOf(doc, 'Jeffries'), 'Ignore this claim everywhere');
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
