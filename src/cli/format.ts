/**
 * The three output formats of `devon-factcheck check`: JSON (the machine contract), compiler-style
 * text for people, and SARIF 2.1.0 for code-scanning tools. All pure: results in, string/object out.
 */
import { inBrackets } from '../core/time/dates';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { FINDING_KINDS, Finding, FindingKind, Severity, SEVERITY_RANK } from '../core/types';
import { KINDS } from '../core/kinds';
import { LineMap } from './lines';

/** Where a file's story date came from: --as-of, the draft itself (see storyDateOf), or today. */
export type AsOfFrom = 'option' | 'front matter' | 'updated line' | 'dateline' | 'today';

export interface CheckedFile {
  /** The path as given on the command line. */
  path: string;
  asOf: string;
  asOfFrom: AsOfFrom;
  /** The text that was checked (without a UTF-8 BOM). Finding offsets index it. */
  text: string;
  findings: Finding[];
}

export interface SkippedFile {
  path: string;
  skipped: string;
}

export type FileResult = CheckedFile | SkippedFile;

export function isSkipped(r: FileResult): r is SkippedFile {
  return 'skipped' in r;
}

// ---------------------------------------------------------------- JSON

export interface JsonCitation {
  source: string;
  title: string;
  date: string;
  quote: string;
}

export interface JsonFinding {
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  kind: FindingKind;
  severity: Severity;
  message: string;
  suggestions: string[];
  citations: JsonCitation[];
}

export type JsonFile = { path: string; asOf: string; asOfFrom: AsOfFrom; findings: JsonFinding[] } | { path: string; skipped: string };

export interface JsonReport {
  files: JsonFile[];
}

export function toJsonFinding(f: Finding, lines: LineMap): JsonFinding {
  const s = lines.positionAt(f.start);
  const e = lines.positionAt(f.end);
  return {
    start: f.start,
    end: f.end,
    line: s.line,
    character: s.character,
    endLine: e.line,
    endCharacter: e.character,
    kind: f.kind,
    severity: f.severity,
    message: f.message,
    suggestions: [...f.suggestions],
    citations: f.citations.map((c) => ({ source: c.source, title: c.title, date: c.date, quote: c.quote })),
  };
}

export function toJsonReport(results: readonly FileResult[]): JsonReport {
  return {
    files: results.map((r): JsonFile => {
      if (isSkipped(r)) return { path: r.path, skipped: r.skipped };
      const lines = new LineMap(r.text);
      return { path: r.path, asOf: r.asOf, asOfFrom: r.asOfFrom, findings: r.findings.map((f) => toJsonFinding(f, lines)) };
    }),
  };
}

// ---------------------------------------------------------------- text

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function countSeverities(results: readonly FileResult[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) if (!isSkipped(r)) for (const f of r.findings) c[f.severity]++;
  return c;
}

/** True when a finding is at warning or above: what makes the exit status 1. */
export function isBlocking(f: Finding): boolean {
  return SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning;
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** Collapses runs of whitespace (including line breaks) so each entry stays on one line. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function summaryLine(results: readonly FileResult[]): string {
  const checked = results.filter((r) => !isSkipped(r)).length;
  const skipped = results.length - checked;
  const c = countSeverities(results);
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
  if (c.info) parts.push(`${c.info} info`);
  if (c.hint) parts.push(plural(c.hint, 'hint'));
  return `${plural(checked, 'file')} checked${skipped ? ` (${skipped} skipped)` : ''}: ${parts.join(', ')}`;
}

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  severity(sev: Severity, s: string): string;
}

const PLAIN: Style = { bold: (s) => s, dim: (s) => s, severity: (_v, s) => s };
const SGR = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const SEVERITY_SGR: Record<Severity, (s: string) => string> = {
  error: SGR('1;31'),
  warning: SGR('1;33'),
  info: SGR('1;36'),
  hint: SGR('2'),
};
const COLOUR: Style = { bold: SGR('1'), dim: SGR('2'), severity: (v, s) => SEVERITY_SGR[v](s) };

/** Quotation diff as `[-draft words-]{+source words+}` (wdiff style). */
function renderDiff(f: Finding): string | undefined {
  if (!f.diff || !f.diff.some((p) => p.op !== 'same')) return undefined;
  return oneLine(f.diff.map((p) => (p.op === 'same' ? p.text : p.op === 'draft' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(' '));
}

/**
 * Compiler-style report: `path:line:col: severity kind: message` (1-based line and UTF-16 column),
 * then the cited source sentences and the suggestion, indented; a summary line at the end.
 */
export function formatText(results: readonly FileResult[], opts: { color: boolean }): string {
  const st = opts.color ? COLOUR : PLAIN;
  const out: string[] = [];
  for (const r of results) {
    if (isSkipped(r)) continue;
    const lines = new LineMap(r.text);
    for (const f of r.findings) {
      const p = lines.positionAt(f.start);
      out.push(
        `${st.bold(`${r.path}:${p.line + 1}:${p.character + 1}:`)} ${st.severity(f.severity, f.severity)} ${f.kind}: ${oneLine(f.message)}`,
      );
      for (const c of f.citations) {
        out.push(st.dim(`  source: ${oneLine(c.title)} (${inBrackets(c.date)}): \u201c${oneLine(c.quote)}\u201d`));
      }
      const d = renderDiff(f);
      if (d) out.push(`  diff: ${d}`);
      if (f.suggestions.length) {
        const [best, ...others] = f.suggestions;
        out.push(`  suggestion: ${oneLine(best)}${others.length ? ` (or: ${others.map(oneLine).join('; ')})` : ''}`);
      }
    }
  }
  out.push(summaryLine(results));
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- SARIF

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function sarifLevel(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** A kind's SARIF rule, from kinds.ts. */
function sarifRule(k: FindingKind): Record<string, unknown> {
  const { sarif, defaultSeverity } = KINDS[k];
  return {
    id: sarif.id,
    name: k,
    shortDescription: { text: sarif.shortDescription },
    fullDescription: { text: sarif.fullDescription },
    help: { text: sarif.help },
    defaultConfiguration: { level: sarifLevel(defaultSeverity) },
  };
}

/** Relative path with forward slashes (URI-encoded) when under `cwd`, otherwise a file:// URI. */
export function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(abs).href };
}

export interface SarifOptions {
  cwd: string;
  version?: string;
  informationUri?: string;
}

export function toSarif(results: readonly FileResult[], opts: SarifOptions): Record<string, unknown> {
  const ruleIndex = new Map<FindingKind, number>(FINDING_KINDS.map((k, i) => [k, i]));
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  const artifacts: unknown[] = [];
  for (const r of results) {
    const loc = artifactUri(r.path, opts.cwd);
    if (isSkipped(r)) {
      notifications.push({ level: 'warning', message: { text: `skipped ${r.path}: ${r.skipped}` }, locations: [{ physicalLocation: { artifactLocation: loc } }] });
      continue;
    }
    const artifactIndex = artifacts.length;
    artifacts.push({ location: loc, encoding: 'utf-8' });
    const lines = new LineMap(r.text);
    for (const f of r.findings) {
      const s = lines.positionAt(f.start);
      const e = lines.positionAt(f.end);
      const artifactLocation = { ...loc, index: artifactIndex };
      const region = {
        startLine: s.line + 1,
        startColumn: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        charOffset: f.start,
        charLength: f.end - f.start,
        snippet: { text: r.text.slice(f.start, f.end) },
      };
      const result: Record<string, unknown> = {
        ruleId: KINDS[f.kind].sarif.id,
        ruleIndex: ruleIndex.get(f.kind),
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region } }],
        partialFingerprints: { claimKey: f.claimKey },
        properties: { severity: f.severity, citations: f.citations.map((c) => ({ source: c.source, title: c.title, date: c.date, quote: c.quote })) },
      };
      if (f.suggestions.length) {
        result.fixes = f.suggestions.map((sug) => ({
          description: { text: `Replace with \u201c${sug}\u201d` },
          artifactChanges: [
            {
              artifactLocation,
              replacements: [{ deletedRegion: { charOffset: f.start, charLength: f.end - f.start }, insertedContent: { text: sug } }],
            },
          ],
        }));
      }
      sarifResults.push(result);
    }
  }
  const driver: Record<string, unknown> = {
    name: 'Devon Fact Check',
    ...(opts.version ? { version: opts.version, semanticVersion: opts.version } : {}),
    ...(opts.informationUri ? { informationUri: opts.informationUri } : {}),
    rules: FINDING_KINDS.map((k) => sarifRule(k)),
  };
  const run: Record<string, unknown> = {
    tool: { driver },
    originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(opts.cwd.endsWith(path.sep) ? opts.cwd : opts.cwd + path.sep).href } },
    columnKind: 'utf16CodeUnits',
    artifacts,
    results: sarifResults,
  };
  if (notifications.length) run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: notifications }];
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}
