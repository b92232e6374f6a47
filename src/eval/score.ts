/**
 * The scorer of spec/extraction.md ("Scoring"): entities are (document, type, identity)
 * items; countries match by code; people, organisations and agreements by normalised name,
 * code or mention text against the gold name and aliases (agreements also by a content-word
 * Jaccard index ≥ 0.5); each gold item is matched at most once. Relations match by type and
 * both ends (either order for symmetric types); `role` and `status` are scored as attribute
 * accuracy over matched relations whose gold states the attribute.
 * Counts are summed over documents (micro-average).
 */
import { SYMMETRIC_RELATIONS, type DocumentObject, type Entity, type EntityType } from '../doc.js';
import { normalizeName } from '../match/normalize.js';
import type { Gold, GoldItem, GoldRelation } from './gold.js';

export const SCORED_TYPES = ['country', 'person', 'organization', 'agreement', 'entities', 'relation'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Errors {
  /** Predicted items that matched nothing: `type: text (rule)`. */
  falsePositives: string[];
  /** Gold items nothing matched. */
  falseNegatives: string[];
  /** Matched relations whose role or status differs from the gold. */
  attributeErrors: string[];
}

export interface DocumentScore {
  doc: string;
  language: string;
  counts: Record<ScoredType, Counts>;
  attributes: Record<'role' | 'status', { correct: number; total: number }>;
  errors: Errors;
}

const JACCARD_THRESHOLD = 0.5;

/** Score one predicted document against its gold file. */
export function scoreDocument(gold: Gold, predicted: DocumentObject): DocumentScore {
  const errors: Errors = { falsePositives: [], falseNegatives: [], attributeErrors: [] };
  const counts = {} as Record<ScoredType, Counts>;
  /** predicted entity id → the gold identity it refers to (country code or gold name) */
  const identity = new Map<string, string>();

  counts.country = scoreCountries(gold, predicted, identity, errors);
  counts.person = scoreNamed('person', gold.people, predicted, identity, errors);
  counts.organization = scoreNamed('organization', gold.organizations, predicted, identity, errors);
  counts.agreement = scoreNamed('agreement', gold.agreements, predicted, identity, errors);
  counts.entities = sum([counts.country, counts.person, counts.organization, counts.agreement]);
  const { relation, attributes } = scoreRelations(gold.relations, predicted, identity, errors);
  counts.relation = relation;
  return { doc: gold.doc, language: gold.language, counts, attributes, errors };
}

function scoreCountries(gold: Gold, predicted: DocumentObject, identity: Map<string, string>, errors: Errors): Counts {
  const goldCodes = new Set(gold.countries);
  const found = new Set<string>();
  let fp = 0;
  for (const e of entitiesOf(predicted, 'country')) {
    const code = e.code ?? e.id.replace(/^country:/, '');
    identity.set(e.id, code);
    if (goldCodes.has(code) && !found.has(code)) found.add(code);
    else {
      fp++;
      errors.falsePositives.push(`country: ${code} ${describe(e)}`);
    }
  }
  const missed = [...goldCodes].filter((c) => !found.has(c));
  for (const c of missed) errors.falseNegatives.push(`country: ${c}`);
  return { tp: found.size, fp, fn: missed.length };
}

function scoreNamed(
  type: EntityType,
  goldItems: readonly GoldItem[],
  predicted: DocumentObject,
  identity: Map<string, string>,
  errors: Errors,
): Counts {
  const entities = entitiesOf(predicted, type);
  const goldKeys = goldItems.map((g) => new Set([g.name, ...(g.aliases ?? [])].map(normalizeName)));
  const candidates = entities.map((e) => {
    const keys = new Set([e.name, e.code ?? '', ...e.mentions.map((m) => m.text)].filter(Boolean).map(normalizeName));
    const exact = goldKeys.flatMap((gk, gi) => ([...keys].some((k) => gk.has(k)) ? [gi] : []));
    const fuzzy =
      type === 'agreement'
        ? goldItems.flatMap((g, gi) =>
            !exact.includes(gi) && [g.name, ...(g.aliases ?? [])].some((n) => jaccard(e.name, n) >= JACCARD_THRESHOLD) ? [gi] : [],
          )
        : [];
    return [...exact, ...fuzzy];
  });
  const assignment = maximumMatching(candidates, goldItems.length);
  let tp = 0;
  entities.forEach((e, i) => {
    const gi = assignment[i];
    // relation ends resolve through the gold item an entity refers to, even a duplicate one
    const refersTo = gi ?? candidates[i][0];
    if (refersTo !== undefined) identity.set(e.id, goldItems[refersTo].name);
    if (gi !== undefined) tp++;
    else errors.falsePositives.push(`${type}: ${e.name} ${describe(e)}`);
  });
  const matched = new Set(assignment.filter((g): g is number => g !== undefined));
  goldItems.forEach((g, gi) => {
    if (!matched.has(gi)) errors.falseNegatives.push(`${type}: ${g.name}`);
  });
  return { tp, fp: entities.length - tp, fn: goldItems.length - matched.size };
}

/**
 * Maximum bipartite matching (augmenting paths): predicted i may take any gold index in
 * candidates[i]; exact candidates come first, so they are preferred. Returns the gold index per predicted item.
 */
export function maximumMatching(candidates: readonly number[][], goldCount: number): Array<number | undefined> {
  const owner = new Array<number | undefined>(goldCount).fill(undefined);
  const assign = (i: number, seen: Set<number>): boolean => {
    for (const g of candidates[i]) {
      if (seen.has(g)) continue;
      seen.add(g);
      const current = owner[g];
      if (current === undefined || assign(current, seen)) {
        owner[g] = i;
        return true;
      }
    }
    return false;
  };
  candidates.forEach((_, i) => assign(i, new Set()));
  const result = new Array<number | undefined>(candidates.length).fill(undefined);
  owner.forEach((i, g) => {
    if (i !== undefined) result[i] = g;
  });
  return result;
}

function scoreRelations(
  goldRelations: readonly GoldRelation[],
  predicted: DocumentObject,
  identity: Map<string, string>,
  errors: Errors,
): { relation: Counts; attributes: DocumentScore['attributes'] } {
  const attributes = { role: { correct: 0, total: 0 }, status: { correct: 0, total: 0 } };
  const used = new Set<number>();
  let tp = 0;
  const names = new Map(predicted.entities.map((e) => [e.id, e.name]));
  for (const r of predicted.relations) {
    const from = identity.get(r.source);
    const to = identity.get(r.target);
    const gi = goldRelations.findIndex(
      ([type, a, b], i) =>
        !used.has(i) && type === r.type && ((a === from && b === to) || (SYMMETRIC_RELATIONS.has(type) && a === to && b === from)),
    );
    if (gi < 0) {
      errors.falsePositives.push(`relation: ${r.type} ${names.get(r.source) ?? r.source} → ${names.get(r.target) ?? r.target}`);
      continue;
    }
    used.add(gi);
    tp++;
    const goldAttrs = goldRelations[gi][3] ?? {};
    for (const key of ['role', 'status'] as const) {
      const expected = goldAttrs[key];
      if (expected === undefined) continue;
      attributes[key].total++;
      const got = r[key];
      if (got !== undefined && normalizeName(got) === normalizeName(expected)) attributes[key].correct++;
      else errors.attributeErrors.push(`${key}: ${r.type} ${from} → ${to}: '${got ?? ''}' (gold '${expected}')`);
    }
  }
  goldRelations.forEach(([type, a, b], i) => {
    if (!used.has(i)) errors.falseNegatives.push(`relation: ${type} ${a} → ${b}`);
  });
  return { relation: { tp, fp: predicted.relations.length - tp, fn: goldRelations.length - used.size }, attributes };
}

function entitiesOf(doc: DocumentObject, type: EntityType): Entity[] {
  return doc.entities.filter((e) => e.type === type);
}

function describe(e: Entity): string {
  const first = e.mentions[0];
  const rule = (first as { rule?: string } | undefined)?.rule;
  return first ? `("${first.text}" at ${first.start}${rule ? `, ${rule}` : ''})` : '';
}

// Articles, prepositions and other function words carry no content for the Jaccard rule.
const FUNCTION_WORDS = new Set(
  'der die das den dem des ein eine einen einem einer eines und oder von vom zu zum zur über mit für im in am an auf aus bei zwischen gegen als the a an of on in to for and or between with by at from its their this that'
    .split(' ')
    .map(normalizeName),
);

/** Jaccard index of the content words of two names (normalised, function words dropped). */
export function jaccard(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let inter = 0;
  for (const w of wa) if (wb.has(w)) inter++;
  return inter / (wa.size + wb.size - inter);
}

function contentWords(text: string): Set<string> {
  return new Set(normalizeName(text).split(' ').filter((w) => w !== '' && !FUNCTION_WORDS.has(w)));
}

export function sum(list: readonly Counts[]): Counts {
  return list.reduce((acc, c) => ({ tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of summed counts; an empty denominator counts as perfect. */
export function figures(c: Counts): Figures {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), ...c };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export interface EvalReport {
  documents: number;
  byType: Record<ScoredType, Figures>;
  byLanguage: Record<string, Record<ScoredType, Figures>>;
  attributes: DocumentScore['attributes'];
}

/** Micro-average document scores: counts are summed first, then turned into figures. */
export function aggregate(scores: readonly DocumentScore[]): EvalReport {
  const byTypeOf = (list: readonly DocumentScore[]) =>
    Object.fromEntries(SCORED_TYPES.map((t) => [t, figures(sum(list.map((s) => s.counts[t])))])) as Record<ScoredType, Figures>;
  const languages = [...new Set(scores.map((s) => s.language))].sort();
  const attributes = { role: { correct: 0, total: 0 }, status: { correct: 0, total: 0 } };
  for (const s of scores) {
    for (const k of ['role', 'status'] as const) {
      attributes[k].correct += s.attributes[k].correct;
      attributes[k].total += s.attributes[k].total;
    }
  }
  return {
    documents: scores.length,
    byType: byTypeOf(scores),
    byLanguage: Object.fromEntries(languages.map((l) => [l, byTypeOf(scores.filter((s) => s.language === l))])),
    attributes,
  };
}
