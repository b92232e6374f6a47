import { describe, expect, it } from 'vitest';
import { isAllCaps, isCapitalized, isSpaceUnit, notedCapitalisedWords, suffixHash, tokenize, tokenizeNotingBreaks } from '../../src/4-segment/tokens.js';

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

  it.each([
    'Die NATO und die EU trafen sich in Berlin.',
    'İstanbul liegt vor der NATO-Küste; danach kommt USA.',
    'ΟΔΟΣ.Α und ΣΟΦΟΣ mit Straße, ÄRGER und MÜNCHEN',
    'Emoji 🎉 vor 𝐁𝐨𝐥𝐝 und WHO',
    'für größere Länder, ǅemal und 𐐀𐐨 (Deseret), ﬁnal naïve',
  ])('tokenize: every lower is the token folded alone in %j', (text) => {
    for (const t of tokenize(text)) expect(t.lower).toBe(t.text.toLowerCase());
    for (const t of tokenize(text, 3)) expect(t.lower).toBe(t.text.toLowerCase());
  });

  it.each([
    'Die NATO und die EU trafen sich in Berlin.',
    'İstanbul liegt vor der NATO-Küste; danach kommt USA.',
    'ΟΔΟΣ.Α und ΣΟΦΟΣ mit Straße, ÄRGER und MÜNCHEN',
    'Emoji 🎉 vor 𝐁𝐨𝐥𝐝 und WHO, Ⓐ „zitiert“',
  ])('tokenize: every hash is the suffix hash of the token folded in %j', (text) => {
    for (const t of tokenize(text)) expect(t.hash).toBe(suffixHash(t.lower));
  });

  it.each([
    ['Freihandelsabkommen', 'abkommen'],
    ['Handelsvertrag', 'vertrag'],
    ['Klimaabkommens', 'abkommens'],
  ])('tokenize: a word shares the hash of a longer-than-three-letter form it ends in (%s, %s)', (word, form) => {
    expect(tokenize(word)[0].hash).toBe(suffixHash(form));
    expect(tokenize(word)[0].hash).not.toBe(suffixHash('kommen' + 'x'));
  });

  it.each([
    'Die NATO und die EU trafen sich in Berlin.',
    'Élysée-Palast: Über 𝐁𝐨𝐥𝐝 🎉 sprach ǅemal mit ÄRGER.',
    '',
  ])('tokenizeNotingBreaks: the noted capitalised words are the word tokens that start upper case in %j', (text) => {
    const tokens = tokenizeNotingBreaks(text, []);
    const { indexes, count } = notedCapitalisedWords(tokens)!;
    const expected = tokens.flatMap((t, k) => (t.word && t.cap ? [k] : []));
    expect([...indexes.subarray(0, count)]).toEqual(expected);
  });

  it('tokenizeNotingBreaks: notes are kept for the last document only', () => {
    const first = tokenizeNotingBreaks('Kanada und Japan', []);
    tokenizeNotingBreaks('Berlin', []);
    expect(notedCapitalisedWords(first)).toBeUndefined();
    expect(notedCapitalisedWords(tokenize('Kanada und Japan'))).toBeUndefined();
  });

  it.each([
    ['Österreich', true],
    ['über', false],
    ['Élysée', true],
    ['ǅemal', false],
    ['Ωmega', true],
    ['𝐁𝐨𝐥𝐝', false],
    ['Kanada', true],
    ['kanada', false],
    ['2024', false],
  ])('tokenize: %s starts capitalised: %s', (text, cap) => {
    expect(isCapitalized(tokenize(text)[0]!)).toBe(cap);
  });

  it.each([
    ['NATO', true],
    ['ÖVP', true],
    ['ÄÖÜ', true],
    ['Türkei', false],
    ['STRAßE', false],
    ['A', false],
    ['G7', true],
    ['42', false],
    ['ΝΑΤΟ', true],
    ['Νατο', false],
  ])('tokenize: %s is all capitals: %s', (text, caps) => {
    expect(isAllCaps(tokenize(text)[0]!)).toBe(caps);
    expect(isAllCaps(tokenize(text)[0]!)).toBe(text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase());
  });
});

describe('segment/isSpaceUnit', () => {
  it('segment: isSpaceUnit answers as /\\s/ for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isSpaceUnit(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});
