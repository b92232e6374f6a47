/**
 * Countries: every gazetteer hit of a country form becomes a mention keyed `country:XX`.
 * Reads: doc.lookups. Assigns: doc.mentions (country).
 */
import type { Doc } from '../doc.js';
import type { StageContext } from './context.js';

export function recogniseCountries(doc: Doc, _ctx: StageContext): void {
  const { tokens } = doc;
  for (const l of doc.lookups) {
    if (l.entry.cat !== 'country') continue;
    const start = tokens[l.tokenStart].start;
    const end = tokens[l.tokenEnd - 1].end;
    doc.mentions.push({
      type: 'country',
      text: doc.text.slice(start, end),
      start,
      end,
      key: `country:${l.entry.id}`,
      kind: l.entry.kind ?? 'name',
      rule: `country.${l.entry.kind ?? 'name'}`,
      priority: 10,
    });
  }
}
