/**
 * The checking engine: a dataset in, a `check(text, { asOf })` function out.
 * (Work in progress: the claim checkers are being filled in; the API below is stable.)
 */
import { Dataset } from './data/loader';
import { CheckOptions, CheckResult } from './types';

export interface Engine {
  readonly dataset: Dataset;
  /** Finds every claim in `text` that conflicts with the sources, as of `opts.asOf`. Pure; never throws on any string. */
  check(text: string, opts: CheckOptions): CheckResult;
}

export function createEngine(dataset: Dataset): Engine {
  return {
    dataset,
    check(_text: string, _opts: CheckOptions): CheckResult {
      return { findings: [], confirmations: [] };
    },
  };
}
