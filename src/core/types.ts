/**
 * Public types of the checking engine. Nothing here (or anywhere under src/core) imports `vscode`:
 * the editor extension and the terminal command are thin layers over this core.
 */

/** The kinds of finding (FindingKind, FINDING_KINDS) are defined, with their labels and default severities, in kinds.ts. */
export type { FindingKind } from './kinds';
export { FINDING_KINDS } from './kinds';
import type { FindingKind } from './kinds';

/** error: a definite conflict; warning: a likely one (misquote, outdated claim); hint: not in the sources. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const SEVERITY_RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** The words of a source that support (or contradict) a claim. */
export interface Citation {
  /** Source id, e.g. "dcc-cabinet-2022-12". */
  source: string;
  /** Headline or short title of the article. */
  title: string;
  /** Publication date with the precision known, for display ("mid-December 2022"). */
  date: string;
  /** The verbatim sentence of the article that holds the evidence. */
  quote: string;
  /** UTF-16 offsets of `quote` in the article text. */
  start: number;
  end: number;
  /** UTF-16 offsets of the evidence words themselves (inside the sentence) in the article text. */
  evidenceStart: number;
  evidenceEnd: number;
}

/** One word of a quotation diff (render the parts separated by spaces): kept, only in the draft (removed), or only in the source (added). */
export interface DiffPart {
  op: 'same' | 'draft' | 'source';
  text: string;
}

export interface Finding {
  /** UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  kind: FindingKind;
  severity: Severity;
  /** Plain-words explanation naming what the sources say. */
  message: string;
  /** Replacement texts for [start, end), best first. May be empty. */
  suggestions: string[];
  citations: Citation[];
  /** Stable identity of the claim, independent of its position: used to ignore a claim across edits. */
  claimKey: string;
  /** For quotations: word-level difference between the draft's words and the source's. */
  diff?: DiffPart[];
}

/** A recognised claim that matches the sources: shown as a "matches the sources" card on hover. */
export interface Confirmation {
  start: number;
  end: number;
  kind: 'person' | 'quote' | 'fact';
  message: string;
  citations: Citation[];
}

export interface CheckOptions {
  /**
   * The date the draft is written on, YYYY-MM-DD: what "now", "this year", "last year" mean in it. A draft that gives
   * itself an earlier day (a dateline, a "first published" line, front matter) is read as written on that day.
   */
  asOf: string;
  /** How to read the draft (default markdown): its markup, code and front matter are not prose. */
  format?: 'markdown' | 'plaintext';
}

export interface CheckResult {
  findings: Finding[];
  confirmations: Confirmation[];
}
