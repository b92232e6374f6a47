/** Organisation recognition: names and acronyms in both languages, exact-case acronyms, prefixed compounds, contextual aliases. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { Language } from '../../src/doc.js';

function organizations(text: string, language: Language): string[] {
  return extract(text, { language, types: ['organization'] })
    .entities.map((e) => e.id.slice('organization:'.length))
    .sort();
}

describe('recognise.organizations', () => {
  it.each<[Language, string, string[]]>([
    ['de', 'Die EU-Kommission und das Europäische Parlament stritten.', ['EU_COMMISSION', 'EU_PARLIAMENT']],
    ['de', 'Die EZB und der Europäische Gerichtshof entschieden.', ['ECB', 'ECJ']],
    ['en', 'The ECB and the European Court of Justice ruled; the Council of the EU met.', ['ECB', 'ECJ', 'EU_COUNCIL']],
    ['de', 'Der UN-Sicherheitsrat und die UN-Vollversammlung tagten.', ['UN_GENERAL_ASSEMBLY', 'UN_SECURITY_COUNCIL']],
    ['de', 'Das UN-Flüchtlingshochkommissariat UNHCR und das World Food Programm helfen.', ['UNHCR', 'WFP']],
    ['en', 'UNICEF, UNESCO, the WHO and the IAEA issued a statement.', ['IAEA', 'UNESCO', 'UNICEF', 'WHO']],
    ['de', 'Die IAEO und die Weltbank warnten den IWF.', ['IAEA', 'IMF', 'WORLD_BANK']],
    ['de', 'NATO, OSZE und die Afrikanische Union sowie die Arabische Liga.', ['ARAB_LEAGUE', 'AU', 'NATO', 'OSCE']],
    ['en', 'The Council of Europe, Five Eyes, AUKUS, the Quad and BRICS.', ['AUKUS', 'BRICS', 'COUNCIL_OF_EUROPE', 'FIVE_EYES', 'QUAD']],
    ['de', 'Die G7, die G20, die GUS und der Mercosur.', ['CIS', 'G20', 'G7', 'MERCOSUR']],
    ['en', 'Interpol, the SCO, EFTA and the eurozone.', ['EFTA', 'EUROZONE', 'INTERPOL', 'SCO']],
    ['de', 'Die Vereinten Nationen und die Europäische Union.', ['EU', 'UN']],
    ['de', 'Die Mitglieder der Europäischen Union und der Vereinten Nationen.', ['EU', 'UN']],
    // acronyms match in their own case only
    ['en', 'Who decides? The who and the un-known.', []],
    ['en', 'He rode a quad bike.', []],
    // prefixed compounds: `EU-Staaten`, `UN-Organisationen`, `NATO-Gipfel`
    ['de', 'Die EU-Staaten, UN-Organisationen und der NATO-Gipfel.', ['EU', 'NATO', 'UN']],
  ])('%s: %s', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });

  it('recognise.organizations: `Commission` alone is the European Commission only after the EU is named', () => {
    expect(organizations('The Commission will decide.', 'en')).toEqual([]);
    expect(organizations('The European Union has spoken. The Commission will decide.', 'en')).toEqual(['EU', 'EU_COMMISSION']);
    expect(organizations('Die Kommission entscheidet. Die EU wartet.', 'de')).toEqual(['EU', 'EU_COMMISSION']);
  });

  it('recognise.organizations: the entity carries the canonical name and acronym', () => {
    const [nato] = extract('Die Nato tagt.', { language: 'de', types: ['organization'] }).entities;
    expect(nato).toMatchObject({ name: 'NATO', code: 'NATO', nameEn: 'North Atlantic Treaty Organization' });
  });

  it('recognise.organizations: a country inside an organisation name is no country mention', () => {
    const doc = extract('The Organization of American States met.', { language: 'en' });
    expect(doc.entities.map((e) => e.id)).toEqual(['organization:OAS']);
  });
});

describe('recognise.organizations: contextual forms inside other names', () => {
  it.each<[Language, string, string[]]>([
    ['en', 'The EU spoke. He filed papers with the Federal Election Commission.', ['EU']],
    ['en', 'The EU spoke. The Commission on Human Rights met.', ['EU']],
    ['de', 'Die EU tagte. Die Ethik-Kommission tagte auch.', ['EU']],
    ['de', 'Die EU tagte. Die Kommission legte einen Plan vor.', ['EU', 'EU_COMMISSION']],
  ])('%s: %s', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});

describe('recognise.organizations: acronyms that are words', () => {
  it.each<[Language, string, string[]]>([
    ['en', 'WHO IS TO BLAME FOR THE CRISIS', []],
    ['en', 'The WHO warned of a new wave.', ['WHO']],
    ['en', 'WHO WARNS OF NEW WAVE', ['WHO']],
  ])('%s: %s', (lang, text, expected) => {
    expect(organizations(text, lang)).toEqual(expected);
  });
});
