/**
 * What the engine's first-word search relies on (engine.ts, firstWordAt): every character isWordCode accepts is one its
 * native search stops at ([a-zA-Z0-9] or outside ASCII), so the sentence's first character, when a word character, is
 * the answer without a search.
 */
import * as assert from 'assert';
import { isWordCode } from '../../src/core/text/fold';

describe('word characters: what the first-word search may skip', () => {
  it('accepts no ASCII character outside a-z, A-Z and 0-9', () => {
    for (let c = 0; c < 128; c++) {
      if (isWordCode(c)) assert.ok(/[a-zA-Z0-9]/.test(String.fromCharCode(c)), `code ${c}`);
    }
  });
});
