/**
 * The time of a passage, end to end through the engine: a scene told in the present tense sets its present-tense
 * sentences at the scene (no "outdated" on correct history told as if happening), until a paragraph leaves it
 * ("Two years on, …"); and a correction notice's sentences that tell what the corrected article wrongly said are the
 * error being corrected, not the writer's claims. Drafts written for this test.
 */
import * as assert from 'assert';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import { createEngine, Engine } from '../../src/core/engine';

const AS_OF = { asOf: '2026-02-10' };

describe('the time of a passage, through the engine', () => {
  let engine: Engine;
  before(() => {
    engine = createEngine(loadDataset(findDataDir(__dirname)));
  });
  const kindsAt = (text: string, needle: string) =>
    engine.check(text, AS_OF).findings.filter((f) => text.slice(f.start, f.end).includes(needle) || text.slice(f.start, f.end) === needle).map((f) => f.kind);

  it('a scene told in the present: its present is the scene\u2019s; after "Two years on," it is the draft\u2019s again', () => {
    const scene = [
      '# Inside the chamber',
      'Wednesday 14 December 2022. The cabinet is gathering at County Hall, and the room is tense.',
      'The council is Conservative-run, and its leader is John Hart.',
      'Two years on, the picture is different. The council is Conservative-run, its critics say.',
    ].join('\n\n') + '\n';
    const findings = engine.check(scene, AS_OF).findings.map((f) => ({ kind: f.kind, at: scene.lastIndexOf('\n\n', f.start) }));
    const third = scene.indexOf('Two years on') - 2;
    assert.deepStrictEqual(findings.filter((f) => f.at < third), [], 'history told in the present tense within the scene is not outdated');
    assert.ok(findings.some((f) => f.at === third && f.kind === 'outdated'), `after the scene, the present is the draft's: ${JSON.stringify(findings)}`);
  });

  it('the same sentence without a scene is outdated', () => {
    assert.deepStrictEqual(kindsAt('The council is Conservative-run, and its leader is John Hart.\n', 'Conservative-run'), ['outdated']);
  });

  it('a correction notice: "It said …" tells the error being corrected; the corrected facts are still checked', () => {
    const notice = [
      '**Correction**',
      'Our article of 20 January 2026 about the council contained an error.',
      'It said the cabinet met on 16 December 2022. The meeting was on 14 December 2022, and Ofsted rated the service inadequate in January 2021.',
    ].join('\n\n') + '\n';
    const found = engine.check(notice, AS_OF).findings.map((f) => notice.slice(f.start, f.end));
    assert.ok(!found.some((x) => x.includes('16 December')), `the reported error is not flagged: ${found}`);
    assert.ok(found.some((x) => x.includes('2021')), `a wrong date in the writer's own sentence still is: ${found}`);
    // the same sentence outside a correction notice is the writer's claim
    const plain = 'It said the cabinet met on 16 December 2022.\n';
    assert.ok(engine.check(plain, AS_OF).findings.some((f) => plain.slice(f.start, f.end).includes('16 December')), 'outside a notice it is checked');
  });
});
