/**
 * Countries: every gazetteer hit of a country form becomes a mention keyed `country:XX`, unless
 * the context shows the word means something else (countries.rules.ts): part of a company, bank
 * or broadcaster name, a US state, a river, a common noun, a person's name, or the pronoun `us`.
 * Reads: doc.lookups, doc.tokens, doc.sentences. Assigns: doc.mentions (country).
 */
import type { Doc, Lookup, Sentence, Token } from '../doc.js';
import { sentenceOfToken } from '../4-segment/segment.js';
import { isAllCaps, isCapitalized } from '../4-segment/tokens.js';
import type { StageContext } from './context.js';
import { lookupMention } from './lookup.js';
import {
  COMMON_NOUN_AFTER,
  HONORIFICS,
  NAME_HEADS_AFTER,
  NAME_HEADS_BEFORE,
  RIVER_CUES,
  RIVER_NAMES,
  US_PRONOUN_BEFORE,
  US_STATE_CUES_AFTER,
  US_STATE_CUES_BEFORE,
  US_STATE_NAMES,
  SEAT_OF_ORGANIZATION,
  LOCATIVE_BEFORE,
  PERSON_NAME_FORMS,
  NOT_FIRST_NAMES,
  LANGUAGE_CUES_BEFORE,
  LANGUAGE_ENDS_BEFORE,
  ENGLISH_HOMOGRAPHS_DE,
  REGION_BEFORE_DEMONYM,
  CONTINENT_LIKE_NAMES,
} from './countries.rules.js';

export function recogniseCountries(doc: Doc, ctx: StageContext): void {
  const { tokens } = doc;
  // most documents name no country form: no per-document indexes for them
  if (!doc.lookups.some((l) => l.entry.cat === 'country')) return;
  if (entityFlags.length < tokens.length) entityFlags = new Uint8Array(tokens.length * 2);
  markEntityTokens(doc, 1);
  const where: Where = { entityTokens: entityFlags, organizations: namedOrganizations(doc) };
  try {
    for (const l of doc.lookups) {
      if (l.entry.cat !== 'country') continue;
      if (otherSense(doc, l, ctx, where) !== undefined) continue;
      doc.mentions.push(lookupMention(doc, l, 'country', `country.${l.entry.kind ?? 'name'}`, 10));
    }
  } finally {
    markEntityTokens(doc, 0);
  }
}

/**
 * 1 for each token inside a country or organisation lookup of the document being read, 0 beyond.
 * One buffer for the process, cleared after each document: a typed array of a document's length
 * lives outside the JS heap, and making one per document cost more than the checks it serves.
 */
let entityFlags = new Uint8Array(4096);

function markEntityTokens(doc: Doc, value: 0 | 1): void {
  for (const l of doc.lookups) {
    if (l.entry.cat === 'country' || l.entry.cat === 'organization') entityFlags.fill(value, l.tokenStart, l.tokenEnd);
  }
}

/** The name heads by their last word: a lookup tries only those that can end before it. */
const NAME_HEADS_BY_LAST = new Map<string, (readonly string[])[]>();
for (const seq of NAME_HEADS_BEFORE) {
  const last = seq[seq.length - 1];
  const list = NAME_HEADS_BY_LAST.get(last);
  if (list === undefined) NAME_HEADS_BY_LAST.set(last, [seq]);
  else list.push(seq);
}

/** Per-document indexes, built once so that each check is O(1) (sentences are found by binary search: few checks need them). */
interface Where {
  /** 1 for each token inside a country or organisation lookup (the shared `entityFlags`) */
  entityTokens: Uint8Array;
  /** ids of the organisations the document names */
  organizations: ReadonlySet<string>;
}

/** Why a country form does not refer to the country here, or undefined when it does. */
function otherSense(doc: Doc, l: Lookup, ctx: StageContext, where: Where): string | undefined {
  const { tokens } = doc;
  const first = tokens[l.tokenStart];
  const next = nextWord(tokens, l.tokenEnd);
  // the token before the form (punctuation included), read by index: no array of the tokens before
  const before = l.tokenStart > 0 ? tokens[l.tokenStart - 1] : undefined;
  const single = l.tokenEnd - l.tokenStart === 1;
  // `turkey`, `china`, `guinea pig`: a country name is written with a capital letter
  if (l.entry.proper && !isCapitalized(first)) return 'lowercase';
  // `deutsch` counts only in `deutsch-französische`; `auf Deutsch` is the language
  if (l.entry.beforeHyphen && tokens[l.tokenEnd]?.text !== '-') return 'bare-stem';
  // `CD-ROM`, `ROM-Speicher`: a capitals-only word hyphenated to another is a code, not `Rom`
  if (l.entry.proper && isAllCaps(first) && single && hyphenated(tokens, l.tokenStart)) return 'code-part';
  // `Deutsche Bank`, `Japan Airlines`, `US Open`
  if (next && isCapitalized(next) && NAME_HEADS_AFTER.has(next.lower) && (isCapitalized(first) || isAllCaps(first))) return 'name-part';
  // `der Deutschen Flugsicherung`, `die Heimattreue Deutsche Jugend`: a German adjective is capitalised only in a name
  if (l.entry.adjective && isCapitalized(first) && !isAllCaps(first) && !startsSentence(doc, l, where) && next && isCapitalized(next) && !ctx.lexicon.firstNames.has(next.lower) && !inEntity(where, l.tokenEnd)) return 'name-part';
  // `Bank of England`, `Air India`, `Islamic State of Iraq and Syria`, `New Guinea`
  const heads = before !== undefined ? NAME_HEADS_BY_LAST.get(before.lower) : undefined;
  if (heads !== undefined) for (const seq of heads) if (endsBefore(tokens, l.tokenStart, seq)) return 'name-part';
  // `Latin American`, `North American`, `African-American`, `Latin America`, `South Georgia`
  const beforeWord = before?.text === '-' ? (l.tokenStart > 1 ? tokens[l.tokenStart - 2] : undefined) : before;
  const regional = l.entry.kind === 'demonym' || (l.entry.kind === 'name' && CONTINENT_LIKE_NAMES.has(first.lower));
  if (regional && beforeWord && isCapitalized(beforeWord) && REGION_BEFORE_DEMONYM.has(beforeWord.lower)) return 'region';
  // `Turkey sandwiches`, `Guinea pigs` at the start of a sentence; `French fries`, `Brussels sprouts`
  if (single && next && COMMON_NOUN_AFTER.get(first.lower)?.has(next.lower)) return 'common-noun';
  // `the River Jordan`, `the Niger Delta`
  if (single && RIVER_NAMES.has(first.lower) && (RIVER_CUES.has(before?.lower ?? '') || RIVER_CUES.has(next?.lower ?? ''))) return 'river';
  if (single && US_STATE_NAMES.has(first.lower) && isUsState(tokens, l, next)) return 'us-state';
  if (l.entry.id === 'US' && first.text === 'US' && isPronounUs(tokens, l, before, next)) return 'pronoun';
  if (single && isPersonName(doc, l, ctx, where, before, next)) return 'person';
  // `written in German.`, `speaks Spanish and English`
  if (doc.language === 'en' && l.entry.kind === 'demonym' && isLanguageName(tokens, l, next)) return 'language';
  // `Padre Island`, `Rhode Island` in German text
  if (doc.language === 'de' && ENGLISH_HOMOGRAPHS_DE.has(first.lower) && before?.word && isCapitalized(before) && !NOT_FIRST_NAMES.has(before.lower)) return 'english-place-name';
  // `Brussels raps mobile call charges` in an article about the EU
  const seatOf = SEAT_OF_ORGANIZATION.get(first.lower);
  if (single && seatOf && where.organizations.has(seatOf) && !LOCATIVE_BEFORE.has(before?.lower ?? '')) return 'seat-of-organization';
  return undefined;
}

/** `in German.`, `speaks Spanish and English`: a cue before the list of names, nothing noun-like after. */
function isLanguageName(tokens: readonly Token[], l: Lookup, next: Token | undefined): boolean {
  if (next && !LANGUAGE_ENDS_BEFORE.has(next.lower) && !/^[a-z]+ly$/.test(next.text)) return false;
  let k = l.tokenStart - 1;
  while (k >= 2 && LIST_LINKS.has(tokens[k].lower) && isCapitalized(tokens[k - 1])) k -= 2;
  return k >= 0 && LANGUAGE_CUES_BEFORE.has(tokens[k].lower);
}

/** At the start of a sentence, a headline, or a quotation. */
function startsSentence(doc: Doc, l: Lookup, where: Where): boolean {
  const sentence = doc.sentences[sentenceOfToken(doc, l.tokenStart)];
  if (sentence === undefined || sentence.tokenStart === l.tokenStart) return true;
  const before = doc.tokens[l.tokenStart - 1];
  return !before.word && /^["„“”'‚‘’«»:(–—-]$/.test(before.text);
}

/** The token is joined by a hyphen to the word before or after it. */
function hyphenated(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (before?.text === '-' && before.end === tokens[i].start) || (after?.text === '-' && after.start === tokens[i].end);
}

const LIST_LINKS: ReadonlySet<string> = new Set(['and', 'or', ',']);

/** `Atlanta, Georgia`, `Georgia's governor`, `Washington state`, `the state of Washington`. */
function isUsState(tokens: readonly Token[], l: Lookup, next: Token | undefined): boolean {
  const before = tokens[l.tokenStart - 1];
  const twoBefore = tokens[l.tokenStart - 2];
  if (before?.text === ',' && twoBefore?.word && isCapitalized(twoBefore)) return true;
  let after = next;
  if (/^['’]$/.test(tokens[l.tokenEnd]?.text ?? '') && tokens[l.tokenEnd + 1]?.lower === 's') after = nextWord(tokens, l.tokenEnd + 2);
  if (after && US_STATE_CUES_AFTER.has(after.lower)) return true;
  const word = before?.text === '.' ? twoBefore : before;
  if (word && US_STATE_CUES_BEFORE.has(word.lower)) return true;
  return before?.lower === 'of' && twoBefore !== undefined && US_STATE_CUES_BEFORE.has(twoBefore.lower);
}

/** `LET US KNOW`: in an all-capitals line, `US` after a verb or preposition is the pronoun. */
function isPronounUs(tokens: readonly Token[], l: Lookup, before: Token | undefined, next: Token | undefined): boolean {
  if (!before || !isAllCaps(before)) return false;
  if (next && !isAllCaps(next) && isCapitalized(next)) return false;
  return US_PRONOUN_BEFORE.has(before.lower) && tokens[l.tokenEnd]?.text !== '-';
}

/**
 * `Michael Jordan`, `George Washington`, `Chad Smith`, `Jordan Peterson`, `Mr Jordan`: a country
 * word that is also a first name or surname, next to a capitalised name word, or after an
 * honorific, is a person's name. Title-case headlines are left alone.
 */
function isPersonName(doc: Doc, l: Lookup, ctx: StageContext, where: Where, before: Token | undefined, next: Token | undefined): boolean {
  const { tokens } = doc;
  const first = tokens[l.tokenStart];
  const joinedBefore = before !== undefined && before.word && oneSpaceBetween(doc, before, first);
  if (joinedBefore && HONORIFICS.has(before.lower)) return true;
  const nameForm = PERSON_NAME_FORMS.has(first.lower);
  const nameAfter = next !== undefined && tokens[l.tokenEnd] === next && oneSpaceBetween(doc, first, next) && isCapitalized(next) && !isAllCaps(next);
  // neither test below can pass: spare most country words the look-up in the large first-name set
  if (!nameForm && !nameAfter) return false;
  if (!nameForm && !ctx.lexicon.firstNames.has(first.lower)) return false;
  if (joinedBefore && nameForm && isCapitalized(before) && !isAllCaps(before) && !inEntity(where, l.tokenStart - 1)) {
    if (ctx.lexicon.firstNames.has(before.lower) || !NOT_FIRST_NAMES.has(before.lower)) return true;
  }
  return (
    nameAfter &&
    !inEntity(where, l.tokenEnd) &&
    !NOT_FIRST_NAMES.has(next.lower) &&
    !titleCase(doc, doc.sentences[sentenceOfToken(doc, l.tokenStart)])
  );
}

/** Two tokens written as parts of one name: a single space between them, on one line. */
function oneSpaceBetween(doc: Doc, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && doc.text[a.end] === ' ';
}

/**
 * An English title-case headline (`Venezuela Identifies Idle Farms`): no lower-case word of three
 * or more letters but the small words headlines keep in lower case. German nouns are always
 * capitalised, so German text is never taken for one.
 */
function titleCase(doc: Doc, s: Sentence | undefined): boolean {
  if (doc.language !== 'en' || !s) return false;
  let words = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (!t.word || /^\d/.test(t.text)) continue;
    words++;
    if (!isCapitalized(t) && t.text.length >= 3 && !HEADLINE_SMALL_WORDS.has(t.lower)) return false;
  }
  return words >= 3;
}

const HEADLINE_SMALL_WORDS: ReadonlySet<string> = new Set(['and', 'the', 'for', 'with', 'from', 'into', 'over', 'nor', 'but', 'via', 'per']);

/** Token `i` lies inside a country or organisation lookup (false before the text; past its end the flags are 0). */
function inEntity(where: Where, i: number): boolean {
  return i >= 0 && i < where.entityTokens.length && where.entityTokens[i] === 1;
}

function nextWord(tokens: readonly Token[], i: number): Token | undefined {
  return tokens[i]?.word ? tokens[i] : undefined;
}

/** How many tokens before a form a name head may take (punctuation included). */
const NAME_HEAD_WINDOW = 5;

/** The tokens right before token `i` spell `seq` (the head of a name the form is part of). */
function endsBefore(tokens: readonly Token[], i: number, seq: readonly string[]): boolean {
  if (seq.length > i || seq.length > NAME_HEAD_WINDOW) return false;
  const off = i - seq.length;
  for (let k = 0; k < seq.length; k++) if (tokens[off + k].lower !== seq[k]) return false;
  // the name's own first word is capitalised: `Bank of England`, not `a bank of England's`
  const head = tokens[off];
  return isCapitalized(head) || isAllCaps(head) || seq[0] === 'of';
}

/** Ids of the organisations the document names (their own forms, not contextual ones). */
function namedOrganizations(doc: Doc): Set<string> {
  const ids = new Set<string>();
  for (const l of doc.lookups) if (l.entry.cat === 'organization' && !l.entry.context) ids.add(l.entry.id);
  return ids;
}
