/**
 * Relate stage: sentence-level rules over the resolved mentions. Each rule reads the
 * mentions of one sentence (and the entities they belong to) and adds typed relations with
 * the sentence as evidence. Affiliation rules run over the whole document first, so that the
 * other rules can let a person stand for their country (`Joly … verabschiedete einen
 * Aktionsplan` makes Canada a party). Relations are deduplicated by type and ends (either
 * order for symmetric types); the first evidence is kept, a later status fills a missing one.
 * Last, agreements with no state or organisation party and no proper name are dropped:
 * company contracts are no agreements.
 * Reads: doc.mentions, doc.entities, doc.sentences. Assigns: doc.relations, person country, doc.entities.
 */
import { SYMMETRIC_RELATIONS, type Doc, type Mention, type Relation, type Sentence } from '../doc.js';
import type { StageContext } from '../5-recognise/context.js';
import { AFFILIATION_RULES, RELATION_RULES } from './rules.js';
import { coordinatedCountryPair } from './mentions.js';
import { dropPartylessAgreements } from './party-to.js';

/** What a relation rule sees: one sentence, its mentions and its words. */
export interface SentenceView {
  doc: Doc;
  sentence: Sentence;
  index: number;
  mentions: Mention[];
  /** lower-cased tokens of the sentence */
  words: string[];
  /** mentions of the document before this sentence (for antecedents); computed on first use */
  readonly previous: Mention[];
  /** every mention of the document, and the index of this sentence's first one (cheap backward scans) */
  all: readonly Mention[];
  firstIndex: number;
  /** The country a person entity is affiliated with (empty before the affiliation pass is done). */
  countryOf: (personKey: string) => string | undefined;
  /** The two countries that `the two countries` / `beide Länder` refers to here, if known. */
  recentPair?: readonly [string, string];
}

export type RelationRule = (view: SentenceView, emit: (r: Omit<Relation, 'evidence'>) => void) => void;

export function relate(doc: Doc, ctx: StageContext): void {
  // Rules see every resolved mention, also of types the run does not report (`--types agreement`
  // still needs the countries that make an agreement a state's one); the output is filtered last.
  const reported = new Set(doc.entities.map((e) => e.id));
  const mentions = doc.mentions.filter((m) => m.key !== '');
  const keys = new Set(mentions.map((m) => m.key));
  const found = new Map<string, Relation>();
  const affiliations = new Map<string, string>();
  const entityCountry = new Map(doc.entities.filter((e) => e.country).map((e) => [e.id, `country:${e.country}`]));
  const countryOf = (key: string): string | undefined => affiliations.get(key) ?? entityCountry.get(key);
  for (const rules of [AFFILIATION_RULES, RELATION_RULES]) {
    forEachSentence(doc, mentions, countryOf, (view, evidence) => {
      for (const rule of rules) {
        rule(view, (r) => {
          if (r.source === r.target || !keys.has(r.source) || !keys.has(r.target)) return;
          const key = relationKey(r.type, r.source, r.target);
          const earlier = found.get(key);
          if (earlier === undefined) found.set(key, { ...r, evidence });
          else if (earlier.status === undefined && r.status !== undefined) earlier.status = r.status;
        });
      }
    });
    for (const r of found.values()) if (r.type === 'affiliated_with' && !affiliations.has(r.source)) affiliations.set(r.source, r.target);
  }
  doc.relations = [...found.values()];
  dropPartylessAgreements(doc);
  doc.relations = doc.relations.filter((r) => reported.has(r.source) && reported.has(r.target) && ctx.types.has(typeOf(r.source)) && ctx.types.has(typeOf(r.target)));
  applyAffiliations(doc);
}

function forEachSentence(
  doc: Doc,
  mentions: Mention[],
  countryOf: (key: string) => string | undefined,
  visit: (view: SentenceView, evidence: Relation['evidence']) => void,
): void {
  let mi = 0;
  let recentPair: readonly [string, string] | undefined;
  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si];
    while (mi < mentions.length && mentions[mi].start < sentence.start) mi++;
    let mj = mi;
    while (mj < mentions.length && mentions[mj].end <= sentence.end) mj++;
    const inSentence = mentions.slice(mi, mj);
    recentPair = coordinatedCountryPair(doc, inSentence) ?? recentPair;
    if (inSentence.length === 0) continue;
    const words = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t) => t.lower);
    const firstIndex = mi;
    const view: SentenceView = {
      doc, sentence, index: si, mentions: inSentence, words, all: mentions, firstIndex, countryOf, recentPair,
      // a slice per sentence would make long documents quadratic: only rules that ask pay for it
      get previous() {
        return mentions.slice(0, firstIndex);
      },
    };
    visit(view, { text: doc.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end });
  }
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
