import * as assert from 'assert';
import * as vscode from 'vscode';
import { checked, diagnosticsWhere, kindOf, open, ours } from '../helpers';

function unhandled(): unknown[] {
  return (globalThis as { __e2eUnhandled?: unknown[] }).__e2eUnhandled ?? [];
}

describe('robustness', () => {
  it('survives rapid typing, closing mid-check and switching documents without unhandled rejections', async () => {
    const before = unhandled().length;
    const { doc, editor } = await open('typing.md');
    // rapid typing: one character at a time, no pauses
    const sentence = ' Cllr Richard Jeffries spoke.';
    let pos = doc.lineAt(doc.lineCount - 1).range.end;
    for (const ch of sentence) {
      await editor.edit((b) => b.insert(pos, ch), { undoStopBefore: false, undoStopAfter: false });
      pos = pos.translate(0, 1);
    }
    // the final version is checked once typing stops, and the result is for the final text
    await checked(doc);
    const line = pos.line;
    await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'name' && d.range.start.line === line), 'the typed name flagged');
    // switch between documents quickly, closing some while their checks are pending
    for (let i = 0; i < 5; i++) {
      const a = await open('conflicts.md');
      await a.editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
      await open('clean.md');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      // (shown again and awaited, so the command reverts this editor and not whichever a busy window made active)
      await vscode.window.showTextDocument(a.doc, { preview: false });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    const last = await open('outdated.md');
    await checked(last.doc);
    const c = await open('conflicts.md');
    await checked(c.doc);
    const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(c.doc.uri));
    assert.strictEqual(c.doc.getText().startsWith('x'), false, `reverted (dirty: ${c.doc.isDirty}; on disk: ${JSON.stringify(disk.slice(0, 20))}; in the editor: ${JSON.stringify(c.doc.getText().slice(0, 20))})`);
    assert.deepStrictEqual(unhandled().slice(before), [], 'no unhandled promise rejections');
    assert.ok(ours(c.doc.uri).length > 0);
  });
});
