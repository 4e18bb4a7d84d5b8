import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, checked, EXTENSION_ID, open } from '../helpers';

describe('activation', () => {
  it('declares what a writer relies on: commands, settings, walkthrough, capabilities', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const pkg = ext.packageJSON;
    assert.deepStrictEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
    assert.ok(pkg.activationEvents.includes('onLanguage:plaintext'));
    const titles = pkg.contributes.commands.map((c: { title: string }) => c.title);
    for (const t of ['Find Quote…', 'Check Document', 'Check Workspace', 'Open Source Article…', 'Set Story Date…', 'Toggle Checking']) assert.ok(titles.includes(t), t);
    assert.ok(pkg.contributes.walkthroughs[0].steps.length >= 3);
  });

  it('does no checking work (loads no data) until a draft needs it', async () => {
    const drafts = vscode.workspace.textDocuments.filter((d) => ['markdown', 'plaintext'].includes(d.languageId) && ['file', 'untitled'].includes(d.uri.scheme));
    const a = await api();
    if (drafts.length === 0) assert.strictEqual(a.isDataLoaded(), false, 'the dataset is not loaded at activation');
    else console.log(`(drafts already open at activation: ${drafts.map((d) => d.uri.toString()).join(', ')})`);
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['devonFactCheck.findQuote', 'devonFactCheck.checkDocument', 'devonFactCheck.checkWorkspace', 'devonFactCheck.openSource', 'devonFactCheck.setStoryDate', 'devonFactCheck.toggle']) {
      assert.ok(commands.includes(c), c);
    }
    const { doc } = await open('clean.md');
    await checked(doc);
    assert.strictEqual(a.isDataLoaded(), true, 'opening a draft loads the dataset');
    assert.deepStrictEqual(a.datasetErrors, [], 'the bundled data loads without errors');
  });
});
