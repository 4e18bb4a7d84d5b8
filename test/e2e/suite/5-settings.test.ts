import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, checked, diagnosticsWhere, EXTENSION_ID, kindOf, open, ours, setConfig } from '../helpers';

const isName = (doc: vscode.TextDocument) => (d: vscode.Diagnostic) => kindOf(d) === 'name' && doc.getText(d.range).includes('Jeffries');

describe('settings', () => {
  afterEach(async () => {
    for (const k of ['severity', 'languages', 'maxDocumentSize', 'enable']) await setConfig(k, undefined);
  });

  it('turns a kind off, or changes its severity, at once', async () => {
    const { doc } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'the name diagnostic');
    await setConfig('severity', { name: 'off' });
    await diagnosticsWhere(doc.uri, (ds) => !ds.some((d) => kindOf(d) === 'name'), 'name findings turned off');
    await setConfig('severity', { name: 'information' });
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => isName(doc)(d) && d.severity === vscode.DiagnosticSeverity.Information), 'name findings as information');
  });

  it('checks only the configured languages', async () => {
    await setConfig('languages', ['markdown']);
    const { doc } = await open('notes.txt');
    await checked(doc);
    assert.deepStrictEqual(ours(doc.uri), []);
    await setConfig('languages', undefined);
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'plain text checked again');
  });

  it('Toggle Checking clears and restores the squiggles', async () => {
    const { doc } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.length > 0, 'diagnostics');
    assert.strictEqual(await vscode.commands.executeCommand('devonFactCheck.toggle'), false);
    await diagnosticsWhere(doc.uri, (ds) => ds.length === 0, 'nothing while off');
    assert.strictEqual(await vscode.commands.executeCommand('devonFactCheck.toggle'), true);
    await diagnosticsWhere(doc.uri, (ds) => ds.length > 0, 'back on');
  });

  it('skips a document over maxDocumentSize with a visible notice, never checking it', async () => {
    await setConfig('maxDocumentSize', 100);
    const { doc } = await open('conflicts.md');
    const a = await api();
    await checked(doc);
    const st = a.state(doc.uri);
    assert.strictEqual(st?.kind, 'tooLarge');
    assert.deepStrictEqual(ours(doc.uri), []);
    assert.match(a.status().text, /too large/);
  });
});

describe('a corrupt data file', () => {
  it('is reported once, naming the file and field, and the extension keeps running', async () => {
    const a = await api();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dfc-data-'));
    fs.cpSync(path.join(ext.extensionPath, 'data'), tmp, { recursive: true });
    const people = JSON.parse(fs.readFileSync(path.join(tmp, 'people.json'), 'utf8'));
    delete people.people[1].surname;
    fs.writeFileSync(path.join(tmp, 'people.json'), JSON.stringify(people));
    const errorsBefore = a.datasetErrors.length;
    try {
      a.reloadData(tmp);
      const { doc } = await open('conflicts.md');
      await diagnosticsWhere(doc.uri, (ds) => ds.length === 0, 'no diagnostics without data');
      await vscode.commands.executeCommand('devonFactCheck.checkDocument');
      const c = await open('clean.md');
      await vscode.commands.executeCommand('devonFactCheck.checkDocument');
      void c;
      assert.strictEqual(a.datasetErrors.length, errorsBefore + 1, 'reported once');
      assert.match(a.status().text, /no data/, 'the status bar says the data is unavailable');
      const msg = a.datasetErrors[a.datasetErrors.length - 1];
      assert.match(msg, /people\.json/);
      assert.match(msg, /people\[1\]\.surname/);
      // still running: commands answer
      assert.ok((await vscode.commands.getCommands(true)).includes('devonFactCheck.findQuote'));
    } finally {
      a.reloadData(path.join(ext.extensionPath, 'data'));
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    const { doc } = await open('conflicts.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(isName(doc)), 'checking again with good data');
  });
});
