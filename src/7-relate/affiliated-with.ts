/**
 * affiliated_with: person → country, with the office as written (`role`) where it is a state
 * office or a post; occupations (`entrepreneur`) and counterparts (`Amtskollege`) give no role.
 * Explicit cues first, for every person:
 * - a country right before the role (`die kanadische Außenministerin`, `Japans Premier`,
 *   `US-Außenminister`, `UK entrepreneur`, `ihr japanischer Amtskollege`), also in apposition
 *   (`…, Japans Premierminister, …`), or right after it (`Außenminister Kanadas`, `President of France`);
 * - a party (`Sebastian Kurz (ÖVP)`, `SPD-Chef`, `the Liberal Democrats' spokesman`);
 * - a stated nationality (`who has dual British and Zambian nationality`) or demonym (`der Brite X`).
 * Then, only for a person with no explicit cue who holds a state office (not one of an
 * organisation: `UN-Sondergesandter`), conservative defaults: the countries where the office
 * exists (`Home Secretary` → GB) when the document names one; else the country the person's own
 * sentences agree on; else, when the role's sentence names no other country, the document's home
 * country (a capital dateline `OTTAWA –`, the country of the parties it names, the country a headline
 * opens with, or the only state it names). An analyst with no stated country has none.
 * Planned once per document; each relation is emitted with the sentence it was read from.
 */
import type { Doc, Mention, Relation, Token } from '../doc.js';
import { isSpaceUnit } from '../4-segment/tokens.js';
import { isActorMention, isStateMention } from './mentions.js';

/** One affiliation found, with the sentence it was read from (the relation's evidence). */
export interface Affiliation {
  person: string;
  country: string;
  /** the office or post as written; undefined (but present: one object shape) when there is none */
  role: string | undefined;
  /** the rule's name, as the relation's provenance (`affiliated_with.country-role`) */
  rule: string;
  sentence: number;
}

const NO_AFFILIATIONS: Affiliation[] = [];

// The regexes of the rules below, made once here (a regex literal inside a function is made again at each call)
const ONE_SPACE = /\s/;
const ROLE_OF_GAP = /^\s*(?:of\s+(?:the\s+)?)?$/;
const NAME_GAP = /^\s*,?\s*$/;
const HYPHEN_GAP = /^\s*-?\s*$/;
const ACRONYM_BEFORE = /(?:^|[\s(])\p{Lu}{2,}(?:-|\s)$/u;
const POSSESSIVE_GAP = /^['’s\s]*$/u;
const SENTENCE_OPENER = /^[.!?:;"“”„(–—-]$/;
const DATELINE_DASH = /^\s*(?:\([^)\n]{1,30}\)\s*)?[–—-]\s/;
const LINE_OR_SENTENCE_END = /(?:\n\s*|[.!?]\s+)$/;

/**
 * The document's affiliations in sentence order (within a sentence, in the order they were found).
 * Relate emits them, each with its sentence, before the other rules run.
 */
// "Außenministerin Melanie Joly", "ihrem japanischen Amtskollegen Yoshimasa Hayashi", "Kurt Fischer (VP)"
export function planAffiliations(doc: Doc): Affiliation[] {
  // only people are affiliated: a document naming none needs no view (most documents name some country only)
  if (!hasKeyedPerson(doc.mentions)) return NO_AFFILIATIONS;
  const view = new DocView(doc);
  const people = view.people;
  const found: Affiliation[] = [];
  const explicit = new Set<string>();
  // the mentions with a state office, the only ones a default can affiliate (a few of all people)
  let offices: Mention[] | undefined;
  for (const m of people) {
    if (explicitAffiliations(view, m, found)) explicit.add(m.key);
    if (m.attrs?.roleClass === 'office') (offices ??= []).push(m);
  }
  if (offices === undefined) return sortedBySentence(found);
  for (const m of offices) {
    if (explicit.has(m.key)) continue;
    const a = officeDefault(view, m);
    if (a) {
      found.push(a);
      explicit.add(m.key);
    }
  }
  return sortedBySentence(found);
}

/** Whether some person mention was resolved to an entity (a plain loop that stops at the first). */
function hasKeyedPerson(mentions: readonly Mention[]): boolean {
  for (const m of mentions) if (m.type === 'person' && m.key !== '') return true;
  return false;
}

/** Explicit cues are found in text order, office defaults after them: a stable sort puts each in its sentence. */
function sortedBySentence(found: Affiliation[]): Affiliation[] {
  if (found.length > 1) found.sort(bySentence);
  return found;
}

function bySentence(a: Affiliation, b: Affiliation): number {
  return a.sentence - b.sentence;
}

/** The relation an affiliation states (its keys in the order of the output: role, when there is one, before rule). */
export function affiliationRelation(a: Affiliation): Omit<Relation, 'evidence'> {
  return a.role
    ? { type: 'affiliated_with', source: a.person, target: a.country, role: a.role, rule: a.rule }
    : { type: 'affiliated_with', source: a.person, target: a.country, rule: a.rule };
}

/** Adds the person mention's explicit affiliations to `found`; true when there is one. */
function explicitAffiliations(view: DocView, m: Mention, found: Affiliation[]): boolean {
  const before = found.length;
  const attrs = m.attrs;
  // most people have no role: its other attributes are read only when they have one
  const byRole = attrs?.roleStart === undefined ? undefined : roleAffiliation(view, m);
  if (byRole) found.push(byRole);
  // a country stated with the role outweighs the party's (`Austria's conservative leader`)
  else if (attrs?.party) {
    const party = partyCountry(view, attrs.party);
    if (party) found.push({ person: m.key, country: party, role: relationRole(m), rule: 'affiliated_with.party', sentence: view.sentenceOf(m.start) });
  }
  // the nationality rules read demonyms (`British`, `der Brite`): a document naming none needs neither
  if (view.hasDemonym) {
    if (view.hasNationalityCue) {
      const sentence = view.sentenceOf(m.start);
      for (const country of statedNationality(view, m, sentence)) found.push({ person: m.key, country, role: undefined, rule: 'affiliated_with.nationality', sentence });
    }
    const demonym = demonymBefore(view, m);
    if (demonym) found.push({ person: m.key, country: demonym, role: undefined, rule: 'affiliated_with.demonym-name', sentence: view.sentenceOf(m.start) });
  }
  return found.length > before;
}

/** The country stated with the person's role (`die kanadische Außenministerin`, `President of France`), if any. */
function roleAffiliation(view: DocView, m: Mention): Affiliation | undefined {
  const roleStart = numberAttr(m.attrs?.roleStart);
  const roleEnd = roleStart === undefined ? undefined : numberAttr(m.attrs?.roleEnd);
  if (roleStart === undefined || roleEnd === undefined || organizationRole(view, roleStart)) return undefined;
  const country = countryBeforeRole(view, m, roleStart) ?? countryAfterRole(view, m, roleEnd);
  return country ? { person: m.key, country: country.key, role: relationRole(m), rule: 'affiliated_with.country-role', sentence: view.sentenceOf(m.start) } : undefined;
}

/** The role on the relation: an office or post as written; an occupation or counterpart gives none. */
function relationRole(m: Mention): string | undefined {
  const cls = m.attrs?.roleClass;
  return cls === 'office' || cls === 'post' ? m.attrs?.role : undefined;
}

/** A numeric attribute's value (`roleStart`), read by the caller by name: a keyed read by variable is slower. */
function numberAttr(v: string | undefined): number | undefined {
  return v === undefined ? undefined : Number(v);
}

/** Words that may stand between a country and its role: none that link to another phrase. */
const GAP_STOPS: ReadonlySet<string> = new Set([
  'und', 'oder', 'in', 'im', 'mit', 'von', 'vom', 'aus', 'für', 'gegen', 'nach', 'bei', 'zu', 'zum', 'zur', 'an', 'auf',
  'über', 'sagte', 'and', 'or', 'with', 'of', 'for', 'from', 'to', 'against', 'at', 'by', 'on', 'in', 'said', 'the', 'a',
  'an', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'who', 'which', 'that', 'is',
  'was', 'has', 'ist', 'war', 'hat',
]);
const GAP_WORDS = 3;

/**
 * The country right before a role: nothing between them but a hyphen, a possessive, or up to three
 * lower-case modifiers (`Japans früherer Premierminister`, `Japan's foreign minister`). For a role in
 * apposition the country stands between the name and the role.
 */
function countryBeforeRole(view: DocView, m: Mention, roleStart: number): Mention | undefined {
  const country = lastBefore(view.countries, roleStart);
  // a capital is a place (`LONDON - Analyst …` is a dateline)
  if (!country || country.kind === 'capital' || (roleStart > m.end && country.start < m.end)) return undefined;
  const { tokens, text } = view.doc;
  const german = view.doc.language === 'de';
  // `in China behielt Konzernchef Tim Cook`: a country after a place preposition is a place (tested when a word needs it)
  let place: boolean | undefined;
  // the tokens between country and role, read in place
  const first = firstTokenFrom(view.doc, country.end);
  let words = 0;
  for (let k = first; k < tokens.length && tokens[k].end <= roleStart; k++) {
    const t = tokens[k];
    // `US-Außenminister`, not the dash of a dateline (`KANADA - Außenministerin …`)
    if (isApostrophe(t.text) || (t.text === '-' && !ONE_SPACE.test(text[t.start - 1] ?? ' ') && !ONE_SPACE.test(text[t.end] ?? ' '))) continue;
    if (t.lower === 's' && k > first && isApostrophe(tokens[k - 1].text)) continue;
    // `Austria's Conservative leader`: the party is part of the role's phrase
    if (view.partyStarts.has(t.start)) continue;
    if (!t.word || upperInitial(t.text) || GAP_STOPS.has(t.lower) || ++words > GAP_WORDS) return undefined;
    if ((place ??= PLACE_BEFORE.test(text.slice(Math.max(0, country.start - 12), country.start)))) return undefined;
    // modifiers only: German adjectives (`früherer`), English words that are no past-tense verbs
    if (german ? !GERMAN_ADJECTIVE.test(t.lower) : t.lower.endsWith('ed')) return undefined;
  }
  return country;
}

/** `/^['’]$/`: an apostrophe token. */
function isApostrophe(text: string): boolean {
  return text === "'" || text === '’';
}

/** `/^\p{Lu}/u`, with ASCII decided by the code unit (its only upper-case letters are A-Z). */
function upperInitial(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_INITIAL.test(text);
}

const UPPER_INITIAL = /^\p{Lu}/u;

/** `UK food group`, `US-Konzern`: a country before a company word names the company's home, not a state's act. */
const COMPANY_AFTER = /^(?:\s+|-)(?:\p{L}+\s+)?(?:firms?|compan(?:y|ies)|group|bank|carrier|airline|operator|giant|maker|Konzern\p{L}*|Unternehmen|Firm\p{L}*|Bank|Hersteller|Gruppe)\b/iu;

const GERMAN_ADJECTIVE = /(?:e|en|er|es|em)$/;
const PLACE_BEFORE = /(?:^|\s)(?:in|im|nach|aus|bei|von|vom|zu|gegen|mit|über|from|to|into|at|with|against|over|via)\s+(?:der|die|den|dem|das|the)?\s*$/i;

/** `Außenminister Kanadas Melanie Joly`, `President of France Emmanuel Macron`: a country between role and name. */
function countryAfterRole(view: DocView, m: Mention, roleEnd: number): Mention | undefined {
  if (roleEnd > m.start) return undefined;
  const country = firstFrom(view.countries, roleEnd);
  if (!country || country.end > m.start) return undefined;
  const before = view.doc.text.slice(roleEnd, country.start);
  const after = view.doc.text.slice(country.end, m.start);
  return ROLE_OF_GAP.test(before) && NAME_GAP.test(after) ? country : undefined;
}

/** `UN-Sondergesandte`, `NATO Secretary-General`: an office of an organisation, not of a state. */
function organizationRole(view: DocView, roleStart: number): boolean {
  const org = lastBefore(view.organizations, roleStart);
  return org !== undefined && HYPHEN_GAP.test(view.doc.text.slice(org.end, roleStart));
}

/**
 * `IAAF-Präsident`, `FIFA president`, and in English `Toyota president Fujio Cho`: an office of a
 * body we do not know (an acronym, or in English any capitalised name inside the sentence that is
 * no country or party) belongs to that body, not to the home country.
 */
function acronymPrefix(view: DocView, roleStart: number): boolean {
  const { doc } = view;
  if (ACRONYM_BEFORE.test(doc.text.slice(Math.max(0, roleStart - 12), roleStart))) return true;
  if (doc.language !== 'en') return false;
  const { tokens } = doc;
  let p = firstTokenFrom(doc, roleStart) - 1;
  // `Toyota's president`
  if (tokens[p]?.lower === 's' && isApostrophe(tokens[p - 1]?.text ?? '')) p -= 2;
  else if (isApostrophe(tokens[p]?.text ?? '')) p -= 1;
  const word = tokens[p];
  if (!word?.word || !upperInitial(word.text) || !POSSESSIVE_GAP.test(doc.text.slice(word.end, roleStart))) return false;
  const country = lastBefore(view.countries, word.end);
  if ((country && country.end === word.end) || view.partyStarts.has(word.start)) return false;
  // the first word of a sentence is capitalised anyway (`And Home Secretary …`)
  const before = tokens[p - 1];
  const first = before === undefined || SENTENCE_OPENER.test(before.text) || view.sentenceOf(word.start) !== view.sentenceOf(before.start);
  return !first && !SENTENCE_LINKS.has(word.lower);
}

const SENTENCE_LINKS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'then', 'so', 'now', 'as', 'when', 'while', 'the', 'a']);

function firstTokenFrom(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A party's country: the only one, or among several (`Grüne`) the document's home country; a
 * country merely named elsewhere does not decide (`die Grünen … in der Schweiz` may be Austrians).
 */
function partyCountry(view: DocView, countries: string | undefined): string | undefined {
  if (!countries) return undefined;
  if (!countries.includes('|')) return `country:${countries}`;
  const home = view.home;
  return home && home.startsWith('country:') && countries.split('|').includes(home.slice('country:'.length)) ? home : undefined;
}

const NATIONALITY_WORDS = /^(?:nationality|nationalities|citizenship|passports?|staatsbürgerschaft(?:en)?|staatsangehörigkeit(?:en)?|nationalität(?:en)?|pass|pässe)$/;

/** NATIONALITY_WORDS' test, after its first letters (`n`, `c`, `p`, `s`): the word after most demonyms starts otherwise, and skips the regex. */
function isNationalityWord(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return (c === 0x6e || c === 0x63 || c === 0x70 || c === 0x73) && NATIONALITY_WORDS.test(lower);
}

const NO_COUNTRIES: readonly string[] = [];
const NATIONALITY_LINKS: ReadonlySet<string> = new Set(['and', 'und', ',', 'sowie', 'or', 'oder']);

/**
 * `Mr Mubanga, who has dual British and Zambian nationality`: demonyms before a nationality word,
 * after the person in the same sentence (the nearest person before them).
 */
function statedNationality(view: DocView, m: Mention, si: number): readonly string[] {
  const { doc } = view;
  const sentence = doc.sentences[si];
  let demonyms: Mention[] | undefined;
  for (let k = firstIndexFrom(view.countries, m.end); k < view.countries.length && view.countries[k].end <= sentence.end; k++) {
    if (view.countries[k].kind === 'demonym') (demonyms ??= []).push(view.countries[k]);
  }
  // most people have no demonym after them: nothing to allocate
  if (demonyms === undefined) return NO_COUNTRIES;
  const found: string[] = [];
  for (let k = 0; k < demonyms.length; k++) {
    // the run of coordinated demonyms that ends right before the nationality word
    let j = k;
    while (j + 1 < demonyms.length && linked(doc, demonyms[j], demonyms[j + 1])) j++;
    const next = firstTokenBetween(doc, demonyms[j].end, Math.min(sentence.end, demonyms[j].end + 40));
    if (next && isNationalityWord(next.lower) && !personBetween(view, m, demonyms[k].start)) {
      for (let q = k; q <= j; q++) found.push(demonyms[q].key);
    }
    k = j;
  }
  return [...new Set(found)];
}

function linked(doc: Doc, a: Mention, b: Mention): boolean {
  const between = tokensBetween(doc, a.end, b.start);
  return between.length > 0 && between.every((t) => NATIONALITY_LINKS.has(t.lower));
}

/** true when another person is named between the mention and `offset` (the cue then belongs to them). */
function personBetween(view: DocView, m: Mention, offset: number): boolean {
  const next = view.people[firstIndexFrom(view.people, m.end)];
  return next !== undefined && next.start < offset;
}

/** `der Brite Richard Branson`, `Briton John Smith`: a demonym noun right before the name. */
function demonymBefore(view: DocView, m: Mention): string | undefined {
  const c = lastBefore(view.countries, m.start);
  // one white space unit between them (what /^\s$/ tested of the slice), read in place
  if (!c || c.kind !== 'demonym' || m.start - c.end !== 1 || !isSpaceUnit(view.doc.text.charCodeAt(c.end))) return undefined;
  // a noun (`Brite`, `Briton`), not an adjective before a role (`British entrepreneur` is the role rule's)
  return upperInitial(c.text) && !m.attrs?.roleStart ? c.key : undefined;
}

/**
 * A state office with no explicit country: the office's own countries, the person's sentences, or
 * the document's home country, in that order.
 */
function officeDefault(view: DocView, m: Mention): Affiliation | undefined {
  if (m.attrs?.roleClass !== 'office') return undefined;
  const roleStart = numberAttr(m.attrs?.roleStart);
  if (roleStart === undefined || organizationRole(view, roleStart) || acronymPrefix(view, roleStart)) return undefined;
  const sentence = view.sentenceOf(m.start);
  const role = m.attrs.role;
  // most offices exist in any country: the list is split only when there is one
  const roleCountries = m.attrs.roleCountries;
  if (roleCountries) {
    const implied = impliedCountries(roleCountries);
    if (implied.length > 0) {
      const pick = officeCountry(view, implied);
      return pick ? { person: m.key, country: pick, role, rule: 'affiliated_with.office-country', sentence } : undefined;
    }
  }
  const here = view.statesIn(sentence) ?? NO_STATES;
  if (here.size === 0) {
    const home = view.home ?? onlyState(view, m.attrs.roleId);
    return home && homeFits(view, m.key, home) && previousFits(view, sentence, home)
      ? { person: m.key, country: home, role, rule: 'affiliated_with.home-office', sentence }
      : undefined;
  }
  // `Premierminister Fumio Kishida` in a sentence about Japan and Canada, and `die Regierung von
  // Kishida … japanische Kernkraftwerke` later: the person's other sentences decide
  const votes = new Set<string>();
  for (const other of byPerson(view, m.key)) {
    const si = view.sentenceOf(other.start);
    const states = view.statesIn(si);
    if (si === sentence || !states || states.size !== 1) continue;
    for (const c of states) if (here.has(c)) votes.add(c);
  }
  return votes.size === 1 ? { person: m.key, country: [...votes][0], role, rule: 'affiliated_with.person-context', sentence } : undefined;
}

/** An office's countries (`GB|IE` → `country:GB`, `country:IE`), split once per list: the lists are the lexicon's few. */
function impliedCountries(roleCountries: string): readonly string[] {
  let keys = IMPLIED_COUNTRIES.get(roleCountries);
  if (keys === undefined) {
    keys = roleCountries.split('|').filter(Boolean).map((c) => `country:${c}`);
    if (IMPLIED_COUNTRIES.size >= 1000) IMPLIED_COUNTRIES.clear();
    IMPLIED_COUNTRIES.set(roleCountries, keys);
  }
  return keys;
}

const IMPLIED_COUNTRIES = new Map<string, readonly string[]>();

/**
 * Of an office's countries, the one the document names; when it names several, the home country
 * if it is one of them (counted as listed: no filtered copy per person).
 */
function officeCountry(view: DocView, implied: readonly string[]): string | undefined {
  let named = 0;
  let only: string | undefined;
  for (const c of implied) {
    if (view.named.has(c)) {
      named++;
      only = c;
    }
  }
  if (named === 1) return only;
  const home = named > 0 ? view.home : undefined;
  return home && implied.includes(home) && view.named.has(home) ? home : undefined;
}

/** The person's sentences name no state, or the home country among them (`Präsident Putin … Russland` is not Austria's). */
function homeFits(view: DocView, key: string, home: string): boolean {
  let other = false;
  for (const m of byPerson(view, key)) {
    const si = view.sentenceOf(m.start);
    if (visitsHome(view, si, home)) return false;
    const states = view.statesIn(si);
    if (states?.has(home)) return true;
    if (states && states.size > 0) other = true;
  }
  return !other;
}

/**
 * `Griechenland ist die Sackgasse Europas. Yiannis Mouzalas, der Migrationsminister, …`: the sentence
 * before a role names states, and the home country is not among them: the office is theirs.
 */
function previousFits(view: DocView, sentence: number, home: string): boolean {
  const before = view.statesIn(sentence - 1);
  return before === undefined || before.has(home);
}

/** `bei seinem Besuch in Moskau`, `visited Ottawa`: who visits the home country is a guest, not one of its office holders. */
function visitsHome(view: DocView, si: number, home: string): boolean {
  const s = view.doc.sentences[si];
  // the home country named there (a search among a few mentions) before the visit words (a regex over the sentence)
  let named = false;
  for (let k = firstIndexFrom(view.countries, s.start); k < view.countries.length && view.countries[k].end <= s.end && !named; k++) {
    named = view.countries[k].key === home && view.countries[k].kind !== 'demonym';
  }
  return named && VISIT.test(view.doc.text.slice(s.start, s.end));
}

const VISIT = /\b(?:Besuch\w*|besucht\w*|Staatsbesuch\w*|Reise nach|reiste\w* nach|visit\w*|trip to|travel\w* to|arriv\w* in)\b/i;

function byPerson(view: DocView, key: string): Mention[] {
  return view.mentionsOf.get(key) ?? [];
}

/** What the rules need to know about the document, computed once; the parts only some people need, on first use. */
class DocView {
  /** resolved country, organisation and person mentions, in text order */
  declare readonly countries: Mention[];
  declare readonly organizations: Mention[];
  declare readonly people: Mention[];
  /** true when some country mention is a demonym (`British`, `Brite`) */
  declare readonly hasDemonym: boolean;
  declare readonly doc: Doc;
  /** every country key the document names (made on first use) */
  declare private namedKeys: Set<string> | undefined;
  /** a person's mentions, by key (made on first use) */
  declare private peopleByKey: Map<string, Mention[]> | undefined;
  /** the states named per sentence, filled as sentences are asked about (NO_STATES: none; made on first use) */
  declare private states: Map<number, ReadonlySet<string>> | undefined;
  declare private homeKnown: boolean;
  declare private homeKey: string | undefined;
  declare private parties: Set<number> | undefined;
  declare private nationalityCue: boolean | undefined;

  // (declared fields set in the constructor, the maps made when first asked: most documents ask
  // for none of them, and class field initialisers ran as a function of their own per document)
  constructor(doc: Doc) {
    this.doc = doc;
    this.countries = [];
    this.organizations = [];
    this.people = [];
    this.namedKeys = undefined;
    this.peopleByKey = undefined;
    this.states = undefined;
    this.homeKnown = false;
    this.homeKey = undefined;
    this.parties = undefined;
    this.nationalityCue = undefined;
    let hasDemonym = false;
    for (const m of doc.mentions) {
      if (m.key === '') continue;
      if (m.type === 'country') {
        this.countries.push(m);
        if (m.kind === 'demonym') hasDemonym = true;
      } else if (m.type === 'organization') this.organizations.push(m);
      else if (m.type === 'person') this.people.push(m);
    }
    this.hasDemonym = hasDemonym;
  }

  get named(): ReadonlySet<string> {
    if (this.namedKeys === undefined) {
      this.namedKeys = new Set();
      for (const c of this.countries) this.namedKeys.add(c.key);
    }
    return this.namedKeys;
  }

  /** sentence index of an offset, by binary search */
  sentenceOf(offset: number): number {
    const starts = this.doc.sentences;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** a person's mentions, by key */
  get mentionsOf(): ReadonlyMap<string, Mention[]> {
    if (this.peopleByKey === undefined) {
      const byKey = new Map<string, Mention[]>();
      for (const m of this.people) {
        const list = byKey.get(m.key);
        if (list) list.push(m);
        else byKey.set(m.key, [m]);
      }
      this.peopleByKey = byKey;
    }
    return this.peopleByKey;
  }

  /** The states named (as actors) in sentence `si`, or undefined when it names none. */
  statesIn(si: number): ReadonlySet<string> | undefined {
    const known = (this.states ??= new Map());
    let states = known.get(si);
    if (states === undefined) {
      states = statesOfSentence(this, si);
      known.set(si, states);
    }
    return states === NO_STATES ? undefined : states;
  }

  get home(): string | undefined {
    if (!this.homeKnown) {
      this.homeKey = homeCountry(this.doc, this.countries, this.named);
      this.homeKnown = true;
    }
    return this.homeKey;
  }

  /**
   * true when a demonym is followed by a nationality word (`British nationality`), the cue of
   * `statedNationality`: most documents with demonyms have none, and their people need no search.
   */
  get hasNationalityCue(): boolean {
    if (this.nationalityCue === undefined) {
      this.nationalityCue = false;
      for (const c of this.countries) {
        if (c.kind !== 'demonym') continue;
        const next = firstTokenBetween(this.doc, c.end, c.end + 40);
        if (next && isNationalityWord(next.lower)) {
          this.nationalityCue = true;
          break;
        }
      }
    }
    return this.nationalityCue;
  }

  /** start offsets of the tokens of party names */
  get partyStarts(): Set<number> {
    return (this.parties ??= partyStarts(this.doc));
  }
}

const NO_STATES: ReadonlySet<string> = new Set();

/** The keys of the states acting in sentence `si` (the countries `sentenceOf` places there), or NO_STATES. */
function statesOfSentence(view: DocView, si: number): ReadonlySet<string> {
  const { doc, countries } = view;
  const { sentences } = doc;
  if (si < 0 || (si >= sentences.length && si > 0)) return NO_STATES;
  // sentenceOf gives sentence 0 to offsets before the first sentence, and the last one to those after it
  const from = si === 0 ? 0 : firstIndexFrom(countries, sentences[si].start);
  const to = si + 1 < sentences.length ? firstIndexFrom(countries, sentences[si + 1].start) : countries.length;
  let states: Set<string> | undefined;
  for (let k = from; k < to; k++) {
    const c = countries[k];
    // `Hotspots in Griechenland`: a place says nothing about whose minister speaks
    // `the UK food group Vestey`: a company's country neither
    if (!isStateMention(c) || !isActorMention(doc, c) || COMPANY_AFTER.test(doc.text.slice(c.end, c.end + 40))) continue;
    if (c.kind !== 'demonym' && PLACE_BEFORE.test(doc.text.slice(Math.max(0, c.start - 12), c.start))) continue;
    (states ??= new Set()).add(c.key);
  }
  return states ?? NO_STATES;
}

/**
 * The country an article is set in: a capital dateline (`OTTAWA –`, `Wien –`, `LONDON (Reuters) -`),
 * else the one country of the parties it names, else the country a headline opens with (national
 * offices also take the only state an article names: `onlyState`). How often a country is named proves
 * nothing: an Austrian paper interviewing a Macedonian minister names Austria most.
 */
function homeCountry(doc: Doc, countries: readonly Mention[], named: ReadonlySet<string>): string | undefined {
  for (const c of countries) {
    if (c.start > 1500) break;
    if (c.kind === 'capital' && startsLine(doc, c) && DATELINE_DASH.test(doc.text.slice(c.end, c.end + 40))) {
      // an agency's dateline (`Berlin – … Panama …`) is no home when the article is about other states
      return namedOften(countries, c.key) ? c.key : undefined;
    }
  }
  const partyCountries = new Set<string>();
  for (const l of doc.lookups) {
    if (l.entry.cat === 'party' && !l.entry.id.includes('|')) partyCountries.add(`country:${l.entry.id}`);
  }
  if (partyCountries.size === 1) {
    const [only] = partyCountries;
    if (named.has(only)) return only;
  }
  return headlineSubject(doc, countries);
}

/**
 * A national office in an article that names one state only is that state's (`Peru … Agriculture
 * minister X`); not a mayor's: local news names foreign places while its own country goes unsaid.
 */
function onlyState(view: DocView, roleId: string | undefined): string | undefined {
  if (roleId === 'mayor') return undefined;
  const states = new Set(view.countries.filter(isStateMention).map((c) => c.key));
  return states.size === 1 ? [...states][0] : undefined;
}

/** The country is named as a state at least half as often as the most named one (or no state is named). */
function namedOften(countries: readonly Mention[], key: string): boolean {
  const counts = new Map<string, number>();
  for (const c of countries) if (isStateMention(c)) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  return (counts.get(key) ?? 0) * 2 >= top;
}

/**
 * `Venezuela identifies 'idle' farms`, `India's Deccan gets more planes`: a headline on a line of
 * its own that opens with a country and names no other one.
 */
function headlineSubject(doc: Doc, countries: readonly Mention[]): string | undefined {
  const lineEnd = blankLineWithin(doc.text, HEADLINE_LENGTH);
  if (lineEnd < 0) return undefined;
  const inHeadline = countries.filter((c) => c.end <= lineEnd && isStateMention(c));
  const first = inHeadline[0];
  if (!first || new Set(inHeadline.map((c) => c.key)).size !== 1) return undefined;
  return doc.text.slice(0, first.start).trim() === '' ? first.key : undefined;
}

/** The furthest a headline's blank line may start. */
const HEADLINE_LENGTH = 150;

/**
 * Where the first blank line starts (what `text.search(/\n\s*\n/)` finds: a line break with
 * another after nothing but white space) when it starts at `limit` or before, else -1. A text
 * with none near its start is not searched to its end.
 */
function blankLineWithin(text: string, limit: number): number {
  const last = Math.min(limit, text.length - 1);
  for (let p = 0; p <= last; p++) {
    if (text.charCodeAt(p) !== 0x0a) continue;
    for (let k = p + 1; k < text.length && isSpaceUnit(text.charCodeAt(k)); k++) if (text.charCodeAt(k) === 0x0a) return p;
  }
  return -1;
}

function partyStarts(doc: Doc): Set<number> {
  const starts = new Set<number>();
  for (const l of doc.lookups) {
    if (l.entry.cat === 'party') for (let k = l.tokenStart; k < l.tokenEnd; k++) starts.add(doc.tokens[k].start);
  }
  return starts;
}

/** A mention at the start of a line or of a sentence (a dateline's place). */
function startsLine(doc: Doc, m: Mention): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 3), m.start);
  return m.start === 0 || LINE_OR_SENTENCE_END.test(before);
}

/** The last mention (sorted, not overlapping) that ends at or before `offset`. */
function lastBefore(list: readonly Mention[], offset: number): Mention | undefined {
  const k = firstIndexFrom(list, offset) - 1;
  if (k >= 0 && list[k].end <= offset) return list[k];
  return k >= 1 ? list[k - 1] : undefined;
}

function firstFrom(list: readonly Mention[], offset: number): Mention | undefined {
  return list[firstIndexFrom(list, offset)];
}

/** The index of the first mention starting at or after `offset` (binary search). */
function firstIndexFrom(list: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first token between two offsets, if any. */
function firstTokenBetween(doc: Doc, from: number, to: number): Token | undefined {
  const t = doc.tokens[firstTokenFrom(doc, from)];
  return t !== undefined && t.end <= to ? t : undefined;
}

/** The tokens between two offsets (binary search for the first). */
function tokensBetween(doc: Doc, from: number, to: number): Token[] {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let k = lo; k < tokens.length && tokens[k].end <= to; k++) out.push(tokens[k]);
  return out;
}
