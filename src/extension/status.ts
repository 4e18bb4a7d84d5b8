/** The status-bar item: conflicts in the active document; clicking goes to the next one. */
import * as vscode from 'vscode';
import type { Checker } from './checker';

export class StatusItem implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('devonFactCheck.status', vscode.StatusBarAlignment.Left, 100);
  private readonly subs: vscode.Disposable[] = [];
  visible = false;

  constructor(private readonly checker: Checker) {
    this.item.name = 'Devon Fact Check';
    this.subs.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      checker.onDidChangeResult((uri) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.checker.shouldCheck(doc)) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const st = this.checker.state(doc.uri);
    if (st?.kind === 'tooLarge') {
      this.item.text = '$(circle-slash) Fact check: too large';
      this.item.tooltip = `Devon Fact Check skipped this document: ${st.size.toLocaleString('en-GB')} characters is over the devonFactCheck.maxDocumentSize limit.`;
      this.item.command = { command: 'workbench.action.openSettings', title: 'Settings', arguments: ['devonFactCheck.maxDocumentSize'] };
      this.item.backgroundColor = undefined;
    } else if (st?.kind === 'unavailable') {
      this.item.text = '$(error) Fact check: no data';
      this.item.tooltip = `Devon Fact Check cannot use its data: ${st.reason}`;
      this.item.command = undefined;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else if (st?.kind === 'checked') {
      const n = st.result.findings.filter((f) => f.severity !== vscode.DiagnosticSeverity.Hint).length;
      this.item.text = n === 0 ? '$(pass) Fact check: no conflicts' : `$(warning) Fact check: ${n} conflict${n === 1 ? '' : 's'}`;
      this.item.tooltip = n === 0 ? `Nothing in this draft conflicts with the sources (as of ${st.result.asOf}).` : `Devon Fact Check: ${n} claim${n === 1 ? '' : 's'} conflict with the sources (as of ${st.result.asOf}). Click for the next one.`;
      this.item.command = n === 0 ? undefined : { command: 'devonFactCheck.nextConflict', title: 'Next conflict' };
      this.item.backgroundColor = n === 0 ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      this.item.text = '$(sync~spin) Fact check';
      this.item.tooltip = 'Devon Fact Check is checking this draft';
      this.item.command = undefined;
      this.item.backgroundColor = undefined;
    }
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subs) s.dispose();
  }
}
