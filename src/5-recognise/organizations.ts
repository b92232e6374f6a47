/**
 * International organisations: gazetteer hits keyed `organization:<id>`.
 * Reads: doc.lookups. Assigns: doc.mentions (organization).
 */
import type { Doc } from '../doc.js';
import type { StageContext } from './context.js';

export function recogniseOrganizations(doc: Doc, _ctx: StageContext): void {
  const { tokens } = doc;
  for (const l of doc.lookups) {
    if (l.entry.cat !== 'organization') continue;
    const start = tokens[l.tokenStart].start;
    const end = tokens[l.tokenEnd - 1].end;
    doc.mentions.push({
      type: 'organization',
      text: doc.text.slice(start, end),
      start,
      end,
      key: `organization:${l.entry.id}`,
      kind: l.entry.kind ?? 'name',
      rule: 'organization.gazetteer',
      priority: 20,
    });
  }
}
