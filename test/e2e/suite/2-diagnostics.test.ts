import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, checked, diagnosticsWhere, kindOf, open, ours, rangeOf, SOURCE } from '../helpers';

const nameDiag = (doc: vscode.TextDocument) => (d: vscode.Diagnostic) => kindOf(d) === 'name' && doc.getText(d.range).includes('Jeffries');

describe('diagnostics as the writer types', () => {
  it('flags the planted conflicts in a draft, with kind, message, range and a pointer into the source', async () => {
    const { doc } = await open('conflicts.md');
    const ds = await diagnosticsWhere(doc.uri, (ds) => ds.some(nameDiag(doc)), 'the misspelt name "Jeffries"');
    const d = ds.find(nameDiag(doc))!;
    const covered = doc.getText(d.range);
    assert.ok(['Jeffries', 'Richard Jeffries', 'Councillor Richard Jeffries'].includes(covered), `range covers the name, not "${covered}"`);
    assert.match(d.message, /Jefferies/, 'the message names what the sources say');
    assert.strictEqual(d.source, SOURCE);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.code && typeof d.code === 'object');
    assert.strictEqual(d.code.value, 'name');
    assert.strictEqual(d.code.target.scheme, 'devon-factcheck-source');
    // no related information: the hover would list the source again under the message (the card cites it)
    assert.ok(!d.relatedInformation || d.relatedInformation.length === 0);
    // nothing is flagged in the correct quotation from John Hart
    const hart = rangeOf(doc, 'We are already working closely');
    assert.ok(!ours(doc.uri).some((x) => kindOf(x) === 'quote' && x.range.intersection(hart)), 'a verbatim quotation is not flagged');
  });

  it('flags a misquotation', async () => {
    const { doc } = await open('conflicts.md');
    const quote = rangeOf(doc, 'This is the final chance');
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'quote' && !!d.range.intersection(quote)), 'the misquoted Steve Race');
  });

  it('leaves a correct draft alone', async () => {
    const { doc } = await open('clean.md');
    await checked(doc);
    assert.deepStrictEqual(ours(doc.uri).map((d) => `${kindOf(d)}: ${doc.getText(d.range)}: ${d.message}`), []);
    const a = await api();
    assert.match(a.status().text, /no conflicts/);
  });

  it('follows edits and clears everything when the draft is closed', async () => {
    const { doc, editor } = await open('typing.md');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(nameDiag(doc)), 'the misspelt name');
    const before = ours(doc.uri).filter(nameDiag(doc)).length;
    // add a second misspelling at the end: a second name diagnostic appears, at the new place
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n\nLater, Cllr Richard Jeffries told the meeting the council had listened.\n'));
    const lastLine = doc.lineCount - 2;
    await diagnosticsWhere(doc.uri, (ds) => ds.filter(nameDiag(doc)).length === before + 1 && ds.some((d) => nameDiag(doc)(d) && d.range.start.line === lastLine), 'a diagnostic on the new sentence');
    // correct the first one by hand: its diagnostic goes, the other stays
    const first = rangeOf(doc, 'Jeffries');
    await editor.edit((b) => b.replace(first, 'Jefferies'));
    await diagnosticsWhere(doc.uri, (ds) => ds.filter(nameDiag(doc)).length === before && ds.every((d) => !nameDiag(doc)(d) || d.range.start.line === lastLine), 'only the new diagnostic left');
    const a = await api();
    assert.match(a.status().text, /conflict/);
    // close: cleared
    const cleared = diagnosticsWhere(doc.uri, (ds) => ds.length === 0, 'diagnostics cleared on close');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await cleared;
  });

  it('checks plain text too', async () => {
    const { doc } = await open('notes.txt');
    assert.strictEqual(doc.languageId, 'plaintext');
    await diagnosticsWhere(doc.uri, (ds) => ds.some(nameDiag(doc)), 'the misspelt name in a .txt file');
  });
});
