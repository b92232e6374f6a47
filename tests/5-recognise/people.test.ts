import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/index.js';
import { names, run } from '../helpers/facts.js';

/** The person entities of a text, by name. */
function people(text: string, language: Language): string[] {
  return names(run(text, language), 'person');
}

/** The roles of one person entity (written forms). */
function roles(text: string, language: Language, person: string): string[] {
  const e = run(text, language).entities.find((x) => x.type === 'person' && x.name === person);
  return e?.roles ?? [];
}

describe('recognise/people: cues that make a name a person', () => {
  it.each<[Language, string, string[]]>([
    // a role or title before the name
    ['de', 'Das erklärte Außenministerin Klara Mertens am Freitag in Bern.', ['Klara Mertens']],
    ['de', 'Premierminister Haruto Sakamoto besuchte die Werft.', ['Haruto Sakamoto']],
    ['de', 'Kanzlerin Ingrid Albers sprach lange.', ['Ingrid Albers']],
    ['de', 'Am Abend widersprach Bürgermeister Lenz.', ['Lenz']],
    ['de', 'Der Antrag kam von Frau Wendt.', ['Wendt']],
    ['de', 'Der Brief ging an Dr. Seidlhuber.', ['Seidlhuber']],
    ['en', 'Foreign Secretary Alan Pryce flew to the summit.', ['Alan Pryce']],
    ['en', 'Mr Hollis said the plan was sound.', ['Hollis']],
    ['en', 'Chief Executive Pieter van den Berg left the firm.', ['Pieter van den Berg']],
    ['en', 'The prime minister, Oliver Strand, arrived late.', ['Oliver Strand']],
    // a known first name before a capitalised surname
    ['en', 'Yesterday Richard Hallworth opened a shop.', ['Richard Hallworth']],
    ['de', 'Gestern eröffnete Monika Berghaus einen Laden.', ['Monika Berghaus']],
    // a role, its complement and a comma before the name
    ['de', 'Das sagte der Polizeichef von Kandahar, Sajid Agha Rahimi, der Agentur.', ['Sajid Agha Rahimi']],
    ['de', 'Darauf hofft auch Wetzlars Coach Gennadi Chalenko.', ['Gennadi Chalenko']],
    // a role in apposition after the name
    ['en', 'Tobiah Quarles, the airline’s chief executive, has said so.', ['Tobiah Quarles']],
    ['en', "Enzo Barrato, ACME's managing director, agreed.", ['Enzo Barrato']],
    ['de', 'Tomasz Wrobel, der polnische Außenminister, sagte ab.', ['Tomasz Wrobel']],
    // a party in brackets after the name
    ['de', 'Dagegen stimmte Ewald Hinterleitner (ÖVP) im Ausschuss.', ['Ewald Hinterleitner']],
    // a German noun before a first name is no part of the name
    ['de', 'Dem widersprach Landesvater Jürgen Brandt (CDU) sofort.', ['Jürgen Brandt']],
    // the speaker after a German verb of saying
    ['de', '„Wir bleiben hart“, sagte Rautenbach am Montag.', ['Rautenbach']],
    ['de', 'Das sei nicht zu ändern, so Rautenbach.', ['Rautenbach']],
    ['en', '"We will appeal," said Taran Odukoya.', ['Taran Odukoya']],
    // the shape of an Arabic name
    ['de', 'Truppen von Faruk al-Hadrami rückten vor.', ['Faruk al-Hadrami']],
    ['en', 'Fighters loyal to Karim bin Jassar withdrew.', ['Karim bin Jassar']],
    ['de', 'Gestern sprach Außenministerin Anna Berger in Bonn.', ['Anna Berger']],
    ['de', 'Danach reiste Premierminister Taro Yamada ab.', ['Taro Yamada']],
    ['de', 'Der Agrarminister Paul Kober warnte.', ['Paul Kober']],
    ['de', 'Der UN-Generalsekretär Lars Holm mahnte.', ['Lars Holm']],
    ['de', 'Die Regierung von Samir al-Hadi wankt.', ['Samir al-Hadi']],
    ['en', 'Later Foreign Secretary Jack Doyle spoke.', ['Jack Doyle']],
    ['en', 'Yesterday Mr Perkins said no.', ['Perkins']],
    ['en', 'Beer magnate Ravi Kumar set up an airline.', ['Ravi Kumar']],
    ['en', "And Hamish Corr, the party's foreign affairs spokesman, said so.", ['Hamish Corr']],
    ['en', 'Michael Jordan played well.', ['Michael Jordan']],
    ['de', 'Der Gründer Dr. Bernd Kainz sprach.', ['Bernd Kainz']],
    ['en', 'The senator Mary Ella Simmons voted.', ['Mary Ella Simmons']],
    ['en', "Later Sean O'Malley spoke.", ["Sean O'Malley"]],
    ['de', 'Der Vorsitzende Richter Klaus Kober sprach.', ['Klaus Kober']],
  ])('recognise/people %s finds "%s"', (lang, text, expected) => {
    expect(people(text, lang)).toEqual(expected);
  });

  it.each<[Language, string, string]>([
    ['de', 'Der Antrag von Hans-Dietrich Kolbe scheiterte.', 'Hans-Dietrich Kolbe'],
    ['en', 'Reporters asked George W. Pratt about it.', 'George W. Pratt'],
    ['de', 'Der Sprecher von Anna von der Heyde schwieg.', 'Anna von der Heyde'],
    ['en', 'Senior envoy Ahmed el-Masri was recalled.', 'Ahmed el-Masri'],
    ['de', 'Der Sondergesandte Luis de Almeida reiste ab.', 'Luis de Almeida'],
    ['en', "Mr O'Hagan declined to comment.", "O'Hagan"],
    ['de', 'Das Buch schrieb er gemeinsam mit A. Wiegand.', 'A. Wiegand'],
    ['en', 'The novel by J. K. Ferris sold well.', 'J. K. Ferris'],
    ['de', 'Im Jahr 1966 kam Elisabeth II. auf die Insel.', 'Elisabeth II.'],
    ['en', 'The visit of Queen Elizabeth II ended.', 'Elizabeth II'],
  ])('recognise/people %s keeps particles, hyphens and initials in "%s"', (lang, text, expected) => {
    expect(people(text, lang)).toContain(expected);
  });

  it.each<[Language, string]>([
    // German capitalised nouns, pronouns and sentence-initial words
    ['de', 'Sie traf die Liberalen im Inhalt des Berichts.'],
    ['de', 'Die Regierung von Kanada berät über Sicherheit und Verteidigung.'],
    ['de', 'Die Frau Mitte vierzig kaufte ein Auto.'],
    ['de', 'Nach dem Treffen sagte der Minister Journalisten, er sei zufrieden.'],
    ['de', 'Dazu will er als Sozialminister Furore machen.'],
    ['de', 'Das erklärte Ziel ist eine bessere Nutzung.'],
    ['de', 'Das sei zu teuer, sagte Siemens-Chef am Montag.'],
    ['en', 'Sales will rise, said Gartner.'],
    ['en', 'He told Reuters news agency it was over.'],
    // company, place and organisation names
    ['en', 'Shares in Deutsche Telekom and Kingfisher Airlines rose.'],
    ['en', 'The El Charcote ranch lies far from Silicon Valley.'],
    ['de', 'Das Al-Kuds-Krankenhaus wurde getroffen.'],
    ['en', 'The Walt Disney Studios reported a loss.'],
    ['en', 'He studied at the Matthew Boulton School in town.'],
    ['en', 'The San Antonio Spurs won again.'],
    ['en', 'She studied at Virginia Community College System.'],
    ['de', 'Dagegen gaben General Motors nach.'],
    ['de', 'Der FC Carl Zeiss Jena verlor knapp.'],
    ['en', 'Former Shell boss\n\nShell is to pay the sum.'],
    ['en', 'Advertising rose at sector leader Omnicom.'],
    ['de', 'Sie traf am Dienstag in Berlin ein.'],
    ['de', 'Die Regierung von Berlin lehnte das Ende der Gewalt ab.'],
    ['en', 'Melanie\nJoe went home.'],
    ['en', 'Melanie\r\nJoe went home.'],
    ['en', 'They prayed at the Noor Mosque and the Sophia Museum.'],
    ['de', 'Er wohnt in der Annastraße.'],
    // a phrase in Arabic is no name
    ['de', 'Das heißt auf Arabisch Ad-Dawla al-Islamiya fi l-Iraq.'],
    // function words with umlauts start no name (else: `Über Wendt` by the apposition)
    ['de', 'Über Wendt, der polnische Außenminister, schrieb sie.'],
    ['de', 'Während Hollis, der britische Außenminister, schwieg, sprach sie.'],
  ])('recognise/people %s finds nobody in "%s"', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });

  it.each<[Language, string, string, string[]]>([
    // the written form; a country prefix is dropped, qualifiers stay
    ['de', 'US-Außenminister Paul Henning reiste ab.', 'Paul Henning', ['Außenminister']],
    ['de', 'Die frühere Regierungschefin Erika Brandl schwieg.', 'Erika Brandl', ['frühere Regierungschefin']],
    ['de', 'Landwirtschaftsministerin Petra Aigner kam.', 'Petra Aigner', ['Landwirtschaftsministerin']],
    ['de', 'Ex-Präsident Walter Kleinert kam.', 'Walter Kleinert', ['Ex-Präsident']],
    ['de', 'Bürgermeisterin Eva Lang eröffnete.', 'Eva Lang', ['Bürgermeisterin']],
    ['en', 'Vice president Carlos Ruiz said so.', 'Carlos Ruiz', ['Vice president']],
    ['en', 'Former Prime Minister Alan Pryce spoke.', 'Alan Pryce', ['Former Prime Minister']],
    ['en', 'Agriculture minister Rafael Montoya spoke.', 'Rafael Montoya', ['Agriculture minister']],
    ['en', 'Secretary of State Mary Collins spoke.', 'Mary Collins', ['Secretary of State']],
    // a counterpart is no role
    ['de', 'Sie traf ihren Amtskollegen Tomasz Wrobel.', 'Tomasz Wrobel', []],
  ])('recognise/people %s: roles of "%s"', (lang, text, person, expected) => {
    expect(roles(text, lang, person)).toEqual(expected);
  });

  it('recognise/people: an unknown word before a surname and an apposition makes a name (the case the umlaut rows above rule out)', () => {
    expect(people('Quaxo Wendt, der polnische Außenminister, schrieb sie.', 'de')).toEqual(['Quaxo Wendt']);
  });

  it('recognise/people: first names beyond ASCII are still found once the first-name filter is built (after 10,000 probes)', () => {
    // 60,000 capitalised words, each asked once whether it is a first name
    const words = Array.from({ length: 10_000 }, (_, k) => `Wort${String.fromCharCode(97 + (k % 26), 97 + (Math.floor(k / 26) % 26))}`).join(' ');
    for (let run = 0; run < 6; run++) people(`${words}.`, 'de');
    expect(people('Gestern eröffnete René Kühl einen Laden.', 'de')).toEqual(['René Kühl']);
    expect(people('Gestern eröffnete Bärbel Hölzl einen Laden.', 'de')).toEqual(['Bärbel Hölzl']);
    expect(people('Yesterday Björn Castell opened a shop.', 'en')).toEqual(['Björn Castell']);
    expect(people('Yesterday Richard Hallworth opened a shop.', 'en')).toEqual(['Richard Hallworth']);
  });

  it('recognise/people: a German verb-final noun does not join the name', () => {
    expect(people('Er sagte, dass Präsident Petrow Waffen liefert.', 'de')).toEqual(['Petrow']);
    expect(people('Er weiß, dass Kanzler Olaf Brenner Truppen schickt.', 'de')).toEqual(['Olaf Brenner']);
  });
});
