import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/4-segment/tokens.js';

describe('segment/tokens', () => {
  it('splits hyphenated compounds and possessives into parts with offsets', () => {
    const text = "US-Außenminister Blair's";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['US', '-', 'Außenminister', 'Blair', "'", 's']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps offsets in UTF-16 units around astral characters', () => {
    const text = '😀 Kanada';
    const [, kanada] = tokenize(text);
    expect(text.slice(kanada.start, kanada.end)).toBe('Kanada');
  });
});
