/**
 * Gold files (spec/extraction.md, "Gold files"): loading and validation. A bad file is
 * reported with its problem and skipped by the caller; the others are still scored.
 */
import { RELATION_TYPES, type Language, type RelationType } from '../doc.js';
import { ExtractError } from '../errors.js';

export interface GoldItem {
  name: string;
  aliases?: string[];
  country?: string;
}

export type GoldRelation = [RelationType, string, string, { role?: string; status?: string }?];

export interface Gold {
  doc: string;
  language: Language;
  countries: string[];
  people: GoldItem[];
  organizations: GoldItem[];
  agreements: GoldItem[];
  relations: GoldRelation[];
}

/** Parse and check one gold file; throws ExtractError('E_GOLD') naming the problem. */
export function parseGold(content: string): Gold {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (err) {
    throw bad(`invalid JSON (${(err as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw bad('a gold file must be a JSON object');
  const g = raw as Record<string, unknown>;
  if (typeof g.doc !== 'string' || g.doc === '') throw bad('"doc" must name the article');
  if (g.language !== 'de' && g.language !== 'en') throw bad('"language" must be "de" or "en"');
  const gold: Gold = {
    doc: g.doc,
    language: g.language,
    countries: stringList(g.countries, 'countries'),
    people: items(g.people, 'people'),
    organizations: items(g.organizations, 'organizations'),
    agreements: items(g.agreements, 'agreements'),
    relations: relations(g.relations),
  };
  checkRelationEnds(gold);
  return gold;
}

function stringList(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw bad(`"${field}" must be a list of strings`);
  return value;
}

function items(value: unknown, field: string): GoldItem[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw bad(`"${field}" must be a list`);
  return value.map((v, i) => {
    if (v === null || typeof v !== 'object' || typeof (v as GoldItem).name !== 'string') {
      throw bad(`"${field}"[${i}] needs a "name"`);
    }
    const item = v as GoldItem;
    return { name: item.name, aliases: stringList(item.aliases, `${field}[${i}].aliases`), country: item.country };
  });
}

function relations(value: unknown): GoldRelation[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw bad('"relations" must be a list');
  return value.map((r, i) => {
    if (!Array.isArray(r) || r.length < 3 || typeof r[1] !== 'string' || typeof r[2] !== 'string') {
      throw bad(`relation ${i + 1} must be [type, from, to, attributes?]`);
    }
    if (!RELATION_TYPES.includes(r[0])) throw bad(`relation ${i + 1}: unknown relation type '${String(r[0])}'`);
    return r as GoldRelation;
  });
}

/** Every relation end names a country code or an item of this file. */
function checkRelationEnds(gold: Gold): void {
  const known = new Set<string>([
    ...gold.countries,
    ...[...gold.people, ...gold.organizations, ...gold.agreements].map((i) => i.name),
  ]);
  gold.relations.forEach(([type, from, to], i) => {
    for (const end of [from, to]) {
      if (!known.has(end)) throw bad(`relation ${i + 1} (${type}): '${end}' names nothing in this file`);
    }
  });
}

function bad(message: string): ExtractError {
  return new ExtractError('E_GOLD', message);
}
