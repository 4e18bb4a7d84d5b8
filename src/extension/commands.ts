/** The commands of the "Devon Fact Check" category, each also drivable with an argument (tests, keybindings). */
import * as vscode from 'vscode';
import type { QuoteEntry } from '../core/quotes/search';
import { Checker } from './checker';
import { SECTION } from './config';
import { EngineHost, quotesModule } from './engineHost';
import { claimInWords, IgnoredClaim, IgnoreStore } from './ignores';
import { APPLY_FIX_COMMAND, ApplyFixArgs, OPEN_SOURCE_COMMAND, OpenSourceArgs } from './markdown';
import { findingFor, FIXED_COMMAND, fixEdit, IGNORE_COMMAND, IgnoreArgs, wordingEdit, wordingFixes } from './providers';
import { InsertMode, labelAround, QuoteLike, quotationText, speakerNames } from './quoteInsert';
import { SOURCE_LANGUAGE, SourceDocuments } from './sourceDocs';
import { countsText } from './status';
import { formatDay, parseStoryDate } from './storyDate';

export interface FindQuoteArgs {
  query?: string;
  /** A quotation id: skips the picker. */
  pick?: string;
  action?: 'insert' | 'copy';
  /** What to insert: the whole quotation with attribution (default), the sentence that matched, or the words alone. */
  mode?: InsertMode;
}

export interface FindQuoteResult {
  quoteId: string;
  text: string;
  action: 'insert' | 'copy';
  mode: InsertMode;
  /** True when the words went in alone because the text before the cursor already names the speaker. */
  attributedBefore: boolean;
}

/** Stops a data string from rendering as a theme icon in a picker label. */
function noIcons(s: string): string {
  return s.replace(/\$\(/g, '\\$(');
}

/** What the commands are registered with and work on. */
interface Commands {
  reg: (id: string, fn: (...args: any[]) => unknown) => unknown;
  host: EngineHost;
  checker: Checker;
  sources: SourceDocuments;
  ignores: IgnoreStore;
}

export function registerCommands(ctx: vscode.ExtensionContext, host: EngineHost, checker: Checker, sources: SourceDocuments, ignores: IgnoreStore): void {
  const reg = (id: string, fn: (...args: any[]) => unknown) => ctx.subscriptions.push(vscode.commands.registerCommand(id, fn));
  const commands: Commands = { reg, host, checker, sources, ignores };
  registerFindQuote(commands);
  registerOpenSource(commands);
  registerChecks(commands);
  registerStoryDate(commands);
  registerIgnores(commands);
  registerFixes(commands);
}

type Deliver = (entry: QuoteEntry, action: 'insert' | 'copy', mode: InsertMode, query: string) => Promise<FindQuoteResult | undefined>;
type QuoteSearch = NonNullable<ReturnType<EngineHost['getQuoteSearch']>>;

/** Find Quote: a quotation of the sources, inserted with its attribution (or the sentence, or the words), or copied. */
function registerFindQuote({ reg, host }: Commands): void {
  const dataOrWarn = () => {
    const qs = host.getQuoteSearch();
    if (!qs) void vscode.window.showWarningMessage('Devon Fact Check: the source data is not available (see the earlier error).');
    return qs;
  };

  const surnameOf = (entry: QuoteEntry) => {
    const id = entry.quote.speaker.person;
    return id ? host.dataset?.personById.get(id)?.surname : undefined;
  };

  const deliver = async (entry: QuoteEntry, action: 'insert' | 'copy', mode: InsertMode, query: string): Promise<FindQuoteResult | undefined> => {
    const format = (q: QuoteLike) => quotesModule().formatAttributedQuote(q as QuoteEntry);
    const editor = vscode.window.activeTextEditor;
    const before = editor && action === 'insert' ? editor.document.getText(new vscode.Range(editor.selection.start.with(undefined, 0).translate(-Math.min(editor.selection.start.line, 3), 0), editor.selection.start)) : '';
    const made = quotationText(entry, mode, query, before, speakerNames(entry, surnameOf(entry)), format);
    const result = (a: 'insert' | 'copy'): FindQuoteResult => ({ quoteId: entry.quote.id, text: made.text, action: a, mode, attributedBefore: made.attributedBefore });
    if (action === 'copy' || !editor) {
      const text = action === 'copy' ? quotationText(entry, mode, query, '', [], format).text : made.text;
      await vscode.env.clipboard.writeText(text);
      if (action === 'copy') vscode.window.setStatusBarMessage('$(clippy) Quotation copied', 3000);
      else void vscode.window.showInformationMessage('No open editor to insert into: the quotation was copied to the clipboard.');
      return { ...result('copy'), text };
    }
    const ok = await editor.edit((b) => {
      for (const sel of editor.selections) b.replace(sel, made.text);
    });
    return ok ? result(action) : undefined;
  };

  reg('devonFactCheck.findQuote', async (arg?: FindQuoteArgs): Promise<FindQuoteResult | undefined> => {
    const qs = dataOrWarn();
    if (!qs) return undefined;
    const a = arg && typeof arg === 'object' ? arg : {};
    const action = a.action === 'copy' ? 'copy' : 'insert';
    const mode: InsertMode = a.mode === 'sentence' || a.mode === 'words' ? a.mode : 'whole';
    if (a.pick) {
      const e = qs.byId(a.pick);
      if (!e) throw new Error(`Devon Fact Check: no quotation with id "${a.pick}"`);
      return deliver(e, action, mode, a.query ?? '');
    }
    if (a.query !== undefined && a.action) {
      const best = qs.search(a.query, 1)[0];
      return best ? deliver(best, action, mode, a.query) : undefined;
    }
    return pickQuote(qs, a.query ?? '', mode, deliver);
  });
}

/** The Find Quote picker: ranked by the search as the writer types; Enter or a button delivers the quotation. */
function pickQuote(qs: QuoteSearch, query: string, mode: InsertMode, deliver: Deliver): Promise<FindQuoteResult | undefined> {
  type Item = vscode.QuickPickItem & { entry: QuoteEntry };
  const buttons: (vscode.QuickInputButton & { run: { action: 'insert' | 'copy'; mode: InsertMode } })[] = [
    { iconPath: new vscode.ThemeIcon('list-selection'), tooltip: 'Insert only the sentence that matched, with attribution', run: { action: 'insert', mode: 'sentence' } },
    { iconPath: new vscode.ThemeIcon('quote'), tooltip: 'Insert the words alone, in quotation marks', run: { action: 'insert', mode: 'words' } },
    { iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy with attribution', run: { action: 'copy', mode: 'whole' } },
  ];
  // the list is ranked by the search (best match first) and filtered by it: the picker neither re-sorts nor re-filters
  const toItems = (q: string): Item[] => qs.search(q, 50).map((e) => ({
    label: noIcons(`“${labelAround(e.text, q, 110)}”`),
    detail: `$(person) ${noIcons(e.attribution.replace(/^said\s+/i, ''))} · ${noIcons(e.date)} · ${noIcons(e.title)}`,
    alwaysShow: true,
    buttons,
    entry: e,
  }));
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = 'Find Quote';
  qp.placeholder = 'Words of the quotation or the speaker. Enter inserts it with its attribution; the buttons insert only the matching sentence, the words alone, or copy';
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  (qp as { sortByLabel?: boolean }).sortByLabel = false;
  qp.value = query;
  qp.items = toItems(qp.value);
  return new Promise<FindQuoteResult | undefined>((resolve) => {
    let done = false;
    let chosen = false; // an item was taken: hiding the picker must not resolve before it is delivered
    const finish = (r: FindQuoteResult | undefined) => { if (!done) { done = true; resolve(r); } qp.dispose(); };
    const take = (entry: QuoteEntry, how: { action: 'insert' | 'copy'; mode: InsertMode }) => {
      chosen = true;
      const query = qp.value;
      qp.hide();
      deliver(entry, how.action, how.mode, query).then(finish, (e) => {
        void vscode.window.showErrorMessage(`Devon Fact Check: ${e instanceof Error ? e.message : String(e)}`);
        finish(undefined);
      });
    };
    qp.onDidChangeValue((v) => { qp.items = toItems(v); });
    qp.onDidTriggerItemButton((e) => take(e.item.entry, (e.button as (typeof buttons)[number]).run));
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      if (item) take(item.entry, { action: 'insert', mode });
      else { qp.hide(); }
    });
    qp.onDidHide(() => { if (!chosen) finish(undefined); });
    qp.show();
  });
}

/** Open Source Article: the article, with the quoted words selected. */
function registerOpenSource({ reg, host, sources }: Commands): void {
  const openSource = async (arg?: OpenSourceArgs): Promise<{ uri: string; selection: vscode.Range } | undefined> => {
    const ds = host.dataset;
    if (!ds) { void vscode.window.showWarningMessage('Devon Fact Check: the source data is not available.'); return undefined; }
    let a = arg && typeof arg === 'object' && typeof arg.source === 'string' ? arg : undefined;
    if (!a) {
      const pick = await vscode.window.showQuickPick(
        ds.sources.map((s) => ({ label: noIcons(s.title), description: noIcons(s.published.display), detail: noIcons([s.outlet, s.reporter, s.id].filter(Boolean).join(' · ')), id: s.id })),
        { title: 'Open Source Article', placeHolder: 'Pick a source article', matchOnDescription: true },
      );
      if (!pick) return undefined;
      a = { source: pick.id };
    }
    const src = ds.sourceById.get(a.source);
    if (!src) { void vscode.window.showWarningMessage(`Devon Fact Check: no source "${a.source}".`); return undefined; }
    const uri = sources.uri(src.id);
    let doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== SOURCE_LANGUAGE) doc = await vscode.languages.setTextDocumentLanguage(doc, SOURCE_LANGUAGE);
    const ok = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= src.text.length;
    const start = ok(a.start) ? a.start : 0;
    const end = ok(a.end) && a.end >= start ? a.end : start;
    const sel = sources.range(src.id, start, end);
    const editor = await vscode.window.showTextDocument(doc, { preview: true, selection: new vscode.Selection(sel.start, sel.end), viewColumn: vscode.ViewColumn.Beside });
    editor.revealRange(sel, vscode.TextEditorRevealType.InCenter);
    return { uri: uri.toString(), selection: sel };
  };
  reg(OPEN_SOURCE_COMMAND, openSource);
}

/** Check Document and Check Workspace. */
function registerChecks({ reg, host, checker }: Commands): void {
  reg('devonFactCheck.checkDocument', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) { void vscode.window.showInformationMessage('Devon Fact Check: open a draft first.'); return undefined; }
    const doc = editor.document;
    if (!checker.shouldCheck(doc)) {
      void vscode.window.showInformationMessage(`Devon Fact Check checks ${checker.current.languages.join(', ')} documents while enabled; this one is ${doc.languageId}.`);
      return undefined;
    }
    // (a check the editor starts meanwhile — the draft just shown, say — supersedes this one, which then gives
    // nothing: asked again, the newest run is this one's)
    let r = await checker.checkNow(doc);
    for (let again = 0; !r && again < 3 && !doc.isClosed && checker.shouldCheck(doc); again++) r = await checker.checkNow(doc);
    return r ? r.findings.length : undefined;
  });

  reg('devonFactCheck.checkWorkspace', async () => {
    if (!host.getEngine()) return undefined;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Devon Fact Check: checking drafts', cancellable: true },
      async (progress, token) => {
        const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', '**/{node_modules,.git,out,dist,.vscode-test}/**', 5000, token);
        let findings = 0, checked = 0, conflicts = 0, toCheck = 0;
        const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
          let r;
          const doc = open.get(uri.toString());
          if (doc && !checker.isHidden(doc.uri)) r = await checker.checkNow(doc);
          else if (doc) r = await checker.checkText(uri, doc.getText());
          else {
            const bytes = await vscode.workspace.fs.readFile(uri);
            r = await checker.checkText(uri, new TextDecoder('utf-8').decode(bytes));
          }
          checked++;
          findings += r?.findings.length ?? 0;
          conflicts += r?.findings.filter((f) => f.severity === vscode.DiagnosticSeverity.Error).length ?? 0;
          toCheck += r?.findings.filter((f) => f.severity === vscode.DiagnosticSeverity.Warning).length ?? 0;
          // keep the UI responsive between files
          await new Promise((res) => setImmediate(res));
        }
        const cancelled = token.isCancellationRequested;
        void vscode.window.showInformationMessage(`Devon Fact Check${cancelled ? ' (cancelled)' : ''}: ${countsText(conflicts, toCheck)} in ${checked} file${checked === 1 ? '' : 's'}.`);
        return { files: checked, findings, conflicts, toCheck, cancelled };
      },
    );
  });
}

/** Set Story Date, and the on/off toggle. */
function registerStoryDate({ reg, checker }: Commands): void {
  /**
   * Set Story Date: a date as a writer types it (or { uri, date }); without one, asks, pre-filled with the date in use.
   * An empty date clears the one set for this draft: the draft's own date (front matter, "Updated …" line, dateline)
   * or the setting applies again. Resolves to the date in use after.
   */
  reg('devonFactCheck.setStoryDate', async (arg?: string | { uri?: string; date?: string }) => {
    const given = typeof arg === 'string' ? arg : arg && typeof arg === 'object' ? arg.date : undefined;
    const target = arg && typeof arg === 'object' && typeof arg.uri === 'string' ? arg.uri : undefined;
    const doc = target ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === target) : vscode.window.activeTextEditor?.document;
    if (!doc) { void vscode.window.showInformationMessage('Devon Fact Check: open a draft to set its story date.'); return undefined; }
    const uri = doc.uri;
    let value = typeof given === 'string' ? given.trim() : undefined;
    if (value !== undefined && value !== '' && !parseStoryDate(value)) throw new Error(`Devon Fact Check: "${value}" is not a date (e.g. 2022-12-15, 15/12/2022, 15 December 2022 or "today")`);
    if (value === undefined) {
      value = await vscode.window.showInputBox({
        title: 'Set Story Date',
        prompt: 'The date this draft is written on: what "now", "this year" and "last week" mean in it, and which claims are out of date. For example 2022-12-15, 15/12/2022, 15 December 2022 or "today"; empty for the date the draft gives itself (front matter, an "Updated …" line, a dateline), else the setting.',
        value: checker.storyDate(uri),
        validateInput: (v) => {
          if (!v.trim()) return { message: "Empty: this draft's own date (front matter, an \"Updated …\" line or a dateline), else the setting", severity: vscode.InputBoxValidationSeverity.Info };
          const d = parseStoryDate(v);
          return d ? { message: `Story date: ${formatDay(d)}`, severity: vscode.InputBoxValidationSeverity.Info } : 'Type a real date, e.g. 2022-12-15, 15/12/2022, 15 December 2022 or "today" (or nothing, for the draft\'s own date).';
        },
      });
      if (value === undefined) return undefined;
      value = value.trim();
    }
    await checker.setStoryDate(uri, value === '' ? undefined : value.toLowerCase() === 'today' ? 'today' : parseStoryDate(value));
    await checker.checkNow(doc);
    return checker.storyDate(uri);
  });

  reg('devonFactCheck.toggle', async () => {
    const c = vscode.workspace.getConfiguration(SECTION);
    const now = c.get<boolean>('enable') !== false;
    await c.update('enable', !now, vscode.ConfigurationTarget.Global);
    vscode.window.setStatusBarMessage(`Devon Fact Check ${now ? 'off' : 'on'}`, 3000);
    return !now;
  });
}

/** Ignore a claim (in this draft or everywhere, with Undo), and Show Ignored Claims. */
function registerIgnores({ reg, checker, ignores }: Commands): void {
  const recheck = async (uri?: string) => {
    for (const d of vscode.workspace.textDocuments) if (uri === undefined || d.uri.toString() === uri) if (checker.shouldCheck(d)) await checker.checkNow(d);
  };

  /** The notice after an ignore: says what was ignored and where, with Undo. */
  const ignoredNotice = (key: string, uri: string | undefined, words: string) => {
    const where = uri === undefined ? 'in every draft' : 'in this draft';
    void vscode.window.showInformationMessage(`Ignored ${where}: ${words}`, 'Undo', 'Show Ignored Claims').then(async (choice) => {
      if (choice === 'Undo') { await ignores.remove(key, uri); await recheck(uri); }
      else if (choice === 'Show Ignored Claims') await vscode.commands.executeCommand('devonFactCheck.showIgnored');
    });
  };

  reg(IGNORE_COMMAND, async (arg: IgnoreArgs) => {
    if (!arg || typeof arg.claimKey !== 'string') return false;
    let { covered, message } = arg;
    if (covered === undefined || message === undefined) {
      // from a hover link: the card passes only the key; the live finding says the rest
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.uri);
      const f = doc ? checker.liveFindings(doc).find((x) => x.finding.claimKey === arg.claimKey) : undefined;
      covered ??= f?.covered;
      message ??= f?.finding.message;
    }
    const uri = arg.scope === 'everywhere' ? undefined : arg.uri;
    const added = await ignores.add(arg.claimKey, uri, { covered, message });
    await recheck(arg.scope === 'everywhere' ? undefined : arg.uri);
    if (added) ignoredNotice(arg.claimKey, uri, claimInWords(arg.claimKey, { covered, message }));
    return added;
  });

  /** Show Ignored Claims: every ignored claim in words; picking one (or { restore: key, uri? }) flags it again. */
  reg('devonFactCheck.showIgnored', async (arg?: { restore?: string; uri?: string; list?: boolean }): Promise<IgnoredClaim[] | IgnoredClaim | undefined> => {
    const all = ignores.list();
    if (arg && typeof arg === 'object' && arg.list) return all;
    if (arg && typeof arg === 'object' && typeof arg.restore === 'string') {
      const hit = all.find((x) => x.claimKey === arg.restore && (arg.uri === undefined || x.uri === arg.uri));
      if (!hit) return undefined;
      await ignores.remove(hit.claimKey, hit.uri);
      await recheck(hit.uri);
      return hit;
    }
    if (all.length === 0) { void vscode.window.showInformationMessage('Devon Fact Check: no claims are ignored.'); return all; }
    type Item = vscode.QuickPickItem & { claim: IgnoredClaim };
    const items: Item[] = all.map((c) => ({
      label: noIcons(c.words),
      description: c.uri === undefined ? 'ignored in every draft' : `ignored in ${noIcons(vscode.workspace.asRelativePath(vscode.Uri.parse(c.uri)))}`,
      claim: c,
    }));
    const pick = await vscode.window.showQuickPick(items, { title: 'Ignored Claims', placeHolder: 'Pick a claim to flag it again' });
    if (!pick) return all;
    await ignores.remove(pick.claim.claimKey, pick.claim.uri);
    await recheck(pick.claim.uri);
    vscode.window.setStatusBarMessage('$(eye) Flagged again', 3000);
    return pick.claim;
  });
}

/** The hover's fixes, and Next Conflict. */
function registerFixes({ reg, host, checker }: Commands): void {
  reg(FIXED_COMMAND, () => true);

  /** The hover's one-click fix: replaces the live claim with a suggestion (one undo step). */
  reg(APPLY_FIX_COMMAND, async (arg: ApplyFixArgs) => {
    if (!arg || typeof arg.uri !== 'string' || typeof arg.claimKey !== 'string') return false;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.uri);
    const s = doc ? findingFor(checker, doc, arg) : undefined;
    if (arg.wording !== undefined) {
      const w = doc && s ? wordingFixes(host, doc, s).find((x) => x.kind === arg.wording) : undefined;
      if (!doc || !s || !w) { vscode.window.setStatusBarMessage('$(info) That claim has changed since the card was shown', 3000); return false; }
      return vscode.workspace.applyEdit(wordingEdit(doc, s, w));
    }
    const sug = s?.finding.suggestions[arg.index ?? 0];
    if (!doc || !s || sug === undefined) { vscode.window.setStatusBarMessage('$(info) That claim has changed since the card was shown', 3000); return false; }
    return vscode.workspace.applyEdit(fixEdit(doc, s, sug));
  });

  reg('devonFactCheck.nextConflict', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const list = checker.liveFindings(editor.document).filter((f) => f.severity === vscode.DiagnosticSeverity.Error || f.severity === vscode.DiagnosticSeverity.Warning).map((f) => f.range).sort((a, b) => a.start.compareTo(b.start));
    if (list.length === 0) { vscode.window.setStatusBarMessage('$(check) No conflicts and nothing to check', 3000); return; }
    const here = editor.selection.active;
    const next = list.find((r) => r.start.isAfter(here)) ?? list[0];
    editor.selection = new vscode.Selection(next.start, next.end);
    editor.revealRange(next, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await vscode.commands.executeCommand('editor.action.showHover');
  });
}
