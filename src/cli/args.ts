/**
 * Hand-written argument parsing for `devon-factcheck`. Small on purpose: no dependency.
 * Options may come before or after the file names, as `--opt value` or `--opt=value`; `--` ends options.
 */
import { isIsoDay } from '../core/time/dates';

export type Command = 'check' | 'eval' | 'quotes' | 'ingest';
export type CheckFormat = 'text' | 'json' | 'sarif';

export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

/** The writer's own sources (`--sources DIR`, repeatable) and whether the bundled articles are left out (`--no-bundled`). */
export interface SourceArgs {
  sources?: string[];
  noBundled?: boolean;
}

export interface CheckArgs extends SourceArgs {
  command: 'check';
  files: string[];
  asOf?: string;
  format: CheckFormat;
  maxSize: number;
}

export interface EvalArgs extends SourceArgs {
  command: 'eval';
  dir: string;
  format: 'text' | 'json';
  minPrecision?: number;
  minRecall?: number;
  minFixes?: number;
}

export interface QuotesArgs extends SourceArgs {
  command: 'quotes';
  query?: string;
  format: 'text' | 'json';
}

export interface IngestArgs {
  command: 'ingest';
  files: string[];
  noBundled: boolean;
}

export type ParsedArgs =
  | IngestArgs
  | CheckArgs
  | EvalArgs
  | QuotesArgs
  | { command: 'help'; topic?: Command }
  | { command: 'version' };

/** A problem with the command line: reported on one line, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage:
  devon-factcheck check [--as-of YYYY-MM-DD] [--format text|json|sarif] [--max-size BYTES] FILE...
  devon-factcheck eval DIR [--format text|json] [--min-precision X] [--min-recall Y] [--min-fixes Z]
  devon-factcheck quotes [QUERY] [--format text|json]
  devon-factcheck ingest [--no-bundled] FILE...
  (check, eval and quotes also take [--sources DIR]... [--no-bundled])
  devon-factcheck --help | --version

check   Fact-checks drafts against the bundled source articles.
          --as-of      the date the draft is written on (default: the draft's own date, from its front
                       matter's date:, an "Updated"/"Published" line or a dateline near the top; else today, UTC)
          --format     text (default), json or sarif (SARIF 2.1.0)
          --max-size   skip files larger than BYTES (default ${DEFAULT_MAX_SIZE})
        Binary, non-UTF-8 and oversized files are skipped with a notice on stderr.
        A UTF-8 byte-order mark is removed first: offsets (json "start"/"end", SARIF charOffset)
        count UTF-16 code units of the text without it, as VS Code does.
eval    Scores the checker on a directory of labelled drafts (NAME.md + NAME.json).
          --min-precision, --min-recall  fail (exit 1) below these fractions (0..1)
          --min-fixes  fail below this fraction of caught flags whose finding names the fix
quotes  Lists the quotations in the sources, optionally only those containing QUERY.
ingest  Reads your own sources (.md or .txt: an article, a press release, a letter, a transcript) and prints
        the facts found in them as JSON in the data/ format: quotations and who said them, people and
        their posts, parties, wards and constituencies, with the words of the file that say so.
        --no-bundled  read them without the bundled articles' people (only their list of posts and bodies)
--sources DIR   (repeatable) also check against every .md and .txt file in DIR (or that file), read as by
                ingest; a finding against one cites it like a bundled article
--no-bundled    leave out the bundled articles and their facts (their lists of posts, bodies and parties stay)

Exit status: 0 no finding at warning or above (eval: thresholds met),
             1 findings at warning or above (eval: a figure below its threshold),
             2 unusable input (bad option or date, missing file, every file skipped, data error).
`;

const COMMANDS: readonly Command[] = ['check', 'eval', 'quotes', 'ingest'];

interface OptionSpec {
  /** Commands that accept it. */
  for: readonly Command[];
}
const OPTIONS: Record<string, OptionSpec> = {
  '--as-of': { for: ['check'] },
  '--format': { for: ['check', 'eval', 'quotes'] },
  '--max-size': { for: ['check'] },
  '--min-precision': { for: ['eval'] },
  '--min-recall': { for: ['eval'] },
  '--min-fixes': { for: ['eval'] },
  '--sources': { for: ['check', 'eval', 'quotes'] },
  '--no-bundled': { for: ['check', 'eval', 'quotes', 'ingest'] },
};
/** Options that take no value. */
const FLAGS = new Set(['--no-bundled']);
/** Options that may be given more than once. */
const REPEATABLE = new Set(['--sources']);

function fraction(name: string, v: string): number {
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(v)) throw new UsageError(`${name} expects a number between 0 and 1, not "${v}"`);
  const x = Number(v);
  if (!(x >= 0 && x <= 1)) throw new UsageError(`${name} expects a number between 0 and 1, not "${v}"`);
  return x;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const opts = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  let help = false;
  let version = false;
  let endOfOptions = false;
  // Reported after the loop, so that --help/--version win over a mistake elsewhere on the line.
  let problem: UsageError | undefined;

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (endOfOptions || a === '-' || !a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    if (a === '--') {
      endOfOptions = true;
      continue;
    }
    if (a === '--help' || a === '-h') {
      help = true;
      continue;
    }
    if (a === '--version' || a === '-V') {
      version = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(0, eq) : a;
    if (!(name in OPTIONS)) {
      problem ??= new UsageError(`unknown option ${name} (see --help)`);
      continue;
    }
    let value: string;
    if (FLAGS.has(name)) {
      if (eq >= 0) problem ??= new UsageError(`${name} takes no value`);
      opts.set(name, 'true');
      continue;
    }
    if (eq >= 0) {
      value = a.slice(eq + 1);
    } else {
      if (i + 1 >= argv.length) {
        problem ??= new UsageError(`${name} needs a value`);
        continue;
      }
      value = argv[++i];
    }
    opts.set(name, value);
    if (REPEATABLE.has(name)) repeated.set(name, [...(repeated.get(name) ?? []), value]);
  }

  const first = positional[0];
  const command = COMMANDS.find((c) => c === first);
  if (help) return { command: 'help', topic: command };
  if (version) return { command: 'version' };
  if (problem) throw problem;
  if (first === undefined) throw new UsageError('no command given: expected check, eval, quotes or ingest (see --help)');
  if (!command) throw new UsageError(`unknown command "${first}": expected check, eval, quotes or ingest (see --help)`);
  const rest = positional.slice(1);

  for (const name of opts.keys()) {
    if (!OPTIONS[name].for.includes(command)) throw new UsageError(`${name} does not apply to "${command}"`);
  }

  const src = sourceArgs(repeated, opts);
  switch (command) {
    case 'ingest':
      if (rest.length === 0) throw new UsageError('ingest: no files given');
      return { command, files: rest, noBundled: !!src.noBundled };
    case 'check':
      return { ...checkArgs(rest, opts), ...src };
    case 'eval':
      return { ...evalArgs(rest, opts), ...src };
    case 'quotes':
      return { ...quotesArgs(rest, opts), ...src };
  }
}

/** --sources and --no-bundled (left out when not given, so a plain command's arguments read as they always did). */
function sourceArgs(repeated: Map<string, string[]>, opts: Map<string, string>): SourceArgs {
  const src: SourceArgs = {};
  if (repeated.has('--sources')) src.sources = repeated.get('--sources');
  if (opts.has('--no-bundled')) src.noBundled = true;
  for (const d of src.sources ?? []) if (!d) throw new UsageError('--sources needs a folder or file');
  return src;
}

function checkArgs(rest: string[], opts: Map<string, string>): CheckArgs {
  const format = opts.get('--format');
  if (format !== undefined && format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`unknown format "${format}": expected text, json or sarif`);
  }
  const asOf = opts.get('--as-of');
  if (asOf !== undefined && !isIsoDay(asOf)) {
    throw new UsageError(`--as-of expects a real date as YYYY-MM-DD, not "${asOf}"`);
  }
  let maxSize = DEFAULT_MAX_SIZE;
  const ms = opts.get('--max-size');
  if (ms !== undefined) {
    if (!/^\d+$/.test(ms) || !Number.isSafeInteger(Number(ms))) {
      throw new UsageError(`--max-size expects a whole number of bytes, not "${ms}"`);
    }
    maxSize = Number(ms);
  }
  if (rest.length === 0) throw new UsageError('check: no files given');
  return { command: 'check', files: rest, asOf, format: format ?? 'text', maxSize };
}

function evalArgs(rest: string[], opts: Map<string, string>): EvalArgs {
  const format = opts.get('--format');
  if (format !== undefined && format !== 'text' && format !== 'json') {
    throw new UsageError(`unknown format "${format}" for eval: expected text or json`);
  }
  if (rest.length === 0) throw new UsageError('eval: no directory given');
  if (rest.length > 1) throw new UsageError('eval: expected one directory');
  const out: EvalArgs = { command: 'eval', dir: rest[0], format: format ?? 'text' };
  const p = opts.get('--min-precision');
  const r = opts.get('--min-recall');
  const f = opts.get('--min-fixes');
  if (p !== undefined) out.minPrecision = fraction('--min-precision', p);
  if (r !== undefined) out.minRecall = fraction('--min-recall', r);
  if (f !== undefined) out.minFixes = fraction('--min-fixes', f);
  return out;
}

function quotesArgs(rest: string[], opts: Map<string, string>): QuotesArgs {
  const format = opts.get('--format');
  if (format !== undefined && format !== 'text' && format !== 'json') {
    throw new UsageError(`unknown format "${format}" for quotes: expected text or json`);
  }
  return { command: 'quotes', query: rest.length ? rest.join(' ') : undefined, format: format ?? 'text' };
}
