/**
 * Word lists the country recogniser uses to tell a country word from the same word in another
 * sense: a company, broadcaster or bank name, a US state, a river, a common noun, a person.
 * All entries are folded (lower case) and compared with token `lower` texts.
 */

/**
 * A capitalised word right after a country word that makes the pair the name of a company,
 * broadcaster, bank or event: `Deutsche Bank`, `Deutsche Welle`, `Japan Airlines`, `China Daily`,
 * `US Open`, `British Airways`.
 */
export const NAME_HEADS_AFTER: ReadonlySet<string> = new Set([
  'bank', 'banken', 'airlines', 'airways', 'airline', 'air', 'telekom', 'telecom', 'welle', 'bahn', 'post', 'postbank',
  'petroleum', 'steel', 'motors', 'times', 'daily', 'today', 'herald', 'tobacco', 'railways', 'rail', 'mobile',
  'television', 'tv', 'radio', 'broadcasting', 'open', 'grand', 'prix', 'inc', 'ltd', 'corp', 'corporation',
  'holdings', 'express', 'post', 'telegraph', 'gas', 'pictures', 'vogue', 'idol', 'börse', 'lufthansa', 'presse',
  'presse-agentur', 'wirtschafts', 'bundesbank', 'rentenversicherung', 'vermögensberatung', 'rundfunk',
  // seas and oceans named after a country: `Indian Ocean`, `South China Sea`, `Indischer Ozean`
  'ocean', 'sea', 'ozean', 'meer', 'press',
]);

/**
 * Words right before a country word that make it part of another name: `Bank of England`,
 * `Bank Austria`, `Air India`, `Voice of America`, `University of Washington`. Given as token
 * sequences ending just before the country word.
 */
export const NAME_HEADS_BEFORE: readonly (readonly string[])[] = [
  ['bank', 'of'], ['bank'], ['air'], ['voice', 'of'], ['university', 'of'], ['radio', 'free'], ['church', 'of'],
  ['prince', 'of'], ['princess', 'of'], ['national', 'bank', 'of'], ['royal', 'bank', 'of'], ['miss'], ['new'],
  ['new', 'south'], ['lower'], ['upper'], ['all', '-'], ['gulf', 'of'], ['sea', 'of'], ['golf', 'von'], ['islamic', 'state', 'of'], ['islamic', 'state', 'in'], ['islamischer', 'staat', 'im'],
  ['islamischen', 'staat', 'im'], ['islamischen', 'staates', 'im'], ['islamic', 'state', 'of', 'iraq', 'and'],
  ['islamic', 'state', 'in', 'iraq', 'and'], ['islamischer', 'staat', 'im', 'irak', 'und'], ['islamischen', 'staat', 'im', 'irak', 'und'],
];

/**
 * Qualifiers that make a demonym or name a region's: `Latin American`, `North American`, `Native American`,
 * `African American`, `Latin America`. (The German forms are single words: `lateinamerikanisch`.)
 */
export const REGION_BEFORE_DEMONYM: ReadonlySet<string> = new Set(['latin', 'south', 'north', 'central', 'native', 'african', 'pan', 'asian', 'indo', 'meso']);

/** Names that a qualifier makes a continent or region (`Latin America`, `South Georgia`); `North Wales` stays Wales. */
export const CONTINENT_LIKE_NAMES: ReadonlySet<string> = new Set(['america', 'georgia']);

/** Country names that are also US states: `Atlanta, Georgia`, `Washington state`. */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(['georgia', 'washington']);

/** Words after a US state name that show it is the state: `Georgia's governor`, `Washington state`. */
export const US_STATE_CUES_AFTER: ReadonlySet<string> = new Set([
  'state', 'governor', 'senate', 'senator', 'legislature', 'county', 'bulldogs', 'tech', 'democrats', 'republicans',
  'primary', 'voters', 'secretary', 'gov', 'supreme',
]);

/** Words before a US state name that show it is the state: `the state of Georgia`, `Gov. … of Georgia`. */
export const US_STATE_CUES_BEFORE: ReadonlySet<string> = new Set(['state', 'gov', 'governor', 'northern', 'southern', 'eastern', 'western', 'rural', 'a', 'an']);

/** Country names that are also rivers: `the River Jordan`, `the Niger Delta`. */
export const RIVER_NAMES: ReadonlySet<string> = new Set(['jordan', 'niger', 'congo', 'kongo']);
export const RIVER_CUES: ReadonlySet<string> = new Set(['river', 'delta', 'valley', 'basin', 'fluss', 'delta', 'ufer']);

/** Common nouns written like a country at the start of a sentence: `Turkey sandwiches`, `China cups`, `Guinea pigs`. */
export const COMMON_NOUN_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['turkey', new Set(['dinner', 'dinners', 'sandwich', 'sandwiches', 'breast', 'meat', 'leg', 'legs', 'farm', 'farms', 'farmer', 'farmers', 'burger', 'burgers', 'slices', 'vulture', 'vultures', 'hunting', 'season'])],
  ['china', new Set(['plate', 'plates', 'cup', 'cups', 'set', 'sets', 'shop', 'cabinet', 'doll', 'dolls', 'clay', 'teacup', 'teacups', 'dishes', 'pattern'])],
  ['guinea', new Set(['pig', 'pigs', 'fowl', 'fowls', 'worm', 'worms', 'hen', 'hens'])],
  ['brazil', new Set(['nut', 'nuts'])],
  ['pole', new Set(['position', 'vault', 'vaulter', 'dancing', 'dancer'])],
  ['brussels', new Set(['sprout', 'sprouts'])],
  // idioms with a demonym: `French fries`, `Swiss cheese`, `Danish pastry`, `Indian summer`
  ['french', new Set(['fries', 'toast', 'horn', 'horns', 'kiss', 'kissing', 'dressing', 'press', 'doors', 'window', 'windows', 'manicure', 'braid', 'bulldog'])],
  ['swiss', new Set(['cheese', 'chard', 'roll', 'army'])],
  ['danish', new Set(['pastry', 'pastries'])],
  ['turkish', new Set(['delight', 'bath', 'baths'])],
  ['russian', new Set(['roulette', 'doll', 'dolls', 'dressing'])],
  ['dutch', new Set(['oven', 'ovens', 'courage', 'auction', 'uncle'])],
  ['chinese', new Set(['whispers', 'lantern', 'lanterns', 'checkers', 'takeaway', 'takeout'])],
  ['indian', new Set(['summer', 'ink', 'file'])],
  ['mexican', new Set(['wave', 'standoff'])],
  ['german', new Set(['shepherd', 'shepherds', 'measles'])],
  ['english', new Set(['breakfast', 'muffin', 'muffins', 'channel', 'language', 'teacher', 'speakers', 'literature', 'translation'])],
]);

/** In an all-capitals headline, `US` after one of these is the pronoun: `LET US`, `JOIN US`, `FOR ALL OF US`. */
export const US_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'let', 'tell', 'give', 'help', 'join', 'follow', 'call', 'contact', 'with', 'for', 'about', 'of', 'among', 'email',
  'show', 'ask', 'send', 'told', 'gave', 'helped', 'joined', 'see', 'watch', 'sent', 'against', 'from', 'like',
  'without', 'behind', 'between', 'before', 'after', 'beside', 'toward', 'towards', 'upon', 'within', 'around', 'near',
  'all', 'both', 'many', 'some', 'none', 'most', 'few', 'each',
]);

/** Honorifics before a surname that looks like a country: `Mr Jordan`, `Frau Georgia`. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lady', 'lord', 'herr', 'frau']);

/**
 * Capitals that stand for an organisation seated there, not for the country, when the document
 * names that organisation: `Brussels wants to cut roaming charges` (the EU). After a locative
 * preposition the city is a place again (`in Brüssel` → Belgium).
 */
export const SEAT_OF_ORGANIZATION: ReadonlyMap<string, string> = new Map([
  ['brussels', 'EU'],
  ['brüssel', 'EU'],
]);
export const LOCATIVE_BEFORE: ReadonlySet<string> = new Set(['in', 'nach', 'aus', 'to', 'from', 'at', 'near', 'bei', 'via', 'von']);

/** Country words that are also common first names or surnames: `Jordan Peterson`, `Denzel Washington`, `Chad Smith`. */
export const PERSON_NAME_FORMS: ReadonlySet<string> = new Set([
  'jordan', 'chad', 'georgia', 'washington', 'israel', 'india', 'kenya', 'sofia', 'paris', 'victoria', 'lima', 'florence',
  'tonga', 'kuwait', 'ghana', 'cuba', 'malta', 'jamaica', 'sydney', 'austin',
]);

/** Capitalised words that start sentences or precede a country without being a first name: `In Jordan`, `From Washington`. */
export const NOT_FIRST_NAMES: ReadonlySet<string> = new Set([
  'in', 'from', 'to', 'at', 'on', 'for', 'with', 'by', 'and', 'but', 'or', 'the', 'as', 'after', 'before', 'since', 'when',
  'while', 'if', 'under', 'of', 'about', 'across', 'against', 'between', 'into', 'near', 'over', 'through', 'toward',
  'towards', 'without', 'within', 'both', 'neither', 'unlike', 'like', 'including', 'meanwhile', 'also', 'then', 'now',
  'why', 'how', 'where', 'so', 'only', 'even', 'beyond', 'besides', 'per', 'via', 'that', 'this', 'neighbouring',
  'neighboring', 'communist', 'soviet', 'imperial', 'nazi', 'mainland', 'western', 'eastern', 'northern', 'southern',
  'central', 'im', 'nach', 'aus', 'mit', 'für', 'gegen', 'von', 'zwischen', 'und', 'oder', 'auch', 'dass', 'wie', 'über',
]);

/** Before a demonym, these make it a language name: `in German`, `speaks Spanish`, `translated into French`. */
export const LANGUAGE_CUES_BEFORE: ReadonlySet<string> = new Set([
  'in', 'into', 'speak', 'speaks', 'spoke', 'speaking', 'spoken', 'learn', 'learns', 'learned', 'learning', 'teach',
  'teaches', 'taught', 'translated', 'fluent', 'native',
]);
/** …when the language name ends the phrase: `in German.`, `in Spanish and English`. */
export const LANGUAGE_ENDS_BEFORE: ReadonlySet<string> = new Set(['and', 'or', 'as', 'with', 'to', 'is', 'was', 'but', 'by', 'for', 'at', 'on', 'language', 'languages', 'translation']);

/** German country names that are English words, part of an English place name after a capitalised word: `Padre Island`, `Rhode Island`. */
export const ENGLISH_HOMOGRAPHS_DE: ReadonlySet<string> = new Set(['island']);
