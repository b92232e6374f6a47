/**
 * What the graph formats (dot, mermaid) share: which entities become nodes (those that take
 * part in a relation), how each entity type looks, and which relation types are drawn without
 * an arrow (the symmetric ones).
 */
import { SYMMETRIC_RELATIONS, type DocumentObject, type Entity, type EntityType, type RelationType } from '../doc.js';

/** Look of a node per entity type: Graphviz shape and fill colour (Mermaid reuses the colours). */
export const NODE_STYLE: Record<EntityType, { shape: string; fill: string }> = {
  country: { shape: 'ellipse', fill: '#a6d8f0' },
  person: { shape: 'box', fill: '#b8e6b0' },
  agreement: { shape: 'note', fill: '#f7e08b' },
  organization: { shape: 'hexagon', fill: '#e3b5e8' },
};

export function isSymmetric(type: RelationType): boolean {
  return SYMMETRIC_RELATIONS.has(type);
}

/** The entities that take part in a relation, in entity order: the nodes of a document's graph. */
export function graphNodes(doc: DocumentObject): Entity[] {
  const used = new Set<string>();
  for (const r of doc.relations) {
    used.add(r.source);
    used.add(r.target);
  }
  return doc.entities.filter((e) => used.has(e.id));
}

/** A node's label: `Canada (CA)` for countries, the name otherwise. */
export function nodeLabel(e: Entity): string {
  return e.type === 'country' && e.code ? `${e.name} (${e.code})` : e.name;
}

/** An edge's label: the relation type, with the role or status where given (`party_to: signed`). */
export function edgeLabel(r: { type: RelationType; role?: string; status?: string }): string {
  const attr = r.status ?? r.role;
  return attr ? `${r.type}: ${attr}` : r.type;
}
