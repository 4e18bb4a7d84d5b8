/**
 * Every step of the walkthrough can complete (issue 14): from a fresh start, each ticks when the writer does what
 * it asks — opens a Markdown draft, opens a source from a card, applies a quick fix, finds a quotation. The commands
 * go through the workbench as a click does (runCommands, editor.action.codeAction): the walkthrough listens there.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhere, kindOf, open, screenshot, walkthroughSteps } from '../helpers';

const WALKTHROUGH = 'devon-factcheck.devon-factcheck#devonFactCheck.welcome';
const STEPS = ['open-draft', 'hover', 'fix', 'quotes-and-date'];

async function showWalkthrough(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
  await new Promise((r) => setTimeout(r, 1500));
}

/** Each step's tick, by the step's own id (undefined without the driver). */
async function ticks(name: string): Promise<Record<string, boolean> | undefined> {
  const steps = await walkthroughSteps(name);
  if (!steps) return undefined;
  const out: Record<string, boolean> = {};
  for (const s of steps) {
    const id = STEPS.find((x) => s.id === x || s.id.endsWith(`#${x}`));
    if (id) out[id] = s.checked;
  }
  return out;
}

describe('the walkthrough', () => {
  it('ticks every step as the writer does what it asks (screenshot in test-output/)', async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('resetGettingStartedProgress');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await showWalkthrough();
    const before = await ticks('walkthrough-steps-before');
    if (before) assert.deepStrictEqual(before, { 'open-draft': false, hover: false, fix: false, 'quotes-and-date': false }, 'a fresh start');

    // 1. open a Markdown draft
    const { doc, editor } = await open('conflicts.md');
    const ds = await diagnosticsWhere(doc.uri, (ds) => ds.some((d) => kindOf(d) === 'name'), 'the name diagnostic');
    // 2. open the source, as the card's headline link does
    await vscode.commands.executeCommand('runCommands', { commands: [{ command: 'devonFactCheck.openSource', args: { source: 'cabinet-meeting-2022' } }] });
    // 3. a quick fix, chosen as from the light bulb
    const ed = await vscode.window.showTextDocument(doc, editor.viewColumn);
    const name = ds.find((d) => kindOf(d) === 'name')!;
    ed.selection = new vscode.Selection(name.range.start.translate(0, 2), name.range.start.translate(0, 2));
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await new Promise((r) => setTimeout(r, 300));
    const fixedText = doc.getText();
    await vscode.commands.executeCommand('editor.action.codeAction', { kind: 'quickfix', apply: 'first', preferred: true });
    await diagnosticsWhere(doc.uri, (ds) => !ds.some((d) => kindOf(d) === 'name'), 'the fix applied');
    assert.notStrictEqual(doc.getText(), fixedText);
    // 4. Find Quote
    await vscode.commands.executeCommand('runCommands', { commands: [{ command: 'devonFactCheck.findQuote', args: { query: 'last chance', action: 'copy' } }] });

    await showWalkthrough();
    const after = await ticks('walkthrough-steps-after');
    await screenshot('walkthrough-steps-done');
    if (after) assert.deepStrictEqual(after, { 'open-draft': true, hover: true, fix: true, 'quotes-and-date': true }, 'every step ticked');
  });
});
