/**
 * Relate stage: sentence-level rules over the resolved mentions. Each rule reads the
 * mentions of one sentence (and the entities they belong to) and adds typed relations with
 * the sentence as evidence. Relations are deduplicated by type and ends (either order for
 * symmetric types); the first evidence is kept.
 * Reads: doc.mentions, doc.entities, doc.sentences. Assigns: doc.relations, person country.
 */
import { SYMMETRIC_RELATIONS, type Doc, type Mention, type Relation, type Sentence } from '../doc.js';
import type { StageContext } from '../5-recognise/context.js';
import { RELATION_RULES } from './rules.js';

/** What a relation rule sees: one sentence, its mentions and its words. */
export interface SentenceView {
  doc: Doc;
  sentence: Sentence;
  index: number;
  mentions: Mention[];
  /** lower-cased tokens of the sentence */
  words: string[];
  /** mentions of the whole document (for antecedents before this sentence) */
  previous: Mention[];
}

export type RelationRule = (view: SentenceView, emit: (r: Omit<Relation, 'evidence'>) => void) => void;

export function relate(doc: Doc, ctx: StageContext): void {
  const keys = new Set(doc.entities.map((e) => e.id));
  const mentions = doc.mentions.filter((m) => keys.has(m.key));
  const seen = new Set<string>();
  const relations: Relation[] = [];
  let mi = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si];
    while (mi < mentions.length && mentions[mi].start < sentence.start) mi++;
    let mj = mi;
    while (mj < mentions.length && mentions[mj].end <= sentence.end) mj++;
    const inSentence = mentions.slice(mi, mj);
    if (inSentence.length === 0) continue;
    const words = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t) => t.lower);
    const before = mi;
    // `previous` is copied only for the rules that ask for it: a copy per sentence is quadratic
    const view: SentenceView = { doc, sentence, index: si, mentions: inSentence, words, get previous() { return mentions.slice(0, before); } };
    const evidence = { text: doc.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
    for (const rule of RELATION_RULES) {
      rule(view, (r) => {
        if (r.source === r.target || !keys.has(r.source) || !keys.has(r.target)) return;
        const key = relationKey(r.type, r.source, r.target);
        if (seen.has(key)) return;
        seen.add(key);
        relations.push({ ...r, evidence });
      });
    }
  }
  doc.relations = relations.filter((r) => ctx.types.has(typeOf(r.source)) && ctx.types.has(typeOf(r.target)));
  applyAffiliations(doc);
}

function relationKey(type: Relation['type'], a: string, b: string): string {
  if (SYMMETRIC_RELATIONS.has(type) && b < a) [a, b] = [b, a];
  return `${type}\u0000${a}\u0000${b}`;
}

function typeOf(id: string): 'country' | 'person' | 'agreement' | 'organization' {
  return id.slice(0, id.indexOf(':')) as 'country';
}

/** A person's first affiliation also goes on the entity, as `country` (spec example). */
function applyAffiliations(doc: Doc): void {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  for (const r of doc.relations) {
    if (r.type !== 'affiliated_with') continue;
    const person = byId.get(r.source);
    if (person && person.country === undefined) person.country = r.target.slice('country:'.length);
  }
}
