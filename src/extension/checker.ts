/**
 * Checks open documents as the writer types: debounced, version-guarded (a result for an old version
 * of a document is discarded), cleared on close. Holds the latest result per document for the hover,
 * quick-fix, definition and status providers.
 */
import * as vscode from 'vscode';
import { isWriterSource } from './sourceFolders';
import { todayIso, isIsoDay } from '../core/time/dates';
import type { Confirmation, Finding, Severity } from '../core/types';
import { readSettings, SECTION, Settings, SeveritySetting } from './config';
import type { EngineHost } from './engineHost';
import { Checked, IncrementalChecker } from '../core/engine';
import { storyDateOf } from '../core/time/story';
import { LineIndex, SOURCE_SCHEME, SourceDocuments } from './sourceDocs';

export const DIAGNOSTIC_SOURCE = 'Devon Fact Check';

/**
 * Longest run of checking work (ms) before the extension host's event loop gets a turn. Every extension shares that
 * loop: a check holds it for this plus at most one block (the document model cuts any block to 4,000 characters),
 * never for the whole of a long draft.
 */
const SLICE_MS = 8;

/**
 * CPU time (ms) of this thread when Node can tell (22.19+, as in recent VS Code), else of the process: the time a slice
 * really held the event loop, which a busy machine does not inflate the way it does wall time.
 */
function cpuMs(): number {
  const p = process as NodeJS.Process & { threadCpuUsage?: () => NodeJS.CpuUsage };
  const u = p.threadCpuUsage ? p.threadCpuUsage() : p.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Resolves after a whole turn of the event loop. One setImmediate is not always one: a slice begun in a timer or a
 * message callback resumed in the same turn's check phase, so two slices held the loop as one, with no timer or message
 * of any other extension run in between (the responsiveness test's heartbeat saw 45 ms gaps made of two slices). An
 * immediate queued from an immediate runs in the next turn, after its timers and messages.
 */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/** How a check was sliced: slices, and the longest in wall time and in CPU time (ms). */
export interface SliceStats {
  slices: number;
  longestMs: number;
  longestCpuMs: number;
}

/** Work done in slices that yield to the event loop, given up as soon as its result is no longer wanted. */
class Slicer {
  private start = performance.now();
  private startCpu = cpuMs();
  /** What the integration tests assert on. */
  readonly stats: SliceStats = { slices: 1, longestMs: 0, longestCpuMs: 0 };

  constructor(private readonly stale: () => boolean) {}

  /** True when this slice has run its time. */
  get due(): boolean {
    return performance.now() - this.start >= SLICE_MS;
  }

  /** Lets the event loop run; resolves to false when the work is no longer wanted. */
  async pause(): Promise<boolean> {
    this.end();
    this.stats.slices++;
    await turn();
    this.start = performance.now();
    this.startCpu = cpuMs();
    return !this.stale();
  }

  /** Ends the current slice (its time counts towards the longest). */
  end(): void {
    this.stats.longestMs = Math.max(this.stats.longestMs, performance.now() - this.start);
    this.stats.longestCpuMs = Math.max(this.stats.longestCpuMs, cpuMs() - this.startCpu);
  }

  /** Runs steps to their end in slices; undefined when given up (the steps are then ended). */
  async run<T>(steps: Generator<void, T, void>): Promise<T | undefined> {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (this.due && !(await this.pause())) {
        steps.return(undefined as T);
        return undefined;
      }
    }
  }
}

/**
 * Only drafts are checked: files, untitled documents and documents of a workspace folder's own scheme
 * (virtual workspaces). Never our source articles, output panes, chat inputs, git views...
 */
function isDraftScheme(uri: vscode.Uri): boolean {
  if (uri.scheme === SOURCE_SCHEME) return false;
  if (uri.scheme === 'file' || uri.scheme === 'untitled' || uri.scheme === 'vscode-remote') return true;
  return (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === uri.scheme);
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const i = tab.input;
  return i instanceof vscode.TabInputText ? i.uri : undefined;
}

export interface ShownFinding {
  finding: Finding;
  range: vscode.Range;
  /** The text the finding covered when it was made: lets providers ignore stale ranges after edits. */
  covered: string;
  severity: vscode.DiagnosticSeverity;
}

export interface ShownConfirmation {
  confirmation: Confirmation;
  range: vscode.Range;
  covered: string;
}

/**
 * Where a draft's story date comes from, first that applies: set for this draft with Set Story Date ('document'), the
 * date the draft gives itself (its front matter's `date:`, an "Updated …"/"Published …" line, or a dateline), the
 * devonFactCheck.storyDate setting as a date ('setting'), or today (the setting is "today").
 */
export type StoryDateFrom = 'document' | 'front matter' | 'updated line' | 'dateline' | 'setting' | 'today';

export interface StoryDateInfo {
  /** YYYY-MM-DD */
  date: string;
  from: StoryDateFrom;
}

export interface DocumentResult {
  version: number;
  asOf: string;
  /** Where asOf comes from. */
  asOfFrom: StoryDateFrom;
  findings: ShownFinding[];
  /** The text checked, and its confirmations of a span (in its offsets): made on hover, not at every edit. */
  text: string;
  confirmationsIn: Checked['confirmationsIn'];
  /** The checked text's lines, made at the first hover. */
  lines?: LineIndex;
}

export type DocState = { kind: 'checked'; result: DocumentResult } | { kind: 'tooLarge'; size: number } | { kind: 'off' } | { kind: 'unavailable'; reason: string };

const STORY_DATE_KEY = 'devonFactCheck.storyDate:';
const IGNORED_KEY = 'devonFactCheck.ignored:';

export function mapSeverity(sev: Severity, override: SeveritySetting | undefined): vscode.DiagnosticSeverity | undefined {
  // a hint is no flag (a quotation not in the sources, a fact the sources disagree on): a kind's setting may hide it, never raise it
  if (sev === 'hint' && override !== undefined) return override === 'off' ? undefined : vscode.DiagnosticSeverity.Hint;
  switch (override) {
    case 'off': return undefined;
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'information': return vscode.DiagnosticSeverity.Information;
    case 'hint': return vscode.DiagnosticSeverity.Hint;
  }
  switch (sev) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'info': return vscode.DiagnosticSeverity.Information;
    default: return vscode.DiagnosticSeverity.Hint;
  }
}

export class Checker implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('devon-factcheck');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly states = new Map<string, DocState>();
  private readonly runs = new Map<string, number>();
  /** Per document: re-checks only the paragraphs an edit touched. */
  private readonly incremental = new Map<string, IncrementalChecker>();
  private readonly tooLargeNotified = new Set<string>();
  /** Per document: how its latest check was sliced (slices, the longest in ms, and the time from start to squiggles). */
  readonly timings = new Map<string, SliceStats & { totalMs: number }>();
  private settings: Settings = readSettings();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's result (or state) changed. */
  readonly onDidChangeResult = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changed];
  private sessionOff = false;
  /** Documents whose last tab was closed while VS Code keeps them alive: treated as closed. */
  private readonly hidden = new Set<string>();

  constructor(
    private readonly host: EngineHost,
    private readonly sources: SourceDocuments,
    private readonly memento: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => {
        this.hidden.delete(d.uri.toString());
        this.schedule(d, 0);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, this.settings.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.forget(d.uri);
        this.hidden.delete(d.uri.toString());
      }),
      // VS Code may keep a closed editor's document alive for minutes: what the writer closes is the tab.
      vscode.window.tabGroups.onDidChangeTabs((e) => this.onTabs(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) {
          this.settings = readSettings();
          this.recheckAll();
        }
      }),
    );
  }

  private onTabs(e: vscode.TabChangeEvent): void {
    const shown = new Set<string>();
    for (const g of vscode.window.tabGroups.all) for (const t of g.tabs) { const u = tabUri(t); if (u) shown.add(u.toString()); }
    for (const t of e.closed) {
      const u = tabUri(t);
      if (u && !shown.has(u.toString())) {
        this.hidden.add(u.toString());
        this.forget(u);
      }
    }
    for (const t of e.opened) {
      const u = tabUri(t);
      if (!u) continue;
      const wasHidden = this.hidden.delete(u.toString());
      if (!wasHidden && (this.states.has(u.toString()) || this.timers.has(u.toString()))) continue;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString());
      if (doc) this.schedule(doc, 0);
    }
  }

  get current(): Settings {
    return this.settings;
  }

  /** Checks the documents already open when the extension starts. */
  start(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  shouldCheck(doc: vscode.TextDocument): boolean {
    return this.settings.enable && !this.sessionOff && isDraftScheme(doc.uri) && this.settings.languages.includes(doc.languageId) && !isWriterSource(doc.uri);
  }

  /** True when the document's editor was closed (VS Code may still hold the document). */
  isHidden(uri: vscode.Uri): boolean {
    return this.hidden.has(uri.toString());
  }

  state(uri: vscode.Uri): DocState | undefined {
    return this.states.get(uri.toString());
  }

  result(uri: vscode.Uri): DocumentResult | undefined {
    const s = this.states.get(uri.toString());
    return s?.kind === 'checked' ? s.result : undefined;
  }

  /** Findings of the latest result whose span still holds the same text in the document. */
  liveFindings(doc: vscode.TextDocument): ShownFinding[] {
    const r = this.result(doc.uri);
    if (!r) return [];
    if (r.version === doc.version) return r.findings;
    return r.findings.filter((f) => doc.getText(f.range) === f.covered);
  }

  /** Confirmations of the latest result under pos whose span still holds the same text in the document. */
  liveConfirmationsAt(doc: vscode.TextDocument, pos: vscode.Position): ShownConfirmation[] {
    const r = this.result(doc.uri);
    if (!r) return [];
    // (ranges are the checked text's, as the findings' are: after an edit, a span whose text moved is dropped)
    const lines = (r.lines ??= new LineIndex(r.text));
    const at = lines.offsetAt(pos);
    const shown = r.confirmationsIn(at, at).map((c) => ({ confirmation: c, range: lines.rangeOf(c.start, c.end), covered: r.text.slice(c.start, c.end) }));
    return shown.filter((c) => c.range.contains(pos) && (r.version === doc.version || doc.getText(c.range) === c.covered));
  }

  schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    if (!isDraftScheme(doc.uri)) return;
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.checkNow(doc).catch((e) => this.log.error(`check failed for ${key}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
    }, delay));
  }

  /** Checks a document at once. Resolves to its result, or undefined when not checked. */
  async checkNow(doc: vscode.TextDocument): Promise<DocumentResult | undefined> {
    const key = doc.uri.toString();
    const run = (this.runs.get(key) ?? 0) + 1;
    this.runs.set(key, run);
    if (doc.isClosed || this.hidden.has(key)) return undefined;
    if (!this.shouldCheck(doc)) {
      this.clear(doc.uri, { kind: 'off' });
      return undefined;
    }
    const version = doc.version;
    const size = doc.getText().length;
    if (size > this.settings.maxDocumentSize) {
      this.clear(doc.uri, { kind: 'tooLarge', size });
      if (!this.tooLargeNotified.has(key)) {
        this.tooLargeNotified.add(key);
        void vscode.window.showInformationMessage(
          `Devon Fact Check skipped ${vscode.workspace.asRelativePath(doc.uri)}: it has ${size.toLocaleString('en-GB')} characters, more than the limit of ${this.settings.maxDocumentSize.toLocaleString('en-GB')} (setting devonFactCheck.maxDocumentSize).`,
        );
      }
      return undefined;
    }
    // Yield once, so that a burst of edits or a close in the same tick wins over this run.
    await Promise.resolve();
    const engine = this.host.getEngine();
    if (!engine) {
      if (!doc.isClosed && !this.hidden.has(key)) this.clear(doc.uri, { kind: 'unavailable', reason: this.host.errors[this.host.errors.length - 1] ?? 'no data' });
      return undefined;
    }
    const stale = () => doc.isClosed || this.hidden.has(key) || doc.version !== version || this.runs.get(key) !== run;
    if (stale()) return undefined; // discard
    const text = doc.getText();
    const { date: asOf, from: asOfFrom } = this.storyDateInfo(doc.uri, text);
    const t0 = Date.now();
    // in slices: a long draft never holds the event loop every extension shares (identical to a full check, tested)
    const slicer = new Slicer(stale);
    let raw: Checked | undefined;
    try {
      let inc = this.incremental.get(key);
      if (!inc || inc.engine !== engine) this.incremental.set(key, (inc = new IncrementalChecker(engine)));
      raw = await slicer.run(inc.steps(text, { asOf, format: doc.languageId === 'plaintext' ? 'plaintext' : 'markdown' }));
    } catch (e) {
      this.log.error(`the engine failed on ${key}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return undefined;
    }
    if (!raw) return undefined; // the document changed or closed meanwhile: a newer run checks it
    const shown = await this.present(raw, version, { date: asOf, from: asOfFrom }, text, (o) => doc.positionAt(o), doc.uri, slicer);
    if (!shown) return undefined;
    const { result, diagnostics } = shown;
    this.states.set(key, { kind: 'checked', result });
    this.publish(doc.uri, diagnostics);
    slicer.end();
    this.timings.set(key, { ...slicer.stats, totalMs: Date.now() - t0 });
    if (slicer.stats.longestCpuMs > 50) this.log.warn(`checking ${key} held the event loop for ${slicer.stats.longestCpuMs.toFixed(0)} ms at once`);
    return result;
  }

  /** Checks text not open in an editor (Check Workspace) and publishes its diagnostics; in slices, as checkNow. */
  async checkText(uri: vscode.Uri, text: string): Promise<DocumentResult | undefined> {
    const engine = this.host.getEngine();
    if (!engine || text.length > this.settings.maxDocumentSize) return undefined;
    const storyDate = this.storyDateInfo(uri, text);
    const asOf = storyDate.date;
    const ix = new LineIndex(text);
    const slicer = new Slicer(() => false);
    const format = /\.txt$/i.test(uri.path) ? 'plaintext' : 'markdown';
    const raw = await slicer.run(new IncrementalChecker(engine).steps(text, { asOf, format }));
    const shown = raw && await this.present(raw, -1, storyDate, text, (o) => ix.positionAt(o), uri, slicer);
    if (shown) this.publish(uri, shown.diagnostics);
    return shown?.result;
  }

  /** The findings as shown, and the diagnostics to publish; undefined when the slicer gives up. */
  private async present(raw: Checked, version: number, storyDate: StoryDateInfo, text: string, pos: (o: number) => vscode.Position,
    uri: vscode.Uri, slicer: Slicer): Promise<{ result: DocumentResult; diagnostics: vscode.Diagnostic[] } | undefined> {
    const ignored = new Set([...this.settings.ignoredClaims, ...this.ignoredIn(uri)]);
    const findings: ShownFinding[] = [];
    const diagnostics: vscode.Diagnostic[] = [];
    for (const f of raw.findings) {
      if (slicer.due && !(await slicer.pause())) return undefined;
      if (ignored.has(f.claimKey)) continue;
      const severity = mapSeverity(f.severity, this.settings.severity[f.kind]);
      if (severity === undefined) continue;
      const range = new vscode.Range(pos(f.start), pos(f.end));
      const shown: ShownFinding = { finding: f, range, covered: text.slice(f.start, f.end), severity };
      findings.push(shown);
      diagnostics.push(this.toDiagnostic(shown));
    }
    const result = { version, asOf: storyDate.date, asOfFrom: storyDate.from, findings, text, confirmationsIn: raw.confirmationsIn };
    return { result, diagnostics };
  }

  private publish(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    this.diagnostics.set(uri, diagnostics);
    this.changed.fire(uri);
  }

  toDiagnostic(s: ShownFinding): vscode.Diagnostic {
    const f = s.finding;
    const d = new vscode.Diagnostic(s.range, f.message, s.severity);
    d.source = DIAGNOSTIC_SOURCE;
    const first = f.citations[0];
    d.code = first ? { value: f.kind, target: this.sources.target(first) } : f.kind;
    // no related information: the hover would show the source a second time under the message (the card cites it)
    return d;
  }

  private clear(uri: vscode.Uri, state: DocState): void {
    this.states.set(uri.toString(), state);
    this.diagnostics.delete(uri);
    this.changed.fire(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.states.has(key) && !this.timers.has(key) && this.diagnostics.get(uri) === undefined) return;
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.runs.set(key, (this.runs.get(key) ?? 0) + 1); // invalidates a run in flight
    this.incremental.delete(key);
    this.states.delete(key);
    this.timings.delete(key);
    this.diagnostics.delete(uri);
    this.changed.fire(uri);
  }

  recheckAll(): void {
    for (const d of vscode.workspace.textDocuments) {
      if (isDraftScheme(d.uri)) this.schedule(d, 0);
    }
  }

  /** Session-only switch (Toggle Checking when the setting cannot be written). */
  setSessionOff(off: boolean): void {
    this.sessionOff = off;
    this.recheckAll();
  }

  // ---- story date and ignored claims, per document ----

  storyDateSetting(uri: vscode.Uri): string | undefined {
    return this.memento.get<string>(STORY_DATE_KEY + uri.toString());
  }

  /** The story date in use for a document (see storyDateInfo); `text` is its text, else the open document's is read. */
  storyDate(uri: vscode.Uri, text?: string): string {
    return this.storyDateInfo(uri, text).date;
  }

  /**
   * The story date in use for a document, and where it comes from: Set Story Date for this draft, else the date the
   * draft gives itself (front matter, an "Updated …" line, a dateline), else the setting (a date, or today).
   */
  storyDateInfo(uri: vscode.Uri, text?: string): StoryDateInfo {
    const own = this.storyDateSetting(uri);
    const set = own !== undefined ? resolveStoryDate(own) : undefined;
    if (set) return { date: set, from: 'document' };
    text ??= vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText();
    const inDraft = text !== undefined ? storyDateOf(text) : undefined;
    if (inDraft) return { date: inDraft.date, from: inDraft.from };
    const date = resolveStoryDate(this.settings.storyDate);
    if (!date) return { date: todayIso(), from: 'today' };
    return { date, from: this.settings.storyDate.trim().toLowerCase() === 'today' ? 'today' : 'setting' };
  }

  /** Sets (or, with undefined, clears) the story date of one draft. */
  async setStoryDate(uri: vscode.Uri, value: string | undefined): Promise<void> {
    await this.memento.update(STORY_DATE_KEY + uri.toString(), value);
  }

  ignoredIn(uri: vscode.Uri): string[] {
    return this.memento.get<string[]>(IGNORED_KEY + uri.toString()) ?? [];
  }

  async ignoreInDocument(uri: vscode.Uri, claimKey: string): Promise<void> {
    const list = this.ignoredIn(uri);
    if (!list.includes(claimKey)) await this.memento.update(IGNORED_KEY + uri.toString(), [...list, claimKey]);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** "today" → today's date; a real YYYY-MM-DD → itself; anything else → undefined. */
export function resolveStoryDate(v: string): string | undefined {
  const s = v.trim().toLowerCase();
  if (s === 'today') return todayIso();
  return isIsoDay(s) ? s : undefined;
}

