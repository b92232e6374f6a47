/** People recognition: role and honorific cues, known first names, name shapes, apposition; what is no person. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { Language } from '../../src/doc.js';

function people(text: string, language: Language): string[] {
  return extract(text, { language })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();
}

function roles(text: string, language: Language): string[] {
  return extract(text, { language })
    .entities.filter((e) => e.type === 'person')
    .flatMap((e) => e.roles ?? []);
}

describe('recognise.people', () => {
  it.each<[Language, string, string[]]>([
    ['de', 'Gestern sprach Außenministerin Anna Berger in Bonn.', ['Anna Berger']],
    ['de', 'Danach reiste Premierminister Taro Yamada ab.', ['Taro Yamada']],
    ['de', 'Der Agrarminister Paul Kober warnte.', ['Paul Kober']],
    ['de', 'Der UN-Generalsekretär Lars Holm mahnte.', ['Lars Holm']],
    ['de', 'Die Regierung von Samir al-Hadi wankt.', ['Samir al-Hadi']],
    ['en', 'Later Foreign Secretary Jack Doyle spoke.', ['Jack Doyle']],
    ['en', 'Yesterday Mr Perkins said no.', ['Perkins']],
    ['en', 'Chief Executive Pieter van der Berg resigned.', ['Pieter van der Berg']],
    ['en', 'Beer magnate Ravi Kumar set up an airline.', ['Ravi Kumar']],
    ['en', 'Quentin Osei, the firm\'s chief executive, has said so.', ['Quentin Osei']],
    ['en', 'And Hamish Corr, the party\'s foreign affairs spokesman, said so.', ['Hamish Corr']],
    ['en', 'Michael Jordan played well.', ['Michael Jordan']],
    ['en', 'Later George W. Bush spoke.', ['George W. Bush']],
    ['de', 'Der Gründer Dr. Bernd Kainz sprach.', ['Bernd Kainz']],
    ['en', 'The senator Mary Ella Simmons voted.', ['Mary Ella Simmons']],
    ['en', 'Later Sean O\'Malley spoke.', ["Sean O'Malley"]],
    ['de', 'Der Vorsitzende Richter Klaus Kober sprach.', ['Klaus Kober']],
  ])('recognise.people: %s %s', (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });

  it.each<[Language, string]>([
    ['de', 'Sie traf am Dienstag in Berlin ein.'],
    ['de', 'Die Regierung von Berlin lehnte das Ende der Gewalt ab.'],
    ['de', 'Deutsche Telekom und Kingfisher Airlines wachsen.'],
    ['en', 'Melanie\nJoe went home.'],
    ['en', 'They prayed at the Noor Mosque and the Sophia Museum.'],
    ['de', 'Er wohnt in der Annastraße.'],
    ['en', 'Melanie\r\nJoe went home.'],
  ])('recognise.people: no person in %s %j', (language, text) => {
    expect(people(text, language)).toEqual([]);
  });

  it.each<[Language, string, string[]]>([
    ['de', 'Der US-Außenminister Tom Reed kam an.', ['Außenminister']],
    ['de', 'Bürgermeisterin Eva Lang eröffnete.', ['Bürgermeisterin']],
    ['en', 'Vice president Carlos Ruiz said so.', ['Vice president']],
  ])('recognise.people: role is the written form without country prefix: %s %s', (language, text, expected) => {
    expect(roles(text, language)).toEqual(expected);
  });
});
