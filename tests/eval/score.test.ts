/**
 * The scorer pinned on small hand-made gold/prediction pairs: a perfect prediction scores
 * 1.0, and each kind of error lowers exactly the figure it should.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentObject, Entity, Relation } from '../../src/doc.js';
import { parseGold, type Gold } from '../../src/eval/gold.js';
import { aggregate, jaccard, scoreDocument } from '../../src/eval/score.js';

const gold: Gold = parseGold(
  JSON.stringify({
    doc: 'a.txt',
    language: 'de',
    countries: ['CA', 'JP', 'RU', 'UA'],
    people: [{ name: 'Melanie Joly', aliases: ['Joly'] }, { name: 'Yoshimasa Hayashi', aliases: [] }],
    organizations: [{ name: 'NATO', aliases: ['Nordatlantikpakt'] }],
    agreements: [{ name: 'Allgemeines Abkommen über die Sicherheit von Informationen', aliases: ['GSOMIA'] }],
    relations: [
      ['affiliated_with', 'Melanie Joly', 'CA', { role: 'Außenministerin' }],
      ['meets', 'Melanie Joly', 'Yoshimasa Hayashi'],
      ['party_to', 'CA', 'Allgemeines Abkommen über die Sicherheit von Informationen', { status: 'negotiating' }],
      ['conflict_with', 'RU', 'UA'],
    ],
  }),
);

function entity(id: string, name: string, mentions: string[] = [name], code?: string): Entity {
  const type = id.slice(0, id.indexOf(':')) as Entity['type'];
  return { id, type, name, ...(code ? { code } : {}), mentions: mentions.map((text) => ({ text, start: 0, end: text.length })) };
}

function relation(type: Relation['type'], source: string, target: string, extra: Partial<Relation> = {}): Relation {
  return { type, source, target, evidence: { text: '', start: 0, end: 0 }, ...extra };
}

function perfect(): DocumentObject {
  return {
    source: 'a.txt',
    language: 'de',
    entities: [
      entity('country:CA', 'Canada', ['Kanada'], 'CA'),
      entity('country:JP', 'Japan', ['Japan'], 'JP'),
      entity('country:RU', 'Russia', ['Russlands'], 'RU'),
      entity('country:UA', 'Ukraine', ['Ukraine'], 'UA'),
      entity('person:melanie-joly', 'Melanie Joly', ['Melanie Joly', 'Jolys']),
      entity('person:yoshimasa-hayashi', 'Yoshimasa Hayashi'),
      entity('organization:NATO', 'NATO', ['Nato'], 'NATO'),
      entity('agreement:a', 'Allgemeines Abkommen über die Sicherheit von Informationen'),
    ],
    relations: [
      relation('affiliated_with', 'person:melanie-joly', 'country:CA', { role: 'Außenministerin' }),
      relation('meets', 'person:yoshimasa-hayashi', 'person:melanie-joly'),
      relation('party_to', 'country:CA', 'agreement:a', { status: 'negotiating' }),
      relation('conflict_with', 'country:UA', 'country:RU'),
    ],
  };
}

const score = (doc: DocumentObject) => aggregate([scoreDocument(gold, doc)]);

describe('eval/score', () => {
  it('scores a perfect prediction 1.0 everywhere (symmetric relations in either order)', () => {
    const r = score(perfect());
    for (const t of ['country', 'person', 'organization', 'agreement', 'entities', 'relation'] as const) {
      expect(r.byType[t]).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    }
    expect(r.attributes).toEqual({ role: { correct: 1, total: 1 }, status: { correct: 1, total: 1 } });
    expect(r.byLanguage.de.entities.f1).toBe(1);
  });

  it('a missing country lowers only country recall (and the relations that needed it)', () => {
    const doc = perfect();
    doc.entities = doc.entities.filter((e) => e.id !== 'country:JP');
    const r = score(doc);
    expect(r.byType.country).toMatchObject({ precision: 1, recall: 0.75, tp: 3, fn: 1 });
    expect(r.byType.person.f1).toBe(1);
    expect(r.byType.relation.f1).toBe(1);
  });

  it('an extra person lowers only person precision', () => {
    const doc = perfect();
    doc.entities.push(entity('person:kurt-fischer', 'Kurt Fischer'));
    const r = score(doc);
    expect(r.byType.person).toMatchObject({ precision: 0.6667, recall: 1, fp: 1 });
    expect(r.byType.country.f1).toBe(1);
  });

  it('matches a person by alias or possessive mention, an organisation by alias', () => {
    const doc = perfect();
    doc.entities[4] = entity('person:joly', "Joly's", ["Joly's"]);
    doc.entities[6] = entity('organization:x', 'Nordatlantikpakt');
    const r = score(doc);
    expect(r.byType.person.tp).toBe(2);
    expect(r.byType.organization.tp).toBe(1);
  });

  it('matches an agreement by a content-word Jaccard of at least 0.5, not below', () => {
    expect(jaccard('Abkommen über die Sicherheit von Informationen', 'Allgemeines Abkommen über die Sicherheit von Informationen')).toBe(0.75);
    const close = perfect();
    close.entities[7] = entity('agreement:a', 'Abkommen über Sicherheit');
    expect(score(close).byType.agreement.tp).toBe(1);
    const far = perfect();
    far.entities[7] = entity('agreement:a', 'Abkommen über Handel');
    expect(score(far).byType.agreement).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('matches each gold item at most once', () => {
    const doc = perfect();
    doc.entities.push(entity('person:melanie', 'Joly'));
    const r = score(doc);
    expect(r.byType.person).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });

  it('a reversed directed relation does not match; a reversed symmetric one does', () => {
    const doc = perfect();
    doc.relations[0] = relation('affiliated_with', 'country:CA', 'person:melanie-joly', { role: 'Außenministerin' });
    const r = score(doc);
    expect(r.byType.relation).toMatchObject({ tp: 3, fp: 1, fn: 1 });
  });

  it('a wrong role lowers only role accuracy', () => {
    const doc = perfect();
    doc.relations[0] = relation('affiliated_with', 'person:melanie-joly', 'country:CA', { role: 'Premierministerin' });
    const r = score(doc);
    expect(r.byType.relation.f1).toBe(1);
    expect(r.attributes.role).toEqual({ correct: 0, total: 1 });
    expect(r.attributes.status).toEqual({ correct: 1, total: 1 });
  });

  it('micro-averages: counts are summed over documents before dividing', () => {
    const empty: DocumentObject = { source: 'b', language: 'en', entities: [], relations: [] };
    const r = aggregate([scoreDocument(gold, perfect()), scoreDocument({ ...gold, language: 'en' }, empty)]);
    expect(r.byType.country).toMatchObject({ tp: 4, fn: 4, recall: 0.5 });
    expect(r.byLanguage.en.country.recall).toBe(0);
    expect(r.documents).toBe(2);
  });
});

describe('eval/gold', () => {
  it.each([
    ['{', /invalid JSON/],
    ['{"doc":"a.txt","language":"fr"}', /"language"/],
    ['{"doc":"a.txt","language":"de","relations":[["likes","CA","JP"]]}', /unknown relation type 'likes'/],
    ['{"doc":"a.txt","language":"de","countries":["CA"],"relations":[["conflict_with","CA","JP"]]}', /'JP' names nothing/],
  ])('rejects %s', (content, message) => {
    expect(() => parseGold(content)).toThrow(message);
  });
});
