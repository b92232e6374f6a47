/**
 * segment: the tokens' lower-case forms, taken from one folding of the whole text, are what
 * folding each token alone gives, for any text (Greek sigma, `İ`, umlauts, astral letters).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeNotingBreaks } from '../../src/4-segment/tokens.js';

const unit = fc.constantFrom(
  'A', 'b', 'Z', 'ß', 'Ä', 'ü', 'Σ', 'σ', 'Α', 'İ', 'I', 'ı', 'Ǆ', 'ǅ', '𝐁', '🎉', '\u0301', '.', '-', "'", ' ', '\n', '„', '1', 'K', '\u212a',
);
const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));

describe('property: segment/tokens', () => {
  it('property: every lower is the token folded alone', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const token of tokenize(t)) expect(token.lower).toBe(token.text.toLowerCase());
        for (const token of tokenizeNotingBreaks(t, [])) expect(token.lower).toBe(token.text.toLowerCase());
      }),
      { seed: 20261129, numRuns: 3000 },
    );
  });
});
