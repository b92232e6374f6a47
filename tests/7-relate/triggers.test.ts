/** Trigger lists: exact words, stems and phrases; the first-letter filter must not lose a match. */
import { describe, expect, it } from 'vitest';
import { TriggerFamilies, triggerAt, triggers } from '../../src/7-relate/triggers.js';
import { wordTokensBetween } from '../../src/7-relate/mentions.js';
import { tokenize } from '../../src/4-segment/tokens.js';

const PATTERNS = ['traf', 'krieg*', 'teil der', 'überfall*', 'ärger'];

describe('relate: trigger lists', () => {
  it.each<[string, number, boolean]>([
    ['sie traf ihn', 1, true],
    ['der krieges beginn', 1, true],
    ['ist teil der allianz', 1, true],
    ['ist teil des ganzen', 1, false],
    ['ein überfalls plan', 1, true],
    ['viel ärger heute', 1, true],
    ['viel ärgerlich heute', 1, false],
    ['sie trafen ihn', 1, false],
    ['zwei wörter', 5, false],
  ])('relate/triggers "%s" at %i → %s', (sentence, i, expected) => {
    const words = sentence.split(' ');
    expect(triggers(PATTERNS).at(words, i)).toBe(expected);
    expect(triggerAt(words, i, PATTERNS)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['nichts davon hier', false],
    ['erst dann krieg', true],
  ])('relate/triggers any "%s" → %s', (sentence, expected) => {
    expect(triggers(PATTERNS).any(sentence.split(' '))).toBe(expected);
  });
});

describe('relate: trigger lists over tokens', () => {
  // lower-case words as tokens, scanned in place up to `end`
  const tokens = tokenize('x sie traf ihn teil der stadt');
  it.each<[number, number, boolean]>([
    [2, tokens.length, true],
    [1, tokens.length, false],
    [4, tokens.length, true],
    [4, 5, false], // the phrase `teil der` is cut by the end of the range
    [7, tokens.length, false],
  ])('relate/triggers atToken %i (range end %i) → %s', (i, end, expected) => {
    expect(triggers(PATTERNS).atToken(tokens, i, end)).toBe(expected);
    expect(triggers(PATTERNS).at(tokens.slice(0, end).map((t) => t.lower), i)).toBe(expected);
  });

  it.each<[number, number, boolean]>([
    [0, tokens.length, true],
    [3, 5, false],
    [3, 6, true],
  ])('relate/triggers anyToken %i..%i → %s', (from, to, expected) => {
    expect(triggers(PATTERNS).anyToken(tokens, from, to)).toBe(expected);
  });
});

describe('relate: trigger families', () => {
  const families = new TriggerFamilies<string>([
    ['withdrawn', ['kündigte*', 'austritt']],
    ['signed', ['unterzeichne*']],
    ['in_force', ['in kraft']],
  ]);
  it.each<[string, string | undefined]>([
    ['sie unterzeichneten und dann kündigte er', 'withdrawn'],
    ['kündigte', 'withdrawn'],
    ['sie unterzeichneten den vertrag', 'signed'],
    ['der vertrag trat in kraft', 'in_force'],
    ['in kraft und unterzeichnet', 'signed'],
    ['nichts davon', undefined],
    ['in', undefined],
  ])('relate/TriggerFamilies.first "%s" → %s (the first family in list order, wherever it occurs)', (sentence, expected) => {
    const tokens = tokenize(sentence);
    expect(families.first(tokens, 0, tokens.length)).toBe(expected);
  });
});

describe('relate: trigger lists with short or unusual patterns', () => {
  it.each<[string[], string, number, boolean]>([
    [['a', 'krieg*'], 'a b', 0, true],
    [['k*'], 'krieg', 0, true],
    [['traf'], 't', 0, false],
    [['ωmega', 'traf'], 'ωmega', 0, true],
    [['traf', 'krieg*'], 'kx', 0, false],
    [['traf', 'krieg*'], 'kr', 0, false],
    [['traf', 'kr*'], 'kr', 0, true],
    [['über*'], 'übel', 0, false],
    [['über*'], 'überall', 0, true],
    [['*'], 'x', 0, true],
    [['kr*', 'ka*', 'traf'], 'kalt', 0, true],
    [['kr*', 'ka*', 'traf'], 'kühl', 0, false],
  ])('relate/triggers %j at "%s" → %s', (patterns, sentence, i, expected) => {
    expect(triggers(patterns).at(sentence.split(' '), i)).toBe(expected);
  });
});

describe('relate: word tokens between offsets', () => {
  const text = 'Russland, so hieß es, führt Krieg.';
  const tokens = tokenize(text);
  it.each<[number, number, number]>([
    [8, 28, 4], // `, so hieß es, führt `: so hieß es führt
    [0, text.length, 6],
    [9, 9, 0],
    [20, 10, 0],
  ])('relate/wordTokensBetween %i..%i → %i', (from, to, expected) => {
    expect(wordTokensBetween(tokens, 0, tokens.length, from, to)).toBe(expected);
  });

  it('relate/wordTokensBetween agrees with a scan of every token, for every span of a sentence', () => {
    const lo = 2;
    const hi = tokens.length - 1;
    for (let from = 0; from <= text.length; from++) {
      for (let to = 0; to <= text.length; to++) {
        const scan = tokens.slice(lo, hi).filter((t) => t.word && t.start >= from && t.end <= to).length;
        expect(wordTokensBetween(tokens, lo, hi, from, to)).toBe(scan);
      }
    }
  });
});
