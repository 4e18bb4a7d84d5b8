/**
 * The cheap gates in front of the name and role checks (a word's first letter and length, the first character
 * after a name, the literal start of a party phrase) must never skip a claim the full rules would read. Each case
 * sits on the edge of one gate: the exact findings of each sentence, nothing more and nothing less.
 */
import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
const ASOF = '2025-12-05';

/** Each finding as "kind: flagged words". */
function found(text: string): string[] {
  return engine.check(text, { asOf: ASOF }).findings.map((f) => `${f.kind}: ${text.slice(f.start, f.end)}`);
}

const CASES: [string, string[]][] = [
  // near misses of surnames: by position in the sentence, after a title, after a given name
  ['Witton said the plan was sound.', []],
  ['Yesterday Witton said the plan was sound.', ['name: Witton']],
  ['Cllr Hert said so.', ['name: Hert']],
  ['Yesterday Cllr Haert said so.', ['name: Haert']],
  ['Carol Whiton said so.', ['name: Whiton']],
  ['Julian Brazel said so.', ['name: Brazel']],
  ['Yesterday Brazel said so.', []],
  // a party before the name, spelt with a hyphen where the phrase has a space, or after a comma and a title
  ['Labour councillor John Hart said so.', ['party: Labour']],
  ['Lib-Dem John Hart said so.', ['party: Lib-Dem']],
  ['Green Party councillor, Cllr Carol Whitton, said so.', ['party: Green Party']],
  // a party or ward after the name, in brackets (after a space or a tab) or after a comma
  ['John Hart (Lib Dem, Exwick) said so.', ['party: Lib Dem', 'ward: Exwick']],
  ['John Hart\t(Labour) said so.', ['party: Labour']],
  ['John Hart, the Labour councillor, said so.', ['party: Labour']],
  ['John Hart, councillor for Exwick, said so.', ['ward: Exwick']],
  // a ward written another way is the same ward; another ward is not
  ['Carol Whitton (St Davids and Haven Banks) said so.', []],
  ['Carol Whitton (Haven Banks & Exwick) said so.', ['ward: Haven Banks & Exwick']],
];

describe('gates in front of the name and role checks', () => {
  for (const [text, want] of CASES) {
    it(text, () => assert.deepStrictEqual(found(text), want));
  }
});
