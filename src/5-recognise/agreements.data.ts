/**
 * Agreement vocabulary per language: head nouns (with their inflected forms), the words that
 * may extend a head to the left and right, and the compounds that name private contracts.
 * Data, not code: extend these lists, not the recogniser.
 */
import type { Language } from '../doc.js';

/**
 * Head noun forms → lemma. German compounds ending in a form count too (`Freihandelsabkommen`,
 * `Atomdeal`); the ceasefire family (`Waffenruhe`, `ceasefire`) is kept apart for coreference.
 */
export const AGREEMENT_HEADS: Record<Language, ReadonlyMap<string, string>> = {
  de: lemmaMap({
    abkommen: ['abkommen', 'abkommens'],
    vertrag: ['vertrag', 'vertrags', 'vertrages', 'verträge', 'verträgen'],
    pakt: ['pakt', 'pakts', 'paktes', 'pakte', 'pakten'],
    aktionsplan: ['aktionsplan', 'aktionsplans', 'aktionsplanes', 'aktionspläne'],
    vereinbarung: ['vereinbarung', 'vereinbarungen'],
    übereinkommen: ['übereinkommen', 'übereinkommens'],
    memorandum: ['memorandum', 'memorandums'],
    deal: ['deal', 'deals'],
    protokoll: ['protokoll', 'protokolls'],
    konvention: ['konvention', 'konventionen'],
    waffenstillstand: ['waffenstillstand', 'waffenstillstands', 'waffenstillstandes'],
    waffenruhe: ['waffenruhe'],
    feuerpause: ['feuerpause'],
  }),
  en: lemmaMap({
    agreement: ['agreement', 'agreements'],
    treaty: ['treaty', 'treaties'],
    accord: ['accord', 'accords'],
    pact: ['pact', 'pacts'],
    convention: ['convention'],
    memorandum: ['memorandum'],
    deal: ['deal', 'deals'],
    protocol: ['protocol'],
    ceasefire: ['ceasefire', 'ceasefires', 'cease-fire'],
    truce: ['truce'],
  }),
};

/** Heads that only name an agreement when capitalised as part of a name (`Kyoto Protocol`, `Genfer Konvention`). */
export const NAME_ONLY_HEADS: ReadonlySet<string> = new Set(['protokoll', 'protocol', 'convention', 'konvention']);

/** Heads of the ceasefire family: `Waffenruhe`, `Feuerpause` and `Waffenstillstand` name one arrangement. */
export const CEASEFIRE_HEADS: ReadonlySet<string> = new Set(['waffenstillstand', 'waffenruhe', 'feuerpause', 'ceasefire', 'truce']);

/** Two-word English heads: `action plan`, `memorandum of understanding` (the words before the last one). */
export const MULTIWORD_HEADS: Record<Language, ReadonlyArray<readonly string[]>> = {
  de: [],
  en: [['action', 'plan'], ['action', 'plans'], ['memorandum', 'of', 'understanding']],
};

/**
 * German compound modifiers that make a private contract (`Arbeitsvertrag`, `Mietvertrag`,
 * `Koalitionsvertrag`): never an agreement between states.
 */
export const PRIVATE_CONTRACT_PREFIXES: readonly string[] = [
  'arbeits', 'miet', 'kauf', 'leasing', 'liefer', 'koalitions', 'ehe', 'tarif', 'pacht', 'werk', 'ausbildungs',
  'kredit', 'versicherungs', 'spieler', 'handy', 'mobilfunk', 'strom', 'gas', 'dienst', 'sponsoring', 'werbe',
  'lizenz', 'zeit', 'anstellungs', 'beratungs', 'gesellschafter', 'fusions', 'übernahme', 'erb', 'kooperations',
];

/** Words that link a head noun to its complement (`Pakt zum Austausch`, `agreement on trade`, `agreement to produce`). */
export const COMPLEMENT_STARTERS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['zum', 'zur', 'über', 'zwischen', 'für', 'gegen']),
  en: new Set(['on', 'between', 'to', 'for', 'covering', 'against']),
};

/** Function words allowed inside a complement (content words are nouns, adjectives, names). */
export const COMPLEMENT_WORDS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'von', 'in', 'im', 'und', 'zum', 'zur', 'über', 'zwischen', 'für', 'beiden', 'mit']),
  en: new Set(['the', 'of', 'and', 'in', 'between', 'two', 'on', 'to', 'a', 'an', 'other', 'including', 'for', 'both']),
};

/** Words that end an English complement: verbs, conjunctions, relative pronouns. */
export const COMPLEMENT_STOPS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['sowie', 'haben', 'hat', 'ist', 'sind', 'wird', 'werden']),
  en: new Set([
    'which', 'that', 'who', 'will', 'would', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'said', 'says', 'but',
    'as', 'because', 'when', 'after', 'before', 'while', 'since', 'if', 'could', 'should', 'can', 'may', 'by', 'with',
    'from', 'at', 'this', 'last', 'next', 'year', 'years', 'month', 'week', 'today', 'yesterday', 'tomorrow',
    // a date after `on` is no complement: `signed the deal on Monday`
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter',
  ]),
};

/** Words that may stand before an English head as part of its description (`joint venture agreement`, `other agreements`). */
export const EN_MODIFIER_STOPS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'and', 'or', 'of',
  'to', 'with', 'for', 'on', 'in', 'by', 'at', 'from', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been',
  'will', 'would', 'any', 'no', 'such', 'which', 'who', 'also', 'not', 'signed', 'reached', 'agreed', 'struck', 'sign',
  'reach', 'continue', 'under', 'into', 'about', 'number', 'as', 'than', 'it', 'they', 'we', 'he', 'she', 'what',
  'good', 'great', 'big', 'whole', 'said', 'says', 'proposed', 'seal', 'sealed', 'agree', 'negotiate', 'negotiated',
]);

/** German words before a head that are determiners or pronouns, never part of the description. */
export const DE_DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'dieser', 'diese',
  'dieses', 'diesem', 'diesen', 'jener', 'jene', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihre', 'ihren',
  'ihrem', 'ihrer', 'ihres', 'unsere', 'unseren', 'keine', 'keinen', 'kein', 'solche', 'solchen', 'welche', 'alle',
  'beide', 'beiden', 'mehrere', 'einige', 'jede', 'jeden', 'jedes', 'zwei', 'drei', 'vier',
  // auxiliaries, modals and prepositions that end like adjectives: `haben Abkommen`, `gegen Abkommen`
  'haben', 'hatten', 'hätten', 'werden', 'wurden', 'würden', 'wollen', 'wollten', 'sollen', 'sollten', 'können',
  'konnten', 'müssen', 'mussten', 'sind', 'seien', 'waren', 'wären', 'gegen', 'unter', 'wegen', 'neben', 'hinter',
  'unterzeichnen', 'schließen', 'aushandeln', 'verhandeln', 'kündigen', 'abschließen', 'beschließen', 'verabschieden',
  'ratifizieren', 'erneuern', 'verlängern', 'brechen', 'einhalten', 'aufkündigen', 'wie', 'sowie', 'oder', 'aber',
]);

/** Modifiers that mark a different arrangement of the same kind (`ähnliche Abkommen`, `other agreements`): never joined. */
export const OTHER_MARKERS: ReadonlySet<string> = new Set([
  'ähnliche', 'ähnlichen', 'andere', 'anderen', 'weitere', 'weiteren', 'neue', 'neuen', 'neues', 'other', 'similar',
  'further', 'new', 'another', 'separate', 'einzelne', 'einzelnen', 'frühere', 'früheren', 'previous',
]);

/** Determiners that make a bare head refer back (`der Pakt`, `the deal`, `dieses Abkommen`). */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'the', 'this', 'that',
  'its', 'their', 'im', 'zum', 'vom', 'beim',
]);

/** English words before `deal`/`agreement` that make it no agreement: `to deal with`, `a great deal`, `in agreement`. */
// a map, not an object: a document's words are not internalised strings, and reading an object
// property by one deoptimised the caller ("wrong instance type")
export const EN_NON_AGREEMENT_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['deal', new Set(['to', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'cannot', 'not', 'great', 'good', 'we', 'they', 'i', 'you'])],
  ['deals', new Set(['he', 'she', 'it', 'who', 'which', 'that'])],
  ['agreement', new Set(['in', 'broad', 'general', 'full', 'complete', 'disagreement'])],
  ['accord', new Set(['own'])],
]);

function lemmaMap(table: Record<string, readonly string[]>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(table)) for (const f of forms) map.set(f, lemma);
  return map;
}
