import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPeople, germanRoleForms } from '../../src/lexicon/build-people.js';
import type { FormRow, PeopleFile } from '../../src/lexicon/types.js';

const people = JSON.parse(readFileSync(new URL('../../dist/lexicon/people.json', import.meta.url), 'utf8')) as PeopleFile;

describe('lexicon/people', () => {
  it.each<[string, string[]]>([
    ['Außenministerin', ['Außenministerinnen']],
    ['Außenminister', ['Außenministers', 'Außenministern']],
    ['Amtskollege', ['Amtskollegen']],
    ['Abgeordnete', ['Abgeordneter', 'Abgeordneten']],
    ['Präsident', ['Präsidenten']],
    ['Herr', ['Herrn']],
  ])('lexicon/people: German case forms of %s', (form, expected) => {
    expect(germanRoleForms(form)).toEqual(expect.arrayContaining([form, ...expected]));
  });

  it('lexicon/people: every role form has facts (class) in its language', () => {
    const known = new Set(people.roleInfo.map(([lang, id]) => `${lang}:${id}`));
    const missing = people.roles.filter(([, id, , lang]) => !known.has(`${lang}:${id}`));
    expect(missing).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['de', 'Außenministerin', 'foreign minister'],
    ['de', 'Bundeskanzler', 'chancellor'],
    ['en', 'Home Secretary', 'home secretary'],
    ['en', 'Agriculture minister', 'agriculture minister'],
    ['en', 'Mr', 'mr'],
  ])('lexicon/people %s: %s is the role %s', (lang, form, id) => {
    const row = people.roles.find(([f, , , l]) => f.toLowerCase() === form.toLowerCase() && l === lang);
    expect(row?.[1]).toBe(id);
  });

  it('lexicon/people: first names come from the packages, minus ordinary words', () => {
    const names = new Set(people.firstNames);
    expect(names.size).toBeGreaterThan(5000);
    for (const n of ['melanie', 'sebastian', 'richard', 'filippo', 'abu']) expect(names.has(n)).toBe(true);
    for (const w of ['will', 'grace', 'der']) expect(names.has(w)).toBe(false);
  });

  it('lexicon/people: the demonyms of the country table built beside it are no first names', () => {
    const names = new Set(people.firstNames);
    expect(names.has('german')).toBe(false);
  });

  it('lexicon/people: the demonyms come from the country table it is given, not from an earlier build', async () => {
    // `sebastian` is a first name; as a demonym of the given table it must go
    const countryForms: FormRow[] = [['Sebastian', 'XS', 'demonym', '', '', '']];
    const built = await buildPeople(countryForms);
    expect(built.firstNames).not.toContain('sebastian');
    expect(built.firstNames).toContain('melanie');
  });

  it('lexicon/people: parties name their countries', () => {
    const row = people.parties.find(([form]) => form === 'ÖVP');
    expect(row?.[1]).toBe('AT');
    expect(row?.[4]).toBe('1');
  });
});
