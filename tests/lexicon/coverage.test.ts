/**
 * The whole country lexicon, table-driven: every ISO 3166-1 country (and Kosovo) has at least one
 * German and one English name form, and each is found when written in a sentence of that language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { CountriesFile, FormRow } from '../../src/lexicon/types.js';
import type { Language } from '../../src/doc.js';

const table = JSON.parse(readFileSync(new URL('../../dist/lexicon/countries.json', import.meta.url), 'utf8')) as CountriesFile;

const SENTENCE: Record<Language, (name: string) => string> = {
  de: (name) => `Die Regierung von ${name} hat am Montag neue Pläne vorgestellt.`,
  en: (name) => `The government of ${name} announced new plans on Monday.`,
};

/** The country's display name in the language if it is a form, else its first name form. */
function nameForm(code: string, lang: Language, display: string): string | undefined {
  const names = table.forms.filter((f: FormRow) => f[1] === code && f[3] === lang && f[2] === 'name').map((f) => f[0]);
  return names.includes(display) ? display : names[0];
}

describe('lexicon: every country in both languages', () => {
  it('covers all ISO 3166-1 codes and Kosovo', () => {
    expect(table.countries.length).toBeGreaterThanOrEqual(250);
    expect(table.countries.map((c) => c.code)).toContain('XK');
  });

  const rows = table.countries.flatMap((c) =>
    (['de', 'en'] as const).map((lang) => [c.code, lang, nameForm(c.code, lang, lang === 'de' ? c.de : c.en)] as const),
  );
  it.each(rows)('lexicon: %s has a %s name form found in a sentence (%s)', (code, lang, name) => {
    expect(name, `no ${lang} name form for ${code}`).toBeDefined();
    const doc = extract(SENTENCE[lang](name!), { language: lang, types: ['country'] });
    expect(doc.entities.map((e) => e.code)).toContain(code);
  });
});

describe('lexicon/licence', () => {
  it.each(['countries.json', 'lexicon.de.json', 'lexicon.en.json'])('lexicon: %s carries the ODbL notice of the world-countries data it holds', (name) => {
    const file = JSON.parse(readFileSync(new URL(`../../dist/lexicon/${name}`, import.meta.url), 'utf8')) as { license?: string };
    expect(file.license).toMatch(/world-countries.*ODbL/);
  });
});

describe('lexicon/tables read as Latin-1', () => {
  it.each(['de', 'en'])('lexicon: lexicon.%s.json is ASCII only (other letters as \\u escapes)', (language) => {
    const bytes = readFileSync(new URL(`../../dist/lexicon/lexicon.${language}.json`, import.meta.url));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  });

  it.each<[Language, string, string]>([
    ['de', 'AT', 'Österreich'],
    ['de', 'TR', 'Türkei'],
    ['en', 'CI', "Côte d'Ivoire"],
  ])('lexicon: letters beyond ASCII survive the table (%s %s: %s)', (language, code, name) => {
    const doc = extract(`${name} und ${name}.`, { language });
    expect(doc.entities.map((e) => e.code)).toContain(code);
  });
});
