/**
 * The source articles as read-only virtual documents that read like articles (articleView.ts):
 * `devon-factcheck-source:/devon-factcheck-article/<sourceId>/<headline>`, so the tab's title is the
 * headline, in the `devon-source` language (no ambiguous-character boxes round curly quotes). Offsets
 * from the engine (UTF-16, into the article text) are turned into positions in the view without opening it.
 */
import * as vscode from 'vscode';
import type { Citation } from '../core/types';
import type { EngineHost } from './engineHost';
import { ArticleView, layoutArticle, tabTitle } from './articleView';
import { citedSpan } from './present';

export const SOURCE_SCHEME = 'devon-factcheck-source';
export const SOURCE_LANGUAGE = 'devon-source';
const ROOT = 'devon-factcheck-article';

export function sourceUri(sourceId: string, title?: string): vscode.Uri {
  return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${ROOT}/${sourceId}/${tabTitle(title ?? sourceId)}` });
}

export function sourceIdOf(uri: vscode.Uri): string | undefined {
  if (uri.scheme !== SOURCE_SCHEME) return undefined;
  const parts = uri.path.split('/').filter(Boolean);
  if (parts[0] === ROOT && parts[1]) return parts[1];
  // an older link: /<sourceId>.txt
  const m = /^\/?([^/]+?)(\.txt)?$/.exec(uri.path);
  return m ? m[1] : undefined;
}

/** Line starts of a text, for offset → position without a TextDocument. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  positionAt(offset: number): vscode.Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    let ch = o - this.starts[lo];
    // an offset on the \r of a \r\n is the end of the line
    const lineEnd = lo + 1 < this.starts.length ? this.starts[lo + 1] - 1 : this.text.length;
    if (lineEnd > this.starts[lo] && this.text.charCodeAt(lineEnd - 1) === 13 && o >= lineEnd - 1 && lo + 1 < this.starts.length) ch = lineEnd - 1 - this.starts[lo];
    return new vscode.Position(lo, ch);
  }
  /** The offset of a position (a character past its line's end is the line's end, as in a TextDocument). */
  offsetAt(pos: vscode.Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const lineEnd = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] - 1 : this.text.length;
    const end = lineEnd > this.starts[pos.line] && this.text.charCodeAt(lineEnd - 1) === 13 && pos.line + 1 < this.starts.length ? lineEnd - 1 : lineEnd;
    return Math.min(this.starts[pos.line] + pos.character, end);
  }
  rangeOf(start: number, end: number): vscode.Range {
    return new vscode.Range(this.positionAt(start), this.positionAt(end));
  }
}

interface Laid {
  view: ArticleView;
  lines: LineIndex;
}

export class SourceDocuments implements vscode.TextDocumentContentProvider {
  private readonly laid = new Map<string, Laid>();
  /** Where a definition (F12) was just offered: the sentence to select when that article opens there. */
  private readonly pending = new Map<string, { range: vscode.Range; until: number }[]>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires for an open article when the data is reloaded. */
  readonly onDidChange = this.changed.event;
  constructor(private readonly host: EngineHost) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = sourceIdOf(uri);
    const laid = id ? this.layout(id) : undefined;
    if (!laid) return `No source article "${id ?? uri.path}" in the Devon Fact Check data.`;
    return laid.view.text;
  }

  private layout(sourceId: string): Laid | undefined {
    let l = this.laid.get(sourceId);
    if (!l) {
      const src = this.host.dataset?.sourceById.get(sourceId);
      if (!src) return undefined;
      const view = layoutArticle(src, src.text);
      l = { view, lines: new LineIndex(view.text) };
      this.laid.set(sourceId, l);
    }
    return l;
  }

  uri(sourceId: string): vscode.Uri {
    return sourceUri(sourceId, this.host.dataset?.sourceById.get(sourceId)?.title);
  }

  /** The range in the view of [start, end) of the article (the top when unknown). */
  range(sourceId: string, start: number, end: number): vscode.Range {
    const l = this.layout(sourceId);
    if (!l) return new vscode.Range(0, 0, 0, 0);
    return new vscode.Range(l.lines.positionAt(l.view.toView(start)), l.lines.positionAt(l.view.toView(Math.max(start, end), end > start)));
  }

  /** The article offsets of a citation to select: its sentence, within the paragraph of the evidence. */
  span(c: Citation): { start: number; end: number } {
    const text = this.host.dataset?.sourceById.get(c.source)?.text;
    return text && text.slice(c.start, c.end) === c.quote ? citedSpan(text, c) : { start: c.start, end: c.end };
  }

  /** Where a citation's sentence is, in the view. */
  location(c: Citation): vscode.Location {
    const s = this.span(c);
    return new vscode.Location(this.uri(c.source), this.range(c.source, s.start, s.end));
  }

  /** A link target that opens the source with the sentence selected (`#L3,5-L3,80`, 1-based). */
  target(c: Citation): vscode.Uri {
    const r = this.location(c).range;
    return this.uri(c.source).with({
      fragment: `L${r.start.line + 1},${r.start.character + 1}-L${r.end.line + 1},${r.end.character + 1}`,
    });
  }

  /** Remembers that a definition link to `range` was offered (go to definition then selects all of it). */
  expect(uri: vscode.Uri, range: vscode.Range): void {
    const key = uri.toString();
    const now = Date.now();
    const list = (this.pending.get(key) ?? []).filter((p) => p.until > now);
    list.push({ range, until: now + 20_000 });
    this.pending.set(key, list);
  }

  /**
   * VS Code's go to definition opens the article with the cursor at the start of the sentence, near the
   * top: when that happens where a definition was just offered, select the whole sentence and put it in
   * the middle of the view.
   */
  selectExpected(editor: vscode.TextEditor): boolean {
    const key = editor.document.uri.toString();
    const list = this.pending.get(key);
    if (!list || !editor.selection.isEmpty) return false;
    const now = Date.now();
    const hit = list.find((p) => p.until > now && p.range.start.isEqual(editor.selection.active));
    if (!hit) return false;
    this.pending.delete(key);
    editor.selection = new vscode.Selection(hit.range.start, hit.range.end);
    editor.revealRange(hit.range, vscode.TextEditorRevealType.InCenter);
    return true;
  }

  clear(): void {
    this.laid.clear();
    for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === SOURCE_SCHEME) this.changed.fire(d.uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
