import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/index.js';
import { extract } from '../../src/index.js';
import { run, triples } from '../helpers/facts.js';

describe('relate/party_to', () => {
  it.each<[Language, string, string[]]>([
    ['de', 'Kanada und Japan beginnen Gespräche über einen Pakt zum Austausch von Daten.', ['CA', 'JP'].map((c) => `party_to ${c} Pakt zum Austausch von Daten negotiating`)],
    ['de', 'Deutschland und Frankreich unterzeichneten den Élysée-Vertrag.', ['DE', 'FR'].map((c) => `party_to ${c} Élysée-Vertrag signed`)],
    ['de', 'Das Parlament von Norwegen hat den Vertrag über den Fischfang mit Island ratifiziert.', ['NO', 'IS'].map((c) => `party_to ${c} Vertrag über den Fischfang in_force`)],
    ['de', 'Polen, Ungarn und Tschechien verabschiedeten einen Aktionsplan zur Energie.', ['PL', 'HU', 'CZ'].map((c) => `party_to ${c} Aktionsplan zur Energie agreed`)],
    ['en', 'The United States withdrew from the Paris Agreement.', ['party_to US Paris Agreement withdrawn']],
    ['en', 'Chile has proposed a treaty on fishing rights to Peru.', ['CL', 'PE'].map((c) => `party_to ${c} treaty on fishing rights proposed`)],
    ['en', 'Venezuela and China held talks. The two countries also signed a number of other agreements covering mining.', ['VE', 'CN'].map((c) => `party_to ${c} other agreements covering mining signed`)],
    ['en', 'Talks went on. A trade agreement between Peru and Chile would cut tariffs.', ['PE', 'CL'].map((c) => `party_to ${c} trade agreement between Peru and Chile`)],
  ])('relate/party_to %s: "%s"', (lang, text, expected) => {
    expect(triples(run(text, lang), 'party_to').sort()).toEqual(expected.sort());
  });

  it('relate/party_to de: a minister acts for her country (subject pronoun included)', () => {
    const doc = run(
      'Die kanadische Außenministerin Melanie Joly reiste nach Asien. Sie traf den japanischen Außenminister Yoshimasa Hayashi und verabschiedete einen Aktionsplan zur Verteidigung.',
      'de',
    );
    expect(triples(doc, 'party_to').sort()).toEqual(['CA', 'JP'].map((c) => `party_to ${c} Aktionsplan zur Verteidigung agreed`));
  });

  it.each<[Language, string, string[]]>([
    ['de', 'Siemens unterzeichnete in Ägypten einen Vertrag über den Bau von Zügen.', []],
    ['en', 'Chinese firms signed a contract and a deal with Venezuela on oil fields.', ['party_to VE deal signed']],
    ['de', 'In der Ukraine gilt seit Februar eine Waffenruhe.', ['party_to UA Waffenruhe in_force']],
  ])('relate/party_to %s: a place or a company is no party, but a ceasefire binds its country: "%s"', (lang, text, expected) => {
    expect(triples(run(text, lang), 'party_to')).toEqual(expected);
  });

  it('relate/party_to en: a country merely mentioned near an agreement without a status word is no party', () => {
    expect(triples(run('The EU-Mercosur agreement was discussed while Brazil hosted a football match.', 'en'), 'party_to')).not.toContain(
      'party_to BR Mercosur agreement',
    );
  });

  it('relate/party_to: an agreement of states survives --types agreement (its parties are not reported)', () => {
    const doc = extract('Peru und Chile unterzeichneten einen Vertrag über Fischerei.', { language: 'de', types: ['agreement'] });
    expect(doc.entities.map((e) => e.name)).toEqual(['Vertrag über Fischerei']);
    expect(doc.relations).toEqual([]);
  });
});
