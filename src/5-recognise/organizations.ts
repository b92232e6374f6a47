/**
 * International organisations: gazetteer hits keyed `organization:<id>`. Acronyms match in their
 * exact case (`WHO`, not `who`; checked in lookup), names only when capitalised (`Quad`, not `quad`),
 * and a contextual form (`Commission`, `Sicherheitsrat`) only in a document that also names its
 * parent (`EU`, `European Commission`; `UN`).
 * Reads: doc.lookups. Assigns: doc.mentions (organization).
 */
import type { Doc, Lookup } from '../doc.js';
import { isAllCaps, isCapitalized } from '../4-segment/tokens.js';
import type { StageContext } from './context.js';

export function recogniseOrganizations(doc: Doc, _ctx: StageContext): void {
  const hits = doc.lookups.filter((l) => l.entry.cat === 'organization' && writtenAsName(doc, l));
  const named = new Set(hits.filter((l) => l.entry.context === undefined).map((l) => l.entry.id));
  for (const l of hits) {
    const context = l.entry.context;
    if (context !== undefined && !named.has(context) && !named.has(l.entry.id)) continue;
    const { tokens } = doc;
    const start = tokens[l.tokenStart].start;
    const end = tokens[l.tokenEnd - 1].end;
    doc.mentions.push({
      type: 'organization',
      text: doc.text.slice(start, end),
      start,
      end,
      key: `organization:${l.entry.id}`,
      kind: l.entry.kind ?? 'name',
      rule: context !== undefined ? 'organization.contextual' : 'organization.gazetteer',
      priority: 20,
    });
  }
}

/** `Quad` and `Weltbank` are names; `quad bike` is not. */
function writtenAsName(doc: Doc, l: Lookup): boolean {
  if (!l.entry.proper) return true;
  const first = doc.tokens[l.tokenStart];
  return isCapitalized(first) || isAllCaps(first);
}
