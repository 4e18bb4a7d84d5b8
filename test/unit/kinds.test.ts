/**
 * src/core/kinds.ts is the one place for the kinds of finding: package.json's severity setting and the
 * README's table are made from it (`npm run sync-kinds`), and these tests fail when they drift.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FINDING_KINDS, KINDS } from '../../src/core/kinds';
import { FINDING_KINDS as TYPES_FINDING_KINDS, SEVERITY_RANK } from '../../src/core/types';
import { createEngine } from '../../src/core/engine';
import { loadDataset } from '../../src/core/data/loader';
import { readEvalDir } from '../../src/cli/eval';
import { toSarif } from '../../src/cli/format';
import { SEVERITY_SETTING, syncPackageJson, syncReadme } from '../../scripts/package-kinds';

const root = path.resolve(__dirname, '../../..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

describe('kinds of finding (src/core/kinds.ts)', () => {
  it('keeps the CLI contract: the same kinds in the same order', () => {
    assert.deepStrictEqual(
      [...FINDING_KINDS],
      ['name', 'role', 'party', 'ward', 'organisation', 'date', 'rating', 'number', 'quote', 'attribution', 'outdated'],
    );
    assert.strictEqual(TYPES_FINDING_KINDS, FINDING_KINDS);
  });

  it('gives every kind a label, a one-line description and a SARIF rule with a unique id', () => {
    const ids = new Set<string>();
    for (const k of FINDING_KINDS) {
      const { label, description, sarif } = KINDS[k];
      assert.ok(label.trim() && !/\n/.test(label), `${k}: label`);
      assert.ok(description.length > 10 && !/\n/.test(description) && description.endsWith('.'), `${k}: description`);
      for (const t of [sarif.shortDescription, sarif.fullDescription, sarif.help]) assert.ok(t.length > 10 && !/\n/.test(t), `${k}: SARIF text`);
      assert.ok(!ids.has(sarif.id), `${k}: SARIF id ${sarif.id} used twice`);
      ids.add(sarif.id);
    }
  });

  it('package.json\'s severity setting is made from kinds.ts (else run npm run sync-kinds)', () => {
    const text = read('package.json');
    assert.strictEqual(text, syncPackageJson(text), 'package.json differs from kinds.ts: run npm run sync-kinds');
    const props = JSON.parse(text).contributes.configuration.properties[SEVERITY_SETTING].properties;
    assert.deepStrictEqual(Object.keys(props), [...FINDING_KINDS]);
  });

  it('the README\'s table of kinds is made from kinds.ts (else run npm run sync-kinds)', () => {
    const text = read('README.md');
    assert.strictEqual(text, syncReadme(text), 'README.md differs from kinds.ts: run npm run sync-kinds');
    for (const k of FINDING_KINDS) assert.ok(text.includes(`| \`${k}\` | ${KINDS[k].label} |`), k);
  });

  it('the SARIF rules are the kinds\' rules, at their default levels', () => {
    const sarif = toSarif([], { cwd: root }) as any;
    const rules = sarif.runs[0].tool.driver.rules;
    assert.deepStrictEqual(rules.map((r: any) => r.id), FINDING_KINDS.map((k) => KINDS[k].sarif.id));
    for (const [i, k] of FINDING_KINDS.entries()) {
      assert.strictEqual(rules[i].shortDescription.text, KINDS[k].sarif.shortDescription);
      assert.strictEqual(rules[i].help.text, KINDS[k].sarif.help);
      assert.strictEqual(rules[i].defaultConfiguration.level, KINDS[k].defaultSeverity === 'error' ? 'error' : KINDS[k].defaultSeverity === 'warning' ? 'warning' : 'note');
    }
  });

  it('no check reports a kind above its default severity (on every labelled draft)', function () {
    this.timeout(60000);
    const engine = createEngine(loadDataset(path.join(root, 'data')));
    const dirs = fs.readdirSync(path.join(root, 'test/fixtures'), { withFileTypes: true })
      .map((d) => path.join(root, 'test/fixtures', d.name))
      .filter((d) => fs.statSync(d).isDirectory() && fs.readdirSync(d).some((f) => f.endsWith('.json') && fs.existsSync(path.join(d, f.replace(/json$/, 'md')))));
    let findings = 0;
    for (const dir of dirs) {
      for (const d of readEvalDir(dir).drafts) {
        for (const f of engine.check(d.text, { asOf: d.asOf }).findings) {
          findings++;
          assert.ok(SEVERITY_RANK[f.severity] <= SEVERITY_RANK[KINDS[f.kind].defaultSeverity], `${path.basename(dir)}/${d.name}: ${f.kind} at ${f.severity}`);
        }
      }
    }
    assert.ok(findings > 100, `only ${findings} findings`);
  });
});
