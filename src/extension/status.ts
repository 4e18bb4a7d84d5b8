/**
 * The status bar: what the checker found in the active draft (conflicts and claims to check; click for the
 * next one) and, beside it, the story date in use and where it comes from (click to change it).
 *
 * Words: a "conflict" is an error (the sources say otherwise), a claim "to check" a warning (a likely
 * problem: a misquote, an out-of-date claim). Information and hints are not counted.
 */
import * as vscode from 'vscode';
import type { Checker, StoryDateFrom, StoryDateInfo } from './checker';
import { formatDay, formatDayShort } from './storyDate';

/** A context key: true while the active editor holds a draft (see package.json, the walkthrough's first step). */
export const DRAFT_OPEN_CONTEXT = 'devonFactCheck.draftOpen';

export function countsText(conflicts: number, toCheck: number): string {
  const parts: string[] = [];
  if (conflicts > 0) parts.push(`${conflicts} conflict${conflicts === 1 ? '' : 's'}`);
  if (toCheck > 0) parts.push(`${toCheck} to check`);
  return parts.length ? parts.join(', ') : 'no conflicts';
}

/** Where the story date comes from, in the tooltip. */
const FROM: Record<StoryDateFrom, string> = {
  document: 'set for this draft with Set Story Date',
  'front matter': "the draft's front matter (its date: line)",
  'updated line': 'the draft\'s "Updated …" or "Published …" line',
  dateline: "the draft's dateline",
  setting: 'the devonFactCheck.storyDate setting',
  today: "today's date (the devonFactCheck.storyDate setting is \"today\")",
};

/** Where it comes from, in the status bar: short enough to sit beside the date. */
const FROM_SHORT: Record<StoryDateFrom, string> = {
  document: 'set for draft',
  'front matter': 'front matter',
  'updated line': 'in draft',
  dateline: 'in draft',
  setting: 'setting',
  today: 'today',
};

/** The story-date item's text and tooltip. */
export function storyDateText(sd: StoryDateInfo): { text: string; tooltip: string } {
  return {
    text: `$(calendar) ${formatDayShort(sd.date)} (${FROM_SHORT[sd.from]})`,
    tooltip: `Story date: ${formatDay(sd.date)}, from ${FROM[sd.from]}. Claims are checked as of this day ("now", "this year", what is out of date). ` +
      'A date set for this draft comes first, then the date the draft gives itself (front matter, an "Updated …" line or a dateline), then the setting. Click to change it.',
  };
}

export class StatusItem implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('devonFactCheck.status', vscode.StatusBarAlignment.Left, 100);
  readonly dateItem = vscode.window.createStatusBarItem('devonFactCheck.storyDate', vscode.StatusBarAlignment.Left, 99);
  private readonly subs: vscode.Disposable[] = [];
  visible = false;
  private draftOpen: boolean | undefined;

  constructor(private readonly checker: Checker) {
    this.item.name = 'Devon Fact Check';
    this.dateItem.name = 'Devon Fact Check: Story Date';
    this.dateItem.command = { command: 'devonFactCheck.setStoryDate', title: 'Set Story Date' };
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
      this.dateItem.hide();
      this.visible = false;
      this.draftContext(false);
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
      const conflicts = st.result.findings.filter((f) => f.severity === vscode.DiagnosticSeverity.Error).length;
      const toCheck = st.result.findings.filter((f) => f.severity === vscode.DiagnosticSeverity.Warning).length;
      const n = conflicts + toCheck;
      this.item.text = `${conflicts ? '$(error)' : n ? '$(warning)' : '$(pass)'} Fact check: ${countsText(conflicts, toCheck)}`;
      this.item.tooltip = n === 0
        ? `Nothing in this draft conflicts with the sources (as of ${formatDay(st.result.asOf)}).`
        : `Devon Fact Check, as of ${formatDay(st.result.asOf)}: ${countsText(conflicts, toCheck)}. A conflict is a claim the sources contradict; a claim to check is likely wrong (a misquote, or out of date). Click for the next one.`;
      this.item.command = n === 0 ? undefined : { command: 'devonFactCheck.nextConflict', title: 'Next conflict or claim to check' };
      this.item.backgroundColor = conflicts ? new vscode.ThemeColor('statusBarItem.errorBackground') : n ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    } else {
      this.item.text = '$(sync~spin) Fact check';
      this.item.tooltip = 'Devon Fact Check is checking this draft';
      this.item.command = undefined;
      this.item.backgroundColor = undefined;
    }
    // the date the latest check used; before the first check of this version, the date it will use
    const r = st?.kind === 'checked' && st.result.version === doc.version ? st.result : undefined;
    const sd = r ? { date: r.asOf, from: r.asOfFrom } : this.checker.storyDateInfo(doc.uri, doc.getText());
    const shown = storyDateText(sd);
    this.dateItem.text = shown.text;
    this.dateItem.tooltip = shown.tooltip;
    this.item.show();
    this.dateItem.show();
    this.visible = true;
    this.draftContext(true);
  }

  /**
   * Whether the active editor holds a draft, as a context key of the window: the walkthrough's first step ticks on it
   * (the editor's own keys, such as editorLangId, are not seen by the walkthrough).
   */
  private draftContext(open: boolean): void {
    if (this.draftOpen === open) return;
    this.draftOpen = open;
    void vscode.commands.executeCommand('setContext', DRAFT_OPEN_CONTEXT, open);
  }

  /** The story-date item as the tests see it. */
  date(): { text: string; tooltip: string; visible: boolean } {
    return { text: this.dateItem.text, tooltip: String(this.dateItem.tooltip ?? ''), visible: this.visible };
  }

  dispose(): void {
    this.item.dispose();
    this.dateItem.dispose();
    for (const s of this.subs) s.dispose();
  }
}
