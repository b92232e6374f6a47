import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/match/normalize.js';

describe('match/normalize', () => {
  it.each([
    ['U.S.', 'us'],
    ['Baschar al-Assad', 'baschar al assad'],
    ["Blair's", 'blair'],
    ['  Österreich  ', 'osterreich'],
    ['Straße', 'strasse'],
  ])('normalize: %s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});
