/** Agreement head nouns and the words that may continue an agreement's name, per language. */
import type { Language } from '../doc.js';

/** Lower-cased head nouns; German compounds ending in one of them count too (`Freihandelsabkommen`). */
export const AGREEMENT_HEADS: Record<Language, readonly string[]> = {
  de: ['abkommen', 'vertrag', 'pakt', 'aktionsplan', 'vereinbarung', 'übereinkommen', 'memorandum', 'deal', 'protokoll', 'waffenstillstand', 'waffenruhe', 'feuerpause', 'konvention', 'charta'],
  en: ['agreement', 'agreements', 'treaty', 'treaties', 'accord', 'accords', 'pact', 'convention', 'memorandum', 'deal', 'protocol', 'ceasefire', 'truce', 'action plan'],
};

/** Words that link a head noun to its complement (`Pakt zum Austausch`, `agreement on trade`). */
export const COMPLEMENT_STARTERS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['zum', 'zur', 'über', 'zwischen', 'für', 'gegen', 'von', 'zu']),
  en: new Set(['on', 'between', 'to', 'for', 'covering', 'of']),
};

/** Words allowed inside a complement besides capitalised nouns and adjectives. */
export const COMPLEMENT_WORDS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'von', 'in', 'im', 'und', 'zum', 'zur', 'über', 'zwischen', 'mit', 'für']),
  en: new Set(['the', 'of', 'and', 'in', 'between', 'two', 'on', 'to', 'a', 'an', 'other', 'including', 'for']),
};
