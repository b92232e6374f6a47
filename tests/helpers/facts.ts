/** Small views of a document object for fact-style assertions: entity names and relation triples. */
import { extract } from '../../src/index.js';
import type { DocumentObject, Language } from '../../src/index.js';

export function run(text: string, language: Language): DocumentObject {
  return extract(text, { language, source: 'test' });
}

/** Names of the entities of one type. */
export function names(doc: DocumentObject, type: string): string[] {
  return doc.entities.filter((e) => e.type === type).map((e) => e.name);
}

/** Relations as `type source target [status]` strings, ends by country code or entity name. */
export function triples(doc: DocumentObject, type?: string): string[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e.type === 'country' ? e.code! : e.name]));
  return doc.relations
    .filter((r) => type === undefined || r.type === type)
    .map((r) => [r.type, byId.get(r.source), byId.get(r.target), r.status ?? ''].join(' ').trim());
}
