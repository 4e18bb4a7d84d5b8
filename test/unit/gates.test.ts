/**
 * Paragraph gates (check/context.ts): every gate an engine's rules declare is answered in one scan of the paragraph. The answers
 * must be what testing each gate's own pattern on the paragraph gives, including gates that match at the same
 * place as another or inside another's match.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { Ctx, gate, gateScan, paragraphHas } from '../../src/core/check/context';

const PATTERNS = [/\bheld\b/, /\bhel/, /lowest/, /\bgood\b/, /od\b/, /\b(?:run|ran)\b/];
const GATES = PATTERNS.map((re) => gate(re));
const SCAN = gateScan(GATES);

function ctxOf(masked: string): Ctx {
  return { masked, gates: undefined, gateScan: SCAN } as unknown as Ctx;
}

describe('paragraph gates', () => {
  it('answers a gate that matches where another gate matches too', () => {
    const ctx = ctxOf('they held it');
    assert.strictEqual(paragraphHas(ctx, GATES[0]), true);
    assert.strictEqual(paragraphHas(ctx, GATES[1]), true);
    assert.strictEqual(paragraphHas(ctx, GATES[2]), false);
  });

  it('answers a gate whose match lies inside another gate\'s match', () => {
    const ctx = ctxOf('a good one');
    assert.strictEqual(paragraphHas(ctx, GATES[3]), true);
    assert.strictEqual(paragraphHas(ctx, GATES[4]), true);
    assert.strictEqual(paragraphHas(ctxOf('a goods one'), GATES[4]), false);
  });

  it('agrees with each pattern on its own (fast-check, 2,000 paragraphs)', () => {
    const words = ['held', 'hello', 'the', 'lowest', 'good', 'goods', 'od', 'run', 'ran', 'rank', 'x', 'helheld'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '', '-', '. ')), { maxLength: 12 }), (parts) => {
        const text = parts.map(([w, sep]) => w + sep).join('');
        const ctx = ctxOf(text);
        PATTERNS.forEach((re, i) => assert.strictEqual(paragraphHas(ctx, GATES[i]), re.test(text), `${re} on "${text}"`));
      }),
      { numRuns: 2000 },
    );
  });
});
