import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/3-language/detect.js';

/**
 * The detector as first written (slice and fold every letter run, two Set lookups): the fast
 * one must answer exactly as it does, for every text.
 */
const DE = new Set(
  'der die das und ist nicht ein eine einen dem den des mit sich auf für von zu im auch als sie er es wird wurde hat haben bei nach aus über dass noch wie aber oder wenn nur vor zum zur am sind werden seine ihre dieser diese durch gegen sei'.split(' '),
);
const EN = new Set(
  'the and is not a an of to in for on with that this was were has have had by from at as it he she they be been are which would will their his her but or said who its after over'.split(' '),
);
function referenceDetect(text: string): 'de' | 'en' {
  let de = 0;
  let en = 0;
  for (const m of text.slice(0, 4000).matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (DE.has(word)) de++;
    if (EN.has(word)) en++;
    if (Math.abs(de - en) >= 25) break;
  }
  return de > en ? 'de' : 'en';
}

/** A deterministic pseudo-random text of stop words and look-alikes in mixed case and scripts. */
function randomText(seed: number, words: number): string {
  const pieces = ['der', 'DIE', 'Das', 'für', 'ÜBER', 'über', 'Für', 'the', 'THE', 'And', 'which', 'WHICH', 'werden', 'Werdens',
    'theo', 'ande', 'İn', 'K\u212a', 'ſie', 'straße', 'ΣΑΣ', 'the\u0301', 'a\u{1d400}', '\u{1d400}the', 'déjà', 'naïve', 'x', 'Of', 'oF',
    'DIESER', 'diesera', 'abcdefghijklm', 'über-die', 'the.and', 'l\'été', 'zu', 'ZU', '3der', 'der3', 'ǅie', 'ﬁnd', 'ǆie'];
  const seps = [' ', ' ', ' ', ', ', '\n', '-', '’', '—', '\t', '. '];
  let s = seed;
  const next = (n: number): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
  let text = '';
  for (let k = 0; k < words; k++) text += pieces[next(pieces.length)] + seps[next(seps.length)];
  return text;
}

describe('language/detect', () => {
  it.each([
    ['Die Regierung hat am Montag über die Pläne für das neue Gesetz beraten, sagte der Minister.', 'de'],
    ['The government said on Monday that it would not change the plans for the new law.', 'en'],
    ['DIE REGIERUNG HAT ÜBER DIE PLÄNE FÜR DAS GESETZ BERATEN UND ES IST NICHT KLAR', 'de'],
    ['THE GOVERNMENT SAID IT WOULD NOT CHANGE THE PLANS', 'en'],
    ['', 'en'],
    ['über für über für', 'de'],
  ])('language/detect: %s is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(Array.from({ length: 300 }, (_, k) => [k]))('language/detect: random text %i as the reference reads it', (seed) => {
    const text = randomText(seed, 5 + (seed % 7) * 40);
    expect(detectLanguage(text)).toBe(referenceDetect(text));
  });

  it('language/detect: stops at a decisive lead, as the reference does', () => {
    const text = 'the '.repeat(30) + 'der die das '.repeat(40);
    expect(detectLanguage(text)).toBe('en');
    expect(referenceDetect(text)).toBe('en');
  });
});
