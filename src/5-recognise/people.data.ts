/** Word lists the people recogniser and the people resolver use (closed classes of German and English). */

/** Lower-case particles inside names (`Jeroen van der Veer`, `Staffan de Mistura`, `Mohammed bin Salman`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'la', 'le', 'ten', 'ter', 'bin', 'ibn', 'bint', 'al', 'el', 'ul', 'y',
]);

/** Particles that are a name's only by a following particle or name (`der` only in `van der`, `von der`). */
export const SECOND_PARTICLES: ReadonlySet<string> = new Set(['der', 'den', 'la', 'le', 'y']);

/** Particles of Arabic names, written with a hyphen (`al-Assad`, `el-Sisi`): their shape alone marks a name. */
export const ARABIC_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'abu']);

/** Capitalised words that are never part of a name: sentence-initial function words, months, weekdays. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  // German
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'er', 'sie', 'es', 'wir',
  'ihr', 'ich', 'du', 'man', 'und', 'oder', 'aber', 'doch', 'denn', 'auch', 'noch', 'nur', 'schon', 'so', 'wie', 'als',
  'wenn', 'weil', 'dass', 'ob', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'seit', 'von', 'vom', 'zu',
  'zum', 'zur', 'für', 'gegen', 'ohne', 'um', 'unter', 'über', 'vor', 'hinter', 'neben', 'zwischen', 'dieser', 'diese',
  'dieses', 'jener', 'jede', 'jeder', 'alle', 'viele', 'sein', 'seine', 'ihre', 'unser', 'unsere', 'nicht', 'kein', 'keine',
  'hier', 'dort', 'da', 'dann', 'jetzt', 'heute', 'gestern', 'morgen', 'laut', 'sagte', 'sagt', 'erklärte', 'betonte',
  'hat', 'ist', 'war', 'wird', 'wurde', 'sind', 'waren', 'haben', 'hatte', 'kann', 'soll', 'will', 'muss', 'bis', 'durch',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'jänner', 'februar', 'märz',
  'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'mitte', 'ende', 'anfang',
  'beginn', 'andere', 'anderen', 'einige', 'mehrere', 'beide', 'beiden', 'weitere', 'weiteren', 'wenige', 'manche',
  'solche', 'sowohl', 'weder', 'bereits', 'zudem', 'außerdem', 'danach', 'damals', 'deshalb', 'daher', 'trotz', 'während',
  'wegen', 'statt', 'etwa', 'rund', 'fast', 'knapp', 'mehr', 'weniger', 'erst', 'zuletzt', 'sehr', 'ganz', 'immer',
  // English
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'of', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'into', 'as', 'he',
  'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'there', 'here',
  'said', 'says', 'told', 'after', 'before', 'when', 'while', 'if', 'then', 'now', 'today', 'yesterday', 'also', 'however',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'may',
  'june', 'july', 'october', 'december', 'sept', 'although', 'though', 'our', 'your', 'my', 'some', 'many', 'most', 'all',
  'both', 'each', 'every', 'such', 'what', 'which', 'who', 'why', 'how', 'where', 'because', 'since', 'until', 'unless',
  'despite', 'during', 'among', 'according', 'last', 'next', 'first', 'so', 'yet', 'still', 'even', 'only', 'just', 'not',
  'no', 'yes', 'more', 'less', 'other', 'another', 'emeritus',
]);

/**
 * Words after a name that make it part of an organisation's or place's name
 * (`Carl Zeiss Stiftung`, `Matthew Humberstone School`, `Dave Matthews Band`).
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'school', 'college', 'university', 'universität', 'hochschule', 'gymnasium', 'schule', 'band', 'orchestra', 'orchester',
  'theatre', 'theater', 'stiftung', 'foundation', 'institute', 'institut', 'group', 'gruppe', 'airlines', 'airways',
  'motors', 'bank', 'hotel', 'street', 'straße', 'strasse', 'park', 'award', 'awards', 'prize', 'preis', 'cup', 'pokal',
  'show', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'kg', 'verlag', 'museum', 'stadium',
  'stadion', 'arena', 'hall', 'halle', 'center', 'centre', 'zentrum', 'hospital', 'krankenhaus', 'klinik', 'klinikum',
  'church', 'kirche', 'cathedral', 'dom', 'bridge', 'brücke', 'avenue', 'allee', 'platz', 'square', 'road', 'airport',
  'flughafen', 'station', 'bahnhof', 'gallery', 'galerie', 'trust', 'fund', 'fonds', 'prison', 'gefängnis', 'library',
  'bibliothek', 'project', 'projekt', 'festival', 'trophy', 'memorial', 'spurs', 'united', 'city', 'rovers', 'league',
  'liga', 'studios', 'studio', 'research', 'capital', 'partners', 'holdings', 'investments', 'securities', 'associates',
  'brothers', 'media', 'entertainment', 'records', 'pictures', 'systems', 'consulting', 'werke', 'werft', 'unit',
  'agency', 'service', 'services', 'council', 'committee', 'commission', 'department', 'ministry', 'authority', 'board',
  'bureau', 'management', 'foods', 'industries', 'enterprises', 'ventures', 'stores', 'motor', 'gesellschaft', 'verein',
  'partei', 'party', 'institution', 'academy', 'akademie', 'air', 'flight', 'world', 'electric', 'dynamics', 'mosque',
  'moschee', 'synagogue', 'synagoge', 'temple', 'tempel', 'chapel', 'kapelle', 'abbey', 'abtei', 'monastery', 'kloster',
  'palace', 'palast', 'castle', 'schloss', 'tower', 'turm', 'gardens', 'zoo', 'beach', 'island', 'islands', 'river',
  'valley', 'mountains', 'bay', 'canyon', 'falls', 'county',
]);

/** German compound endings of street and building names (`Jehudastraße`, `Marienkirche`), never of surnames. */
export const PLACE_ENDINGS: readonly string[] = ['straße', 'strasse', 'platz', 'allee', 'gasse', 'brücke', 'kirche', 'schule'];

/** Words before a name that make it a place's or saint's name (`San Antonio`, `St. Johann`, `Bad Homburg`). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  'st', 'sankt', 'san', 'santa', 'santo', 'são', 'sao', 'saint', 'ste', 'fort', 'port', 'mount', 'lake', 'cape', 'bad',
  'villa', 'casa', 'hotel', 'club', 'fc', 'sc', 'sv', 'vfl', 'vfb', 'tsv',
]);

/**
 * Words before a role that stay part of its written form (spec: `frühere Regierungschefin`):
 * German stems take the adjective endings, English words stand as they are.
 */
const QUALIFIER_STEMS_DE = [
  'früher', 'ehemalig', 'einstig', 'damalig', 'designiert', 'amtierend', 'scheidend', 'stellvertretend',
  'geschäftsführend', 'selbsternannt', 'selbst ernannt', 'kommissarisch', 'künftig',
];
const QUALIFIERS_EN = [
  'former', 'then', 'acting', 'incoming', 'outgoing', 'deputy', 'interim', 'self-proclaimed', 'self-styled', 'ex',
];
export const ROLE_QUALIFIERS: ReadonlySet<string> = new Set([
  ...QUALIFIER_STEMS_DE.flatMap((s) => ['e', 'er', 'en', 'em', 'es'].map((e) => `${s.split(' ').pop()}${e}`)),
  ...QUALIFIERS_EN.map((q) => q.split(/[ -]/).pop()!),
  'ex',
]);

/** German determiners: `die Frau`, `eine Frau` are the noun, not the title `Frau Merkel`. */
export const GERMAN_DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'jede', 'jeder', 'jeden',
  'keine', 'keiner', 'seine', 'seiner', 'ihre', 'ihrer', 'meine', 'deine', 'unsere', 'eure', 'diese', 'dieser', 'jene',
  'welche', 'junge', 'jungen', 'alte', 'alten', 'ältere', 'älteren',
]);

/**
 * Endings of German common nouns (`Verhandlung`, `Sicherheit`, `Gemeinschaft`): a capitalised
 * word with one of them is no surname (`Präsident Verhandlungen` is no person).
 */
export const GERMAN_NOUN_ENDINGS: readonly string[] = [
  'ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'tät', 'täten', 'ismus', 'nisse',
  'tum', 'tümer', 'ium', 'chen', 'lein', 'ität', 'ik',
];
/** A German common noun keeps at least this many letters before its ending (`Rung` is no `-ung` noun). */
export const GERMAN_NOUN_STEM = 3;
