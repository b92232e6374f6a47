import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/index.js';
import { run, triples } from '../helpers/facts.js';

describe('relate: meets, member_of, conflict_with', () => {
  it.each<[Language, string, string]>([
    ['de', 'Außenministerin Annalena Baerbock traf ihren französischen Amtskollegen Jean-Noël Barrot in Paris.', 'meets Annalena Baerbock Jean-Noël Barrot'],
    ['de', 'Kanzler Olaf Scholz telefonierte am Montag mit Präsident Joe Biden.', 'meets Olaf Scholz Joe Biden'],
    ['en', 'Prime Minister Fumio Kishida met President Joe Biden at the White House.', 'meets Fumio Kishida Joe Biden'],
    ['en', 'Secretary of State Antony Blinken held talks with Foreign Minister Wang Yi.', 'meets Antony Blinken Wang Yi'],
  ])('relate/meets %s: "%s"', (lang, text, expected) => {
    expect(triples(run(text, lang), 'meets')).toContain(expected);
  });

  it.each<[Language, string, string[]]>([
    // one person named: a leading subject pronoun stands for the person named before
    ['de', 'Außenministerin Melanie Joly landete in Tokio. Sie traf dort Außenminister Yoshimasa Hayashi.', ['meets Melanie Joly Yoshimasa Hayashi']],
    // one person named, no pronoun: no second person to meet
    ['de', 'Außenministerin Melanie Joly landete in Tokio. Dort traf Außenminister Yoshimasa Hayashi Journalisten.', []],
    ['en', 'Prime Minister Fumio Kishida arrived in Ottawa. Later the delegation met reporters.', []],
  ])('relate/meets with one person named %s: "%s"', (lang, text, expected) => {
    expect(triples(run(text, lang), 'meets')).toEqual(expected);
  });

  it.each<[Language, string, string[]]>([
    // one country and no person acting for another: no second side
    ['en', 'The war in Ukraine continues.', []],
    ['de', 'Die Sanktionen gegen Russland bleiben.', []],
  ])('relate/conflict_with needs two sides %s: "%s"', (lang, text, expected) => {
    expect(triples(run(text, lang), 'conflict_with')).toEqual(expected);
  });

  it.each<[Language, string, string[]]>([
    ['de', 'Kanada ist Teil der Five Eyes.', ['member_of CA Five Eyes']],
    ['de', 'Estland und Lettland seien ohnehin in der EU und Nato.', ['member_of EE European Union', 'member_of LV European Union', 'member_of EE NATO', 'member_of LV NATO']],
    ['en', 'Finland joined NATO in 2023.', ['member_of FI NATO']],
    ['de', 'Schweden trat 2024 der Nato bei.', ['member_of SE NATO']],
    ['en', 'Sweden is a member of the European Union.', ['member_of SE European Union']],
    ['de', 'Die Ukraine ist kein Mitglied der Nato.', []],
    ['en', 'Russia is not a member of NATO.', []],
    ['de', 'Pakistan will, dass die Vereinten Nationen helfen, damit die Menschen entscheiden, ob sie zu Indien oder Pakistan gehören.', []],
  ])('relate/member_of %s: "%s"', (lang, text, expected) => {
    expect(triples(run(text, lang), 'member_of').sort()).toEqual(expected.sort());
  });

  it.each<[Language, string, string[]]>([
    ['de', 'Russlands Invasion in der Ukraine dauert an.', ['conflict_with RU UA']],
    ['de', 'Die USA verhängten Sanktionen gegen den Iran.', ['conflict_with US IR']],
    ['de', 'Der Krieg zwischen Armenien und Aserbaidschan ist vorbei.', ['conflict_with AM AZ']],
    ['de', 'Nach dem Angriff Russlands auf die Ukraine stiegen die Preise.', ['conflict_with RU UA']],
    ['en', 'Russia invaded Ukraine in 2022.', ['conflict_with RU UA']],
    ['en', 'Mr Chavez, the Venezuelan president, has a strained relationship with the US.', ['conflict_with VE US']],
    ['en', 'France and Germany discussed the war in the Middle East.', []],
    ['en', 'Germany sent aid during the long war in Ukraine.', []],
    ['de', 'Polen verhängte Sanktionen gegen Russland und Belarus.', ['conflict_with PL RU', 'conflict_with PL BY']],
    ['en', "Russia's brutal invasion of Ukraine continues.", ['conflict_with RU UA']],
  ])('relate/conflict_with %s: "%s"', (lang, text, expected) => {
    expect(triples(run(text, lang), 'conflict_with')).toEqual(expected);
  });

  it('relate: every relation carries its sentence as evidence, with offsets', () => {
    const text = 'Vorwort. Russland führt Krieg gegen die Ukraine. Nachwort.';
    const doc = run(text, 'de');
    expect(doc.relations).toHaveLength(1);
    const { evidence } = doc.relations[0];
    expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    expect(evidence.text).toBe('Russland führt Krieg gegen die Ukraine.');
  });
});
