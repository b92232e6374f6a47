import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/index.js';
import { run } from '../helpers/facts.js';

/** affiliated_with relations as `person country [role]`. */
function affiliations(text: string, language: Language): string[] {
  const doc = run(text, language);
  const byId = new Map(doc.entities.map((e) => [e.id, e.type === 'country' ? e.code! : e.name]));
  return doc.relations
    .filter((r) => r.type === 'affiliated_with')
    .map((r) => [byId.get(r.source), byId.get(r.target), r.role ?? ''].join(' ').trim());
}

describe('relate/affiliated_with', () => {
  it.each<[Language, string, string[]]>([
    // a country right before the role
    ['de', 'Die kanadische Außenministerin Klara Mertens reiste ab.', ['Klara Mertens CA Außenministerin']],
    ['de', 'Japans Premier Haruto Sakamoto kam nach Berlin.', ['Haruto Sakamoto JP Premier']],
    ['de', 'US-Außenminister Paul Henning reiste nach Genf.', ['Paul Henning US Außenminister']],
    ['de', 'Sie traf ihren japanischen Amtskollegen Kenji Morita.', ['Kenji Morita JP']],
    ['en', 'UK Chancellor Gordon Hale raised taxes.', ['Gordon Hale GB Chancellor']],
    ['en', 'Venezuelan president Rafael Montoya spoke.', ['Rafael Montoya VE president']],
    ['en', "Japan's foreign minister Kenji Morita spoke.", ['Kenji Morita JP foreign minister']],
    // an occupation gives the country but no role
    ['en', 'UK entrepreneur Richard Hallworth wants a new airline.', ['Richard Hallworth GB']],
    // in apposition, and a country right after the role
    ['de', 'Haruto Sakamoto, Japans Premierminister, kam.', ['Haruto Sakamoto JP Premierminister']],
    ['en', 'Rafael Montoya, the Venezuelan president, spoke.', ['Rafael Montoya VE president']],
    ['de', 'Außenminister Kanadas Klara Mertens kam.', ['Klara Mertens CA Außenminister']],
    ['en', 'President of France Luc Moreau spoke.', ['Luc Moreau FR President']],
    // a party's country
    ['de', 'In Österreich stimmte Ewald Hinterleitner (ÖVP) dagegen.', ['Ewald Hinterleitner AT']],
    ['de', 'In Wien sagte Innenminister Ewald Hinterleitner (ÖVP), Österreich bleibe hart.', ['Ewald Hinterleitner AT Innenminister']],
    ['en', "Britain's Kevin Rowe, the Liberal Democrats' home affairs spokesman, objected.", ['Kevin Rowe GB']],
    ['en', 'In London, Liberal Democrat leader Kevin Rowe objected.', ['Kevin Rowe GB']],
    // a country stated with the role outweighs the party
    ['en', "Austria's Conservative leader Ewald Hinterleitner objected in London.", ['Ewald Hinterleitner AT']],
    // a stated nationality, also two of them; a demonym before the name
    ['en', 'Mr Okafor, who has dual British and Nigerian nationality, was freed.', ['Okafor GB', 'Okafor NG']],
    ['de', 'Der Brite Richard Hallworth gewann das Rennen.', ['Richard Hallworth GB']],
  ])('relate/affiliated_with %s reads "%s"', (lang, text, expected) => {
    expect(affiliations(text, lang).sort()).toEqual(expected.sort());
  });

  it.each<[Language, string, string[]]>([
    // the document's home country: a capital dateline …
    ['de', 'OTTAWA – Die Regierung plant neue Gesetze.\n\nDas twitterte Außenministerin Klara Mertens am Dienstag.', ['Klara Mertens CA Außenministerin']],
    ['de', 'Wien – Bürgermeister Ewald Hinterleitner eröffnete die Brücke.', ['Ewald Hinterleitner AT Bürgermeister']],
    ['de', 'In Österreich wird gewählt. Bürgermeister Kurt Wolf (ÖVP) verhandelt.', ['Kurt Wolf AT Bürgermeister']],
    ['de', 'Wien – Japan und Kanada reden.\n\nKanzler Max Huber sprach mit Japan.', ['Max Huber AT Kanzler']],
    // … or a headline that opens with a country
    ['en', 'Chile plans new mines\n\nMining minister Rafael Montoya told reporters the plan was ready.', ['Rafael Montoya CL Mining minister']],
    // … or, for a national office, the only state the article names (a dateline of another capital is no home then)
    ['de', 'Wien – Die Lage ist ernst. Griechenland ist überfordert. Migrationsminister Yiannis Doukas arbeitet hart.', ['Yiannis Doukas GR Migrationsminister']],
    ['en', 'Peru exports. Peru grows. Peru votes. Agriculture minister Carlos Ruiz spoke.', ['Carlos Ruiz PE Agriculture minister']],
    ['de', 'Die Regierung will sparen. Finanzminister Ewald Hinterleitner verhandelt, in Österreich ein Einzelfall.', ['Ewald Hinterleitner AT Finanzminister']],
    // the countries where an office exists
    ['en', 'Britain and France disagreed.\n\nHome Secretary Gordon Hale said no.', ['Gordon Hale GB Home Secretary']],
    // the person's other sentences decide between the countries of the role's sentence
    [
      'de',
      'Kanada und Japan vereinbarten Reaktoren, die Premierminister Haruto Sakamoto angeordnet hat. Die Regierung von Sakamoto setzt auf japanische Kraftwerke.',
      ['Haruto Sakamoto JP Premierminister'],
    ],
  ])('relate/affiliated_with %s defaults in "%s"', (lang, text, expected) => {
    expect(affiliations(text, lang)).toEqual(expected);
  });

  it.each<[Language, string]>([
    // an analyst or lawyer with no stated country has none, also in a dated article
    ['en', 'LONDON - Analyst Peter Marsh said prices would rise.'],
    ['en', 'His lawyer Louise Farrow said he would sue.'],
    ['en', 'Analyst Ravi Kumar said so.'],
    ['en', 'Peru and Chile talk. Peru and Chile agree. Peru and Chile sign. President Carlos Ruiz spoke.'],
    // how often a country is named proves nothing
    ['en', 'Peru exports to Chile. Peru grows. Peru votes. Agriculture minister Carlos Ruiz spoke.'],
    // an office of an organisation is no state's
    ['de', 'Wien – UN-Sondergesandter Luis de Almeida forderte eine Waffenruhe.'],
    // a country after a place preposition is the place, not the office's country
    ['de', 'Und zum Beispiel in China behielt Konzernchef Tim Baxter recht.'],
    // no home country without a dateline, party or headline; a foreign country in the sentence before blocks it
    ['de', 'Der Minister Gustav Ebner sprach lange.'],
    ['de', 'Wien – Die Lage ist ernst. Griechenland und Italien sind überfordert. Migrationsminister Yiannis Doukas arbeitet hart.'],
    // a party of several countries needs the document's home country
    ['de', 'In der Schweiz und in Deutschland wird gebaut, sagt Landesrat Johannes Lechner (Grüne).'],
    // an agency's dateline is no home when the article is about other states
    ['de', 'Berlin – Panama prüft Konten. Kolumbien ermittelt. Panama ermittelt. In Panama sagte Präsident Juan Ortega nichts. Präsident Juan Ortega schwieg.'],
    // an office of a body known only by its acronym
    ['de', 'Peking – China jubelt. Auch der neue IAAF-Präsident Sebastian Cole dürfte aufatmen.'],
    ['en', 'Japan sells more cars\n\nThe firm grew, Toyota president Hiro Tanaka told reporters.'],
    // a mayor's country goes unsaid in local news: a foreign state named elsewhere is not it
    ['de', 'Die Stadt lädt Gäste aus der Türkei ein. Bürgermeister Alfred Steindl freut sich.'],
    // a guest visiting the home capital is no home office holder
    ['de', 'Moskau – Präsident Omar Haddad habe bei seinem Besuch in Moskau gesprochen.'],
  ])('relate/affiliated_with %s finds none in "%s"', (lang, text) => {
    expect(affiliations(text, lang)).toEqual([]);
  });

  it('relate/affiliated_with: the first affiliation is the person entity\'s country', () => {
    const doc = run('Mr Okafor, who has dual British and Nigerian nationality, was freed.', 'en');
    expect(doc.entities.find((e) => e.type === 'person')?.country).toBe('GB');
  });
});
