/**
 * Loads the bundled dataset and builds the engine the first time a document needs checking (never at
 * activation). A corrupt data file is reported once, naming the file and the field; the extension keeps
 * running without checks until the data is reloaded.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { Dataset, DatasetError, loadDataset, readValidatedData } from '../core/data/loader';
import { createEngine, ParagraphEngine } from '../core/engine';
import type { SourceFile } from '../core/ingest/merge';

/** The reader of the writer's sources is a bundle of its own, dist/ingest.js, loaded the first time a source folder holds a file. */
type IngestModule = typeof import('../core/ingest/merge');
let ingestModule: IngestModule | undefined;
function ingest(): IngestModule {
  ingestModule ??= require(path.join(__dirname, 'ingest.js')) as IngestModule;
  return ingestModule;
}
import type { QuoteSearch } from '../core/quotes/search';

/** The quotation search (fuse.js) is a bundle of its own, dist/quote-search.js, loaded the first time Find Quote needs it. */
export type QuoteModule = typeof import('../core/quotes/search');
let quoteModule: QuoteModule | undefined;
export function quotesModule(): QuoteModule {
  // a path esbuild does not follow: the module stays out of dist/extension.js
  quoteModule ??= require(path.join(__dirname, 'quote-search.js')) as QuoteModule;
  return quoteModule;
}

export class EngineHost {
  private engine: ParagraphEngine | undefined;
  private quoteSearch: QuoteSearch | undefined;
  private failed: string | undefined;
  private reported = false;
  /** Every dataset problem reported to the user, in order (read by the integration tests). */
  readonly errors: string[] = [];
  /** The bundled dataset, loaded once; the writer's sources are merged with it whenever they change. */
  private bundled: Dataset | undefined;
  private sourceFiles: SourceFile[] = [];
  /** Problems with the writer's source files, one message per file (read by the integration tests). */
  sourceProblems: string[] = [];
  private readonly reportedSources = new Set<string>();

  constructor(private dataDir: string, private readonly log: vscode.LogOutputChannel) {}

  /** The engine, or undefined when the data cannot be loaded (already reported). */
  getEngine(): ParagraphEngine | undefined {
    if (this.engine) return this.engine;
    if (this.failed !== undefined) return undefined;
    const t0 = Date.now();
    try {
      // the bundle's directory holds what the build validated (used only while data/ is unchanged)
      this.bundled ??= loadDataset(this.dataDir, readValidatedData(__dirname));
      this.log.info(`dataset loaded from ${this.dataDir} in ${Date.now() - t0} ms`);
      this.engine = createEngine(this.withSources(this.bundled));
      return this.engine;
    } catch (e) {
      this.failed = describe(e);
      this.errors.push(this.failed);
      this.log.error(`cannot load the dataset: ${this.failed}`);
      if (!this.reported) {
        this.reported = true;
        void vscode.window.showErrorMessage(`Devon Fact Check cannot use its data: ${this.failed}. Checking is paused; the editor keeps working.`);
      }
      return undefined;
    }
  }

  /**
   * The writer's source files (from the source folders): the next check merges them with the bundled data. A file that
   * cannot be a source is named in one message (once for each problem) and left out; the rest keep working.
   */
  setSources(files: SourceFile[]): void {
    this.sourceFiles = files;
    this.engine = undefined;
    this.quoteSearch = undefined;
  }

  private withSources(base: Dataset): Dataset {
    if (!this.sourceFiles.length) {
      this.sourceProblems = [];
      return base;
    }
    const t0 = Date.now();
    const merged = ingest().mergeSources(base, this.sourceFiles);
    this.sourceProblems = merged.problems.map((p) => p.message);
    this.log.info(`${merged.ingested.length} source file(s) read in ${Date.now() - t0} ms`);
    for (const p of merged.problems) {
      const key = p.message;
      if (this.reportedSources.has(key)) continue;
      this.reportedSources.add(key);
      this.log.warn(`source skipped: ${p.message}`);
      void vscode.window.showWarningMessage(`Devon Fact Check cannot read the source ${p.file}: ${p.problem}. The other sources are used.`);
    }
    for (const d of merged.disagreements) {
      this.log.info(`the sources disagree on ${ingest().describeDisagreement(d, merged.dataset)}: neither is used to flag a claim`);
    }
    return merged.dataset;
  }

  isLoaded(): boolean {
    return this.engine !== undefined;
  }

  get dataset(): Dataset | undefined {
    return this.getEngine()?.dataset;
  }

  getQuoteSearch(): QuoteSearch | undefined {
    const ds = this.dataset;
    if (!ds) return undefined;
    this.quoteSearch ??= quotesModule().createQuoteSearch(ds);
    return this.quoteSearch;
  }

  /** Forgets the loaded data (optionally pointing at another folder); the next check loads it again. */
  reset(dataDir?: string): void {
    if (dataDir) this.dataDir = path.resolve(dataDir);
    this.bundled = undefined;
    this.engine = undefined;
    this.quoteSearch = undefined;
    this.failed = undefined;
    this.reported = false;
  }
}

function describe(e: unknown): string {
  if (e instanceof DatasetError) {
    return `data/${e.file}${e.where ? `, field ${e.where}` : ''}: ${e.problem}`;
  }
  return e instanceof Error ? e.message : String(e);
}
