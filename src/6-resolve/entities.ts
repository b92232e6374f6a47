/**
 * Resolve: joins mentions into entities. Countries and organisations group by their
 * lexicon key; people by name (surname-only and possessive mentions join the full name,
 * the orthographic matcher of ANNIE); agreements by head noun coreference (`der Pakt` joins
 * the last agreement with that head). Ids are canonical and stable: `country:CA`,
 * `person:melanie-joly`.
 * Reads: doc.mentions. Assigns: mention keys, doc.entities.
 */
import type { Doc, Entity, Mention } from '../doc.js';
import type { StageContext } from '../5-recognise/context.js';
import { joinAgreements } from './agreements.js';
import { joinPeople } from './people.js';

export function resolveEntities(doc: Doc, ctx: StageContext): void {
  joinPeople(doc);
  joinAgreements(doc);
  const byKey = new Map<string, Entity>();
  for (const m of doc.mentions) {
    if (!ctx.types.has(m.type) || m.key === '') continue;
    let e = byKey.get(m.key);
    if (e === undefined) {
      e = newEntity(m, ctx);
      byKey.set(m.key, e);
    }
    e.mentions.push({ text: m.text, start: m.start, end: m.end, kind: m.kind, rule: m.rule });
    if (m.type === 'person' && m.attrs?.role && !e.roles?.includes(m.attrs.role)) (e.roles ??= []).push(m.attrs.role);
  }
  doc.entities = [...byKey.values()];
}

function newEntity(m: Mention, ctx: StageContext): Entity {
  const id = m.key;
  switch (m.type) {
    case 'country': {
      const code = id.slice('country:'.length);
      const info = ctx.lexicon.countries.get(code);
      const name = info?.en ?? code;
      return { id, type: 'country', name, code, alpha3: info?.alpha3, nameEn: info?.en, nameDe: info?.de, mentions: [] };
    }
    case 'organization': {
      const info = ctx.lexicon.organizations.get(id.slice('organization:'.length));
      return { id, type: 'organization', name: info?.name ?? m.text, code: info?.code, nameDe: info?.nameDe, nameEn: info?.nameEn, mentions: [] };
    }
    default:
      return { id, type: m.type, name: m.attrs?.canonical ?? m.text, mentions: [] };
  }
}
