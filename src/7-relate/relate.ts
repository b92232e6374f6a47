/**
 * Relate stage: sentence-level rules over the resolved mentions. Each rule reads the
 * mentions of one sentence (and the entities they belong to) and adds typed relations with
 * the sentence as evidence. Affiliations are planned for the whole document first, so that the
 * other rules can let a person stand for their country (`Joly … verabschiedete einen
 * Aktionsplan` makes Canada a party). Relations are deduplicated by type and ends (either
 * order for symmetric types); the first evidence is kept, a later status fills a missing one.
 * Last, agreements with no state or organisation party and no proper name are dropped:
 * company contracts are no agreements.
 * Reads: doc.mentions, doc.entities, doc.sentences. Assigns: doc.relations, person country, doc.entities.
 */
import { SYMMETRIC_RELATIONS, type Doc, type EntityType, type Mention, type Relation, type Sentence } from '../doc.js';
import type { StageContext } from '../5-recognise/context.js';
import { applyRelationRules } from './rules.js';
import { affiliationRelation, planAffiliations } from './affiliated-with.js';
import { coordinatedCountryPair, opensWithSubjectPronoun } from './mentions.js';
import { dropPartylessAgreements } from './party-to.js';

/** What a relation rule sees: one sentence, its mentions and its words. */
export interface SentenceView {
  readonly doc: Doc;
  readonly sentence: Sentence;
  readonly mentions: Mention[];
  /** true when one of the sentence's mentions has this type (the rules' cheap first test) */
  has(type: EntityType): boolean;
  /** every mention of the document, and the index of this sentence's first one (cheap backward scans) */
  readonly all: readonly Mention[];
  readonly firstIndex: number;
  /** The country a person entity is affiliated with (none before the affiliations are done). */
  countryOf(personKey: string): string | undefined;
  /** The two countries that `the two countries` / `beide Länder` refers to here, if known. */
  readonly recentPair?: readonly [string, string];
}

/** Where rules put what they find: `emit` takes a new object per call, and the first one for a relation becomes it. */
export interface RelationSink {
  emit(r: Omit<Relation, 'evidence'>): void;
}

export type RelationRule = (view: SentenceView, out: RelationSink) => void;

export function relate(doc: Doc, ctx: StageContext): void {
  // Rules see every resolved mention, also of types the run does not report (`--types agreement`
  // still needs the countries that make an agreement a state's one); the output is filtered last.
  const mentions = keyedMentions(doc);
  const found = new Found(doc, mentions);
  // the mentions of sentence si are mentions[ranges[2 * si] .. ranges[2 * si + 1])
  const ranges = mentionRanges(doc, mentions);
  // the affiliations first, for the whole document: the other rules read a person's country
  if (mentions.length > 0) {
    let last = -1;
    for (const a of planAffiliations(doc)) {
      // a sentence that holds no whole mention gives no evidence
      if (a.sentence >= doc.sentences.length || ranges[2 * a.sentence] === ranges[2 * a.sentence + 1]) continue;
      if (a.sentence !== last) found.at(doc.sentences[(last = a.sentence)]);
      found.emit(affiliationRelation(a));
    }
    found.affiliationsDone();
  }
  let recentPair: readonly [string, string] | undefined;
  for (let si = 0; si < doc.sentences.length; si++) {
    const from = ranges[2 * si];
    const to = ranges[2 * si + 1];
    if (from === to) continue;
    const sentence = doc.sentences[si];
    if (to - from === 1 && !loneMentionRelates(doc, sentence, mentions[from])) continue;
    const inSentence = mentions.slice(from, to);
    // a pair needs two mentions
    if (to - from > 1) recentPair = coordinatedCountryPair(doc, inSentence) ?? recentPair;
    const view = new View(doc, sentence, inSentence, mentions, from, found, recentPair);
    found.at(sentence);
    applyRelationRules(view, found);
  }
  doc.relations = [...found.relations.values()];
  dropPartylessAgreements(doc);
  if (doc.relations.length === 0) return;
  const reported = new Set<string>();
  for (const e of doc.entities) reported.add(e.id);
  doc.relations = doc.relations.filter((r) => reported.has(r.source) && reported.has(r.target) && hasReportedType(r.source, ctx.types) && hasReportedType(r.target, ctx.types));
  applyAffiliations(doc);
}

/**
 * The relations of one document, deduplicated by type and ends as the rules emit them, and the
 * people's countries. One object per document whose methods the rules call (no closures per document:
 * their call sites stay monomorphic).
 */
class Found implements RelationSink {
  readonly relations = new Map<string, Relation>();
  /** a person's first affiliation (filled when the affiliations are done) */
  private readonly affiliations = new Map<string, string>();
  /** the countries the entities came with (`country:XX`), when some did */
  private readonly entityCountry: Map<string, string> | undefined;
  /** the keys a relation may join, gathered when a rule first emits (many documents emit nothing) */
  private keys: Set<string> | undefined = undefined;
  /** the sentence emitted relations are read from; its evidence is cut only when a rule emits there */
  private sentence: Sentence | undefined = undefined;
  private evidence: Relation['evidence'] | undefined = undefined;

  constructor(
    private readonly doc: Doc,
    private readonly mentions: readonly Mention[],
  ) {
    let entityCountry: Map<string, string> | undefined;
    for (const e of doc.entities) if (e.country) (entityCountry ??= new Map()).set(e.id, `country:${e.country}`);
    this.entityCountry = entityCountry;
  }

  /** Relations emitted from now on are read from this sentence. */
  at(sentence: Sentence): void {
    this.sentence = sentence;
    this.evidence = undefined;
  }

  emit(r: Omit<Relation, 'evidence'>): void {
    if (r.source === r.target) return;
    const keys = (this.keys ??= keysOf(this.mentions));
    if (!keys.has(r.source) || !keys.has(r.target)) return;
    const key = relationKey(r.type, r.source, r.target);
    const earlier = this.relations.get(key);
    if (earlier === undefined) {
      const s = this.sentence!;
      this.evidence ??= { text: this.doc.text.slice(s.start, s.end), start: s.start, end: s.end };
      // the rule handed over a fresh object: it becomes the relation (keys in the same order as a copy's)
      (r as Relation).evidence = this.evidence;
      this.relations.set(key, r as Relation);
    } else if (earlier.status === undefined && r.status !== undefined) earlier.status = r.status;
  }

  /** The affiliations found so far are all there are: each person's first one is their country. */
  affiliationsDone(): void {
    for (const r of this.relations.values()) if (!this.affiliations.has(r.source)) this.affiliations.set(r.source, r.target);
  }

  countryOf(key: string): string | undefined {
    return this.affiliations.get(key) ?? this.entityCountry?.get(key);
  }
}

/** One bit per mention type (the view's cheap type test). */
function typeBit(type: EntityType): number {
  return type === 'country' ? 1 : type === 'person' ? 2 : type === 'agreement' ? 4 : 8;
}

class View implements SentenceView {
  /** one typeBit per mention type present */
  private readonly types: number;
  constructor(
    readonly doc: Doc,
    readonly sentence: Sentence,
    readonly mentions: Mention[],
    readonly all: readonly Mention[],
    readonly firstIndex: number,
    private readonly found: Found,
    readonly recentPair: readonly [string, string] | undefined,
  ) {
    let types = 0;
    for (const m of mentions) types |= typeBit(m.type);
    this.types = types;
  }

  has(type: EntityType): boolean {
    return (this.types & typeBit(type)) !== 0;
  }

  countryOf(personKey: string): string | undefined {
    return this.found.countryOf(personKey);
  }
}

/**
 * For each sentence, the range of the mentions inside it, as two entries `[from, to)` per sentence
 * (equal when it holds none). The mentions are in text order; one that crosses a sentence end
 * belongs to no sentence, and ends its sentence's range.
 */
function mentionRanges(doc: Doc, mentions: readonly Mention[]): number[] {
  const ranges: number[] = [];
  let mi = 0;
  for (const sentence of doc.sentences) {
    while (mi < mentions.length && mentions[mi].start < sentence.start) mi++;
    let mj = mi;
    while (mj < mentions.length && mentions[mj].end <= sentence.end) mj++;
    ranges.push(mi, mj);
  }
  return ranges;
}

/**
 * Whether the rules can relate the only mention of a sentence: every relation needs two ends, and
 * one alone has a second only as an agreement (its acting parties: `Sie unterzeichneten das Abkommen`)
 * or as a person after a subject pronoun (`Sie traf Joly`: meets). Most sentences with one
 * mention (a country, an organisation, a person) are skipped without building their view.
 */
function loneMentionRelates(doc: Doc, sentence: Sentence, m: Mention): boolean {
  return m.type === 'agreement' || (m.type === 'person' && opensWithSubjectPronoun(doc, sentence));
}

/** The mentions resolved to an entity: as a rule all of them, and then the document's own list (read only). */
function keyedMentions(doc: Doc): readonly Mention[] {
  for (const m of doc.mentions) if (m.key === '') return doc.mentions.filter((k) => k.key !== '');
  return doc.mentions;
}

function keysOf(mentions: readonly Mention[]): Set<string> {
  const keys = new Set<string>();
  for (const m of mentions) keys.add(m.key);
  return keys;
}

function relationKey(type: Relation['type'], a: string, b: string): string {
  if (SYMMETRIC_RELATIONS.has(type) && b < a) [a, b] = [b, a];
  return `${type}\u0000${a}\u0000${b}`;
}

function typeOf(id: string): 'country' | 'person' | 'agreement' | 'organization' {
  return id.slice(0, id.indexOf(':')) as 'country';
}

/** `types.has(typeOf(id))`, without cutting the type out of the id (a string per relation end). */
function hasReportedType(id: string, types: ReadonlySet<EntityType>): boolean {
  const colon = id.indexOf(':');
  if (colon < 0) return types.has(typeOf(id));
  for (const type of types) if (type.length === colon && id.startsWith(type)) return true;
  return false;
}

/** A person's first affiliation also goes on the entity, as `country` (spec example). */
function applyAffiliations(doc: Doc): void {
  // the first affiliation of each person
  let first: Map<string, string> | undefined;
  for (const r of doc.relations) {
    if (r.type !== 'affiliated_with') continue;
    first ??= new Map();
    if (!first.has(r.source)) first.set(r.source, r.target);
  }
  if (first === undefined) return;
  for (const e of doc.entities) {
    // only people are affiliated
    if (e.type !== 'person') continue;
    const country = first.get(e.id);
    if (country !== undefined && e.country === undefined) e.country = country.slice('country:'.length);
  }
}
