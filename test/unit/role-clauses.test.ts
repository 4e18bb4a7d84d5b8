/**
 * A post held now, said in a clause after the name ("who is still …", "who remains … today", "the council's …"),
 * inside a story of an earlier meeting: outdated when the post has since passed to someone else.
 */
import * as assert from 'assert';
import { findDataDir, loadDataset } from '../../src/core/data/loader';
import { createEngine } from '../../src/core/engine';

describe('a post held now, in a clause after the name', () => {
  const engine = createEngine(loadDataset(findDataDir()));
  const outdated = (text: string, asOf: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.kind === 'outdated').length;

  it('"who is still", "who remains … today" and "the council\'s …" are a post held at the draft\'s date', () => {
    assert.strictEqual(outdated('John Hart, who is still the leader of the council, told the meeting it was serious.', '2026-01-20'), 1);
    assert.strictEqual(outdated("Andrew Leadbetter, who remains the council's cabinet member for children's services today, spoke.", '2026-01-20'), 1);
    assert.strictEqual(outdated("Andrew Leadbetter, the council's cabinet member for children's services, spoke.", '2026-01-20'), 1);
  });

  it('the same words at a time the post was held, or told as then, are not outdated', () => {
    assert.strictEqual(outdated('John Hart, who is still the leader of the council, told the meeting it was serious.', '2022-12-20'), 0);
    assert.strictEqual(outdated('John Hart, who was then the leader of the council, told the meeting it was serious.', '2026-01-20'), 0);
  });

  it('"who represents X" is an MP\'s seat: flagged when wrong, for an MP or "in Parliament" only', () => {
    const wards = (text: string) => engine.check(text, { asOf: '2025-12-06' }).findings.filter((f) => f.kind === 'ward').map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(wards('Steve Race, who represents Tiverton and Minehead in Parliament, spoke.'), ['Tiverton and Minehead']);
    assert.deepStrictEqual(wards('Steve Race, who represents Exeter, spoke.'), []);
    assert.deepStrictEqual(wards('Julian Brazil, who represents Kingsbridge, spoke.'), []);
  });
});
