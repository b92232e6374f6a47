/** User gazetteers: parsing JSONL and TSV, errors naming file and line, and entries that extend the lexicon. */
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../../src/lexicon/gazetteer.js';
import { extract } from '../../src/index.js';

describe('lexicon: user gazetteers', () => {
  it('lexicon: reads JSONL lines', () => {
    const [e] = parseGazetteer('{"type":"organization","name":"Quad","aliases":["Quadrilateral Security Dialogue"],"lang":["de","en"]}\n', 'g.jsonl');
    expect(e).toMatchObject({ cat: 'organization', name: 'Quad', forms: ['Quad', 'Quadrilateral Security Dialogue'], lang: ['de', 'en'] });
  });

  it('lexicon: reads TSV with the same fields (header and comments skipped)', () => {
    const text = 'type\tname\taliases\tlang\tcode\n# ours\norganization\tFooland Union\tFU Council|Foo Union\ten\tFOU\ncountry\tNarnia\tNarnian\t\tNA\n';
    const entries = parseGazetteer(text, 'g.tsv');
    expect(entries.map((e) => [e.cat, e.id, e.forms])).toEqual([
      ['organization', 'FOU', ['Fooland Union', 'FU Council', 'Foo Union', 'FOU']],
      ['country', 'NA', ['Narnia', 'Narnian']],
    ]);
  });

  it.each([
    ['{"type":"organization"', 'g.jsonl:2: not valid JSON'],
    ['{"type":"company","name":"Acme"}', "g.jsonl:2: unknown type 'company'"],
    ['{"type":"organization"}', "g.jsonl:2: missing 'name'"],
    ['{"type":"organization","name":"X","aliases":"Y"}', "g.jsonl:2: 'aliases' must be a list of strings"],
    ['{"type":"organization","name":"X","lang":["fr"]}', "g.jsonl:2: 'lang' must be de, en or both"],
    ['{"type":"country","name":"Narnia"}', "g.jsonl:2: a country needs a 'code'"],
  ])('lexicon: a bad line is an error naming file and line: %s', (line, message) => {
    expect(() => parseGazetteer(`{"type":"person","name":"Jane Roe"}\n${line}\n`, 'g.jsonl')).toThrow(message);
  });

  it('lexicon: entries extend the lexicon of any type', () => {
    const gazetteer = parseGazetteer(
      [
        '{"type":"organization","name":"Fooland Union","code":"FOU"}',
        '{"type":"country","name":"Kanada","aliases":["Ahornland"],"code":"CA","lang":["de"]}',
        '{"type":"person","name":"Jane Roe"}',
      ].join('\n'),
      'g.jsonl',
    );
    const doc = extract('Das Ahornland trat der FOU bei, sagte Jane Roe.', { language: 'de', gazetteer, gazetteerKey: 'test-1' });
    expect(doc.entities.map((e) => e.id).sort()).toEqual(['country:CA', 'organization:FOU', 'person:jane-roe']);
  });

  it('lexicon: a user entry for a known organisation extends it instead of adding a second one', () => {
    const gazetteer = parseGazetteer('{"type":"organization","name":"Quad","aliases":["Quad-Gruppe"]}', 'g.jsonl');
    const doc = extract('Die Quad-Gruppe und der Quad tagten.', { language: 'de', gazetteer, gazetteerKey: 'test-2' });
    expect(doc.entities.filter((e) => e.type === 'organization').map((e) => e.id)).toEqual(['organization:QUAD']);
  });
});
