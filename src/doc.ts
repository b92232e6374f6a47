/**
 * The data model that flows through the pipeline: one `Doc` per input document.
 * Every stage reads some fields and adds others; the JSON output is a projection of it
 * (see `toDocumentObject`). Offsets are UTF-16 code-unit indices into `Doc.text`.
 */

import type { LexEntry } from './lexicon/types.js';

export type Language = 'de' | 'en';
export type EntityType = 'country' | 'person' | 'agreement' | 'organization';
export const ENTITY_TYPES: readonly EntityType[] = ['country', 'person', 'agreement', 'organization'];

export type RelationType = 'affiliated_with' | 'meets' | 'party_to' | 'member_of' | 'conflict_with';
export const RELATION_TYPES: readonly RelationType[] = [
  'affiliated_with',
  'meets',
  'party_to',
  'member_of',
  'conflict_with',
];
/** Relation types whose direction carries no meaning (scored and deduplicated in either order). */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['meets', 'conflict_with']);

export type AgreementStatus = 'proposed' | 'negotiating' | 'agreed' | 'signed' | 'in_force' | 'withdrawn';

export interface Span {
  start: number;
  end: number;
}

/** A word or punctuation token. `lower` is the case-folded text used by the matchers. */
export interface Token extends Span {
  text: string;
  lower: string;
  /** true when the token is letters/digits, false for punctuation. */
  word: boolean;
  /** true when the token starts with an upper-case letter (what `isCapitalized` answers). */
  cap: boolean;
  /** `suffixHash(lower)`, computed once by the tokeniser for the matchers' prefilters. */
  hash: number;
}

/** A sentence: its span and the index range of its tokens (`tokenEnd` exclusive). */
export interface Sentence extends Span {
  tokenStart: number;
  tokenEnd: number;
}

/** How a mention refers to its entity. */
export type MentionKind =
  | 'name'
  | 'abbreviation'
  | 'demonym'
  | 'capital'
  | 'surname'
  | 'possessive'
  | 'acronym'
  | 'description'
  | 'anaphor';

/**
 * A candidate reference to an entity, found by a recogniser. `key` groups mentions that
 * name the same thing (`country:CA`, `organization:NATO`); person and agreement keys are
 * assigned in the resolve stage.
 */
export interface Mention extends Span {
  type: EntityType;
  text: string;
  key: string;
  kind: MentionKind;
  /** The rule that produced the mention (provenance, shown by `--explain` and `eval --verbose`). */
  rule: string;
  /** Higher wins when two mentions overlap and have the same length. */
  priority: number;
  /**
   * Recogniser-specific facts (a person's role, the canonical name of an agreement …). Every
   * recogniser writes the field, `undefined` when it has no facts: mentions of one shape keep
   * the resolve and relate stages' reads monomorphic (with the field added only where set, they
   * met three shapes and were deoptimised and compiled again during warm-up).
   */
  attrs?: Record<string, string | undefined>;
}

export interface EntityMention extends Span {
  text: string;
  kind?: MentionKind;
  rule?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  /** ISO alpha-2 for countries, acronym for organisations. */
  code?: string;
  alpha3?: string;
  nameEn?: string;
  nameDe?: string;
  /** For people: the country they are affiliated with (first one found). */
  country?: string;
  roles?: string[];
  mentions: EntityMention[];
}

export interface Evidence extends Span {
  text: string;
}

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  role?: string;
  status?: AgreementStatus;
  evidence: Evidence;
  rule?: string;
}

/** A gazetteer hit: tokens `[tokenStart, tokenEnd)` match a lexicon phrase. */
export interface Lookup {
  tokenStart: number;
  tokenEnd: number;
  entry: LexEntry;
}

export interface Doc {
  source: string;
  text: string;
  language: Language;
  tokens: Token[];
  sentences: Sentence[];
  /** Spans of scraping boilerplate that must produce nothing. */
  ignored: Span[];
  lookups: Lookup[];
  mentions: Mention[];
  entities: Entity[];
  relations: Relation[];
  /** Non-fatal notes about the input (decoding fallbacks …). */
  warnings: string[];
}

/**
 * The key under which a document object made in another thread keeps the JSON text it came
 * as, as a string or as its UTF-8 bytes (src/parallel/wire.ts), so that writing it as JSON
 * costs no second stringify (and, for bytes, no encoding either).
 */
export const SERIALIZED = Symbol('serialized');

/** The JSON text of a document object (as `JSON.stringify` would give it). */
export function serialize(doc: DocumentObject): string {
  const json = serializeForWriting(doc);
  return typeof json === 'string' ? json : utf8Text(json);
}

/**
 * The JSON text of a document object in the form cheapest to write: the UTF-8 bytes it came
 * as from a worker (the CLI's Output writes them as they are), else a string.
 */
export function serializeForWriting(doc: DocumentObject): string | Uint8Array {
  return (doc as { [SERIALIZED]?: string | Uint8Array })[SERIALIZED] ?? JSON.stringify(doc);
}

/**
 * UTF-8 bytes as text, bad sequences as U+FFFD (as `buffer.toString()` makes them): how a record
 * line, a worker's JSON and a kept serialisation are read, without copying the bytes.
 */
export function utf8Text(bytes: Uint8Array): string {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.toString('utf8');
}

/** The JSON document object of the output contract (spec/extraction.md). */
export interface DocumentObject {
  source: string;
  language: Language | null;
  entities: Entity[];
  relations: Relation[];
  error?: string;
  warnings?: string[];
}

export function createDoc(text: string, source: string, language: Language): Doc {
  return {
    source,
    text,
    language,
    tokens: [],
    sentences: [],
    ignored: [],
    lookups: [],
    mentions: [],
    entities: [],
    relations: [],
    warnings: [],
  };
}

/** Project a processed `Doc` onto the output contract. */
export function toDocumentObject(doc: Doc, explain = false): DocumentObject {
  const entities = explain
    ? doc.entities
    : doc.entities.map((e) => ({ ...e, mentions: e.mentions.map(stripRule) }));
  const relations = explain ? doc.relations : doc.relations.map(stripRelationRule);
  const out: DocumentObject = { source: doc.source, language: doc.language, entities, relations };
  if (doc.warnings.length > 0) out.warnings = doc.warnings;
  return out;
}

/** The object emitted for an input that could not be processed. */
export function errorDocument(source: string, error: string): DocumentObject {
  return { source, language: null, entities: [], relations: [], error };
}

/**
 * The mention without its rule. Written out rather than with a rest pattern (a generic copy,
 * ~1 % of a run): the fields are those resolve gives every mention, in its order, and a `kind`
 * left undefined is left out by JSON as an absent one is.
 */
function stripRule(m: EntityMention): EntityMention {
  return { text: m.text, start: m.start, end: m.end, kind: m.kind };
}

function stripRelationRule(r: Relation): Relation {
  const { rule: _rule, ...rest } = r;
  return rest;
}
