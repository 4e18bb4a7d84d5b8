/**
 * Scoring the engine on labelled drafts (the format of the shared eval/README.md):
 *
 * - A finding of severity `hint` is not a flag; every other finding is.
 * - A finding whose range overlaps a labelled region catches it; a labelled region no finding overlaps is
 *   a miss; a finding that overlaps no labelled region is a false alarm.
 * - Labels with `"neutral": true` count neither way: they are never missed, and a finding overlapping
 *   only neutral labels is neither a catch nor a false alarm.
 * - A caught region "names the fix" when an overlapping flag's message or one of its suggestions contains
 *   `expect`, case-insensitively.
 * - precision = caught / (caught + false alarms) (1 when there is nothing in the denominator),
 *   recall = caught / labelled (1 when nothing is labelled), F1 their harmonic mean,
 *   fix rate = fixes named / caught labels that have an `expect` (1 when there are none).
 *
 * `scoreDrafts` is pure (drafts + engine in, report out); `readEvalDir` reads a directory.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as z from 'zod/mini';
import { formatIssue } from '../core/data/loader';
import { Engine } from '../core/engine';
import { isIsoDay } from '../core/time/dates';
import { FINDING_KINDS, Finding, FindingKind, Severity } from '../core/types';
import { decodeDraft, InputError } from './files';
import { LineMap } from './lines';

export interface Label {
  text: string;
  kind: FindingKind;
  expect?: string;
  neutral?: boolean;
  /** 1-based: which occurrence of `text` is meant (default 1). */
  occurrence?: number;
}

export interface ResolvedLabel extends Label {
  start: number;
  end: number;
}

export interface LabelledDraft {
  /** File name of the draft, for reports (e.g. "p01.md"). */
  name: string;
  text: string;
  asOf: string;
  labels: ResolvedLabel[];
}

const LabelSchema = z.object({
  text: z.string().check(z.minLength(1)),
  kind: z.enum(FINDING_KINDS as unknown as [FindingKind, ...FindingKind[]]),
  expect: z.optional(z.string().check(z.minLength(1))),
  neutral: z.optional(z.boolean()),
  occurrence: z.optional(z.int().check(z.minimum(1))),
});

const LabelsFileSchema = z.object({
  asOf: z.string().check(z.refine(isIsoDay, 'expected a real date as YYYY-MM-DD')),
  flags: z.array(LabelSchema),
});

/** Offsets of the `occurrence`-th (1-based) occurrence of `needle`, or undefined. */
export function findOccurrence(text: string, needle: string, occurrence = 1): { start: number; end: number } | undefined {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return undefined;
  }
  return { start: at, end: at + needle.length };
}

/** Parses and resolves a labels file against its draft. Throws InputError naming the file and label. */
export function parseLabels(labelsFile: string, json: string, draftName: string, draftText: string): LabelledDraft {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new InputError(`${labelsFile}: not valid JSON (${(e as Error).message})`);
  }
  const r = LabelsFileSchema.safeParse(raw, { error: formatIssue });
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
    throw new InputError(`${labelsFile}: ${where ? where + ': ' : ''}${issue.message}`);
  }
  const labels = r.data.flags.map((l, i): ResolvedLabel => {
    const at = findOccurrence(draftText, l.text, l.occurrence ?? 1);
    if (!at) {
      const which = l.occurrence && l.occurrence > 1 ? `occurrence ${l.occurrence} of ` : '';
      throw new InputError(`${labelsFile}: flags[${i}].text: ${which}"${l.text}" does not occur in ${draftName}`);
    }
    return { ...l, ...at };
  });
  return { name: draftName, text: draftText, asOf: r.data.asOf, labels };
}

/** Reads NAME.md + NAME.json pairs (sorted by name). A .md without .json is listed in `notes` and skipped. */
export function readEvalDir(dir: string): { drafts: LabelledDraft[]; notes: string[] } {
  let entries: string[];
  try {
    if (!fs.statSync(dir).isDirectory()) throw new InputError(`${dir}: not a directory`);
    entries = fs.readdirSync(dir);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${dir}: ${code === 'ENOENT' ? 'no such directory' : `cannot read (${code ?? (e as Error).message})`}`);
  }
  const names = new Set(entries);
  const drafts: LabelledDraft[] = [];
  const notes: string[] = [];
  for (const md of entries.filter((e) => e.endsWith('.md')).sort()) {
    const base = md.slice(0, -3);
    const json = base + '.json';
    if (!names.has(json)) {
      if (base.toLowerCase() !== 'readme') notes.push(`${md}: no ${json} labels; skipped`);
      continue;
    }
    const mdPath = path.join(dir, md);
    const jsonPath = path.join(dir, json);
    let bytes: Buffer;
    let labelsText: string;
    try {
      bytes = fs.readFileSync(mdPath);
      labelsText = fs.readFileSync(jsonPath, 'utf8');
    } catch (e) {
      throw new InputError(`${mdPath}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const d = decodeDraft(bytes);
    if ('skipped' in d) throw new InputError(`${mdPath}: ${d.skipped}`);
    drafts.push(parseLabels(jsonPath, labelsText, md, d.text));
  }
  if (drafts.length === 0) throw new InputError(`${dir}: no labelled drafts (NAME.md with NAME.json)`);
  return { drafts, notes };
}

/** Do [a.start, a.end) and [b.start, b.end) share a character? An empty finding overlaps a region containing its point. */
export function overlaps(f: { start: number; end: number }, r: { start: number; end: number }): boolean {
  if (f.start === f.end) return r.start <= f.start && f.start < r.end;
  return f.start < r.end && r.start < f.end;
}

/** Words, for "false alarms per 1,000 words": runs of letters/digits (with inner apostrophes or hyphens). */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

export interface Where {
  file: string;
  /** 1-based, for people. */
  line: number;
  column: number;
}

export interface MissEntry extends Where {
  kind: FindingKind;
  text: string;
  expect?: string;
  /** Messages of hint findings that overlapped (they don't count, but tell the developer why). */
  hints: string[];
}

export interface FalseAlarmEntry extends Where {
  kind: FindingKind;
  severity: Severity;
  text: string;
  message: string;
  suggestions: string[];
}

export interface FixNotNamedEntry extends Where {
  kind: FindingKind;
  text: string;
  expect: string;
  messages: string[];
}

export interface KindMismatchEntry extends Where {
  kind: FindingKind;
  text: string;
  caughtAs: FindingKind[];
}

export interface Figures {
  labelled: number;
  caught: number;
  missed: number;
  falseAlarms: number;
  fixesNamed: number;
  /** Caught labels that have an `expect` (the denominator of fixRate). */
  fixable: number;
  /** Findings overlapping only neutral labels (counted neither way). */
  neutralFindings: number;
  words: number;
  precision: number;
  recall: number;
  f1: number;
  fixRate: number;
  falseAlarmsPer1000Words: number;
}

export interface EvalReport extends Figures {
  drafts: number;
  byKind: Record<FindingKind, { labelled: number; caught: number; missed: number; fixesNamed: number }>;
  findingsByKind: Record<FindingKind, { findings: number; onLabels: number; falseAlarms: number; neutral: number; hints: number }>;
  perDraft: Array<{ file: string; labelled: number; caught: number; missed: number; falseAlarms: number; fixesNamed: number }>;
  misses: MissEntry[];
  falseAlarmList: FalseAlarmEntry[];
  fixesNotNamed: FixNotNamedEntry[];
  kindMismatches: KindMismatchEntry[];
}

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);
const round = (x: number) => Math.round(x * 10000) / 10000;

export function namesFix(f: Finding, expect: string): boolean {
  const e = expect.toLowerCase();
  return f.message.toLowerCase().includes(e) || f.suggestions.some((s) => s.toLowerCase().includes(e));
}

function emptyByKind<T>(make: () => T): Record<FindingKind, T> {
  return Object.fromEntries(FINDING_KINDS.map((k) => [k, make()])) as Record<FindingKind, T>;
}

/** The counts and lists scoreDrafts adds up, draft by draft. */
type Tally = Omit<EvalReport, 'drafts' | 'precision' | 'recall' | 'f1' | 'fixRate' | 'falseAlarmsPer1000Words'>;

/** A draft being scored: its flags and hints, where an offset stands, and its row of the per-draft table. */
interface Scoring {
  d: LabelledDraft;
  flags: Finding[];
  hints: Finding[];
  where: (off: number) => Where;
  row: EvalReport['perDraft'][number];
}

export function scoreDrafts(engine: Engine, drafts: readonly LabelledDraft[]): EvalReport {
  const t: Tally = {
    labelled: 0, caught: 0, missed: 0, falseAlarms: 0, fixesNamed: 0, fixable: 0, neutralFindings: 0, words: 0,
    byKind: emptyByKind(() => ({ labelled: 0, caught: 0, missed: 0, fixesNamed: 0 })),
    findingsByKind: emptyByKind(() => ({ findings: 0, onLabels: 0, falseAlarms: 0, neutral: 0, hints: 0 })),
    perDraft: [], misses: [], falseAlarmList: [], fixesNotNamed: [], kindMismatches: [],
  };
  for (const d of drafts) {
    const lines = new LineMap(d.text);
    const where = (off: number): Where => {
      const p = lines.positionAt(off);
      return { file: d.name, line: p.line + 1, column: p.character + 1 };
    };
    const all = engine.check(d.text, { asOf: d.asOf }).findings;
    const sc: Scoring = {
      d, where,
      flags: all.filter((f) => f.severity !== 'hint'),
      hints: all.filter((f) => f.severity === 'hint'),
      row: { file: d.name, labelled: d.labels.filter((l) => !l.neutral).length, caught: 0, missed: 0, falseAlarms: 0, fixesNamed: 0 },
    };
    for (const h of sc.hints) t.findingsByKind[h.kind].hints++;
    t.words += countWords(d.text);
    scoreLabels(t, sc);
    scoreFindings(t, sc);
    t.perDraft.push(sc.row);
  }

  const { caught, falseAlarms, labelled, fixesNamed, fixable, words } = t;
  const precision = ratio(caught, caught + falseAlarms);
  const recall = ratio(caught, labelled);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const { byKind, findingsByKind, perDraft, misses, falseAlarmList, fixesNotNamed, kindMismatches, missed, neutralFindings } = t;
  return {
    drafts: drafts.length,
    labelled, caught, missed, falseAlarms, fixesNamed, fixable, neutralFindings, words,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    fixRate: round(ratio(fixesNamed, fixable)),
    falseAlarmsPer1000Words: round(words === 0 ? 0 : (falseAlarms * 1000) / words),
    byKind, findingsByKind, perDraft, misses, falseAlarmList, fixesNotNamed, kindMismatches,
  };
}

/** Each scored label: caught (by a flag of any kind; a fix named or not) or missed. */
function scoreLabels(t: Tally, { d, flags, hints, where, row }: Scoring): void {
  for (const l of d.labels) {
    if (l.neutral) continue;
    t.labelled++;
    t.byKind[l.kind].labelled++;
    const hits = flags.filter((f) => overlaps(f, l));
    if (hits.length === 0) {
      t.missed++;
      row.missed++;
      t.byKind[l.kind].missed++;
      t.misses.push({
        ...where(l.start), kind: l.kind, text: l.text, expect: l.expect,
        hints: hints.filter((h) => overlaps(h, l)).map((h) => h.message),
      });
      continue;
    }
    t.caught++;
    row.caught++;
    t.byKind[l.kind].caught++;
    if (!hits.some((f) => f.kind === l.kind)) {
      t.kindMismatches.push({ ...where(l.start), kind: l.kind, text: l.text, caughtAs: [...new Set(hits.map((f) => f.kind))] });
    }
    if (l.expect !== undefined) {
      t.fixable++;
      if (hits.some((f) => namesFix(f, l.expect!))) {
        t.fixesNamed++;
        row.fixesNamed++;
        t.byKind[l.kind].fixesNamed++;
      } else {
        t.fixesNotNamed.push({ ...where(l.start), kind: l.kind, text: l.text, expect: l.expect, messages: hits.map((f) => f.message) });
      }
    }
  }
}

/** Each flag: on a scored label, on a neutral one, or a false alarm. */
function scoreFindings(t: Tally, { d, flags, where, row }: Scoring): void {
  const scored = d.labels.filter((l) => !l.neutral);
  const neutral = d.labels.filter((l) => l.neutral);
  for (const f of flags) {
    const k = t.findingsByKind[f.kind];
    k.findings++;
    if (scored.some((l) => overlaps(f, l))) {
      k.onLabels++;
    } else if (neutral.some((l) => overlaps(f, l))) {
      k.neutral++;
      t.neutralFindings++;
    } else {
      k.falseAlarms++;
      t.falseAlarms++;
      row.falseAlarms++;
      t.falseAlarmList.push({
        ...where(f.start), kind: f.kind, severity: f.severity, text: d.text.slice(f.start, f.end),
        message: f.message, suggestions: [...f.suggestions],
      });
    }
  }
}

export interface Thresholds {
  minPrecision?: number;
  minRecall?: number;
  minFixes?: number;
}

/** The figures below their thresholds, as sentences (empty when all are met). */
export function thresholdFailures(r: Figures, t: Thresholds): string[] {
  const out: string[] = [];
  const check = (name: string, value: number, min: number | undefined) => {
    if (min !== undefined && value < min) out.push(`${name} ${fmt(value)} is below ${fmt(min)}`);
  };
  check('precision', r.precision, t.minPrecision);
  check('recall', r.recall, t.minRecall);
  check('fix rate', r.fixRate, t.minFixes);
  return out;
}

const fmt = (x: number) => x.toFixed(3);
const q = (s: string) => `\u201c${s.replace(/\s+/g, ' ')}\u201d`;

/** The report for developers: every miss, false alarm and unnamed fix with its place and message, then the figures. */
export function formatEvalText(r: EvalReport, failures: readonly string[] = []): string {
  const out: string[] = [];
  const loc = (w: Where) => `${w.file}:${w.line}:${w.column}`;
  if (r.misses.length) {
    out.push(`Missed (${r.misses.length}):`);
    for (const m of r.misses) {
      out.push(`  ${loc(m)}: [${m.kind}] ${q(m.text)}${m.expect ? ` \u2014 expected ${q(m.expect)}` : ''}`);
      for (const h of m.hints) out.push(`      only a hint: ${h}`);
    }
    out.push('');
  }
  if (r.falseAlarmList.length) {
    out.push(`False alarms (${r.falseAlarmList.length}):`);
    for (const f of r.falseAlarmList) {
      out.push(`  ${loc(f)}: ${f.severity} ${f.kind} on ${q(f.text)}: ${f.message}`);
      if (f.suggestions.length) out.push(`      suggestion: ${f.suggestions.join('; ')}`);
    }
    out.push('');
  }
  if (r.fixesNotNamed.length) {
    out.push(`Caught without naming the fix (${r.fixesNotNamed.length}):`);
    for (const f of r.fixesNotNamed) {
      out.push(`  ${loc(f)}: [${f.kind}] ${q(f.text)} \u2014 expected ${q(f.expect)}; said: ${f.messages.join(' | ')}`);
    }
    out.push('');
  }
  if (r.kindMismatches.length) {
    out.push(`Caught as another kind (${r.kindMismatches.length}):`);
    for (const k of r.kindMismatches) out.push(`  ${loc(k)}: [${k.kind}] ${q(k.text)} caught as ${k.caughtAs.join(', ')}`);
    out.push('');
  }

  out.push('By label kind:      labelled  caught  missed  fixes');
  for (const k of FINDING_KINDS) {
    const b = r.byKind[k];
    if (!b.labelled) continue;
    out.push(`  ${k.padEnd(16)} ${String(b.labelled).padStart(8)} ${String(b.caught).padStart(7)} ${String(b.missed).padStart(7)} ${String(b.fixesNamed).padStart(6)}`);
  }
  out.push('Findings by kind:   findings  on-label  false  neutral  hints');
  if (FINDING_KINDS.every((k) => !r.findingsByKind[k].findings && !r.findingsByKind[k].hints)) out.push('  (no findings)');
  for (const k of FINDING_KINDS) {
    const b = r.findingsByKind[k];
    if (!b.findings && !b.hints) continue;
    out.push(`  ${k.padEnd(16)} ${String(b.findings).padStart(8)} ${String(b.onLabels).padStart(9)} ${String(b.falseAlarms).padStart(6)} ${String(b.neutral).padStart(8)} ${String(b.hints).padStart(6)}`);
  }
  out.push('');
  out.push(`${r.drafts} drafts, ${r.words} words`);
  out.push(`labelled ${r.labelled}, caught ${r.caught}, missed ${r.missed}, false alarms ${r.falseAlarms}, fixes named ${r.fixesNamed}/${r.fixable}` +
    (r.neutralFindings ? `, on neutral labels ${r.neutralFindings}` : ''));
  out.push(`precision ${fmt(r.precision)}  recall ${fmt(r.recall)}  F1 ${fmt(r.f1)}  fix rate ${fmt(r.fixRate)}  false alarms per 1,000 words ${r.falseAlarmsPer1000Words.toFixed(2)}`);
  for (const f of failures) out.push(`FAIL: ${f}`);
  return out.join('\n') + '\n';
}
