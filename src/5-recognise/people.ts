/**
 * People (GATE ANNIE's grammar phase): a run of name tokens becomes a person mention when a cue
 * vouches for it: a role or title before it (`Außenministerin Melanie Joly`, `Mr Blair`,
 * `US-Außenminister John Kerry`), a known first name (`Richard Branson`), a role in apposition after
 * it (`Filippo Bagnato, ATR's chief executive,`), a party in brackets (`Kurt Fischer (VP)`), a verb of
 * saying before it (`sagte Mertens`, `said Taran Odukoya`), or the shape of a name (`Baschar al-Assad`,
 * `A. Wiegand`). Country, organisation and party words are no name parts; German common nouns and
 * names of places and organisations (`Matthew Boulton School`) are no people.
 * Reads: doc.lookups, doc.tokens, doc.mentions (countries, organisations).
 * Assigns: doc.mentions (person) with attrs: role (as written, qualifiers kept, country prefix dropped),
 * roleId, roleClass, roleStart/roleEnd (offsets of the role), party (its countries, `|`-separated).
 */
import type { Doc, Mention, Token } from '../doc.js';
import { type CapitalisedWords, isAllCaps, isCapitalized, notedCapitalisedWords } from '../4-segment/tokens.js';
import type { RoleInfo } from '../lexicon/load.js';
import type { StageContext } from './context.js';
import {
  ARABIC_PARTICLES,
  GERMAN_DETERMINERS,
  GERMAN_NOUN_ENDINGS,
  GERMAN_NOUN_STEM,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORGANIZATION_HEADS,
  PLACE_ENDINGS,
  PLACE_PREFIXES,
  ROLE_QUALIFIERS,
  SECOND_PARTICLES,
} from './people.data.js';

/** The longest name we take, in tokens (particles, hyphens and initials' dots included). */
const MAX_NAME_TOKENS = 8;
/** Bits of a filter over a closed class of words read from the text (see textWordFilter). */
const TEXT_FILTER_BITS = 1024;
/** How many tokens an apposition may put between the comma and its role (`, the Liberal Democrats' foreign affairs spokesman`). */
const APPOSITION_WINDOW = 8;

/**
 * Latin-1 code units lower-cased as `toLowerCase` does (`A`–`Z`, `À`–`Þ` but `×`). Below U+0100
 * lower-casing maps one code unit to one, so a Latin-1 word's lower case is its letters lowered.
 * A table, not comparisons: a branch first taken by a capital umlaut deoptimised its callers.
 */
const LOWER_LATIN1 = Uint8Array.from({ length: 256 }, (_, code) => String.fromCharCode(code).toLowerCase().charCodeAt(0));

/** A role or title phrase: tokens [start, end), the written start with qualifiers, and the role's facts. */
interface RoleCue {
  start: number;
  end: number;
  /** first token of the written form (a qualifier such as `frühere` or `former`) */
  writtenStart: number;
  info: RoleInfo;
  /** the role's class as a number (TITLE, JOB, COUNTERPART or OTHER_ROLE) for the rules that ask it */
  kind: number;
}

const OTHER_ROLE = 0;
const TITLE = 1;
const JOB = 2;
const COUNTERPART = 3;
/**
 * The classes the rules tell apart. Compared as numbers: the class strings come from the lexicon's
 * JSON, internalised or not by their length, and comparing both kinds deoptimised the rules.
 */
const ROLE_KINDS: ReadonlyMap<string, number> = new Map([['title', TITLE], ['job', JOB], ['counterpart', COUNTERPART]]);

function roleCue(start: number, end: number, info: RoleInfo): RoleCue {
  return { start, end, writtenStart: start, info, kind: ROLE_KINDS.get(info.cls) ?? OTHER_ROLE };
}

interface Party {
  start: number;
  end: number;
  countries: string;
}

/** Per-document indexes the rules read, built once per document. */
interface Scan {
  doc: Doc;
  ctx: StageContext;
  /** role cues by the token index right after them */
  cueByEnd: Map<number, RoleCue>;
  /** role cues by their first token */
  cueByStart: Map<number, RoleCue>;
  /** per token: the bits below (blocked, role, country, cue before it, noun and first-name memos) */
  flags: Uint8Array;
  partyByStart: Map<number, Party>;
  partyByEnd: Map<number, Party>;
  /** German words seen after an article or determiner in this document: common nouns, not names */
  nouns: Set<string>;
  /** a filter over the nouns' token hashes (nounBit): most words asked are none, and skip the set */
  nounBits: Uint32Array;
  firstNames: FirstNames;
  /** per token: its folded text hash (foldedHash), UNKNOWN_HASH until first asked */
  hashes: Int32Array;
}

/** Token flags: inside a country, organisation or party (no name part). */
const BLOCKED = 1;
/** Token flag: inside a role or title. */
const ROLE = 2;
/** Token flag: inside a country mention. */
const COUNTRY = 4;
/** Token flags: germanNoun was asked (its answer in NOUN). */
const NOUN_KNOWN = 8;
const NOUN = 16;
/** Token flags: isFirstName was asked (its answer in FIRST_NAME). */
const FIRST_NAME_KNOWN = 32;
const FIRST_NAME = 64;
/** Token flag: a role cue ends right before the token (the map is asked only then). */
const CUE_BEFORE = 128;

/**
 * The flags buffer, reused from document to document: one allocation of a backing store per
 * document (four, before) was a measurable part of the stage. Each scan sees a zeroed view of its length.
 */
let flagsBuffer = new Uint8Array(1 << 12);

function zeroedFlags(n: number): Uint8Array {
  if (flagsBuffer.length < n) flagsBuffer = new Uint8Array(Math.max(n, flagsBuffer.length * 2));
  else flagsBuffer.fill(0, 0, n);
  // a view of exactly n: flags beyond the document read as undefined, as a fresh array's would
  return flagsBuffer.subarray(0, n);
}

/**
 * The per-token hash memo, reused like the flags buffer. A capitalised token meets up to four word
 * filters (function words, first names, name parts, organisation heads): its letters are hashed once.
 */
let hashesBuffer = new Int32Array(1 << 12);
/** A hash not yet computed (textHash gives -1 beyond Latin-1 and no other negative number). */
const UNKNOWN_HASH = -2;
/** textHash's widest mask: every filter's index is this hash with its own, smaller mask. */
const FULL_HASH = 0x3fffffff;

function unknownHashes(n: number): Int32Array {
  if (hashesBuffer.length < n) hashesBuffer = new Int32Array(Math.max(n, hashesBuffer.length * 2));
  hashesBuffer.fill(UNKNOWN_HASH, 0, n);
  return hashesBuffer.subarray(0, n);
}

/** Token k's textHash (capitals folded) under FULL_HASH, or -1 beyond Latin-1: computed on first ask. */
function foldedHash(scan: Scan, k: number): number {
  let h = scan.hashes[k];
  if (h === UNKNOWN_HASH) {
    const t = scan.doc.tokens[k];
    h = textHash(scan.doc.text, t.start, t.end, true, FULL_HASH);
    scan.hashes[k] = h;
  }
  return h;
}

/** A filter's index for a folded hash (-1 stays -1: the filter cannot tell, the set decides). */
function filterIndex(h: number, size: number): number {
  return h < 0 ? h : h & (size - 1);
}

/** Whether token k may be one of the filter's words (fold-case filters only), by its memoised hash. */
function mayBeWordAt(bits: Uint8Array, scan: Scan, k: number): boolean {
  const h = filterIndex(foldedHash(scan, k), bits.length);
  return h < 0 || bits[h] === 1;
}

/** Why tokens are a name: the mention's rule and the cue or party that vouched (one shape for all rules). */
interface Evidence {
  rule: string;
  cue: RoleCue | undefined;
  party: Party | undefined;
}

function evidence(rule: string, cue: RoleCue | undefined, party: Party | undefined): Evidence {
  return { rule, cue, party };
}

export function recognisePeople(doc: Doc, ctx: StageContext): void {
  const scan = indexDocument(doc, ctx);
  // only capitalised words start a name: the walk visits them alone (most tokens are lower case)
  const { indexes, count } = capitalisedWords(doc.tokens);
  let c = 0;
  for (const s of doc.sentences) {
    while (c < count && indexes[c] < s.tokenStart) c++;
    for (; c < count && indexes[c] < s.tokenEnd; c++) {
      const i = indexes[c];
      if (!startsName(scan, i) || beforeFirstName(scan, i)) continue;
      const end = nameEnd(scan, i, s.tokenEnd);
      const why = judge(scan, i, end, s.tokenEnd, s.tokenStart);
      if (why === undefined) continue;
      doc.mentions.push(personMention(scan, i, end, why));
      // the walk goes on after the name
      while (c + 1 < count && indexes[c + 1] < end) c++;
    }
  }
}

export type { CapitalisedWords };

/**
 * The capitalised word tokens of the document last asked about: recognise and resolve both walk them
 * (the German noun scan, the name walk, the bare surnames). The tokeniser notes a document's as it
 * makes them; tokens made otherwise are read once here, and kept for one token array (its buffer is
 * reused for the next).
 */
let lastCapitalised: { tokens: readonly Token[]; words: CapitalisedWords } | undefined;

export function capitalisedWords(tokens: readonly Token[]): CapitalisedWords {
  const noted = notedCapitalisedWords(tokens);
  if (noted !== undefined) return noted;
  if (lastCapitalised?.tokens === tokens) return lastCapitalised.words;
  let indexes = lastCapitalised?.words.indexes ?? new Int32Array(1 << 10);
  if (indexes.length < tokens.length) indexes = new Int32Array(Math.max(tokens.length, indexes.length * 2));
  let count = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.word && t.cap) indexes[count++] = k;
  }
  lastCapitalised = { tokens, words: { indexes, count } };
  return lastCapitalised.words;
}

function personMention(scan: Scan, i: number, end: number, why: Evidence): Mention {
  const { doc } = scan;
  const { tokens } = doc;
  const start = tokens[i].start;
  const stop = tokens[end - 1].end;
  const mention: Mention = {
    type: 'person',
    text: doc.text.slice(start, stop),
    start,
    end: stop,
    key: '',
    kind: nameWords(doc.text, tokens, i, end) >= 2 ? 'name' : 'surname',
    rule: why.rule,
    priority: 5,
    // present from the start: every mention has one shape (see `Mention` in doc.ts)
    attrs: undefined,
  };
  const attrs = personAttrs();
  const cue = why.cue;
  if (cue && cue.kind !== TITLE) {
    const roleStart = tokens[cue.writtenStart].start;
    const roleEnd = tokens[cue.end - 1].end;
    // `Amtskollege` and `counterpart` say whose office, not which one: no role
    if (cue.kind !== COUNTERPART) attrs.role = doc.text.slice(roleStart, roleEnd);
    attrs.roleId = cue.info.id;
    attrs.roleClass = cue.info.cls;
    attrs.roleStart = String(roleStart);
    attrs.roleEnd = String(roleEnd);
    if (cue.info.countries.length > 0) attrs.roleCountries = cue.info.countries.join('|');
  }
  const party = why.party ?? partyAfter(scan, end) ?? (cue ? partyBefore(scan, cue) : undefined);
  if (party) attrs.party = party.countries;
  mention.attrs = attrs;
  return mention;
}

/**
 * A person mention's facts with every key present, in one order (undefined while unknown; resolve
 * adds `canonical`): resolve and relate read them on every person mention, and with keys added
 * only where known the objects came in eight shapes and made those reads polymorphic.
 */
export function personAttrs(): Record<string, string | undefined> {
  return {
    role: undefined,
    roleId: undefined,
    roleClass: undefined,
    roleStart: undefined,
    roleEnd: undefined,
    roleCountries: undefined,
    party: undefined,
    canonical: undefined,
  };
}

/** Capitalised words of a name (`Hans-Dietrich` is one; particles, hyphens and dots are none; `al-Assad` is one). */
function nameWords(text: string, tokens: readonly Token[], i: number, end: number): number {
  let n = 0;
  for (let k = i; k < end; k++) {
    const compound = k - 2 >= i && isChar(text, tokens[k - 1], HYPHEN) && isCapitalized(tokens[k - 2]);
    if (tokens[k].word && isCapitalized(tokens[k]) && !compound) n++;
  }
  return n;
}

/**
 * `Landesvater Jürgen Rüttgers`, `Williams-Tester Nico Hülkenberg`: in German an unknown capitalised
 * word right before a known first name is a noun, and the name starts at the first name.
 */
function beforeFirstName(scan: Scan, i: number): boolean {
  const { tokens } = scan.doc;
  const next = tokenAt(tokens, i + 1);
  if (scan.doc.language !== 'de' || !next || next.start - tokens[i].end !== 1 || scan.doc.text[tokens[i].end] !== ' ') return false;
  // the capital first: a lower-case next word (most) is spared the look-up of its string
  return isCapitalized(next) && !isFirstName(scan, i) && isFirstName(scan, i + 1) && cueEndingAt(scan, i) === undefined;
}

/*
 * startsName runs for every capitalised token: its tests read offsets and the document text where
 * they can (the text is read in order, a token's own strings are scattered in memory), and the
 * cheap filters come before the sets.
 */
function startsName(scan: Scan, i: number): boolean {
  const { doc } = scan;
  const t = doc.tokens[i];
  if (!t.word || !isCapitalized(t) || scan.flags[i] & (BLOCKED | ROLE)) return false;
  if (isAllCapsWord(doc.text, t)) return false;
  // `Der`, `The`, `Bad`: a function word or place prefix starts no name (`A.` of `A. Wiegand` does)
  const h = filterIndex(foldedHash(scan, i), STOP_WORD_FILTER.length);
  if (h < 0 || STOP_WORD_FILTER[h] === 1) {
    if ((isWordAt(NOT_NAME_WORDS, NOT_NAME_WORDS_BY_HASH, h, doc.text, t) && !isInitial(doc.text, doc.tokens, i)) || isWordAt(PLACE_PREFIXES, PLACE_PREFIXES_BY_HASH, h, doc.text, t)) return false;
  }
  // `Regierung von Baschar al-Assad`: a German common noun starts no name
  if (doc.language === 'de' && germanNoun(scan, i) && !isFirstName(scan, i)) return false;
  // the second part of a compound (`Al-Kuds`, `Ad-Dawla`) starts nothing
  const before = doc.tokens[i - 1];
  return !(before !== undefined && before.end === t.start && isChar(doc.text, before, HYPHEN) && before.start === doc.tokens[i - 2]?.end);
}

/** `NATO`, `USA` (two letters or more): a second letter in lower case (most words), read from the text, rules it out. */
function isAllCapsWord(text: string, t: Token): boolean {
  return t.end - t.start > 1 && !isLowerAscii(text.charCodeAt(t.start + 1)) && isAllCaps(t);
}

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** A function word (`Der`, `The`), compared from the text with the few words at its hash (as startsName does). */
function isNotNameWord(scan: Scan, k: number): boolean {
  const h = filterIndex(foldedHash(scan, k), STOP_WORD_FILTER.length);
  return (h < 0 || STOP_WORD_FILTER[h] === 1) && isWordAt(NOT_NAME_WORDS, NOT_NAME_WORDS_BY_HASH, h, scan.doc.text, scan.doc.tokens[k]);
}

/** `A.` in `A. Wiegand`: one letter and a dot right after it. */
function isInitial(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t.end - t.start === 1 && isChar(text, tokens[i + 1], DOT) && tokens[i + 1].start === t.end;
}

const HYPHEN = 0x2d;
const DOT = 0x2e;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/**
 * `t.lower === word` for a short ASCII lower-case word, read from the text: comparing the token's own
 * string costs a cache miss, and its string type (internalised or not) a deoptimisation. Only
 * ASCII letters lower to the words asked (`s`, `so`, `the`, `of`, `ex`).
 */
function isLowerWord(text: string, t: Token | undefined, word: string): boolean {
  if (t === undefined || t.end - t.start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (lowerAscii(text.charCodeAt(t.start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** tokens[k], or undefined outside the array: read in bounds (a read beyond it deoptimised the caller). */
function tokenAt(tokens: readonly Token[], k: number): Token | undefined {
  return k >= 0 && k < tokens.length ? tokens[k] : undefined;
}

/** Whether text[from, to) holds a line break (without slicing it out). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === NEWLINE) return true;
  return false;
}

/**
 * The token is the one character `code`. Read from the text, which the scan reads in order anyway:
 * comparing the token's own string costs a cache miss when it is a word.
 */
function isChar(text: string, t: Token | undefined, code: number): boolean {
  return t !== undefined && t.end - t.start === 1 && text.charCodeAt(t.start) === code;
}

/**
 * Where the name starting at `i` ends: capitalised words, initials (`George W. Bush`), particles
 * before a capitalised word (`van der Veer`, `de Mistura`), hyphenated parts (`Hans-Dietrich`,
 * `al-Assad`, `Ban Ki-moon`). German common nouns end it (`dass Präsident Putin Waffen liefert`).
 */
function nameEnd(scan: Scan, i: number, limit: number): number {
  const { tokens, text } = scan.doc;
  const german = scan.doc.language === 'de';
  let particles = false;
  // a surname among the parts so far: asked of the first part only when a German part needs it
  // (a look-up of the large first-name set; most names end after their first word)
  let surnameAfterFirst = false;
  let end = i + 1;
  while (end < limit && end - i < MAX_NAME_TOKENS) {
    const t = tokens[end];
    const prev = tokens[end - 1];
    const next = tokenAt(tokens, end + 1);
    if (t.start - prev.end > 1 || text.charCodeAt(prev.end) === NEWLINE) break;
    // George W. Bush, and a surname's initial at the end (`Nico G.`)
    if (isChar(text, t, DOT) && t.start === prev.end && prev.word && prev.end - prev.start === 1 && isCapitalized(prev)) {
      end++;
      if (next && isNamePart(scan, end)) continue;
      break;
    }
    // Hans-Dietrich, al-Assad, Ki-moon
    if (isChar(text, t, HYPHEN) && t.start === prev.end && next?.word && next.start === t.end && !(scan.flags[end + 1] & (BLOCKED | ROLE))) {
      if (isCapitalized(next) || (next.end - next.start <= 4 && prev.end - prev.start <= 4)) {
        end += 2;
        continue;
      }
      break;
    }
    // Elisabeth II., Ludwig XIV., Elizabeth II: a regnal number ends the name
    if (isRegnal(text, t) && prev.word && isCapitalized(prev) && !isRegnal(text, prev)) {
      const dotted = isChar(text, next, DOT) && next!.start === t.end;
      if (!isChar(text, t, 0x49 /* I */) || (german && dotted)) {
        end += dotted && german ? 2 : 1;
        break;
      }
    }
    // `John Peel's` in German text: the apostrophe genitive belongs to the name
    if (german && isApostrophe(text, t) && t.start === prev.end && isLowerWord(text, next, 's') && next!.start === t.end && !tokenAt(tokens, end + 2)?.word) {
      end += 2;
      break;
    }
    // O'Brien
    if (isApostrophe(text, t) && prev.end - prev.start === 1 && isCapitalized(prev) && next && isCapitalized(next) && next.start === t.end) {
      end += 2;
      continue;
    }
    // van der Veer, de Mistura, al-Assad, bin Salman
    if (t.word && t.end - t.start <= LONGEST_PARTICLE && mayBeWord(PARTICLE_FILTER, text, t, false) && NAME_PARTICLES.has(t.text) && !SECOND_PARTICLES.has(t.text)) {
      // one particle group per name: `Joseph Victor von Scheffel`, not `… von Scheffel de Gast`
      if (particles) break;
      particles = true;
      let k = end + 1;
      if (tokens[k] && SECOND_PARTICLES.has(tokens[k].text) && FIRST_PARTICLES.has(t.text)) k++;
      if (isChar(text, tokens[k], HYPHEN) && tokens[k].start === tokens[k - 1].end) k++;
      if (tokens[k] && isNamePart(scan, k) && tokens[k].start - tokens[k - 1].end <= 1 && !(german && germanNoun(scan, k))) {
        end = k + 1;
        continue;
      }
      break;
    }
    if (!isNamePart(scan, end)) break;
    const given = isFirstName(scan, end);
    if (german && !given) {
      if (germanNoun(scan, end)) break;
      // `dass Präsident Putin Waffen liefert`, `Matthew Williams Liebeskummer`: after a surname a German
      // capitalised word is a noun; only short parts of East Asian names go on (`Ban Ki Moon`)
      if (inflectedNoun(t.lower) && (surnameAfterFirst || !isFirstName(scan, i))) break;
      if (end - i >= 2 && t.end - t.start >= 12) break;
    }
    if (!given && t.end - t.start > 1) surnameAfterFirst = true;
    end++;
  }
  return end;
}

/** Roman numerals of rulers and popes (`Elisabeth II.`, `Benedikt XVI.`). */
const REGNAL: ReadonlySet<string> = new Set([
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX',
  'XXI', 'XXII', 'XXIII',
]);

/** Asked for every token after a name: the first letter (I, V or X), read from the text, spares most of them the set lookup. */
function isRegnal(text: string, t: Token): boolean {
  const first = text.charCodeAt(t.start);
  return (first === 0x49 || first === 0x56 || first === 0x58) && REGNAL.has(t.text);
}

function isApostrophe(text: string, t: Token | undefined): boolean {
  return isChar(text, t, 0x27) || isChar(text, t, 0x2019);
}

/** The longest name particle (`della`): longer words are not looked up. */
const LONGEST_PARTICLE = Math.max(...[...NAME_PARTICLES].map((p) => p.length));
/**
 * The particles that may open a particle group (`van`, `von`, `de`, `al`; not `der` or `la`): the
 * frequent German articles `der` and `den` after a name are ruled out by the filter, not by two set probes.
 */
const PARTICLE_FILTER = textWordFilter([...NAME_PARTICLES].filter((p) => !SECOND_PARTICLES.has(p)), false);

/** Particles that a second one may follow (`van der`, `von der`, `de la`). */
const FIRST_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de']);

/**
 * German plural and case endings (`Waffen`, `Ländern`, `Grenze`) that a second surname rarely has:
 * `-en` and `-ern` after three letters or more, `-e` after four or more.
 */
function inflectedNoun(word: string): boolean {
  const n = word.length;
  // (shorter words first: the letters read below are then in the string)
  if (n < 5) return false;
  const last = word.charCodeAt(n - 1);
  if (last === 0x65 /* e */) return true;
  if (last !== 0x6e /* n */) return false;
  const before = word.charCodeAt(n - 2);
  return before === 0x65 /* e */ || (before === 0x72 /* r */ && word.charCodeAt(n - 3) === 0x65 && n >= 6);
}

/** The noun endings by their last letter (all ASCII): a word is compared only with the few that can fit. */
const NOUN_ENDINGS_BY_LAST: ReadonlyArray<readonly string[] | undefined> = byLastLetter(GERMAN_NOUN_ENDINGS);
const PLACE_ENDINGS_BY_LAST: ReadonlyArray<readonly string[] | undefined> = byLastLetter(PLACE_ENDINGS);

function byLastLetter(endings: readonly string[]): Array<string[] | undefined> {
  const table: Array<string[] | undefined> = new Array(128).fill(undefined);
  for (const e of endings) (table[e.charCodeAt(e.length - 1)] ??= []).push(e);
  return table;
}

/** true when `word` ends in one of the endings with at least `stem` code units before it. */
function endsWithOneOf(table: ReadonlyArray<readonly string[] | undefined>, word: string, stem: number): boolean {
  const last = word.charCodeAt(word.length - 1);
  const candidates = last < 128 ? table[last] : undefined;
  if (candidates === undefined) return false;
  for (let c = 0; c < candidates.length; c++) {
    const e = candidates[c];
    if (word.length >= e.length + stem && endsWithBefore(word, e)) return true;
  }
  return false;
}

/** `word.endsWith(ending)` by char codes, its last code unit known equal: no builtin call per candidate. */
function endsWithBefore(word: string, ending: string): boolean {
  const offset = word.length - ending.length;
  for (let k = ending.length - 2; k >= 0; k--) if (word.charCodeAt(offset + k) !== ending.charCodeAt(k)) return false;
  return true;
}

function isNamePart(scan: Scan, k: number): boolean {
  const t = scan.doc.tokens[k];
  if (!t || !t.word || !isCapitalized(t) || scan.flags[k] & (BLOCKED | ROLE)) return false;
  return !isNotNameWord(scan, k) && !isAllCapsWord(scan.doc.text, t);
}

/** The role cue that ends right before token `k` (cueByEnd, asked only where the flag says there is one). */
function cueEndingAt(scan: Scan, k: number): RoleCue | undefined {
  return scan.flags[k] & CUE_BEFORE ? scan.cueByEnd.get(k) : undefined;
}

/** A known first name (`Melanie`): asked up to four times per capitalised token, looked up in the large set once. */
function isFirstName(scan: Scan, k: number): boolean {
  const known = scan.flags[k];
  if (known & FIRST_NAME_KNOWN) return (known & FIRST_NAME) !== 0;
  const entry = scan.firstNames;
  const given = entry.filter === undefined ? askedOften(entry) && entry.names.has(scan.doc.tokens[k].lower) : isFilteredFirstName(scan, k, entry);
  scan.flags[k] = known | FIRST_NAME_KNOWN | (given ? FIRST_NAME : 0);
  return given;
}

/**
 * The lexicon's first names, with a word filter once the process has asked often enough: each probe
 * of the large set costs cache misses (it was the stage's costliest line), most capitalised words
 * are no first names, and building the filter would slow the start of small runs.
 */
interface FirstNames {
  names: ReadonlySet<string>;
  asked: number;
  /** one bit per hash (textHash, capitals folded): ~9,000 names in 2^18 bits, 32 KB that stay in the cache */
  filter: Uint32Array | undefined;
  /** the Latin-1 names by the same hash in FIRST_NAME_BUCKETS buckets, built with the filter */
  byHash: ReadonlyArray<string[] | undefined> | undefined;
}

const FIRST_NAME_BUCKETS = 1 << 14;

const FIRST_NAME_FILTER_BITS = 1 << 18;

function firstNameFilter(names: Iterable<string>): Uint32Array {
  const filter = new Uint32Array(FIRST_NAME_FILTER_BITS >>> 5);
  for (const name of names) {
    const h = textHash(name, 0, name.length, true, FIRST_NAME_FILTER_BITS - 1);
    if (h >= 0) filter[h >>> 5] |= 1 << (h & 31);
  }
  return filter;
}

/**
 * Whether token k is a first name, once the filter is built: its letters, read from the text, are hashed
 * once (foldedHash); the filter rules most words out, and the few that pass are compared letter by letter
 * with the names at their hash, with no probe of the large set (its hashing of the token's own string and
 * its scattered entries cost cache misses). Beyond Latin-1 the set decides.
 */
function isFilteredFirstName(scan: Scan, k: number, entry: FirstNames): boolean {
  const h = foldedHash(scan, k);
  const t = scan.doc.tokens[k];
  if (h < 0) return entry.names.has(t.lower);
  const bit = h & (FIRST_NAME_FILTER_BITS - 1);
  if ((entry.filter![bit >>> 5] & (1 << (bit & 31))) === 0) return false;
  return isOneOfAt(entry.byHash![h & (FIRST_NAME_BUCKETS - 1)], scan.doc.text, t);
}

/**
 * After this many probes of the set the filter is built (a 10 MB run asks ~270,000 times, each language's
 * set apart). Building it and its buckets (~3 ms) costs about what 15,000-20,000 probes cost (~150 ns each): at 50,000 the
 * first 10 MB made ~100,000 probes the filter would have spared, while small runs still never build it.
 */
const FILTER_FIRST_NAMES_AFTER = 10_000;

const firstNamesBySet = new WeakMap<ReadonlySet<string>, FirstNames>();

function firstNamesOf(names: ReadonlySet<string>): FirstNames {
  let entry = firstNamesBySet.get(names);
  if (entry === undefined) {
    // the filter's field from the start: adding it later changed the object's shape under optimised code
    entry = { names, asked: 0, filter: undefined, byHash: undefined };
    firstNamesBySet.set(names, entry);
  }
  return entry;
}

/** Counts a probe without the filter, and builds the filter at the threshold; true: ask the set. */
function askedOften(entry: FirstNames): boolean {
  if (++entry.asked === FILTER_FIRST_NAMES_AFTER) {
    entry.filter = firstNameFilter(entry.names);
    entry.byHash = wordsByTextHash(entry.names, FIRST_NAME_BUCKETS);
  }
  return true;
}

/**
 * The words that start no name (function words, months, `St`, `Bad`): ~300 in 2^13 bits, asked with
 * the token's letters read from the text (an English capitalised word's own string is then never read).
 */
const STOP_WORD_FILTER = textWordFilter([...NOT_NAME_WORDS, ...PLACE_PREFIXES], true, 1 << 13);

/** The function words and place prefixes at their text hash: a Latin-1 token is compared with the few there. */
const NOT_NAME_WORDS_BY_HASH = wordsByTextHash(NOT_NAME_WORDS, STOP_WORD_FILTER.length);
const PLACE_PREFIXES_BY_HASH = wordsByTextHash(PLACE_PREFIXES, STOP_WORD_FILTER.length);

/**
 * `words.has(t.lower)`, given the token's text hash `h` (textHash). A Latin-1 word (its lower case is
 * the text's letters lowered) is compared letter by letter with the words at its hash: the sentence
 * starts (`Die`, `In`) are many, and probing a set with the word's own string cost a cache miss and its hash.
 */
function isWordAt(words: ReadonlySet<string>, byHash: ReadonlyArray<string[] | undefined>, h: number, text: string, t: Token): boolean {
  return h < 0 ? words.has(t.lower) : isOneOfAt(byHash[h], text, t);
}

function wordsByTextHash(words: Iterable<string>, size: number): Array<string[] | undefined> {
  const table: Array<string[] | undefined> = new Array(size).fill(undefined);
  for (const word of words) {
    const h = textHash(word, 0, word.length, true, size - 1);
    if (h >= 0) (table[h] ??= []).push(word);
  }
  return table;
}

/** Whether text[t.start, t.end), capitals lowered (Latin-1), is one of the (lower-case) words. */
function isOneOfAt(words: readonly string[] | undefined, text: string, t: Token): boolean {
  if (words === undefined) return false;
  const length = t.end - t.start;
  for (const word of words) {
    if (word.length !== length) continue;
    let k = 0;
    while (k < length && LOWER_LATIN1[text.charCodeAt(t.start + k)] === word.charCodeAt(k)) k++;
    if (k === length) return true;
  }
  return false;
}

/** An ASCII capital's lower-case code unit; any other code unit as it is. */
export function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** A German capitalised word that is a common noun: a noun ending, or seen after an article in this document. */
function germanNoun(scan: Scan, k: number): boolean {
  // asked several times per token (start, end, judge): the regex runs once
  const known = scan.flags[k];
  if (known & NOUN_KNOWN) return (known & NOUN) !== 0;
  const t = scan.doc.tokens[k];
  const noun = endsWithOneOf(NOUN_ENDINGS_BY_LAST, t.lower, GERMAN_NOUN_STEM) || (hasBit(scan.nounBits, nounBit(t.hash)) && scan.nouns.has(t.lower));
  scan.flags[k] = known | NOUN_KNOWN | (noun ? NOUN : 0);
  return noun;
}

/** The cue that makes tokens [i, end) a person's name, or undefined. */
function judge(scan: Scan, i: number, end: number, limit: number, sentenceStart: number): Evidence | undefined {
  const { doc } = scan;
  const { tokens } = doc;
  const words = nameWords(doc.text, tokens, i, end);
  const german = doc.language === 'de';
  const single = words === 1;
  const cue = cueBefore(scan, i, end, limit, words, sentenceStart);
  // one word is a name only by a cue before it, or in German by a party after it or a verb of saying
  // before it: most capitalised words have none of these, and skip the tests below
  if (single && cue === undefined && !(german && (partyAfter(scan, end) !== undefined || speaker(scan, i, end)))) return undefined;
  // a lone German word with a noun ending is a noun (`Präsident Verhandlungen`, `als Sozialminister Furore machen`)
  if (single && german && (germanNoun(scan, i) || inflectedNoun(tokens[i].lower))) return undefined;
  if (partOfPlaceOrOrganization(scan, i, end)) return undefined;
  const apposition = appositionRole(scan, end, limit);
  // (one call of `evidence` per kind of cue: a call first reached after the function was optimised deoptimised it)
  if (cue) {
    const title = cue.kind === TITLE;
    // a title names no office: a role in apposition does (`Mr Campbell, the party's spokesman,`)
    return evidence(title ? 'person.title-name' : 'person.role-name', title ? (apposition ?? cue) : cue, undefined);
  }
  const rule = single ? undefined : fullNameRule(scan, i, end, apposition !== undefined);
  if (rule !== undefined) return evidence(rule, apposition, undefined);
  const party = partyAfter(scan, end);
  const byParty = party !== undefined && (!single || german);
  // English companies speak too (`said Microsoft.`): there only full names
  if (byParty || ((german || !single) && speaker(scan, i, end))) return evidence(byParty ? 'person.name-party' : 'person.speaker', undefined, byParty ? party : undefined);
  return undefined;
}

/** The rule by which two words or more with no cue before them are a name, or undefined. */
function fullNameRule(scan: Scan, i: number, end: number, apposition: boolean): string | undefined {
  if (isFirstName(scan, i)) return 'person.firstname-surname';
  if (arabicShape(scan.doc.text, scan.doc.tokens, i, end)) return 'person.name-shape';
  if (initialShape(scan, i, end)) return 'person.initial-surname';
  return apposition ? 'person.name-apposition' : undefined;
}

/** Verbs of saying that name their speaker right after them (`sagte Mertens`, `, so Mertens.`, `said Hallworth.`). */
const SPEECH_VERBS: Readonly<Record<'de' | 'en', ReadonlySet<string>>> = {
  de: new Set([
    'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'kritisierte', 'warnte', 'forderte',
    'ergänzte', 'fügte', 'räumte', 'versicherte', 'bekräftigte', 'so',
  ]),
  en: new Set(['said', 'says', 'added', 'explained', 'insisted', 'warned']),
};

const SPEECH_VERB_FILTER = textWordFilter([...SPEECH_VERBS.de, ...SPEECH_VERBS.en], false);

/**
 * `„Wir bleiben hart“, sagte Mertens am Montag.`, `…, so Mertens.`: a capitalised word right after a
 * verb of saying, and not the first part of a compound (`sagte Siemens-Chef …`), is its speaker.
 */
function speaker(scan: Scan, i: number, end: number): boolean {
  const { tokens, text } = scan.doc;
  const verb = tokens[i - 1];
  // the verbs are lower-case words: a capitalised word or a mark before the name is none (no set lookup)
  if (!verb || !verb.word || verb.cap || !mayBeWord(SPEECH_VERB_FILTER, text, verb, false) || !SPEECH_VERBS[scan.doc.language].has(verb.text)) return false;
  // `said Hallworth.`, `said Hallworth, who …`: in English only at the end of a clause (`told Reuters news agency`)
  if (scan.doc.language === 'en' && !(isChar(text, tokenAt(tokens, end), DOT) || isChar(text, tokenAt(tokens, end), COMMA))) return false;
  if (isLowerWord(text, verb, 'so') && !isChar(text, tokens[i - 2], COMMA)) return false;
  // `das erklärte Ziel`: after an article the participle is an adjective
  if (GERMAN_DETERMINERS.has(tokens[i - 2]?.lower ?? '')) return false;
  const after = tokenAt(tokens, end);
  return after === undefined || (!isChar(text, after, HYPHEN) && (!after.word || !isCapitalized(after)));
}

/**
 * A name inside the name of a place or organisation: `San Antonio Spurs`, `St. Johann Baptist`,
 * `FC Carl Zeiss Jena`, `Matthew Humberstone School`, `Ben Jehudastraße`.
 */
function partOfPlaceOrOrganization(scan: Scan, i: number, end: number): boolean {
  const { tokens } = scan.doc;
  const after = tokenAt(tokens, end);
  if (after?.word && isCapitalized(after) && isOrganizationHead(scan, end)) return true;
  for (let k = end - i === 1 ? i : i + 1; k < end; k++) if (isCapitalized(tokens[k]) && isOrganizationHead(scan, k)) return true;
  if (scan.doc.language === 'de' && endsWithOneOf(PLACE_ENDINGS_BY_LAST, tokens[end - 1].lower, 0)) return true;
  let k = i - 1;
  if (isChar(scan.doc.text, tokens[k], DOT)) k--;
  const before = tokens[k];
  // the capitals first, from the token's flag and the text: a lower-case word before (most) is spared reading its string
  if (before === undefined || !before.word || !(isCapitalized(before) || isAllCapsWord(scan.doc.text, before))) return false;
  return isWordAt(PLACE_PREFIXES, PLACE_PREFIXES_BY_HASH, filterIndex(foldedHash(scan, k), STOP_WORD_FILTER.length), scan.doc.text, before);
}

const ORGANIZATION_HEAD_FILTER = textWordFilter(ORGANIZATION_HEADS, true, 1 << 13);

/** `School`, `Stiftung`: asked of every part of a candidate name, most of which the filter rules out from the text. */
function isOrganizationHead(scan: Scan, k: number): boolean {
  return mayBeWordAt(ORGANIZATION_HEAD_FILTER, scan, k) && ORGANIZATION_HEADS.has(scan.doc.tokens[k].lower);
}

/**
 * The role or title right before a name: `Außenministerin Melanie Joly`, `Dr. Schmidt`, and in
 * English also `the prime minister, Boris Johnson,` (a role, a comma, a name of two words or more).
 */
function cueBefore(scan: Scan, i: number, end: number, limit: number, words: number, sentenceStart: number): RoleCue | undefined {
  if (i === sentenceStart) return undefined;
  const { tokens, text } = scan.doc;
  let k = i;
  // `Dr. Schmidt`, `Sen. Warren`: an abbreviated title and its dot
  const dotted = cueEndingAt(scan, i - 1);
  if (dotted && isChar(text, tokens[i - 1], DOT) && dotted.end - dotted.start === 1 && tokens[i - 2].end - tokens[i - 2].start <= 4 && tokens[i - 1].start === tokens[i - 2].end) k--;
  // `Außenminister Kanadas Klara Mertens`, `President of France Luc Moreau`: the office's country between role and name
  if (cueEndingAt(scan, k) === undefined && scan.flags[k - 1] & COUNTRY) {
    let j = k - 1;
    while (j > 0 && scan.flags[j - 1] & COUNTRY) j--;
    if (isLowerWord(text, tokenAt(tokens, j - 1), 'the')) j--;
    if (isLowerWord(text, tokenAt(tokens, j - 1), 'of')) j--;
    const office = cueEndingAt(scan, j);
    if (office && office.kind !== TITLE) k = j;
  }
  const found = cueEndingAt(scan, k);
  const cue = found && found.start >= sentenceStart ? found : undefined;
  if (cue && tokens[i].start - tokens[i - 1].end <= 2 && !hasNewline(text, tokens[k - 1].end, tokens[i].start)) {
    if (cue.kind === TITLE && isGermanNounUse(scan, cue)) return undefined;
    // `sector leader Omnicom`, `Spieler Halbzug`: an occupation vouches for full names only
    if (cue.kind === JOB && words < 2) return undefined;
    return cue;
  }
  if (words < 2 || !isChar(text, tokens[i - 1], COMMA)) return undefined;
  const before = roleBeforeComma(scan, i - 1, sentenceStart);
  if (!before || before.kind === TITLE || before.kind === COUNTERPART) return undefined;
  const after = tokenAt(tokens, end);
  return end >= limit || isChar(text, after, COMMA) || isChar(text, after, DOT) ? before : undefined;
}

/**
 * `the prime minister, Oliver Strand,`, `der Polizeichef von Kandahar, Sajed Agha,`: a role before the
 * comma, possibly with a short complement (`of Japan`, `von Kandahar`, `der FDP-Fraktion`).
 */
function roleBeforeComma(scan: Scan, comma: number, sentenceStart: number): RoleCue | undefined {
  const { tokens, text } = scan.doc;
  for (let k = comma; k > Math.max(sentenceStart, comma - 5); k--) {
    const cue = cueEndingAt(scan, k);
    if (cue && cue.start >= sentenceStart) return cue;
    const t = tokens[k - 1];
    if (!(COMPLEMENT_WORDS.has(t.lower) || isChar(text, t, HYPHEN) || (t.word && isCapitalized(t)))) return undefined;
  }
  return undefined;
}

const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'von', 'vom', 'der', 'des', 'im', 'in']);

/** `die Frau`, `einem Herrn`: after an article, `Frau` and `Herr` are nouns, not titles. */
function isGermanNounUse(scan: Scan, cue: RoleCue): boolean {
  const before = scan.doc.tokens[cue.start - 1];
  return scan.doc.language === 'de' && before !== undefined && GERMAN_DETERMINERS.has(before.lower);
}

/** `Baschar al-Assad`, `Mohammed bin Salman`: a name word, then an Arabic particle before a capitalised word. */
function arabicShape(text: string, tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end - 1; k++) {
    // `Ad-Dawla al-Islamiya` (a phrase, not a name): the given names are plain words
    if (isChar(text, tokens[k], HYPHEN) && !ARABIC_PARTICLES.has(tokens[k - 1].text)) return false;
    if (!ARABIC_PARTICLES.has(tokens[k].text)) continue;
    const hyphenAfter = isChar(text, tokens[k + 1], HYPHEN);
    // (one addition either way: an addition first made after optimisation deoptimised the caller)
    const after = tokenAt(tokens, k + (hyphenAfter ? 2 : 1));
    if (after && isCapitalized(after) && (hyphenAfter || tokens[k].text === 'bin' || tokens[k].text === 'ibn')) return true;
  }
  return false;
}

/** `A. Wiegemann`, `J. K. Rowling`: initials with their dots before a capitalised surname. */
function initialShape(scan: Scan, i: number, end: number): boolean {
  const { tokens, text } = scan.doc;
  let k = i;
  while (k + 1 < end && tokens[k].end - tokens[k].start === 1 && isCapitalized(tokens[k]) && isChar(text, tokens[k + 1], DOT) && tokens[k + 1].start === tokens[k].end) k += 2;
  if (k === i || k >= end || tokens[k].end - tokens[k].start < 2) return false;
  return !(scan.doc.language === 'de' && germanNoun(scan, k));
}

/**
 * A role in apposition after a name, between commas: `Filippo Bagnato, ATR's chief executive,`,
 * `Menzies Campbell, the Liberal Democrats' foreign affairs spokesman,`, `…, Japans Premierminister, …`.
 */
function appositionRole(scan: Scan, end: number, limit: number): RoleCue | undefined {
  const { tokens, text } = scan.doc;
  if (!isChar(text, tokenAt(tokens, end), COMMA)) return undefined;
  for (let k = end + 1; k < Math.min(limit, end + 1 + APPOSITION_WINDOW); k++) {
    const t = tokens[k];
    // a cue starts only where the role flag is set: most tokens are spared the map
    const cue = scan.flags[k] & ROLE ? scan.cueByStart.get(k) : undefined;
    if (cue && cue.kind !== TITLE) {
      const after = tokens[cue.end];
      const closed = cue.end >= limit || closesApposition(text, after);
      return closed ? cue : undefined;
    }
    if (isChar(text, t, COMMA) || isChar(text, t, 0x28 /* ( */) || (mayBeWord(APPOSITION_STOP_FILTER, text, t, true) && APPOSITION_STOPS.has(t.lower))) return undefined;
  }
  return undefined;
}

/** `,`, `.`, `)`, `–`, `—` or `;` after the role: the apposition ends there. */
function closesApposition(text: string, t: Token): boolean {
  if (t.end - t.start !== 1) return false;
  const c = text.charCodeAt(t.start);
  return c === COMMA || c === DOT || c === 0x29 || c === 0x2013 || c === 0x2014 || c === 0x3b;
}

/** Words that end an apposition before any role: a relative clause or a verb follows. */
const APPOSITION_STOPS: ReadonlySet<string> = new Set([
  'who', 'which', 'whose', 'whom', 'that', 'is', 'was', 'has', 'had', 'have', 'said', 'says', 'will', 'would', 'and', 'or',
  'welche', 'welcher', 'dessen', 'deren', 'ist', 'war', 'hat', 'hatte', 'wird', 'wurde', 'sagte', 'sagt', 'und', 'oder',
]);
const APPOSITION_STOP_FILTER = textWordFilter(APPOSITION_STOPS, true);

/** `Kurt Fischer (VP)`: a party in brackets right after the name. */
function partyAfter(scan: Scan, end: number): Party | undefined {
  const { tokens } = scan.doc;
  if (!isChar(scan.doc.text, tokenAt(tokens, end), 0x28 /* ( */)) return undefined;
  const party = scan.partyByStart.get(end + 1);
  return party && isChar(scan.doc.text, tokenAt(tokens, party.end), 0x29 /* ) */) ? party : undefined;
}

/**
 * `SPD-Chef`, `Labour leader`, `the Liberal Democrats' foreign affairs spokesman`: a party before
 * the role, with nothing between them but a hyphen, a possessive, or up to three lower-case words.
 */
function partyBefore(scan: Scan, cue: RoleCue): Party | undefined {
  const { tokens, text } = scan.doc;
  let words = 0;
  for (let k = cue.writtenStart; k > 0; k--) {
    const party = scan.partyByEnd.get(k);
    if (party) return party;
    const t = tokens[k - 1];
    if (isChar(text, t, HYPHEN) || isApostrophe(text, t) || (isLowerWord(text, t, 's') && isApostrophe(text, tokens[k - 2]))) continue;
    if (!t.word || isCapitalized(t) || ++words > 3) return undefined;
  }
  return undefined;
}

/*
 * The per-document indexes, built by a few short functions rather than one long one: the optimising
 * compiler takes them one by one (measured: one compile of indexDocument, not three), and a
 * deoptimisation in one of them (a rare qualifier, a lexicon entry of a new shape) recompiles less.
 */
function indexDocument(doc: Doc, ctx: StageContext): Scan {
  const flags = zeroedFlags(doc.tokens.length);
  blockMentions(doc, flags);
  const cueByEnd = new Map<number, RoleCue>();
  const partyByStart = new Map<number, Party>();
  const partyByEnd = new Map<number, Party>();
  indexLookups(doc, ctx, cueByEnd, partyByStart, partyByEnd);
  const nouns = new Set<string>();
  const nounBits = clearedNounBits();
  if (doc.language === 'de') scanGermanWords(doc, ctx, cueByEnd, flags, nouns, nounBits);
  // party names are no name parts (`Blair Labour government`)
  for (const p of partyByStart.values()) for (let k = p.start; k < p.end; k++) flags[k] |= BLOCKED;
  const cueByStart = placeCues(doc, cueByEnd, flags);
  const hashes = unknownHashes(doc.tokens.length);
  return { doc, ctx, cueByEnd, cueByStart, flags, partyByStart, partyByEnd, nouns, nounBits, firstNames: firstNamesOf(ctx.lexicon.firstNames), hashes };
}

/** Country and organisation mentions are no name parts (`Deutsche Telekom`, `Kanada`): their tokens are flagged. */
function blockMentions(doc: Doc, flags: Uint8Array): void {
  const { tokens } = doc;
  const n = tokens.length;
  let ti = 0;
  let lastStart = 0;
  for (const m of doc.mentions) {
    if (m.type !== 'country' && m.type !== 'organization') continue;
    // mostly in text order: walk on from the last mention's first token, else search anew
    if (m.start < lastStart) ti = firstTokenEndingAfter(tokens, m.start);
    while (ti < n && tokens[ti].end <= m.start) ti++;
    lastStart = m.start;
    const bits = m.type === 'country' ? BLOCKED | COUNTRY : BLOCKED;
    for (let k = ti; k < n && tokens[k].start < m.end; k++) flags[k] |= bits;
  }
}

/** The gazetteer's roles (the longest ending at each token) and parties (the longest from and to each token). */
function indexLookups(
  doc: Doc,
  ctx: StageContext,
  cueByEnd: Map<number, RoleCue>,
  partyByStart: Map<number, Party>,
  partyByEnd: Map<number, Party>,
): void {
  const n = doc.tokens.length;
  const roles = ctx.lexicon.people.roles;
  for (const l of doc.lookups) {
    if (l.entry.cat === 'role') {
      const info = roles.get(l.entry.id);
      if (!info) continue;
      const known = cueByEnd.get(l.tokenEnd);
      if (known && known.end - known.start >= l.tokenEnd - l.tokenStart) continue;
      cueByEnd.set(l.tokenEnd, roleCue(l.tokenStart, l.tokenEnd, info));
    } else if (l.entry.cat === 'party') {
      const party = { start: l.tokenStart, end: l.tokenEnd, countries: l.entry.id };
      if ((partyByStart.get(l.tokenStart)?.end ?? 0) < l.tokenEnd) partyByStart.set(l.tokenStart, party);
      if ((partyByEnd.get(l.tokenEnd)?.start ?? n) > l.tokenStart) partyByEnd.set(l.tokenEnd, party);
    }
  }
}

/**
 * The cues by their first token, longest first: a shorter role inside a longer one (`secretary` in
 * `Secretary of State`) is no cue of its own. Flags the cues' tokens and the token after each.
 */
function placeCues(doc: Doc, cueByEnd: Map<number, RoleCue>, flags: Uint8Array): Map<number, RoleCue> {
  const { tokens } = doc;
  const cueByStart = new Map<number, RoleCue>();
  for (const cue of cueByEnd.size === 0 ? [] : [...cueByEnd.values()].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (flags[cue.start] & ROLE || flags[cue.end - 1] & ROLE) {
      cueByEnd.delete(cue.end);
      continue;
    }
    cue.writtenStart = qualifierStart(doc.text, tokens, cue.start);
    cueByStart.set(cue.start, cue);
    for (let k = cue.start; k < cue.end; k++) flags[k] |= ROLE;
  }
  for (const end of cueByEnd.keys()) if (end < tokens.length) flags[end] |= CUE_BEFORE;
  return cueByStart;
}

/** The index of the first token that ends after `offset` (tokens are in text order): a binary search. */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One pass over a German document's capitalised words (both questions concern only them):
 * role compounds by their ending, and the words after an article, which are common nouns.
 */
function scanGermanWords(doc: Doc, ctx: StageContext, cueByEnd: Map<number, RoleCue>, flags: Uint8Array, nouns: Set<string>, nounBits: Uint32Array): void {
  const { tokens } = doc;
  const byTail = endingsByTail(ctx);
  const { indexes, count } = capitalisedWords(tokens);
  for (let c = 0; c < count; c++) {
    const k = indexes[c];
    const t = tokens[k];
    if (k > 0 && afterDeterminer(doc.text, tokens, k)) {
      nouns.add(t.lower);
      setBit(nounBits, nounBit(t.hash));
      // germanNoun's answer for this very token, known now (one of the document's nouns)
      flags[k] |= NOUN_KNOWN | NOUN;
    }
    if (t.end - t.start >= 6 && !(flags[k] & BLOCKED)) addCompoundRole(ctx, byTail, cueByEnd, k, t);
  }
}

/** The noun filter, one buffer reused from document to document (2^11 bits: a document has a few hundred nouns). */
const NOUN_BITS = new Uint32Array((1 << 11) >>> 5);

function clearedNounBits(): Uint32Array {
  NOUN_BITS.fill(0);
  return NOUN_BITS;
}

/** A noun filter bit from the token's suffix hash (the tokeniser's, of its lower case: equal words share it). */
function nounBit(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> 21;
}

function setBit(bits: Uint32Array, bit: number): void {
  bits[bit >>> 5] |= 1 << (bit & 31);
}

function hasBit(bits: Uint32Array, bit: number): boolean {
  return (bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

/** German role compounds by their ending: `Landwirtschaftsministerin`, `Pressesprecherin`, `Oberbürgermeister`. */
function addCompoundRole(
  ctx: StageContext,
  byTail: Map<number, Array<readonly [string, string]>>,
  cueByEnd: Map<number, RoleCue>,
  k: number,
  t: Token,
): void {
  const word = t.lower;
  const tail = tailHash(word);
  // the filter first: most words end in no role's last three letters (a look-up of the number, no slice)
  if (ROLE_TAILS[tail] !== 1 || cueByEnd.has(k + 1)) return;
  const candidates = byTail.get(tail);
  if (candidates === undefined) return;
  // endings of another tail at the same hash cannot match: the word's last three letters are not theirs
  for (const [ending, id] of candidates) {
    if (word.length <= ending.length || !word.endsWith(ending)) continue;
    const info = ctx.lexicon.people.roles.get(id);
    if (info) cueByEnd.set(k + 1, roleCue(k, k + 1, info));
    return;
  }
}

const tails = new WeakMap<object, Map<number, Array<readonly [string, string]>>>();

/** 1 at the hash of every role ending's last three letters (filled with endingsByTail): most words end in none. */
const ROLE_TAILS = new Uint8Array(1 << 16);

/** A hash of a word's last three code units in [0, 2^16). */
function tailHash(word: string): number {
  const n = word.length;
  return (Math.imul(word.charCodeAt(n - 3) | 0, 961) + word.charCodeAt(n - 2) * 31 + (word.charCodeAt(n - 1) | 0)) & 0xffff;
}

/** The German role endings by the hash of their last three letters, longest first (built once per lexicon). */
function endingsByTail(ctx: StageContext): Map<number, Array<readonly [string, string]>> {
  let map = tails.get(ctx.lexicon);
  if (map === undefined) {
    map = new Map();
    for (const e of ctx.lexicon.people.roleEndings) {
      // a word is matched by its last three letters: a shorter ending never was
      if (e[0].length < 3) continue;
      const tail = tailHash(e[0]);
      ROLE_TAILS[tail] = 1;
      const list = map.get(tail) ?? [];
      list.push(e);
      map.set(tail, list);
    }
    tails.set(ctx.lexicon, map);
  }
  return map;
}

const QUALIFIER_FILTER = textWordFilter(ROLE_QUALIFIERS, true);

/** The first token of a role's written form: qualifiers before it stay (`frühere Regierungschefin`, `Ex-Präsident`). */
function qualifierStart(text: string, tokens: readonly Token[], start: number): number {
  let k = start;
  for (;;) {
    const before = tokenAt(tokens, k - 1);
    if (before?.word && tokens[k].start - before.end <= 1 && mayBeWord(QUALIFIER_FILTER, text, before, true) && ROLE_QUALIFIERS.has(before.lower)) {
      k--;
      // self-proclaimed, Ex-Präsident
      if (isChar(text, tokenAt(tokens, k - 1), HYPHEN) && tokens[k - 2]?.word && tokens[k - 1].start === tokens[k - 2].end) k -= 2;
      continue;
    }
    if (before !== undefined && isChar(text, before, HYPHEN) && isLowerWord(text, tokenAt(tokens, k - 2), 'ex') && before.end === tokens[k].start) {
      k -= 2;
      continue;
    }
    return k;
  }
}

const SHORTEST_DETERMINER = Math.min(...[...GERMAN_DETERMINERS].map((d) => d.length));
const LONGEST_DETERMINER = Math.max(...[...GERMAN_DETERMINERS].map((d) => d.length));
/** The determiners at their text hash (TEXT_FILTER_BITS slots; an empty slot rules a word out like a filter). */
const DETERMINERS_BY_HASH = wordsByTextHash(GERMAN_DETERMINERS, TEXT_FILTER_BITS);

/**
 * `GERMAN_DETERMINERS.has(t.lower)` by the token's length and its letters read from the text, compared
 * with the few determiners at their hash (`die`, `der` come before most German capitalised words: a set
 * probe hashed each one's own string). Beyond Latin-1 the set decides.
 */
function isDeterminer(text: string, t: Token): boolean {
  const length = t.end - t.start;
  if (length < SHORTEST_DETERMINER || length > LONGEST_DETERMINER) return false;
  return isWordAt(GERMAN_DETERMINERS, DETERMINERS_BY_HASH, textHash(text, t.start, t.end, true, TEXT_FILTER_BITS - 1), text, t);
}

/**
 * Filters over closed classes of words (determiners, particles, verbs of saying), asked with a token's
 * letters read from the document text, which the scan reads anyway: the token's own string lies
 * elsewhere in memory, and reading it cost a cache miss per capitalised word. A clear bit: the token is
 * none of the words. A token beyond Latin-1 is left to the set (its lower case is no simple shift):
 * German words with umlauts and `ß` are not.
 */

function textWordFilter(words: Iterable<string>, foldCase: boolean, size = TEXT_FILTER_BITS): Uint8Array {
  const bits = new Uint8Array(size);
  for (const word of words) {
    const h = textHash(word, 0, word.length, foldCase, size - 1);
    if (h >= 0) bits[h] = 1;
  }
  return bits;
}

function mayBeWord(bits: Uint8Array, text: string, t: Token, foldCase: boolean): boolean {
  const h = textHash(text, t.start, t.end, foldCase, bits.length - 1);
  return h < 0 || bits[h] === 1;
}

/** A hash of text[start, end) in [0, mask], capitals lowered (LOWER_LATIN1) when `foldCase`; -1 beyond Latin-1. */
function textHash(text: string, start: number, end: number, foldCase: boolean, mask: number): number {
  let h = end - start;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c > 0xff) return -1;
    if (foldCase) c = LOWER_LATIN1[c];
    h = (Math.imul(h, 31) + c) | 0;
  }
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & mask;
}

/** A capitalised word (`k` ≥ 1) after an article or determiner: a common noun of the document (`die Regierung`). */
function afterDeterminer(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!isDeterminer(text, before)) return false;
  // `die Rice-Äußerungen`: the article belongs to the compound, not to the name in it
  const after = tokenAt(tokens, k + 1);
  if (isChar(text, after, HYPHEN) && after!.start === t.end) return false;
  // `DIE WELT`: a headline in capitals
  if (!changesInUpperCase(text, before)) return false;
  // `von der Heyde`, `van den Berg`: an article inside a name is a particle
  const twoBefore = tokenAt(tokens, k - 2);
  return !(twoBefore !== undefined && twoBefore.end - twoBefore.start <= LONGEST_PARTICLE && NAME_PARTICLES.has(twoBefore.text));
}

/**
 * `t.text !== t.text.toUpperCase()`, read from the text without making the upper-case string when the
 * word is Latin-1 (`ältere` too): upper-casing maps each character alone, so the word changes if one does.
 */
function changesInUpperCase(text: string, t: Token): boolean {
  for (let k = t.start; k < t.end; k++) {
    const c = text.charCodeAt(k);
    if (c > 0xff) return t.text !== t.text.toUpperCase();
    if (CHANGES_IN_UPPER_CASE[c] === 1) return true;
  }
  return false;
}

/** 1 for the Latin-1 code units that upper-casing changes (`a`–`z`, `ß`, `µ`, `à`–`ÿ` but `÷`). */
const CHANGES_IN_UPPER_CASE = Uint8Array.from({ length: 256 }, (_, code) => (String.fromCharCode(code).toUpperCase() !== String.fromCharCode(code) ? 1 : 0));
