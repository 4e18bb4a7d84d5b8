import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { diagnosticsWhere, kindOf, open, rangeOf, screenshot, showHoverAt } from '../helpers';

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

describe('the walkthrough’s pictures', () => {
  /** Saves a screenshot; with E2E_UPDATE_WALKTHROUGH=1 it also becomes the walkthrough's picture of that step. */
  async function shot(name: string, picture: string): Promise<void> {
    const file = await screenshot(name);
    const repo = process.env.E2E_REPO;
    if (file && repo && process.env.E2E_UPDATE_WALKTHROUGH) fs.copyFileSync(file, path.join(repo, 'media', 'walkthrough', `${picture}.png`));
  }

  it('are screenshots of the real window: a flagged draft, its card, its quick fixes, Find Quote', async () => {
    const { doc, editor } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'name') && ds.some((d) => kindOf(d) === 'quote'), 'the diagnostics');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await new Promise((res) => setTimeout(res, 800));
    await shot('walkthrough-squiggles', 'squiggles');
    const at = rangeOf(doc, 'Jeffries').start.translate(0, 2);
    await showHoverAt(editor, at);
    await shot('walkthrough-hover', 'hover');
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await new Promise((res) => setTimeout(res, 1500));
    await shot('walkthrough-quickfix', 'quickfix');
    await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);
    const p = Promise.resolve(vscode.commands.executeCommand('devonFactCheck.findQuote', { query: 'last chance' }));
    await new Promise((res) => setTimeout(res, 1200));
    await shot('walkthrough-quotes', 'quotes');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await p;
  });
});
