/** affiliated_with: person → country from role cues, apposition, nationality, party labels and the home country. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { Language } from '../../src/doc.js';

function affiliations(text: string, language: Language): string[] {
  return extract(text, { language })
    .relations.filter((r) => r.type === 'affiliated_with')
    .map((r) => `${r.source.replace('person:', '')}>${r.target.replace('country:', '')}${r.role ? `:${r.role}` : ''}`)
    .sort();
}

describe('relate.affiliated_with', () => {
  it.each<[Language, string, string[]]>([
    ['de', 'Der US-Außenminister Tom Reed kam an.', ['tom-reed>US:Außenminister']],
    ['de', 'Sie traf ihren japanischen Amtskollegen Taro Yamada.', ['taro-yamada>JP']],
    ['en', 'Venezuelan president Carlos Ruiz spoke.', ['carlos-ruiz>VE:president']],
    ['en', 'UK entrepreneur Ravi Kumar invested.', ['ravi-kumar>GB:entrepreneur']],
    ['en', 'Mr Osei, who has dual British and Ghanaian nationality, was freed.', ['osei>GB', 'osei>GH']],
    ['de', 'In Österreich wird gewählt. Bürgermeister Kurt Wolf (ÖVP) verhandelt.', ['kurt-wolf>AT:Bürgermeister']],
    ['en', 'Analyst Ravi Kumar said so.', []],
    ['de', 'Wien – Japan und Kanada reden.\n\nKanzler Max Huber sprach mit Japan.', ['max-huber>AT:Kanzler']],
    ['en', 'Peru exports. Peru grows. Peru votes. Agriculture minister Carlos Ruiz spoke.', ['carlos-ruiz>PE:Agriculture minister']],
    ['en', 'Peru and Chile talk. Peru and Chile agree. Peru and Chile sign. President Carlos Ruiz spoke.', []],
  ])('relate.affiliated_with: %s %s', (language, text, expected) => {
    expect(affiliations(text, language)).toEqual(expected);
  });
});
