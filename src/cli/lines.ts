/**
 * Offset → (line, character) mapping, 0-based like VS Code's `Position`.
 * Line breaks are "\r\n" (one break), "\n" and a lone "\r" — the same three VS Code recognises.
 * `character` counts UTF-16 code units from the start of the line (an emoji counts as 2), which is
 * exactly what VS Code, LSP and SARIF's default `columnKind` ("utf16CodeUnits") expect.
 * The line-start table is built once (O(n)); each lookup is a binary search (O(log lines)).
 */

export interface Position {
  line: number;
  character: number;
}

export class LineMap {
  /** Offset at which each line starts; starts[0] === 0. */
  private readonly starts: Uint32Array;

  constructor(readonly text: string) {
    const starts: number[] = [0];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        starts.push(i + 1);
      } else if (c === 13) {
        if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = Uint32Array.from(starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of `line` (0-based). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Position of a UTF-16 offset; offsets outside [0, text.length] are clamped. */
  positionAt(offset: number): Position {
    const off = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (s[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: off - s[lo] };
  }
}
