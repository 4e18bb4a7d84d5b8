/**
 * Devon Fact Check: squiggles, hover citations, quick fixes and source articles for a draft about
 * Devon County Council's children's services. Activation only wires things up; the dataset is loaded
 * on the first check.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { Checker, DocState } from './checker';
import { registerCommands } from './commands';
import { SECTION } from './config';
import { EngineHost } from './engineHost';
import { IgnoreStore } from './ignores';
import { HoverProvider, QuickFixProvider, SourceDefinitionProvider } from './providers';
import { SOURCE_LANGUAGE, SOURCE_SCHEME, SourceDocuments } from './sourceDocs';
import { StatusItem } from './status';
import { SourceFolders } from './sourceFolders';

/** What activate() returns: a small surface for the integration tests. */
export interface DevonFactCheckApi {
  /** Dataset problems reported to the user so far. */
  readonly datasetErrors: readonly string[];
  /** Reloads the data (from another folder when given) and re-checks open documents. */
  reloadData(dataDir?: string): void;
  /** Whether the dataset has been loaded (false until a document needed checking). */
  isDataLoaded(): boolean;
  /** Fires whenever a document's result or state changes (checked, skipped, cleared). */
  readonly onDidChangeResult: vscode.Event<vscode.Uri>;
  /** The latest state of a document, as the providers see it. */
  state(uri: vscode.Uri): DocState | undefined;
  /** The status-bar item's text and whether it is shown. */
  status(): { text: string; visible: boolean; command?: string };
  /** How the latest check of a document was sliced: slices, the longest (how long the event loop was held) in wall and CPU ms, total ms. */
  checkTiming(uri: vscode.Uri): { slices: number; longestMs: number; longestCpuMs: number; totalMs: number } | undefined;
  /** The story-date status-bar item: the date in use and (tooltip) where it comes from. */
  storyDateStatus(): { text: string; tooltip: string; visible: boolean };
  /** Problems with the writer's source files (one message each, naming the file). */
  sourceProblems(): readonly string[];
  /** Reads the source folders again (as a save does); resolves when the drafts are being re-checked. */
  rescanSources(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): DevonFactCheckApi {
  const log = vscode.window.createOutputChannel('Devon Fact Check', { log: true });
  const host = new EngineHost(path.join(context.extensionPath, 'data'), log);
  const sources = new SourceDocuments(host);
  const checker = new Checker(host, sources, context.workspaceState, log);
  const status = new StatusItem(checker);
  context.subscriptions.push(log, checker, status);
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, sources), sources);
  // a source article reads as an article: its own language (no boxes round curly quotes), the cited
  // sentence selected in the middle of the view however it was opened (F12 puts only the cursor at its start)
  const asArticle = (d: vscode.TextDocument) => {
    if (d.uri.scheme === SOURCE_SCHEME && d.languageId !== SOURCE_LANGUAGE) void vscode.languages.setTextDocumentLanguage(d, SOURCE_LANGUAGE).then(undefined, () => undefined);
  };
  vscode.workspace.textDocuments.forEach(asArticle);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(asArticle),
    vscode.window.onDidChangeTextEditorSelection((e) => { if (e.textEditor.document.uri.scheme === SOURCE_SCHEME) sources.selectExpected(e.textEditor); }),
    vscode.window.onDidChangeActiveTextEditor((e) => { if (e?.document.uri.scheme === SOURCE_SCHEME) sources.selectExpected(e); }),
  );

  // Providers follow the languages setting.
  let providers: vscode.Disposable[] = [];
  const registerProviders = () => {
    for (const p of providers) p.dispose();
    const selector: vscode.DocumentFilter[] = checker.current.languages.map((language) => ({ language }));
    providers = [
      vscode.languages.registerHoverProvider(selector, new HoverProvider(checker, host)),
      vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(checker, host, sources), QuickFixProvider.metadata),
      vscode.languages.registerDefinitionProvider(selector, new SourceDefinitionProvider(checker, sources)),
    ];
  };
  registerProviders();
  context.subscriptions.push(
    { dispose: () => providers.forEach((p) => p.dispose()) },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.languages`)) registerProviders();
      if (e.affectsConfiguration(SECTION)) status.update();
    }),
  );

  registerCommands(context, host, checker, sources, new IgnoreStore(context.workspaceState, context.globalState));
  // the writer's own sources: read at start and on every save, re-checking open drafts
  const sourceFolders = new SourceFolders((files) => {
    host.setSources(files);
    sources.clear();
    checker.recheckAll();
  }, log);
  context.subscriptions.push(sourceFolders);
  checker.start();
  sourceFolders.start();

  return {
    get datasetErrors() { return host.errors; },
    reloadData(dataDir?: string) {
      host.reset(dataDir);
      sources.clear();
      checker.recheckAll();
    },
    isDataLoaded() {
      return host.isLoaded();
    },
    onDidChangeResult: checker.onDidChangeResult,
    state: (uri) => checker.state(uri),
    checkTiming: (uri) => checker.timings.get(uri.toString()),
    storyDateStatus: () => status.date(),
    sourceProblems: () => { host.dataset; return host.sourceProblems; },
    rescanSources: () => sourceFolders.rescan(),
    status: () => ({ text: status.item.text, visible: status.visible, command: typeof status.item.command === 'string' ? status.item.command : status.item.command?.command }),
  };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
