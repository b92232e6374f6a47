/** People coreference: surname, possessive and honorific mentions join the full name; aliases join. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { Language } from '../../src/doc.js';

function personEntities(text: string, language: Language): Array<[string, number]> {
  return extract(text, { language })
    .entities.filter((e) => e.type === 'person')
    .map((e) => [e.name, e.mentions.length] as [string, number])
    .sort();
}

describe('resolve.people', () => {
  it.each<[Language, string, Array<[string, number]>]>([
    ['de', 'Kanzlerin Anna Berger kam. Berger sprach lange.', [['Anna Berger', 2]]],
    ['de', 'Premierminister Taro Yamada kam. Yamadas Rede war kurz.', [['Taro Yamada', 2]]],
    ['en', 'Prime Minister Tony Harwood spoke. Mr Harwood said more.', [['Tony Harwood', 2]]],
    ['en', "Prime Minister Tony Harwood spoke. Harwood's aides agreed.", [['Tony Harwood', 2]]],
    ['en', 'President Recep Tayyip Erdoğan spoke. Erdogan left.', [['Recep Tayyip Erdoğan', 2]]],
    ['de', 'Der Kalif Omar – alias Abu Karim al-Masri – sprach.', [['Abu Karim al-Masri', 2]]],
  ])('resolve.people: %s %s', (language, text, expected) => {
    expect(personEntities(text, language)).toEqual(expected);
  });
});
