/** Helpers for the integration tests: wait on VS Code's own events, never on a fixed delay. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'devon-factcheck.devon-factcheck';
export const SOURCE = 'Devon Fact Check';

export interface Api {
  readonly datasetErrors: readonly string[];
  reloadData(dataDir?: string): void;
  isDataLoaded(): boolean;
  readonly onDidChangeResult: vscode.Event<vscode.Uri>;
  state(uri: vscode.Uri): { kind: 'checked'; result: { version: number; asOf: string; asOfFrom: string; findings: { finding: { kind: string; claimKey: string; message: string; suggestions: string[]; citations: { source: string; quote: string; start: number; end: number }[] } }[] } } | { kind: 'tooLarge'; size: number } | { kind: 'off' } | undefined;
  status(): { text: string; visible: boolean; command?: string };
  checkTiming(uri: vscode.Uri): { slices: number; longestMs: number; longestCpuMs: number; totalMs: number } | undefined;
  storyDateStatus(): { text: string; tooltip: string; visible: boolean };
}

let apiPromise: Promise<Api> | undefined;
export function api(): Promise<Api> {
  apiPromise ??= (async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    return ext.activate();
  })();
  return apiPromise;
}

export function ws(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function kindOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c && typeof c === 'object') return String(c.value);
  return c === undefined ? undefined : String(c);
}

/** Resolves when `test()` holds, re-testing on each of `events`; rejects after `ms` with `describe()`. */
export function until<T>(test: () => T | undefined | false, events: vscode.Event<unknown>[], what: string, ms = 15_000, describe?: () => string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const finish = (fn: () => void) => { clearTimeout(timer); subs.forEach((s) => s.dispose()); fn(); };
    const check = () => {
      let v: T | undefined | false;
      try { v = test(); } catch (e) { finish(() => reject(e)); return; }
      if (v) finish(() => resolve(v as T));
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out waiting for ${what}${describe ? `: ${describe()}` : ''}`))), ms);
    for (const e of events) subs.push(e(check));
    check();
  });
}

export function describeDiags(uri: vscode.Uri): string {
  return JSON.stringify(ours(uri).map((d) => ({ kind: kindOf(d), line: d.range.start.line, msg: d.message })));
}

/** Waits until our diagnostics for `uri` satisfy `pred`. */
export function diagnosticsWhere(uri: vscode.Uri, pred: (ds: vscode.Diagnostic[]) => boolean, what: string, ms?: number): Promise<vscode.Diagnostic[]> {
  return until(() => { const ds = ours(uri); return pred(ds) ? ds : undefined; }, [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>], what, ms, () => describeDiags(uri));
}

/** Waits until the extension has a result (or state) for the document's current version. */
export async function checked(doc: vscode.TextDocument, ms?: number): Promise<void> {
  const a = await api();
  await until(() => {
    const s = a.state(doc.uri);
    if (!s) return false;
    return s.kind !== 'checked' || s.result.version === doc.version;
  }, [a.onDidChangeResult as vscode.Event<unknown>], `a check of ${path.basename(doc.uri.path)} v${doc.version}`, ms,
    () => { const s = a.state(doc.uri); return `state ${s ? (s.kind === 'checked' ? `checked v${s.result.version}` : s.kind) : 'none'}, document v${doc.version}${doc.isClosed ? ' (closed)' : ''}`; });
}

export async function open(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(ws(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** Closes every editor, reverting unsaved changes so no dialog can block. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 1): vscode.Range {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${occurrence} time(s) in ${doc.uri.path}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n---\n');
}

export async function setConfig(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('devonFactCheck').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Asks the chromium driver for a screenshot and waits for the file (no-op without the driver). */
export async function screenshot(name: string): Promise<string | undefined> {
  const dir = process.env.E2E_OUTPUT_DIR;
  if (!dir || process.env.E2E_NO_DRIVER) return undefined;
  const file = path.join(dir, `${name}.png`);
  try { fs.unlinkSync(file); } catch { /* none yet */ }
  console.log(`E2E_SCREENSHOT ${name}`);
  const t0 = Date.now();
  while (!fs.existsSync(file)) {
    if (Date.now() - t0 > 20_000) throw new Error(`no screenshot ${file}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return file;
}

export interface HoverBox { top: number; bottom: number; width: number; height: number; scrollHeight: number; clientHeight: number; text: string }

/** Asks the chromium driver for the visible hover's box and scroll state (undefined without the driver). */
export async function measureHover(name: string): Promise<{ viewport: { width: number; height: number }; hovers: HoverBox[] } | undefined> {
  const dir = process.env.E2E_OUTPUT_DIR;
  if (!dir || process.env.E2E_NO_DRIVER) return undefined;
  const file = path.join(dir, `${name}.json`);
  try { fs.unlinkSync(file); } catch { /* none yet */ }
  console.log(`E2E_MEASURE_HOVER ${name}`);
  const t0 = Date.now();
  while (!fs.existsSync(file)) {
    if (Date.now() - t0 > 20_000) throw new Error(`no measurement ${file}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Asks the chromium driver for the steps of the walkthrough on screen, ticked or not (undefined without the driver). */
export async function walkthroughSteps(name: string): Promise<{ id: string; checked: boolean; text: string }[] | undefined> {
  const dir = process.env.E2E_OUTPUT_DIR;
  if (!dir || process.env.E2E_NO_DRIVER) return undefined;
  const file = path.join(dir, `${name}.json`);
  try { fs.unlinkSync(file); } catch { /* none yet */ }
  console.log(`E2E_WALKTHROUGH ${name}`);
  const t0 = Date.now();
  while (!fs.existsSync(file)) {
    if (Date.now() - t0 > 20_000) throw new Error(`no walkthrough steps ${file}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')).steps;
}

/** Shows the hover at `pos` in the editor and waits until the workbench has painted it. */
export async function showHoverAt(editor: vscode.TextEditor, pos: vscode.Position, paintMs = 1500): Promise<void> {
  editor.selection = new vscode.Selection(pos, pos);
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await vscode.commands.executeCommand('editor.action.showHover');
  // the hover renders asynchronously in the workbench; give it a moment to paint
  await new Promise((res) => setTimeout(res, paintMs));
}

/** The links of a hover's markdown: [label, command, decoded arguments]. */
export function hoverLinks(md: string): { label: string; command: string; args: unknown[] }[] {
  return [...md.matchAll(/\[((?:\\.|[^\]\\])*)\]\(command:([\w.]+)\?([^ )]+)/g)].map((m) => ({ label: m[1], command: m[2], args: JSON.parse(decodeURIComponent(m[3])) }));
}

/**
 * The code actions at `range`, asked again until one titled `want` is among them (right after activation
 * VS Code can answer once without an extension's actions; it asks again as the cursor moves).
 */
export async function codeActionsWith(doc: vscode.TextDocument, range: vscode.Range, want: string | RegExp, ms = 5000): Promise<{ actions: vscode.CodeAction[]; action: vscode.CodeAction }> {
  const t0 = Date.now();
  for (;;) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
    const action = actions.find((a) => (typeof want === 'string' ? a.title === want : want.test(a.title)));
    if (action) return { actions, action };
    if (Date.now() - t0 > ms) throw new Error(`no code action ${want} among ${JSON.stringify(actions.map((a) => a.title))}; ${describeDiags(doc.uri)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
