/** Word lists the people recogniser uses. */

/** Titles that precede a surname (`Mr Blair`, `Dr. Schmidt`, `Frau Merkel`). */
export const HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Lord', 'Lady', 'Herr', 'Frau']);

/** Particles inside names (`Jeroen van der Veer`, `Staffan de Mistura`, `bin Salman`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'de', 'da', 'di', 'du', 'bin', 'ibn', 'al', 'el', 'le', 'la', 'zu', 'ten', 'ter']);

/** Capitalised words that end a name (weekdays, months, sentence-level words). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'am', 'im', 'der', 'die', 'das', 'und', 'the', 'and', 'in', 'on', 'said', 'sagte',
  'but', 'so', 'as', 'at', 'for', 'with', 'when', 'while', 'after', 'if', 'aber', 'auch', 'doch', 'als', 'wie', 'mit', 'für', 'nach', 'wenn',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Lower-case Arabic particles joined by a hyphen to a surname (`al-Assad`, `bin-Laden`). */
export const ARABIC_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'abu']);

/**
 * Party labels after a name (`Kurt Fischer (ÖVP)`) and the country the party belongs to:
 * unambiguous national parties only (no package lists parties by country).
 */
export const PARTY_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['ÖVP', 'AT'], ['VP', 'AT'], ['SPÖ', 'AT'], ['FPÖ', 'AT'], ['NEOS', 'AT'], ['BZÖ', 'AT'],
  ['CDU', 'DE'], ['CSU', 'DE'], ['SPD', 'DE'], ['AfD', 'DE'], ['BSW', 'DE'],
  ['SVP', 'CH'], ['SP', 'CH'], ['FDP.The Liberals', 'CH'],
]);

/** Head nouns of buildings and places named after people (`Noor Mosque`, `Sophia Museum`). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'mosque', 'museum', 'church', 'cathedral', 'school', 'college', 'university', 'hospital', 'street', 'road',
  'avenue', 'square', 'park', 'airport', 'hotel', 'bridge', 'stadium', 'arena', 'centre', 'center', 'hall',
  'institute', 'foundation', 'prize', 'award', 'spurs', 'moschee', 'kirche', 'schule', 'universität', 'stiftung',
  'platz', 'preis', 'brücke', 'flughafen', 'stadion', 'krankenhaus', 'klinik', 'institut',
]);

/** German compound endings of such places (`Jehudastraße`, `Marienkirche`). */
export const PLACE_SUFFIXES: readonly string[] = ['straße', 'strasse', 'gasse', 'platz', 'kirche', 'schule', 'allee'];
