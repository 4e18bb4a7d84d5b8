import * as assert from 'assert';
import * as path from 'path';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';

describe('check: misspelt organisation names (check/orgnames.ts)', () => {
  const engine = createEngine(loadDataset(path.resolve(__dirname, '../../../data')));
  const orgs = (text: string) =>
    engine.check(text, { asOf: '2023-01-10' }).findings.filter((f) => f.kind === 'organisation').map((f) => [text.slice(f.start, f.end), f.suggestions[0]]);

  const cases: [string, string[][]][] = [
    ['Inspectors from Ofstead visited in the spring.', [['Ofstead', 'Ofsted']]],
    ['A joint visit with the Care Quality Commision raised concerns.', [['Care Quality Commision', 'Care Quality Commission']]],
    ['The Department of Education wrote to the council.', [['Department of Education', 'Department for Education']]],
    // a name led by an acronym, and a name with another generic last word
    ['NHS Devonn apologised too.', [['NHS Devonn', 'NHS Devon']]],
    ['Ofsted and the Care Quality Authority visited.', [['Care Quality Authority', 'Care Quality Commission']]],
    // another body of the same kind, another department, another council
    ['NHS Dorset, the Department for Health and Exeter City Council said nothing.', []],
    // known names, and names too far from any sourced one, are left alone
    ['Cornwall Council and Dorset County Council were not affected, and Ofqual said nothing.', []],
    ["Devon children's services and the Department for Education agreed.", []],
  ];
  for (const [text, want] of cases) {
    it(text, () => assert.deepStrictEqual(orgs(text), want));
  }
});
