/**
 * The pipeline: the one place where the order of the stages lives.
 * decode and clean → language → segment → recognise → resolve → relate.
 * (Reading and formatting are the edges: see 1-read/ and 8-format/.)
 */
import { markBoilerplate } from './2-decode/clean.js';
import { detectLanguage } from './3-language/detect.js';
import { segment } from './4-segment/segment.js';
import { recogniseAgreements } from './5-recognise/agreements.js';
import type { StageContext } from './5-recognise/context.js';
import { recogniseCountries } from './5-recognise/countries.js';
import { recogniseGazetteerEntries } from './5-recognise/gazetteer.js';
import { lookup } from './5-recognise/lookup.js';
import { recogniseOrganizations } from './5-recognise/organizations.js';
import { recognisePeople } from './5-recognise/people.js';
import { resolveEntities } from './6-resolve/entities.js';
import { resolveOverlaps } from './6-resolve/overlaps.js';
import { relate } from './7-relate/relate.js';
import { ENTITY_TYPES, createDoc, type Doc, type EntityType, type Language } from './doc.js';
import { createLexicon, type ExtraEntry } from './lexicon/load.js';

export interface ExtractOptions {
  /** `auto` (default) detects de/en per document. */
  language?: Language | 'auto';
  /** Entity types to report (default: all); relations need both ends reported. */
  types?: readonly EntityType[];
  /** Extra lexicon entries (user gazetteers), already validated. */
  gazetteer?: readonly ExtraEntry[];
  /** A key that identifies `gazetteer` for caching (e.g. the file paths). */
  gazetteerKey?: string;
}

/** A named pipeline stage: mutates the Doc, never does I/O. */
export interface Stage {
  readonly name: string;
  run(doc: Doc, ctx: StageContext): void;
}

export const STAGES: readonly Stage[] = [
  { name: 'clean.boilerplate', run: (doc) => markBoilerplate(doc) },
  { name: 'segment', run: (doc) => segment(doc) },
  { name: 'recognise.lookup', run: (doc, ctx) => lookup(doc, ctx.lexicon) },
  { name: 'recognise.countries', run: recogniseCountries },
  { name: 'recognise.organizations', run: recogniseOrganizations },
  { name: 'recognise.people', run: recognisePeople },
  { name: 'recognise.agreements', run: recogniseAgreements },
  { name: 'recognise.gazetteer', run: recogniseGazetteerEntries },
  { name: 'resolve.overlaps', run: (doc) => resolveOverlaps(doc) },
  { name: 'resolve.entities', run: resolveEntities },
  { name: 'relate', run: relate },
];

/** Run every stage over `text` and return the processed Doc. */
export function runPipeline(text: string, source: string, options: ExtractOptions = {}): Doc {
  const language = !options.language || options.language === 'auto' ? detectLanguage(text) : options.language;
  const doc = createDoc(text, source, language);
  const ctx: StageContext = {
    lexicon: createLexicon(language, options.gazetteer, options.gazetteerKey),
    types: typeSet(options.types),
  };
  for (const stage of STAGES) stage.run(doc, ctx);
  return doc;
}

const typeSets = new Map<string, ReadonlySet<EntityType>>();
function typeSet(types: readonly EntityType[] | undefined): ReadonlySet<EntityType> {
  const list = types && types.length > 0 ? types : ENTITY_TYPES;
  const key = list.join(',');
  let set = typeSets.get(key);
  if (!set) typeSets.set(key, (set = new Set(list)));
  return set;
}
