/** 8-format/summary: counts over a run, top entities by number of documents (not mentions). */
import { describe, expect, it } from 'vitest';
import { SummaryCollector, summaryText } from '../../src/8-format/summary.js';
import type { DocumentObject } from '../../src/doc.js';

const entity = (id: string, type: string, name: string) => ({ id, type, name, mentions: [] }) as never;
const relation = (type: string) => ({ type, source: 'a', target: 'b', evidence: {} }) as never;

const docs: DocumentObject[] = [
  { source: 'a', language: 'en', entities: [entity('country:JP', 'country', 'Japan'), entity('country:CA', 'country', 'Canada')], relations: [relation('meets')] },
  { source: 'b', language: 'de', entities: [entity('country:CA', 'country', 'Kanada'), entity('person:x', 'person', 'Ann Example')], relations: [relation('meets'), relation('member_of')] },
  { source: 'c', language: null, entities: [], relations: [], error: 'No such file' },
];

describe('8-format/summary', () => {
  const s = new SummaryCollector();
  for (const d of docs) s.add(d);
  const r = s.result();

  it.each([
    ['documents', r.documents, 3],
    ['errors', r.errors, 1],
    ['countries', r.entities.country, 3],
    ['people', r.entities.person, 1],
    ['meets', r.relations.meets, 2],
    ['member_of', r.relations.member_of, 1],
  ])('summary: counts %s', (_name, got, want) => {
    expect(got).toBe(want);
  });

  it('summary: top countries are ranked by the number of documents they occur in', () => {
    expect(r.top.country!.map((e) => [e.id, e.documents])).toEqual([
      ['country:CA', 2],
      ['country:JP', 1],
    ]);
    expect(r.top.agreement).toEqual([]);
  });

  it('summary: the text form names each block and count', () => {
    const text = summaryText(r);
    expect(text).toMatch(/^ {2}documents {2}3$/m);
    expect(text).toMatch(/^Top country \(documents\)\n {2}Canada {2}2$/m);
  });
});
