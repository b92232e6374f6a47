/** The inflection rules the lexicon generator applies (German case endings, demonyms, English plurals). */
import { describe, expect, it } from 'vitest';
import {
  englishDemonymForms,
  germanAdjectiveForms,
  germanCaseForms,
  germanCompassForms,
  germanDemonymNounForms,
} from '../../src/lexicon/inflect.js';

describe('lexicon: German inflection by rule', () => {
  it.each([
    ['Kanada', 'Kanadas'],
    ['Russland', 'Russlands'],
    ['Vereinigte Staaten', 'Vereinigten Staaten'],
    ['Vereinigtes Königreich', 'Vereinigten Königreich'],
    ['Vereinigtes Königreich', 'Vereinigten Königreichs'],
    ['Vereinigte Arabische Emirate', 'Vereinigten Arabischen Emiraten'],
    ['Europäische Union', 'Europäischen Union'],
    ['Europarat', 'Europarats'],
  ])('lexicon: %s → %s', (name, form) => {
    expect(germanCaseForms(name)).toContain(form);
  });

  it.each([['Iran'], ['Laos'], ['Belarus'], ['Schweiz']])('lexicon: no genitive -s after s/z: %s', (name) => {
    expect(germanCaseForms(name)).toEqual(name.endsWith('n') ? [name, `${name}s`] : [name]);
  });

  it('lexicon: compass compounds name the country (`Norddeutschland`, `Ostukraine`)', () => {
    expect(germanCompassForms('Deutschland')).toContain('Norddeutschland');
    expect(germanCompassForms('Ukraine')).toContain('Ostukraine');
    expect(germanCompassForms('Nordkorea')).toEqual([]);
  });

  it('lexicon: demonym adjectives in all endings', () => {
    expect(germanAdjectiveForms('japanisch')).toEqual(['japanische', 'japanischen', 'japanischer', 'japanisches', 'japanischem']);
  });

  it.each([
    ['Brite', ['Briten', 'Britin', 'Britinnen']],
    ['Franzose', ['Franzosen']],
    ['Japaner', ['Japanern', 'Japanerin', 'Japanerinnen']],
    ['Israeli', ['Israelis']],
  ])('lexicon: demonym noun %s', (noun, forms) => {
    for (const f of forms) expect(germanDemonymNounForms(noun)).toContain(f);
  });

  it.each([
    ['Canadian', ['Canadian', 'Canadians']],
    ['Chinese', ['Chinese']],
    ['British', ['British']],
    ['Swiss', ['Swiss']],
    ['French', ['French']],
  ])('lexicon: English demonym %s', (demonym, forms) => {
    expect(englishDemonymForms(demonym)).toEqual(forms);
  });
});

describe('lexicon: weak adjective endings after an article', () => {
  it.each([
    ['Vereinigtes Königreich', 'Vereinigte Königreich'],
    ['Europäischer Gerichtshof', 'Europäische Gerichtshof'],
    ['Europäisches Parlament', 'Europäische Parlament'],
  ])('lexicon: %s → %s', (name, form) => {
    expect(germanCaseForms(name)).toContain(form);
  });
});
