/** 4-segment: the hand scanner in tokenize() cuts exactly where the reference regex does. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/4-segment/tokens.js';

const REFERENCE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

const reference = (text: string) => [...text.matchAll(REFERENCE)].map((m) => [m[0], m.index]);

describe('4-segment: tokenize scanner', () => {
  it.each([
    'US-Außenminister trifft Blair\'s Berater.',
    'Ça va? Élysée, 2024 — „Zitat“ … naïve café',
    'Tab\tand\u00a0no-break\u2009thin space\n\nnew line',
    'Emoji 🎉 and 𝐁𝐨𝐥𝐝 math letters, combining e\u0301',
    'Кремль и 北京 und العربية ١٢٣',
    'lone \ud800 surrogate and trailing \ud83c',
    '',
  ])('tokenize: %j matches the reference regex', (text) => {
    expect(tokenize(text).map((t) => [t.text, t.start])).toEqual(reference(text));
  });

  it('tokenize: a range tokenises only text[from, to) with offsets into the whole text', () => {
    const text = 'Kanada und Japan verhandeln.';
    expect(tokenize(text, 7, 16).map((t) => [t.text, t.start, t.end])).toEqual([
      ['und', 7, 10],
      ['Japan', 11, 16],
    ]);
  });

  it.each([
    ['Paris', true],
    ['-', false],
    ['🎉', false],
    ['𝐁𝐨𝐥𝐝', true],
  ])('tokenize: %s is a word: %s', (text, word) => {
    expect(tokenize(text)[0]!.word).toBe(word);
  });
});
