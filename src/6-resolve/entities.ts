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
  // in order of first mention, as the map holds them (listed as made: no copy out of the map)
  const entities: Entity[] = [];
  for (const m of doc.mentions) {
    if (m.key === '' || !ctx.types.has(m.type)) continue;
    let e = byKey.get(m.key);
    if (e === undefined) {
      e = newEntity(m, ctx);
      byKey.set(m.key, e);
      entities.push(e);
    }
    e.mentions.push({ text: m.text, start: m.start, end: m.end, kind: m.kind, rule: m.rule });
    if (m.type === 'person') addRole(e, m);
  }
  doc.entities = entities;
}

/** A person mention's role joins its entity's roles (each once, in order of first mention). */
function addRole(e: Entity, m: Mention): void {
  // (the role is read once: mentions' attrs have many shapes, each read is a polymorphic look-up)
  const role = m.attrs?.role;
  if (role && !e.roles?.includes(role)) (e.roles ??= []).push(role);
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
