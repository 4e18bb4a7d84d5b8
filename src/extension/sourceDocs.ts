/**
 * The source articles as read-only virtual documents: `devon-factcheck-source:/<sourceId>.txt`.
 * Offsets from the engine (UTF-16, into the article text) are turned into positions without opening them.
 */
import * as vscode from 'vscode';
import type { Citation } from '../core/types';
import type { EngineHost } from './engineHost';

export const SOURCE_SCHEME = 'devon-factcheck-source';

export function sourceUri(sourceId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${sourceId}.txt` });
}

export function sourceIdOf(uri: vscode.Uri): string | undefined {
  if (uri.scheme !== SOURCE_SCHEME) return undefined;
  const m = /^\/?(.+?)(\.txt)?$/.exec(uri.path);
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
  rangeOf(start: number, end: number): vscode.Range {
    return new vscode.Range(this.positionAt(start), this.positionAt(end));
  }
}

export class SourceDocuments implements vscode.TextDocumentContentProvider {
  private readonly indexes = new Map<string, LineIndex>();
  constructor(private readonly host: EngineHost) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = sourceIdOf(uri);
    const src = id ? this.host.dataset?.sourceById.get(id) : undefined;
    if (!src) return `No source article "${id ?? uri.path}" in the Devon Fact Check data.`;
    return src.text;
  }

  private index(sourceId: string): LineIndex | undefined {
    let ix = this.indexes.get(sourceId);
    if (!ix) {
      const src = this.host.dataset?.sourceById.get(sourceId);
      if (!src) return undefined;
      ix = new LineIndex(src.text);
      this.indexes.set(sourceId, ix);
    }
    return ix;
  }

  /** The range of [start, end) in a source article (the whole first line when unknown). */
  range(sourceId: string, start: number, end: number): vscode.Range {
    return this.index(sourceId)?.rangeOf(start, end) ?? new vscode.Range(0, 0, 0, 0);
  }

  /** Where a citation's sentence is, in the virtual document. */
  location(c: Citation): vscode.Location {
    return new vscode.Location(sourceUri(c.source), this.range(c.source, c.start, c.end));
  }

  /** A link target that opens the source with the sentence selected (`#L3,5-L3,80`, 1-based). */
  target(c: Citation): vscode.Uri {
    const r = this.range(c.source, c.start, c.end);
    return sourceUri(c.source).with({
      fragment: `L${r.start.line + 1},${r.start.character + 1}-L${r.end.line + 1},${r.end.character + 1}`,
    });
  }

  clear(): void {
    this.indexes.clear();
  }
}
