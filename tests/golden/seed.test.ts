/**
 * Golden test: the seed article against its gold facts (shared/eval/dev), never a snapshot
 * of our own output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { expectContract } from '../helpers/contract.js';

const SEED = new URL('../../seeds/000_9912798c27e5045e.txt', import.meta.url);
const GOLD = new URL('../../../shared/eval/dev/000_9912798c27e5045e.json', import.meta.url);

describe('golden/seed', () => {
  const text = readFileSync(SEED, 'utf8');
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as {
    countries: string[];
    people: { name: string }[];
    organizations: { name: string }[];
    relations: [string, string, string, Record<string, string>?][];
  };
  const doc = extract(text, { source: 'seed' });

  it('keeps the output contract', () => expectContract(doc, text));

  it('is German', () => expect(doc.language).toBe('de'));

  it('finds exactly the gold countries', () => {
    const codes = doc.entities.filter((e) => e.type === 'country').map((e) => e.code);
    expect(new Set(codes)).toEqual(new Set(gold.countries));
  });

  it('finds the gold people and organisations', () => {
    const names = doc.entities.map((e) => e.name);
    for (const p of gold.people) expect(names).toContain(p.name);
    for (const o of gold.organizations) expect(names).toContain(o.name);
  });

  it('finds all five relation types', () => {
    const types = new Set(doc.relations.map((r) => r.type));
    expect(types).toEqual(new Set(['affiliated_with', 'meets', 'party_to', 'member_of', 'conflict_with']));
  });

  it('reads Russia against Ukraine as a conflict', () => {
    expect(doc.relations).toContainEqual(expect.objectContaining({ type: 'conflict_with', source: 'country:RU', target: 'country:UA' }));
  });

  it('produces nothing from scraping boilerplate', () => {
    for (const e of doc.entities) for (const m of e.mentions) expect(m.text).not.toMatch(/Inhalt|Source link/);
  });
});
