/**
 * What every recogniser and relation rule gets besides the Doc: the language's lexicon
 * and the run's options. Built once per process per language (see pipeline.ts).
 */
import type { EntityType } from '../doc.js';
import type { Lexicon } from '../lexicon/load.js';

export interface StageContext {
  lexicon: Lexicon;
  types: ReadonlySet<EntityType>;
}
