/**
 * The writer's own sources: every .md and .txt file in the workspace's source folders (the setting
 * `devonFactCheck.sourceFolders`, default `["sources"]`) is read as a source (core/ingest) and merged with the bundled
 * data. Saving, adding or deleting one re-reads the folders and re-checks open drafts; a file that cannot be a source
 * gets one message naming it, and the rest keep working. The files are data: what they say becomes facts and
 * citations, never markup, a link or a command.
 */
import * as vscode from 'vscode';
import { SECTION } from './config';
import type { SourceFile } from '../core/ingest/merge';

/** The source folders of the settings, as relative paths ("sources", "research/notes"). */
export function sourceFolderSetting(): string[] {
  const v = vscode.workspace.getConfiguration(SECTION).get<unknown>('sourceFolders');
  if (!Array.isArray(v)) return ['sources'];
  return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim().replace(/^\.?\/+|\/+$/g, ''));
}

/** Is this document one of the writer's sources (a .md or .txt file inside a source folder of a workspace folder)? */
export function isWriterSource(uri: vscode.Uri): boolean {
  if (!/\.(md|markdown|txt)$/i.test(uri.path)) return false;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const rel = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  return sourceFolderSetting().some((f) => f === '' || rel === f || rel.startsWith(f + '/'));
}

/** Reads the source folders and hands the files to `apply`; re-reads on a save, a new file, a deleted one or a setting change. */
export class SourceFolders implements vscode.Disposable {
  private readonly subs: vscode.Disposable[] = [];
  private watchers: vscode.FileSystemWatcher[] = [];
  private scanning: Promise<void> | undefined;
  private again = false;

  constructor(private readonly apply: (files: SourceFile[]) => void, private readonly log: vscode.LogOutputChannel) {}

  start(): void {
    this.watch();
    this.subs.push(
      vscode.workspace.onDidSaveTextDocument((d) => { if (isWriterSource(d.uri)) this.rescan(); }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.sourceFolders`)) {
          this.watch();
          this.rescan();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { this.watch(); this.rescan(); }),
    );
    this.rescan();
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const wf of vscode.workspace.workspaceFolders ?? []) {
      for (const f of sourceFolderSetting()) {
        const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(wf, `${f ? f + '/' : ''}**/*.{md,markdown,txt}`));
        w.onDidCreate(() => this.rescan());
        w.onDidDelete(() => this.rescan());
        w.onDidChange(() => this.rescan());
        this.watchers.push(w);
      }
    }
  }

  /** Reads every source file again (a scan asked for while one runs runs once more after it). */
  rescan(): Promise<void> {
    if (this.scanning) {
      this.again = true;
      return this.scanning;
    }
    this.scanning = (async () => {
      do {
        this.again = false;
        try {
          this.apply(await this.read());
        } catch (e) {
          this.log.error(`reading the source folders failed: ${(e as Error).message}`);
        }
      } while (this.again);
    })().finally(() => { this.scanning = undefined; });
    return this.scanning;
  }

  private async read(): Promise<SourceFile[]> {
    const out: SourceFile[] = [];
    const seen = new Set<string>();
    for (const wf of vscode.workspace.workspaceFolders ?? []) {
      for (const f of sourceFolderSetting()) {
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(wf, `${f ? f + '/' : ''}**/*.{md,markdown,txt}`), undefined, 500);
        uris.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const uri of uris) {
          if (seen.has(uri.toString())) continue;
          seen.add(uri.toString());
          const file = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
          // an open, unsaved source is read as saved: what is on disk is the source
          let text: string;
          try {
            const bytes = await vscode.workspace.fs.readFile(uri);
            text = bytes.length > 4 * 1024 * 1024 ? ' '.repeat(1_000_001) : decode(bytes);
          } catch (e) {
            text = '\u0000';
            this.log.warn(`cannot read source ${file}: ${(e as Error).message}`);
          }
          out.push({ file, text });
        }
      }
    }
    return out;
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    for (const s of this.subs) s.dispose();
  }
}

/** UTF-8 text, or a NUL (read as binary by the ingester) when the bytes are not UTF-8. */
function decode(bytes: Uint8Array): string {
  try {
    const t = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
  } catch {
    return '\u0000';
  }
}
