/**
 * The engine knows English and journalism, not Devon: no name from data/ (a person, a place, a body, a party, a
 * ward) may stand in src/core's code. Comments may mention them (examples); strings and patterns may not.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadDataset } from '../../src/core/data/loader';

const root = path.resolve(__dirname, '../../..');

/** Words of the data's names that are also plain English, and so may stand in code for their own sake. */
const ENGLISH = new Set([
  'children', "children's", 'childrens', 'services', 'service', 'county', 'council', 'department', 'education', 'commission', 'quality',
  'care', 'health', 'social', 'home', 'office', 'group', 'task', 'cross', 'party', 'government', 'ministers', 'authority', 'hall',
  'green', 'greens', 'reform', 'independent', 'independents', 'commissioner', 'send', 'housing', 'communities', 'local', 'ministry',
  'levelling', 'work', 'pensions', 'standards', 'england', 'city', 'banks', 'haven', 'race', 'partnership', 'trust', 'whitehall',
  'the', 'and', 'for', 'with', 'office', 'cabinet', 'member', 'leader', 'opposition', 'director', 'chief', 'executive', 'minister',
  'families', 'family', 'chair', 'interim', 'reporter', 'lead', 'former', 'nhs', 'schools', 'skills',
]);

function names(): Set<string> {
  const d = loadDataset(path.join(root, 'data'));
  const phrases: string[] = [];
  for (const p of d.people) {
    phrases.push(p.name, p.given, p.surname, ...p.givenVariants);
    for (const a of p.attributes) {
      if (a.kind === 'ward') phrases.push(a.ward);
      if (a.kind === 'constituency') phrases.push(a.place);
    }
  }
  for (const o of d.organisations) if (!o.generic) phrases.push(o.name, ...o.aliases, o.place ?? '');
  for (const p of d.parties) phrases.push(p.name, p.short, ...p.aliases);
  const out = new Set<string>();
  for (const ph of phrases) {
    for (const w of ph.toLowerCase().replace(/[’]/g, "'").split(/[^a-z']+/)) {
      const word = w.replace(/'s$/, '');
      if (word.length >= 3 && !ENGLISH.has(word)) out.add(word);
    }
  }
  return out;
}

/** The code of a TypeScript file without its comments (strings and patterns kept). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('no story in the engine', () => {
  it('src/core names no person, place, body, party or ward of data/', () => {
    const ns = names();
    assert.ok(ns.has('leadbetter') && ns.has('somerset'), 'the names were read from data/');
    const found: string[] = [];
    for (const f of files(path.join(root, 'src/core'))) {
      const c = code(fs.readFileSync(f, 'utf8')).toLowerCase();
      for (const n of ns) {
        const re = new RegExp(`(^|[^a-z])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z]|$)`);
        if (re.test(c)) found.push(`${path.relative(root, f)}: ${n}`);
      }
    }
    assert.deepStrictEqual(found, []);
  });
});
