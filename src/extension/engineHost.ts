/**
 * Loads the bundled dataset and builds the engine the first time a document needs checking (never at
 * activation). A corrupt data file is reported once, naming the file and the field; the extension keeps
 * running without checks until the data is reloaded.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { Dataset, DatasetError, loadDataset, readValidatedData } from '../core/data/loader';
import { createEngine, ParagraphEngine } from '../core/engine';
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

  constructor(private dataDir: string, private readonly log: vscode.LogOutputChannel) {}

  /** The engine, or undefined when the data cannot be loaded (already reported). */
  getEngine(): ParagraphEngine | undefined {
    if (this.engine) return this.engine;
    if (this.failed !== undefined) return undefined;
    const t0 = Date.now();
    try {
      // the bundle's directory holds what the build validated (used only while data/ is unchanged)
      this.engine = createEngine(loadDataset(this.dataDir, readValidatedData(__dirname)));
      this.log.info(`dataset loaded from ${this.dataDir} in ${Date.now() - t0} ms`);
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
