import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeActionsWith, diagnosticsWhere, hoverLinks, hoverText, kindOf, open, rangeOf, screenshot, until } from '../helpers';

const HEADLINE = 'If Government want children services improved, they need to stop local government reorganisation';
const SENTENCE = "The Lib-Dem run authority took charge in May after the local elections and Councillor Richard Jefferies, the new Cabinet Member for Children's Services, spoke to our Chief Reporter Andrew Kay";

/** Resolves with the source-article editor once it is active with a selection. */
function sourceEditorSelected(): Promise<vscode.TextEditor> {
  return new Promise((resolve, reject) => {
    const ok = (e: vscode.TextEditor | undefined) => !!e && e.document.uri.scheme === 'devon-factcheck-source' && !e.selection.isEmpty;
    const subs: vscode.Disposable[] = [];
    const done = (e: vscode.TextEditor) => { clearTimeout(t); subs.forEach((s) => s.dispose()); resolve(e); };
    const t = setTimeout(() => { subs.forEach((s) => s.dispose()); reject(new Error(`no source editor with a selection; active: ${vscode.window.activeTextEditor?.document.uri.toString()} ${JSON.stringify(vscode.window.activeTextEditor?.selection)}`)); }, 15_000);
    subs.push(vscode.window.onDidChangeActiveTextEditor((e) => { if (ok(e)) done(e!); }), vscode.window.onDidChangeTextEditorSelection((e) => { if (ok(e.textEditor)) done(e.textEditor); }));
    if (ok(vscode.window.activeTextEditor)) done(vscode.window.activeTextEditor!);
  });
}

/** What a reader of the opened article sees: headline, byline, wrapped lines, no boxes round quotes, the sentence selected in view. */
async function assertReadableAt(ed: vscode.TextEditor, shot: string): Promise<void> {
  const doc = ed.document;
  assert.strictEqual(doc.languageId, 'devon-source');
  assert.strictEqual(decodeURIComponent(doc.uri.path.split('/').pop()!), HEADLINE, 'the tab title is the headline');
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  assert.strictEqual(tab?.label, HEADLINE);
  const lines = doc.getText().split('\n');
  assert.match(lines[0], /If Government want children services improved/);
  assert.match(lines[1], /late 2025/, 'the date under the headline');
  assert.strictEqual(lines[2], '', 'a blank line under the byline');
  const editorConfig = vscode.workspace.getConfiguration('editor', doc);
  assert.strictEqual(editorConfig.get('wordWrap'), 'bounded', 'paragraphs wrap…');
  assert.strictEqual(editorConfig.get('wordWrapColumn'), 90, '…at 90 columns (or the window, if narrower)');
  assert.strictEqual(editorConfig.get('unicodeHighlight.ambiguousCharacters'), false, 'curly quotes are not boxed');
  assert.strictEqual(editorConfig.get('unicodeHighlight.nonBasicASCII'), false, 'nor in Restricted Mode');
  assert.strictEqual(doc.getText(ed.selection), SENTENCE, 'the cited sentence is selected, and only its paragraph');
  // (the view scrolls in the window a moment after the selection is set)
  const inView = () => ed.visibleRanges.some((r) => r.contains(ed.selection.start) && r.contains(ed.selection.end));
  await until(() => inView(), [vscode.window.onDidChangeTextEditorVisibleRanges as vscode.Event<unknown>], 'the sentence in view', 5000, () => JSON.stringify(ed.visibleRanges));
  const ok = await ed.edit((b) => b.insert(new vscode.Position(0, 0), 'X'));
  assert.ok(!(ok && doc.getText().startsWith('X')), 'read-only');
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  await new Promise((r) => setTimeout(r, 800));
  await screenshot(shot);
}

describe('the source view', () => {
  it('Go to Definition (F12) opens the article as an article, the cited sentence selected in view', async () => {
    const { doc, editor } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'name'), 'the name diagnostic');
    const at = rangeOf(doc, 'Jeffries').start.translate(0, 2);
    editor.selection = new vscode.Selection(at, at);
    const opened = sourceEditorSelected();
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    await assertReadableAt(await opened, 'source-view-f12');
  });

  it('the hover card’s headline link opens it the same way', async () => {
    const { doc } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'name'), 'the name diagnostic');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf(doc, 'Jeffries').start);
    const link = hoverLinks(hoverText(hovers)).find((l) => l.command === 'devonFactCheck.openSource')!;
    const opened = sourceEditorSelected();
    await vscode.commands.executeCommand(link.command, ...link.args);
    await assertReadableAt(await opened, 'source-view-hover-link');
  });

  it('the quick fix "Open source" opens it the same way', async () => {
    const { doc } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'name'), 'the name diagnostic');
    const { action: openSource } = await codeActionsWith(doc, rangeOf(doc, 'Jeffries'), 'Open source');
    const opened = sourceEditorSelected();
    await vscode.commands.executeCommand(openSource.command!.command, ...(openSource.command!.arguments ?? []));
    await assertReadableAt(await opened, 'source-view-quick-fix');
  });
});
