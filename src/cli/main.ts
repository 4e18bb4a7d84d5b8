/**
 * The `devon-factcheck` command, as a function: arguments and I/O in, exit status out. No `process`
 * access here (cli.ts wires the real process), so tests run it in-process with fake streams and engines.
 */
import { Engine, createEngine } from '../core/engine';
import { DatasetError, findDataDir, loadDataset, readValidatedData } from '../core/data/loader';
import { inBrackets, todayIso } from '../core/time/dates';
import { CheckArgs, EvalArgs, IngestArgs, parseArgs, QuotesArgs, SourceArgs, USAGE, UsageError } from './args';
import { InputError, listSourceFiles, readDraft, readSourceFile } from './files';
import type * as Merge from '../core/ingest/merge';
import { SourceError } from '../core/ingest/source';
import { AsOfFrom, CheckedFile, FileResult, formatText, isBlocking, isSkipped, toJsonReport, toSarif } from './format';
import { storyDateOf } from '../core/time/story';
import type * as Eval from './eval';
import type * as QuoteSearch from '../core/quotes/search';
// named, so the bundle holds these two fields and not the whole manifest (15 KB the command would parse at each start)
import { homepage, version } from '../../package.json';

/*
 * The parts only some commands use, loaded by those commands: `check` of a draft, the common run, starts without
 * building the labels' schemas (zod), the source reader's patterns or the quotation search (fuse.js).
 */
/* eslint-disable @typescript-eslint/no-var-requires */
const evalPart = (): typeof Eval => require('./eval');
const sourcesPart = (): typeof Merge => require('../core/ingest/merge');
const quotesPart = (): typeof QuoteSearch => require('../core/quotes/search');
/* eslint-enable @typescript-eslint/no-var-requires */

export const PROGRAM = 'devon-factcheck';
export const VERSION: string = version;
/** The project's home page, when package.json has one (SARIF tool.driver.informationUri). */
export const HOMEPAGE: string | undefined = homepage;

export interface Output {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  cwd: string;
  now(): Date;
  /** Builds the engine (loads the dataset). Called at most once, and only when there is something to check. */
  loadEngine(): Engine;
}

export function defaultLoadEngine(): Engine {
  // the bundle's directory holds what the build validated (used only while data/ is unchanged)
  return createEngine(loadDataset(findDataDir(), readValidatedData(__dirname)));
}

/** Colour only on a terminal, and never when NO_COLOR is set to a non-empty value (no-color.org). */
export function useColor(io: Pick<CliIO, 'stdout' | 'env'>): boolean {
  return !!io.stdout.isTTY && !io.env.NO_COLOR;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Runs the command; never throws. Returns the exit status (0, 1 or 2). */
export function main(argv: readonly string[], io: CliIO): number {
  const fail = (msg: string) => {
    io.stderr.write(`${PROGRAM}: ${oneLine(msg)}\n`);
    return 2;
  };
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        io.stdout.write(USAGE);
        return 0;
      case 'version':
        io.stdout.write(`${PROGRAM} ${VERSION}\n`);
        return 0;
      case 'check':
        return runCheck(args, io);
      case 'eval':
        return runEval(args, io);
      case 'quotes':
        return runQuotes(args, io);
      case 'ingest':
        return runIngest(args, io);
    }
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    if (e instanceof InputError) return fail(e.message);
    if (e instanceof DatasetError) return fail(`data error: ${e.message}`);
    if (e instanceof SourceError) return fail(`source error: ${e.message}`);
    const msg = e instanceof Error ? e.message : String(e);
    return fail(/cannot find the data\/ folder/.test(msg) ? `data error: ${msg}` : `internal error: ${msg}`);
  }
}

function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

/** How a file is read: plain text for .txt, Markdown for anything else. */
export function formatOf(file: string): 'markdown' | 'plaintext' {
  return /\.txt$/i.test(file) ? 'plaintext' : 'markdown';
}

/** The story date of a draft: --as-of, else the date the draft gives itself, else today. */
export function storyDate(option: string | undefined, text: string, now: Date): { asOf: string; asOfFrom: AsOfFrom } {
  if (option) return { asOf: option, asOfFrom: 'option' };
  const own = storyDateOf(text);
  if (own) return { asOf: own.date, asOfFrom: own.from };
  return { asOf: todayIso(now), asOfFrom: 'today' };
}

function runCheck(args: CheckArgs, io: CliIO): number {
  // Read everything first: a missing file or a directory stops the run before any output.
  const drafts = args.files.map((f) => readDraft(f, args.maxSize));
  for (const d of drafts) if ('skipped' in d) io.stderr.write(`${PROGRAM}: skipped ${d.path}: ${d.skipped}\n`);
  const usable = drafts.filter((d) => !('skipped' in d)).length;
  if (usable === 0) {
    return drafts.length === 1 ? 2 : fail2(io, `all ${drafts.length} files were skipped`);
  }
  const engine = engineFor(args, io);
  const results: FileResult[] = drafts.map((d) => {
    if ('skipped' in d) return d;
    let findings;
    const { asOf, asOfFrom } = storyDate(args.asOf, d.text, io.now());
    try {
      findings = engine.check(d.text, { asOf, format: formatOf(d.path) }).findings;
    } catch (e) {
      throw new Error(`checking ${d.path} failed: ${(e as Error).message}`);
    }
    return { path: d.path, asOf, asOfFrom, text: d.text, findings: [...findings].sort(byPosition) } satisfies CheckedFile;
  });

  switch (args.format) {
    case 'json':
      io.stdout.write(JSON.stringify(toJsonReport(results), null, 2) + '\n');
      break;
    case 'sarif':
      io.stdout.write(JSON.stringify(toSarif(results, { cwd: io.cwd, version: VERSION, informationUri: HOMEPAGE }), null, 2) + '\n');
      break;
    default:
      io.stdout.write(formatText(results, { color: useColor(io) }));
  }
  const blocking = results.some((r) => !isSkipped(r) && r.findings.some(isBlocking));
  return blocking ? 1 : 0;
}

function fail2(io: CliIO, msg: string): number {
  io.stderr.write(`${PROGRAM}: ${msg}\n`);
  return 2;
}

function runEval(args: EvalArgs, io: CliIO): number {
  const { readEvalDir, scoreDrafts, thresholdFailures, formatEvalText } = evalPart();
  const { drafts, notes } = readEvalDir(args.dir);
  for (const n of notes) io.stderr.write(`${PROGRAM}: ${n}\n`);
  const engine = engineFor(args, io);
  const report = scoreDrafts(engine, drafts);
  const failures = thresholdFailures(report, args);
  if (args.format === 'json') {
    const thresholds = { minPrecision: args.minPrecision, minRecall: args.minRecall, minFixes: args.minFixes };
    io.stdout.write(JSON.stringify({ ...report, thresholds, failures, passed: failures.length === 0 }, null, 2) + '\n');
  } else {
    io.stdout.write(formatEvalText(report, failures));
  }
  return failures.length ? 1 : 0;
}

function runQuotes(args: QuotesArgs, io: CliIO): number {
  const { createQuoteSearch, formatAttributedQuote } = quotesPart();
  const search = createQuoteSearch(engineFor(args, io).dataset);
  const hits = search.search(args.query ?? '', Number.MAX_SAFE_INTEGER);
  if (args.format === 'json') {
    const quotes = hits.map((h) => ({
      id: h.quote.id, text: h.text, speaker: h.attribution, fragment: h.quote.fragment,
      source: h.sourceId, title: h.title, date: h.date, attributed: formatAttributedQuote(h),
    }));
    io.stdout.write(JSON.stringify({ quotes }, null, 2) + '\n');
  } else {
    for (const h of hits) {
      io.stdout.write(`\u201c${h.text}\u201d${h.quote.fragment ? ' (fragment)' : ''}\n  \u2014 ${h.attribution}; ${h.title} (${inBrackets(h.date)})\n`);
    }
    io.stdout.write(`${hits.length} quotation${hits.length === 1 ? '' : 's'}${args.query ? ` matching \u201c${args.query}\u201d` : ''}\n`);
  }
  return 0;
}

/**
 * The engine for a command: the bundled one, or, with --sources or --no-bundled, one over the bundled data (or only
 * its lists of posts, bodies and parties) and the writer's sources. A source that cannot be read is named on stderr
 * and left out; so is a value two sources disagree on.
 */
function engineFor(args: SourceArgs, io: CliIO): Engine {
  const bundled = io.loadEngine();
  if (!args.sources?.length && !args.noBundled) return bundled;
  const files = (args.sources ?? []).flatMap(listSourceFiles).map(readSourceFile);
  const { gazetteer, mergeSources, describeDisagreement } = sourcesPart();
  const base = args.noBundled ? gazetteer(bundled.dataset) : bundled.dataset;
  const merged = mergeSources(base, files, todayIso(io.now()));
  for (const p of merged.problems) io.stderr.write(`${PROGRAM}: source skipped: ${oneLine(p.message)}\n`);
  for (const d of merged.disagreements) {
    io.stderr.write(`${PROGRAM}: the sources disagree on ${describeDisagreement(d, merged.dataset)}: neither is used to flag a claim\n`);
  }
  return createEngine(merged.dataset);
}

/** `ingest FILE...`: the facts of each file, as JSON in the data/ format (one object per file, in a list). */
function runIngest(args: IngestArgs, io: CliIO): number {
  const bundled = io.loadEngine().dataset;
  const { gazetteer, mergeSources } = sourcesPart();
  let reference = args.noBundled ? gazetteer(bundled) : bundled;
  const out: unknown[] = [];
  let failed = 0;
  for (const path of args.files) {
    const { file, text } = readSourceFile(path);
    const merged = mergeSources(reference, [{ file, text }], todayIso(io.now()));
    for (const p of merged.problems) {
      io.stderr.write(`${PROGRAM}: source skipped: ${oneLine(p.message)}\n`);
      failed++;
    }
    if (!merged.ingested.length) continue;
    reference = merged.dataset;
    out.push({ file, ...merged.ingested[0].files });
  }
  io.stdout.write(JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + '\n');
  return failed === args.files.length ? 2 : 0;
}
