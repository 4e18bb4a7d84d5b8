import { Ctx } from '../check/context';
import { Model } from '../model/model';
import { DataFiles } from '../data/loader';
import { Source } from '../data/schema';

export interface FactPara {
  start: number;
  text: string;
  f: string;
  ctx: Ctx;
}

export function ingestFacts(m: Model, paras: FactPara[], sourceId: string, file: string, source: Source): DataFiles['facts.json'] {
  return { events: [], states: [], numbers: [] };
}
