/** Hover cards, quick fixes and go-to-source on flagged and confirmed claims. */
import * as vscode from 'vscode';
import type { Citation } from '../core/types';
import { Checker, DIAGNOSTIC_SOURCE, ShownFinding } from './checker';
import { confirmationHover, findingHover, OPEN_SOURCE_COMMAND, OpenSourceArgs } from './markdown';
import { SourceDocuments } from './sourceDocs';

export const IGNORE_COMMAND = 'devonFactCheck.ignoreClaim';

export interface IgnoreArgs {
  uri: string;
  claimKey: string;
  scope: 'document' | 'everywhere';
}

function openArgs(c: Citation): OpenSourceArgs {
  return { source: c.source, start: c.start, end: c.end };
}

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly checker: Checker) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const hits = this.checker.liveFindings(doc).filter((f) => f.range.contains(pos));
    if (hits.length > 0) {
      const range = hits.reduce((r, f) => r.union(f.range), hits[0].range);
      return new vscode.Hover(hits.map(findingHover), range);
    }
    const ok = this.checker.liveConfirmations(doc).filter((c) => c.range.contains(pos));
    if (ok.length > 0) return new vscode.Hover(ok.slice(0, 2).map(confirmationHover), ok[0].range);
    return undefined;
  }
}

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly checker: Checker) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    if (ctx.only && !vscode.CodeActionKind.QuickFix.contains(ctx.only) && !ctx.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const findings = this.checker.liveFindings(doc).filter((f) => f.range.intersection(range) !== undefined);
    const actions: vscode.CodeAction[] = [];
    for (const s of findings) actions.push(...this.actionsFor(doc, s, ctx));
    return actions;
  }

  private actionsFor(doc: vscode.TextDocument, s: ShownFinding, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    const f = s.finding;
    const diags = ctx.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.range.isEqual(s.range) && d.message === f.message);
    const out: vscode.CodeAction[] = [];
    f.suggestions.forEach((sug, i) => {
      const a = new vscode.CodeAction(`Replace with "${oneLineShort(sug)}"`, vscode.CodeActionKind.QuickFix);
      a.edit = new vscode.WorkspaceEdit();
      a.edit.replace(doc.uri, s.range, sug);
      a.diagnostics = diags;
      a.isPreferred = i === 0;
      out.push(a);
    });
    const ignore = (scope: IgnoreArgs['scope'], title: string) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      const args: IgnoreArgs = { uri: doc.uri.toString(), claimKey: f.claimKey, scope };
      a.command = { command: IGNORE_COMMAND, title, arguments: [args] };
      a.diagnostics = diags;
      return a;
    };
    out.push(ignore('document', 'Ignore this claim in this document'));
    out.push(ignore('everywhere', 'Ignore this claim everywhere'));
    const c = f.citations[0];
    if (c) {
      const a = new vscode.CodeAction('Open source', vscode.CodeActionKind.QuickFix);
      a.command = { command: OPEN_SOURCE_COMMAND, title: 'Open source', arguments: [openArgs(c)] };
      out.push(a);
    }
    return out;
  }
}

function oneLineShort(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? t.slice(0, 57) + '…' : t;
}

export class SourceDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly checker: Checker, private readonly sources: SourceDocuments) {}

  provideDefinition(doc: vscode.TextDocument, pos: vscode.Position): vscode.LocationLink[] | undefined {
    const links: vscode.LocationLink[] = [];
    const add = (origin: vscode.Range, citations: readonly Citation[]) => {
      for (const c of citations) {
        const loc = this.sources.location(c);
        links.push({ originSelectionRange: origin, targetUri: loc.uri, targetRange: loc.range, targetSelectionRange: loc.range });
      }
    };
    for (const f of this.checker.liveFindings(doc)) if (f.range.contains(pos)) add(f.range, f.finding.citations);
    for (const c of this.checker.liveConfirmations(doc)) if (c.range.contains(pos)) add(c.range, c.confirmation.citations);
    return links.length > 0 ? links : undefined;
  }
}
