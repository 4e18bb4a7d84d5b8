/** Hover cards, quick fixes and go-to-source on flagged and confirmed claims. */
import * as vscode from 'vscode';
import type { Citation, Finding } from '../core/types';
import { isIsoDay } from '../core/time/dates';
import { Checker, DIAGNOSTIC_SOURCE, ShownConfirmation, ShownFinding } from './checker';
import type { EngineHost } from './engineHost';
import {
  APPLY_FIX_COMMAND, ApplyFixArgs, CardContext, confirmationHover, findingHover, IGNORE_COMMAND, IgnoreArgs, OPEN_SOURCE_COMMAND, OpenSourceArgs,
  SET_STORY_DATE_COMMAND,
} from './markdown';
import { clip, keepLineBreaks } from './present';
import { SourceDocuments } from './sourceDocs';
import { formatDay } from './storyDate';
import { formerWordings, WordingFix } from './wording';

export { IGNORE_COMMAND, IgnoreArgs };

export const FIXED_COMMAND = 'devonFactCheck.fixed';

function openArgs(c: Citation, sources: SourceDocuments): OpenSourceArgs {
  return { source: c.source, ...sources.span(c) };
}

/**
 * The story date on which an outdated claim was still true: the day of the earliest source among its
 * citations that dates it to the day (the older report is the one the claim agrees with).
 */
export function storyDateFix(host: EngineHost, f: Finding, asOf: string): { iso: string; label: string } | undefined {
  const ds = host.dataset;
  if (!ds || f.kind !== 'outdated') return undefined;
  const days = f.citations.map((c) => ds.sourceById.get(c.source)?.published.reference).filter((d): d is string => !!d && isIsoDay(d)).sort();
  const iso = days[0];
  return iso && iso !== asOf ? { iso, label: formatDay(iso) } : undefined;
}

/** How much of the draft either side of a claim the wording fix reads (its sentence). */
const AROUND = 400;

/**
 * The "then-"/"former" rewordings of an outdated role ("council leader John Hart" → "former council leader John
 * Hart"), where the sources date the end of the role: none for other findings.
 */
export function wordingFixes(host: EngineHost, doc: vscode.TextDocument, s: ShownFinding): WordingFix[] {
  const f = s.finding;
  const ds = host.dataset;
  const key = /^outdated:([^:]+):([^:]+)$/.exec(f.claimKey);
  if (!ds || f.kind !== 'outdated' || !key || key[1] === 'control') return [];
  const person = ds.personById.get(key[1]);
  const held = person?.attributes.find((a) => a.kind === 'role' && a.role === key[2]);
  const until = held && held.kind === 'role' ? held.until : undefined;
  if (!person || !until) return [];
  const start = doc.offsetAt(s.range.start);
  const end = doc.offsetAt(s.range.end);
  const before = doc.getText(new vscode.Range(doc.positionAt(Math.max(0, start - AROUND)), s.range.start));
  const after = doc.getText(new vscode.Range(s.range.end, doc.positionAt(end + AROUND)));
  return formerWordings(s.covered, before, after, person, until);
}

/** The edit a wording fix makes: its insertion (one undo step), nothing else of the claim touched. */
export function wordingEdit(doc: vscode.TextDocument, s: ShownFinding, fix: WordingFix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const at = doc.offsetAt(s.range.start);
  for (const e of fix.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(at + e.start), doc.positionAt(at + e.end)), e.text);
  return edit;
}

export function cardContext(host: EngineHost, checker: Checker, doc: vscode.TextDocument): CardContext {
  const asOf = checker.result(doc.uri)?.asOf ?? '';
  return {
    uri: doc.uri.toString(),
    article: (id) => host.dataset?.sourceById.get(id)?.text,
    storyDateFix: (f) => storyDateFix(host, f, asOf),
    wordingFixes: (s) => wordingFixes(host, doc, s),
  };
}

/** Of the confirmations under the pointer, the one to show: a quotation or fact before a person, the narrower first. */
function mostSpecific(list: ShownConfirmation[], doc: vscode.TextDocument): ShownConfirmation {
  const rank = { quote: 0, fact: 1, person: 2 } as const;
  const len = (c: ShownConfirmation) => doc.offsetAt(c.range.end) - doc.offsetAt(c.range.start);
  return [...list].sort((a, b) => rank[a.confirmation.kind] - rank[b.confirmation.kind] || len(a) - len(b))[0];
}

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly checker: Checker, private readonly host: EngineHost) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const ctx = cardContext(this.host, this.checker, doc);
    const hits = this.checker.liveFindings(doc).filter((f) => f.range.contains(pos));
    if (hits.length > 0) {
      const range = hits.reduce((r, f) => r.union(f.range), hits[0].range);
      return new vscode.Hover(hits.map((h) => findingHover(h, ctx)), range);
    }
    const ok = this.checker.liveConfirmationsAt(doc, pos);
    if (ok.length > 0) {
      const one = mostSpecific(ok, doc);
      return new vscode.Hover(confirmationHover(one, ctx), one.range);
    }
    return undefined;
  }
}

/** The edit a fix makes: the suggestion, with the writer's line breaks kept where the claim broke a line. */
export function fixEdit(doc: vscode.TextDocument, s: ShownFinding, suggestion: string): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, s.range, keepLineBreaks(doc.getText(s.range), suggestion));
  return edit;
}

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly checker: Checker, private readonly host: EngineHost, private readonly sources: SourceDocuments) {}

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
      const a = new vscode.CodeAction(`Replace with "${clip(sug, 60)}"`, vscode.CodeActionKind.QuickFix);
      a.edit = fixEdit(doc, s, sug);
      // runs after the edit: marks the walkthrough's quick-fix step done (the command itself does nothing)
      a.command = { command: FIXED_COMMAND, title: 'Quick fix applied' };
      a.diagnostics = diags;
      a.isPreferred = i === 0;
      out.push(a);
    });
    // "then-"/"former": the writer chooses (neither is preferred, the sentence decides which is right)
    for (const w of wordingFixes(this.host, doc, s)) {
      const a = new vscode.CodeAction(`Change to "${clip(w.text, 60)}"`, vscode.CodeActionKind.QuickFix);
      a.edit = wordingEdit(doc, s, w);
      a.command = { command: FIXED_COMMAND, title: 'Quick fix applied' };
      a.diagnostics = diags;
      out.push(a);
    }
    const dateFix = storyDateFix(this.host, f, this.checker.result(doc.uri)?.asOf ?? '');
    if (dateFix) {
      const title = `Set story date to ${dateFix.label}`;
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.command = { command: SET_STORY_DATE_COMMAND, title, arguments: [{ uri: doc.uri.toString(), date: dateFix.iso }] };
      a.diagnostics = diags;
      out.push(a);
    }
    const ignore = (scope: IgnoreArgs['scope'], title: string) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      const args: IgnoreArgs = { uri: doc.uri.toString(), claimKey: f.claimKey, scope, covered: s.covered, message: f.message };
      a.command = { command: IGNORE_COMMAND, title, arguments: [args] };
      a.diagnostics = diags;
      return a;
    };
    out.push(ignore('document', 'Ignore this claim in this document'));
    out.push(ignore('everywhere', 'Ignore this claim everywhere'));
    const c = f.citations[0];
    if (c) {
      const a = new vscode.CodeAction('Open source', vscode.CodeActionKind.QuickFix);
      a.command = { command: OPEN_SOURCE_COMMAND, title: 'Open source', arguments: [openArgs(c, this.sources)] };
      out.push(a);
    }
    return out;
  }
}

/** The live finding a hover's fix link means: the same claim, still starting where the card showed it. */
export function findingFor(checker: Checker, doc: vscode.TextDocument, a: ApplyFixArgs): ShownFinding | undefined {
  const at = new vscode.Position(a.line, a.character);
  return checker.liveFindings(doc).find((f) => f.finding.claimKey === a.claimKey && f.range.start.isEqual(at))
    ?? checker.liveFindings(doc).find((f) => f.finding.claimKey === a.claimKey && f.range.contains(at));
}

export { APPLY_FIX_COMMAND };

export class SourceDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly checker: Checker, private readonly sources: SourceDocuments) {}

  provideDefinition(doc: vscode.TextDocument, pos: vscode.Position): vscode.LocationLink[] | undefined {
    // one target, so F12 goes straight to the article (several would open a peek): the flagged claim's
    // first citation, else the confirmation the hover shows
    const f = this.checker.liveFindings(doc).find((x) => x.range.contains(pos) && x.finding.citations.length > 0);
    const ok = this.checker.liveConfirmationsAt(doc, pos).filter((x) => x.confirmation.citations.length > 0);
    const origin = f?.range ?? (ok.length ? mostSpecific(ok, doc).range : undefined);
    const c: Citation | undefined = f?.finding.citations[0] ?? (ok.length ? mostSpecific(ok, doc).confirmation.citations[0] : undefined);
    if (!c || !origin) return undefined;
    const loc = this.sources.location(c);
    this.sources.expect(loc.uri, loc.range);
    return [{ originSelectionRange: origin, targetUri: loc.uri, targetRange: loc.range, targetSelectionRange: loc.range }];
  }
}
