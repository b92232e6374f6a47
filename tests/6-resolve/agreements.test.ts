import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/index.js';
import { run } from '../helpers/facts.js';

/** The mention texts of the one agreement entity whose name is `name`. */
function mentionsOf(text: string, lang: Language, name: string): string[] | undefined {
  return run(text, lang).entities.find((e) => e.type === 'agreement' && e.name === name)?.mentions.map((m) => m.text);
}

describe('resolve/agreements', () => {
  it.each<[Language, string, string, string[]]>([
    [
      'de',
      'Kanada und Japan verhandeln über einen Pakt zur Sicherheit. Beide Länder wollen den Pakt bald unterzeichnen.',
      'Pakt zur Sicherheit',
      ['Pakt zur Sicherheit', 'Pakt'],
    ],
    [
      'de',
      'Kanada und Japan verhandeln über den Pakt zum Austausch von Daten, der als Allgemeines Datenabkommen bezeichnet wird.',
      'Allgemeines Datenabkommen',
      ['Pakt zum Austausch von Daten', 'Allgemeines Datenabkommen'],
    ],
    [
      'en',
      'Iran and six world powers agreed the nuclear deal in 2015. The United States withdrew from the deal in 2018.',
      'nuclear deal',
      ['nuclear deal', 'deal'],
    ],
    [
      'en',
      'Peru and Chile signed the Pacific Fisheries Accord (PFA) in May. Bolivia wants to join the PFA.',
      'Pacific Fisheries Accord',
      ['Pacific Fisheries Accord', 'PFA', 'PFA'],
    ],
    [
      'en',
      'Peru and Chile signed the treaty, known as the Pacific Fisheries Accord, in May.',
      'Pacific Fisheries Accord',
      ['treaty', 'Pacific Fisheries Accord'],
    ],
    [
      'de',
      'Die Regierung und die Rebellen vereinbarten eine Waffenruhe zwischen den Truppen. Die Feuerpause hielt nur zwei Tage.',
      'Waffenruhe zwischen den Truppen',
      ['Waffenruhe zwischen den Truppen', 'Feuerpause'],
    ],
    ['de', 'Die EU und Kanada haben das Freihandelsabkommen CETA ratifiziert.', 'Umfassendes Wirtschafts- und Handelsabkommen', ['Freihandelsabkommen', 'CETA']],
  ])('resolve/agreements %s: "%s" joins into %s', (lang, text, name, mentions) => {
    expect(mentionsOf(text, lang, name)).toEqual(mentions);
  });

  it.each<[Language, string, string]>([
    ['de', 'Das Abkommen zwischen der EU und der Türkei wurde unterzeichnet.', 'Abkommen zwischen der EU und der Türkei'],
    ['en', 'Peru and Chile are negotiating a treaty. The treaty between Peru and Chile covers fishing.', 'treaty between Peru and Chile'],
  ])('resolve/agreements %s: the canonical name is the fullest description, parties included: "%s"', (lang, text, name) => {
    expect(run(text, lang).entities.filter((e) => e.type === 'agreement').map((e) => e.name)).toEqual([name]);
  });

  it('resolve/agreements de: a similar agreement of the same kind stays apart', () => {
    const doc = run('Japan und Kanada verhandeln über ein Geheimdienstabkommen. Japan hat ähnliche Geheimdienstabkommen mit Indien.', 'de');
    expect(doc.entities.filter((e) => e.type === 'agreement').length).toBe(2);
  });
});
