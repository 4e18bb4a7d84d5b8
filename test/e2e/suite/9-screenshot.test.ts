import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhere, kindOf, open, rangeOf, screenshot } from '../helpers';

describe('what the writer sees', () => {
  it('a flagged draft with a hover open (screenshot in test-output/)', async function () {
    const { doc, editor } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'name'), 'the name diagnostic');
    const r = rangeOf(doc, 'Jeffries');
    editor.selection = new vscode.Selection(r.start.translate(0, 2), r.start.translate(0, 2));
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
    // the hover renders asynchronously in the workbench; give it a moment to paint before the screenshot
    await new Promise((res) => setTimeout(res, 1500));
    const file = await screenshot('flagged-draft-hover');
    if (file) assert.ok(file.endsWith('.png'));
  });
});

describe('what the writer sees (misquotation)', () => {
  it('a misquotation with its word-level difference (screenshot in test-output/)', async () => {
    const { doc, editor } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'quote'), 'the quote diagnostic');
    const r = rangeOf(doc, 'final chance');
    editor.selection = new vscode.Selection(r.start.translate(0, 2), r.start.translate(0, 2));
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((res) => setTimeout(res, 1500));
    await screenshot('misquote-hover');
  });
});
