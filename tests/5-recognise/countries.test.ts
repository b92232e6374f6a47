/**
 * Country recognition: the forms news writes (names, inflections, demonyms, capitals, short forms)
 * and the readings a careful reader rejects (company names, US states, rivers, common nouns,
 * people, the pronoun `us`). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { Language } from '../../src/doc.js';

function countries(text: string, language: Language): string[] {
  return extract(text, { language, types: ['country'] })
    .entities.map((e) => e.code ?? '')
    .sort();
}

function mentionTexts(text: string, language: Language): string[] {
  return extract(text, { language, types: ['country'] }).entities.flatMap((e) => e.mentions.map((m) => m.text));
}

describe('recognise.countries: forms', () => {
  it.each<[Language, string, string[]]>([
    ['de', 'Kanadas Regierung und die Japans trafen sich.', ['CA', 'JP']],
    ['de', 'Der Präsident der Vereinigten Staaten reiste ab.', ['US']],
    ['de', 'Im Vereinigten Königreich wird gewählt.', ['GB']],
    ['de', 'Die Vereinigten Arabischen Emirate und Russlands Präsident.', ['AE', 'RU']],
    ['de', 'Der japanische Außenminister sprach mit dem kanadischen Botschafter.', ['CA', 'JP']],
    ['de', 'Die Briten und die Franzosen stimmten zu.', ['FR', 'GB']],
    ['de', 'Der US-Außenminister flog nach Peking und Tokio.', ['CN', 'JP', 'US']],
    ['de', 'In Norddeutschland regnet es, in Moskau schneit es.', ['DE', 'RU']],
    ['de', 'Südkorea und Nordkorea verhandeln über Holland.', ['KP', 'KR', 'NL']],
    ['de', 'Weißrussland und die Türkei sind Nachbarn der Ukraine.', ['BY', 'TR', 'UA']],
    ['en', 'Canadian and British officials met the French in Ottawa.', ['CA', 'FR', 'GB']],
    ['en', 'The U.S. and the UK back Russia talks in Beijing.', ['CN', 'GB', 'RU', 'US']],
    ['en', 'England, Scotland, Wales and Northern Ireland voted.', ['GB']],
    ['en', 'Britain and Great Britain are one country, as are the USA.', ['GB', 'US']],
    ['en', 'Americans and Japanese travel to Tokyo and Moscow.', ['JP', 'RU', 'US']],
    ['en', 'Washington said it would not send troops.', ['US']],
    ['en', 'Protests spread in Cairo.', ['EG']],
  ])('%s: %s', (lang, text, expected) => {
    expect(countries(text, lang)).toEqual(expected);
  });

  it('gives each country entity its codes and names in both languages', () => {
    const [china] = extract('Die Volksrepublik China wächst.', { language: 'de', types: ['country'] }).entities;
    expect(china).toMatchObject({ id: 'country:CN', code: 'CN', alpha3: 'CHN', name: 'China', nameEn: 'China', nameDe: 'China' });
    const [us] = extract('The United States of America voted.', { language: 'en', types: ['country'] }).entities;
    expect(us).toMatchObject({ code: 'US', alpha3: 'USA', name: 'United States' });
    const [ru] = extract('The Russian Federation voted.', { language: 'en', types: ['country'] }).entities;
    expect(ru.name).toBe('Russia');
    const [tr] = extract('Türkiye voted.', { language: 'en', types: ['country'] }).entities;
    expect(tr).toMatchObject({ code: 'TR', name: 'Turkey', nameDe: 'Türkei' });
  });

  it.each<[Language, string, string]>([
    ['en', 'Canada agreed.', 'name'],
    ['en', 'The US agreed.', 'abbreviation'],
    ['en', 'Canadian officials agreed.', 'demonym'],
    ['en', 'Ottawa agreed.', 'capital'],
  ])('marks the mention kind: %s %s → %s', (lang, text, kind) => {
    const doc = extract(text, { language: lang, types: ['country'], explain: true });
    expect(doc.entities[0].mentions[0].kind).toBe(kind);
  });
});

describe('recognise.countries: ambiguity', () => {
  it.each<[Language, string, string[]]>([
    // us / US
    ['en', 'Join us for dinner, the minister told us.', []],
    ['en', 'LET US KNOW WHAT YOU THINK', []],
    ['en', 'THE US AND CHINA RESUME TALKS', ['CN', 'US']],
    ['en', 'The US imposed tariffs.', ['US']],
    // Georgia
    ['en', 'He was born in Atlanta, Georgia, in 1970.', []],
    ["en", "Georgia's governor signed the bill.", []],
    ['en', 'Georgia applied to join the EU, officials in Tbilisi said.', ['GE']],
    // Jordan, Chad, Niger
    ['en', 'Michael Jordan won six titles.', []],
    ['en', 'Jordan Peterson gave a lecture.', []],
    ['en', 'Michael Jordan met Jordan Peterson.', []],
    ['en', 'Jordan Closes Border With Syria', ['JO', 'SY']],
    ['en', 'Pilgrims were baptised in the River Jordan.', []],
    ['en', 'Jordan and Egypt signed a treaty.', ['EG', 'JO']],
    ['en', 'Chad Smith played the drums.', []],
    ['en', 'Chad closed its border with Sudan.', ['SD', 'TD']],
    ['en', 'Oil spills pollute the Niger Delta.', []],
    ['en', 'Niger expelled the ambassador.', ['NE']],
    // Turkey, China, Guinea
    ['en', 'We ate roast turkey and fine china.', []],
    ['en', 'Turkey sandwiches were served.', []],
    ['en', 'Turkey and China signed a deal.', ['CN', 'TR']],
    ['en', 'The guinea pig escaped. Guinea pigs are popular pets.', []],
    ['en', 'Guinea held elections.', ['GN']],
    // Washington
    ['en', 'George Washington crossed the Delaware.', []],
    ['en', 'Denzel Washington won an Oscar.', []],
    ['en', 'Wildfires hit Washington state.', []],
    // country words inside other names
    ['de', 'Die Deutsche Bank und die Deutsche Welle berichten.', []],
    ['en', 'Japan Airlines and Air India cut flights; the Bank of England held rates.', []],
    ['de', 'Die Bank Austria meldet Gewinne.', []],
    ['en', 'The Islamic State of Iraq and Syria claimed the attack.', []],
    ['en', 'Papua New Guinea is not New Guinea.', ['PG']],
    // regions and US states are no countries
    ['de', 'Das Baltikum und Nahost liegen in Europa.', []],
    ['en', 'The Middle East and Europe; Texas and California.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(countries(text, lang)).toEqual(expected);
  });

  it('keeps German capitalisation from proving a proper name: lower-case demonyms count', () => {
    expect(countries('Die deutsche Regierung und deutsche Banken.', 'de')).toEqual(['DE']);
  });

  it('reads Brussels as the EU in an article that names the EU, but `in Brüssel` as Belgium', () => {
    expect(countries('Brussels wants the European Union to cut charges.', 'en')).toEqual([]);
    expect(countries('Die EU-Minister trafen sich in Brüssel.', 'de')).toEqual(['BE']);
  });

  it('reports mention offsets that slice the text', () => {
    const text = 'Nach Kanadas Wahl sprach der US-Präsident.';
    for (const m of extract(text, { language: 'de' }).entities.flatMap((e) => e.mentions)) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(mentionTexts(text, 'de')).toEqual(['Kanadas', 'US']);
  });
});

describe('recognise.countries: language names and English homographs', () => {
  it.each<[Language, string, string[]]>([
    ['en', 'The report was written in German.', []],
    ['en', 'She speaks Spanish and English fluently.', []],
    ['en', 'German officials met in German cities.', ['DE']],
    ['de', 'Der Sturm erreichte Padre Island und Rhode Island.', []],
    ['de', 'Island und Norwegen verhandeln.', ['IS', 'NO']],
  ])('%s: %s', (lang, text, expected) => {
    expect(countries(text, lang)).toEqual(expected);
  });
});

describe('recognise.countries: regions and seas named after a country', () => {
  it.each<[Language, string, string[]]>([
    ['en', 'Latin American and North American leaders; an African-American author.', []],
    ['en', 'Ships crossed the Indian Ocean and the South China Sea to the Gulf of Mexico.', []],
    ['de', 'Schiffe im Indischen Ozean und im Südchinesischen Meer.', []],
    ['en', 'Police found a Georgia pond empty.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(countries(text, lang)).toEqual(expected);
  });
});

describe('recognise.countries: German compounds and stems', () => {
  it.each<[Language, string, string[]]>([
    ['de', 'Die deutsch-französische Freundschaft und ein Deutsch-Kanadier.', ['CA', 'DE', 'FR']],
    ['de', 'Er spricht fließend Deutsch.', []],
    ['de', 'Die Geschichte Griechenlandes und die englischen Fans.', ['GB', 'GR']],
    ['de', 'Er brannte eine CD-ROM mit ROM-Speicher.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(countries(text, lang)).toEqual(expected);
  });
});

describe('recognise.countries: idioms', () => {
  it.each<[Language, string, string[]]>([
    ['en', 'We had French fries, Brussels sprouts, Brazil nuts and a Danish pastry.', []],
    ['en', 'French and Danish ministers met in Brussels.', ['BE', 'DK', 'FR']],
    ['en', 'English fans sang; the English Channel was calm.', ['GB']],
  ])('%s: %s', (lang, text, expected) => {
    expect(countries(text, lang)).toEqual(expected);
  });
});

describe('recognise.countries: continents named after America', () => {
  it.each<[Language, string, string[]]>([
    ['en', 'Trade with Latin America, South America and North America grew.', []],
    ['de', 'Der Handel mit Lateinamerika, Südamerika und Nordamerika wuchs.', []],
    ['en', 'America and South Korea agreed.', ['KR', 'US']],
    ['en', 'Floods hit North Wales and South Wales.', ['GB']],
  ])('%s: %s', (lang, text, expected) => {
    expect(countries(text, lang)).toEqual(expected);
  });
});

describe('recognise.countries: German adjectives inside names', () => {
  it.each<[Language, string, string[]]>([
    ['de', 'Laut der Deutschen Presse-Agentur vertraut die Deutsche Flugsicherung der Hochschule.', []],
    ['de', 'Deutsche Firmen und die deutsche Regierung.', ['DE']],
    ['de', 'Es gewann die Deutsche Angelique Kerber.', ['DE']],
    ['en', 'Floods in Lower Austria and Upper Austria; Austria responds.', ['AT']],
    ['en', 'The Frenchman and two Swedes met a Spaniard.', ['ES', 'FR', 'SE']],
  ])('%s: %s', (lang, text, expected) => {
    expect(countries(text, lang)).toEqual(expected);
  });
});

describe('recognise.countries: names across line breaks and first names at the start', () => {
  it.each<[Language, string, string[]]>([
    ['en', 'He met Joe\nUkraine was next.', ['UA']],
    ['en', 'Will China respond? Mark Canada down.', ['CA', 'CN']],
    ['en', 'Denzel\nWashington said no.', ['US']],
  ])('%s: %j', (lang, text, expected) => {
    expect(countries(text, lang)).toEqual(expected);
  });
});
