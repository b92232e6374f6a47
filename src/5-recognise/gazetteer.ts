/**
 * User gazetteer entries for people and agreements (`--gazetteer`): each hit becomes a mention
 * with the entry's canonical name. Countries and organisations from user gazetteers need no stage
 * of their own: they share the country and organisation recognisers.
 * Reads: doc.lookups. Assigns: doc.mentions (person, agreement).
 */
import type { Doc } from '../doc.js';
import { slug } from '../match/normalize.js';
import type { StageContext } from './context.js';

export function recogniseGazetteerEntries(doc: Doc, _ctx: StageContext): void {
  const { tokens } = doc;
  for (const l of doc.lookups) {
    const { cat } = l.entry;
    if (cat !== 'person' && cat !== 'agreement') continue;
    const start = tokens[l.tokenStart].start;
    const end = tokens[l.tokenEnd - 1].end;
    const name = l.entry.name ?? doc.text.slice(start, end);
    doc.mentions.push({
      type: cat,
      text: doc.text.slice(start, end),
      start,
      end,
      key: `${cat}:${slug(name)}`,
      kind: 'name',
      rule: `${cat}.user-gazetteer`,
      priority: 30,
      attrs: { canonical: name },
    });
  }
}
