/**
 * People coreference (ANNIE's orthographic matcher). Full names that agree (`Jose Vicente Rangel`,
 * `Jose Rangel`; `George W. Bush`, `George Bush`) form one person; `Gordon Brown` and `Nick Brown`
 * stay two. A one-word mention (`Mr Blair`, `Kanzlerin Merkel`, `Kishida`) and a bare surname or
 * possessive anywhere in the text (`Joly sagte`, `Kishidas`, `Blair's`) join the nearest person
 * before it with that surname, else the first one after it. `X – alias Y` joins X and Y.
 * The entity's name is the fullest form found.
 * Reads: person mentions, doc.tokens. Assigns: person mention keys and attrs.canonical; adds surname mentions.
 */
import type { Doc, Mention, Span, Token } from '../doc.js';
import { isCapitalized, isSpaceUnit } from '../4-segment/tokens.js';
import { slug, stripDiacritics } from '../match/normalize.js';
import { NOT_NAME_WORDS } from '../5-recognise/people.data.js';
import { capitalisedWords, personAttrs } from '../5-recognise/people.js';
import { memoised } from './memo.js';

/** A name's words with its folded surname and given names, prepared once for `agree`. */
class Name {
  declare readonly words: string[];
  /** the words joined by one space: the form's identity */
  declare readonly text: string;
  declare readonly surname: string;
  declare readonly given: string[];
  /** in the second walk: the person the full name agrees with (null: none), asked once per document */
  declare owner: Person | null | undefined;

  // (declared fields set in one constructor: plain stores, one shape; class field definitions cost more)
  constructor(words: string[], text: string, surname: string, given: string[]) {
    this.words = words;
    this.text = text;
    this.surname = surname;
    this.given = given;
    this.owner = undefined;
  }
}

/** One class: the walk reads persons of one shape. */
class Person {
  /** its index in the document's persons (aliases join persons by index: see joinAliases) */
  declare readonly id: number;
  /** the distinct full-name forms of its mentions, in order of first appearance */
  declare readonly names: Name[];
  declare readonly mentions: Mention[];
  /** start of its latest mention so far (while walking the text) */
  declare lastSeen: number;

  constructor(id: number) {
    this.id = id;
    this.names = [];
    this.mentions = [];
    this.lastSeen = -1;
  }
}

// "Kalif Ibrahim – alias Abu Bakr al-Baghdadi", "Ibrahim, also known as …", "Ibrahim (alias …)"
const ALIAS_GAP = /^\s*[,(–—-]?\s*(?:alias|aka|a\.k\.a\.|genannt|also known as|auch bekannt als|known as)\s+$/i;

export function joinPeople(doc: Doc): void {
  const people = unkeyedPeople(doc.mentions);
  if (people.length === 0) return;
  const german = doc.language === 'de';
  const index = new PersonIndex(german);
  // full names first: each joins an agreeing person or starts one
  const peopleNames = index.fileFullNames(people);
  const { bySurname } = index;
  // the mentions' order is asked at most once (the surname scan and the final merge both need it)
  // (without surnames there is neither: no pass over the mentions)
  const sorted = bySurname.size > 0 && isSortedByStart(doc.mentions);
  const bare = bareSurnames(doc, bySurname, sorted);
  // people are a part of the mentions: in text order when those are (after resolveOverlaps, always)
  const walk = bare === undefined ? people : mergeSorted(people, sorted, bare);
  const walkNames = bare === undefined ? peopleNames : namesInWalk(walk, people, peopleNames, index);
  index.walk(walk, walkNames);
  keyPersons(doc, walk, index);
  if (bare !== undefined) doc.mentions = mergeSorted(doc.mentions, sorted, keyed(bare));
}

/**
 * The persons of one document, filed under their names' keys, and the names of its mention texts
 * (a name's text recurs often: its words are split and folded once per document). The walk's steps
 * are methods of their own: small functions, each compiled apart (a rare path deoptimises only its own).
 */
class PersonIndex {
  declare readonly persons: Person[];
  declare readonly bySurname: Map<string, Person[]>;
  declare private readonly namesByText: Map<string, Name>;
  declare readonly german: boolean;

  // (declared fields set in one constructor, as Name's and Person's)
  constructor(german: boolean) {
    this.persons = [];
    this.bySurname = new Map();
    this.namesByText = new Map();
    this.german = german;
  }

  nameOf(text: string): Name {
    let name = this.namesByText.get(text);
    if (name === undefined) {
      name = prepare(text, nameWords(text));
      this.namesByText.set(text, name);
    }
    return name;
  }

  /** Each full name joins an agreeing person or starts one; returns each mention's name, kept for the walk. */
  fileFullNames(people: readonly Mention[]): Name[] {
    const names: Name[] = [];
    for (const m of people) {
      const name = this.nameOf(m.text);
      names.push(name);
      if (name.words.length < 2) continue;
      let person = agreeing(this.bySurname, name);
      if (person === undefined) {
        person = this.newPerson();
        fileUnderKeys(this.bySurname, person, name, this.german);
      }
      addName(person, name);
    }
    return names;
  }

  /** The names are complete now: each mention joins its person (a full name finds the same one each time). */
  walk(walk: readonly Mention[], walkNames: readonly Name[]): void {
    for (let w = 0; w < walk.length; w++) {
      const m = walk[w];
      const name = walkNames[w];
      const person = name.words.length >= 2 ? this.ownerOf(name) : this.nearestBySurname(name, m);
      person.mentions.push(m);
      person.lastSeen = m.start;
    }
  }

  /** The person a full name agrees with (asked once per name), else a new one filed under its first word. */
  private ownerOf(name: Name): Person {
    if (name.owner === undefined) name.owner = agreeing(this.bySurname, name) ?? null;
    if (name.owner !== null) return name.owner;
    return this.newFiledPerson(name, singleKey(name.words[0], this.bySurname, this.german));
  }

  /** The nearest person with a one-word name's key, else a new one filed under it. */
  private nearestBySurname(name: Name, m: Mention): Person {
    const single = singleKey(name.words[0] ?? m.text, this.bySurname, this.german);
    const candidates = this.bySurname.get(single);
    return (candidates === undefined ? undefined : nearest(candidates)) ?? this.newFiledPerson(name, single);
  }

  private newFiledPerson(name: Name, key: string): Person {
    const person = this.newPerson();
    addName(person, name);
    this.bySurname.set(key, [person]);
    return person;
  }

  private newPerson(): Person {
    const person = new Person(this.persons.length);
    this.persons.push(person);
    return person;
  }
}

/** Each person's mentions get its key and canonical name (an alias's go to the person it names). */
function keyPersons(doc: Doc, walk: readonly Mention[], index: PersonIndex): void {
  const { persons } = index;
  const parents = joinAliases(doc, walk, persons);
  if (parents !== undefined) mergeAliases(persons, parents);
  for (const person of persons) {
    if ((parents !== undefined && rootOf(parents, person.id) !== person.id) || person.mentions.length === 0) continue;
    const canonical = canonicalName(person, index);
    const key = `person:${personSlug(canonical)}`;
    for (const m of person.mentions) {
      m.key = key;
      // each mention has attrs of its own (recognise makes one object per mention)
      m.attrs ??= personAttrs();
      m.attrs.canonical = canonical;
    }
  }
}

/** The mentions that were given a key (a surname that joined no person has none). */
function keyed(mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) if (m.key !== '') out.push(m);
  return out;
}

/**
 * The name of each mention of the walk: the people's names in their order (the walk keeps it: a
 * merge), the bare surnames' looked up.
 */
function namesInWalk(walk: readonly Mention[], people: readonly Mention[], peopleNames: readonly Name[], index: PersonIndex): Name[] {
  const names: Name[] = [];
  let p = 0;
  for (const m of walk) {
    if (p < people.length && people[p] === m) names.push(peopleNames[p++]);
    else names.push(index.nameOf(m.text));
  }
  return names;
}

/**
 * `slug(name)`, by hand for an ASCII name (most; slug's two regex passes were a tenth of joinPeople):
 * lower case, each run of other characters than letters and digits one `-`, none at either end. A
 * name beyond ASCII goes to slug (its diacritics are folded there), remembered, as such names recur.
 */
function personSlug(name: string): string {
  let out = '';
  let from = -1;
  let dash = false;
  for (let k = 0; k <= name.length; k++) {
    const c = k < name.length ? name.charCodeAt(k) : 0;
    if (c >= 128) return slugBeyondAscii(name);
    // (a table read, not ranges: a letter or digit class first met after optimisation deoptimised the caller)
    if (ASCII_LETTER_OR_DIGIT[c] === 1) {
      if (from < 0) from = k;
      continue;
    }
    if (from >= 0) {
      out += (dash ? '-' : '') + name.slice(from, k);
      dash = true;
      from = -1;
    }
  }
  // lower-cased once, the runs joined (for ASCII the same as joining lower-cased runs)
  return out === '' ? 'x' : out.toLowerCase();
}

/** Per ASCII code: 1 for A-Z, a-z and 0-9 (what a slug keeps). */
const ASCII_LETTER_OR_DIGIT = asciiTable('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');

function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 1;
  return table;
}

function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 128) return false;
  return true;
}

/** slug's answers for names beyond ASCII, kept: such names recur. */
const slugBeyondAscii = memoised(slug);

function addName(person: Person, name: Name): void {
  // a person has a few forms: a scan beats a set per person
  for (const known of person.names) if (known === name || known.text === name.text) return;
  person.names.push(name);
}

function prepare(text: string, words: string[]): Name {
  const givenNames: string[] = [];
  for (let k = 0; k < words.length - 1; k++) givenNames.push(given(words[k]));
  return new Name(words, joinedWords(text, words), words.length > 0 ? surnameKey(words) : '', givenNames);
}

/**
 * `words.join(' ')`: the mention's text itself when it is already its words and one plain space
 * between each two (most names: `Melanie Joly`), without building the string again.
 */
function joinedWords(text: string, words: readonly string[]): string {
  if (words.length === 1) return words[0];
  // the words are runs of the text: when they and one character between each two fill it, nothing was dropped
  let length = words.length - 1;
  for (const word of words) length += word.length;
  if (length !== text.length) return words.join(' ');
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && isSpaceUnit(c)) return words.join(' ');
  }
  return text;
}

/** The first person filed under the name's surname with a name that agrees with it. */
function agreeing(bySurname: ReadonlyMap<string, Person[]>, name: Name): Person | undefined {
  const candidates = bySurname.get(name.surname);
  if (candidates === undefined) return undefined;
  for (const p of candidates) for (const n of p.names) if (agree(n, name)) return p;
  return undefined;
}

/**
 * The words of a name, without an English possessive (`Blair's` → `Blair`): the runs between white
 * space (as `\s` counts it), without lone dots. A hand loop: the regex replace, split and filter were
 * a tenth of joinPeople.
 */
function nameWords(text: string): string[] {
  const words: string[] = [];
  const end = text.length - possessiveLength(text);
  let start = -1;
  for (let k = 0; k <= end; k++) {
    if (k < end && !isSpaceUnit(text.charCodeAt(k))) {
      if (start < 0) start = k;
      continue;
    }
    if (start >= 0 && !(k - start === 1 && text.charCodeAt(start) === 0x2e)) words.push(text.slice(start, k));
    start = -1;
  }
  return words;
}

/** The length of a final `'`, `'s`, `’` or `’s` (what /['’]s?$/ matches), else 0. */
function possessiveLength(text: string): number {
  const n = text.length;
  if (isApostrophe(text.charCodeAt(n - 1))) return 1;
  return text.charCodeAt(n - 1) === 0x73 /* s */ && isApostrophe(text.charCodeAt(n - 2)) ? 2 : 0;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}


/** The surname of a full name, German genitive `s` dropped for matching (`Kishidas` → `kishida`). */
function surnameKey(words: readonly string[]): string {
  return fold(words[words.length - 1]);
}

/** Case and diacritics folded: `Erdoğan` and `Erdogan` are one surname. */
function fold(word: string): string {
  return foldLower(word.toLowerCase());
}

/**
 * Diacritics folded from a lower-case word: an ASCII word (most names) as it is, another through
 * stripDiacritics (a normalisation and a regex) once per process, as such words recur.
 */
function foldLower(lower: string): string {
  return isAscii(lower) ? lower : stripDiacriticsBeyondAscii(lower);
}

/** stripDiacritics' answers for words beyond ASCII, kept. */
const stripDiacriticsBeyondAscii = memoised(stripDiacritics);

/** The person mentions not yet keyed, in document order (a plain loop: no closure per document). */
function unkeyedPeople(mentions: readonly Mention[]): Mention[] {
  const people: Mention[] = [];
  for (const m of mentions) if (m.type === 'person' && m.key === '') people.push(m);
  return people;
}

/** Files a new person under each of its name's lookup keys (once under each). */
function fileUnderKeys(bySurname: Map<string, Person[]>, person: Person, name: Name, german: boolean): void {
  for (const key of lookupKeys(name, german)) {
    const list = bySurname.get(key);
    if (list === undefined) bySurname.set(key, [person]);
    else if (!list.includes(person)) list.push(person);
  }
}

/**
 * The keys a full name is found under: its surname (and the genitive-less form), and its first word
 * when that is no known first name pattern of ours (family name first: `Ban` of `Ban Ki Moon`).
 */
function lookupKeys(name: Name, german: boolean): string[] {
  const { words } = name;
  const last = name.surname;
  const keys = [last];
  if (german && endsInSingleS(last)) keys.push(last.slice(0, -1));
  if (words.length >= 3 && TITLE_CASE_WORD.test(words[0])) keys.push(fold(words[0]));
  return keys;
}

// (made once here: a regex literal inside a function is made again at each call)
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** What /[^s]s$/ tests: a final `s` after another character. */
function endsInSingleS(word: string): boolean {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === 0x73 && word.charCodeAt(n - 2) !== 0x73;
}

/** The key a one-word mention looks up: itself, or without a genitive `s` (`Kishidas`, `Bans`). */
function singleKey(word: string, bySurname: ReadonlyMap<string, Person[]>, german: boolean): string {
  const lower = fold(word);
  if (bySurname.has(lower)) return lower;
  if (german && lower.endsWith('s') && bySurname.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return lower;
}

/** Two full names agree when their surnames match and their given names do not contradict each other. */
function agree(a: Name, b: Name): boolean {
  if (!sameSurname(a.surname, b.surname)) return false;
  const short = a.given.length <= b.given.length ? a.given : b.given;
  const long = short === a.given ? b.given : a.given;
  // every given name of the shorter form appears in the longer, an initial standing for a name
  for (const g of short) if (!hasGivenName(long, g)) return false;
  return true;
}

/** Whether `g` is one of the given names, or an initial of one, or one of them is its initial (a loop: no closure per name). */
function hasGivenName(names: readonly string[], g: string): boolean {
  for (const h of names) if (g === h || (g.length === 1 && h.startsWith(g)) || (h.length === 1 && g.startsWith(h))) return true;
  return false;
}

function given(word: string): string {
  return fold(word.endsWith('.') ? word.slice(0, -1) : word);
}

/** Folded surnames; `Kishidas` is `Kishida`'s. */
function sameSurname(x: string, y: string): boolean {
  return x === y || isWithS(x, y) || isWithS(y, x);
}

/** `x` is `y` and an `s` (without making that string). */
function isWithS(x: string, y: string): boolean {
  return x.length === y.length + 1 && x.endsWith('s') && x.startsWith(y);
}

/** The person seen last before, else the first one (a surname before the full name). */
function nearest(candidates: readonly Person[]): Person | undefined {
  let best: Person | undefined;
  for (const p of candidates) if (p.lastSeen >= 0 && (best === undefined || p.lastSeen > best.lastSeen)) best = p;
  return best ?? candidates[0];
}

/**
 * Capitalised words that are a known surname (or its possessive) and no part of another mention:
 * `Joly sagte`, `Erklärung Bans`, `Blair's`. In English, a surname followed by another capitalised
 * word is part of some other name (`Christian Democrats`). Undefined when there is none.
 */
function bareSurnames(doc: Doc, bySurname: ReadonlyMap<string, Person[]>, mentionsSorted: boolean): Mention[] | undefined {
  if (bySurname.size === 0) return undefined;
  // the mentions' spans, sorted by start: made at the first surname found (most tokens are none)
  let covered: readonly Span[] | undefined;
  const found: Mention[] = [];
  const { tokens, text } = doc;
  // a first letter that folds to an ASCII one (`a`, `Ö`) no surname starts with: no lookup needed
  const firsts = SURNAME_FIRSTS.fill(0);
  const pairs = nextPairGeneration();
  const folded = (foldedLatin1 ??= foldedLatin1Table());
  for (const key of bySurname.keys()) {
    const c = key.charCodeAt(0);
    if (c >= 128) continue;
    // (a one-letter key is not read beyond its end: such a read deoptimises the loop)
    const second = key.length < 2 ? 128 : key.charCodeAt(1);
    // a one-letter key or one with a letter beyond ASCII second: its first letter alone filters
    // (ANY_SECOND holds SOME_PAIR's bit: or-ed in either order, the flag ends as the strongest; one
    // store for both cases: a store first met after optimisation deoptimised the loop)
    firsts[c] |= second >= 128 ? ANY_SECOND : SOME_PAIR;
    if (second < 128) SURNAME_PAIRS[(c << 7) | second] = pairs;
  }
  // only capitalised words can be surnames: the index recognise walked already
  const { indexes, count } = capitalisedWords(tokens);
  for (let c = 0; c < count; c++) {
    const i = indexes[c];
    const t = tokens[i];
    const first = foldedUnit(folded, text.charCodeAt(t.start));
    // (the table is read in bounds only: a read beyond it deoptimises the loop)
    if (first !== 0) {
      const filter = firsts[first];
      if (filter === 0 || (filter === SOME_PAIR && !mayStartSurname(text, t, first, folded, pairs))) continue;
    }
    // folding is only needed for letters beyond ASCII (`Erdoğan`)
    const lower = foldLower(t.lower);
    const exact = bySurname.has(lower);
    const genitive = !exact && doc.language === 'de' && lower.endsWith('s') && bySurname.has(lower.slice(0, -1));
    if (!exact && !genitive) continue;
    covered ??= mentionsSorted ? doc.mentions : [...doc.mentions].sort((a, b) => a.start - b.start);
    if (isCovered(covered, t.start, t.end) || insideIgnored(doc, t)) continue;
    if (doc.language === 'en' && followedByName(doc, i)) continue;
    if (otherGivenName(doc, i)) continue;
    found.push({
      type: 'person', text: t.text, start: t.start, end: t.end, key: '',
      kind: exact ? 'surname' : 'possessive', rule: 'person.surname-coref', priority: 1, attrs: undefined,
    });
  }
  // none found: no array (an empty one has another elements kind than a filled one, and the caller's reads would deoptimise on it)
  return found.length > 0 ? found : undefined;
}

/** Per ASCII code: 1 when some surname of the document starts with it (reused, refilled per document). */
const SURNAME_FIRSTS = new Uint8Array(128);
/** SURNAME_FIRSTS: some key starts with the letter, each with an ASCII second letter (see SURNAME_PAIRS). */
const SOME_PAIR = 1;
/** SURNAME_FIRSTS: some key starting with the letter is one letter long or has a second letter beyond ASCII. */
const ANY_SECOND = 3;

/**
 * Per pair of ASCII codes (first << 7 | second): the generation of the last document with a surname
 * key starting with them. A new generation per document empties the table without clearing it.
 */
const SURNAME_PAIRS = new Uint32Array(1 << 14);
let pairGeneration = 0;

function nextPairGeneration(): number {
  if (++pairGeneration === 0xffffffff) {
    SURNAME_PAIRS.fill(0);
    pairGeneration = 1;
  }
  return pairGeneration;
}

/**
 * Whether a token whose first unit folds to `first` starts like a surname key (its genitive too:
 * `Bans` starts like `ban`). Folding maps each Latin-1 letter by itself (`Führung` folds to `fu…`,
 * as its key would), so the test needs no folded string; a token whose second unit folds to no one
 * ASCII unit (`ß`, a mark, a letter beyond Latin-1), or of one unit, is left to the lookup.
 */
function mayStartSurname(text: string, t: Token, first: number, folded: Uint8Array, generation: number): boolean {
  if (t.end - t.start < 2) return true;
  const second = foldedUnit(folded, text.charCodeAt(t.start + 1));
  return second === 0 || SURNAME_PAIRS[(first << 7) | second] === generation;
}

/**
 * The one ASCII unit a text unit becomes in a folded word (lower case, diacritics dropped: `A` → `a`,
 * `Ö` → `o`), else 0. A word's first two units fold each by itself while the first is Latin-1
 * (lower-casing keeps each such unit one unit long; only marks, which fold to nothing, join a letter).
 */
function foldedUnit(folded: Uint8Array, unit: number): number {
  return unit < 256 ? folded[unit] : 0;
}

/** Per Latin-1 unit: the ASCII unit `fold` makes of it alone, or 0 (`ß` → `ss`, `µ`, `×`); made on first need, not at start-up. */
let foldedLatin1: Uint8Array | undefined;

function foldedLatin1Table(): Uint8Array {
  const table = new Uint8Array(256);
  for (let c = 1; c < 256; c++) {
    const folded = stripDiacritics(String.fromCharCode(c).toLowerCase());
    if (folded.length === 1 && folded.charCodeAt(0) < 128) table[c] = folded.charCodeAt(0);
  }
  return table;
}

function isSortedByStart(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) return false;
  return true;
}

/**
 * `[...a, ...b].sort(by start)`, as a merge when both are in text order (the mentions are, after
 * resolveOverlaps; surnames are found in token order). On a tie `a`'s element comes first, as in the
 * stable sort. `aSorted`: whether `a` is known to be in order (a sort of both, when not, gives the same).
 */
function mergeSorted<T extends Span>(a: readonly T[], aSorted: boolean, b: readonly T[]): T[] {
  if (!aSorted || !isSortedByStart(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(b[j].start < a[i].start ? b[j++] : a[i++]);
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}

/**
 * `Stammreihe mit Sigismund Krause` in a text about Johann Krause: a capitalised word before the
 * surname that is no German noun (`Erklärung Bans`) is another given name: another person.
 */
function otherGivenName(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  // (tokens are read in bounds only: a read beyond them deoptimises the caller)
  const before = i > 0 ? tokens[i - 1] : undefined;
  if (!before?.word || !isCapitalized(before) || tokens[i].start - before.end !== 1 || doc.text[before.end] !== ' ' || NOT_NAME_WORDS.has(before.lower)) return false;
  if (startsSentence(doc, i - 1)) return false;
  return doc.language !== 'de' || !GERMAN_NOUN_LIKE.test(before.lower);
}

const GERMAN_NOUN_LIKE = /(?:ung|ungen|heit|keit|schaft|tion|tät|ium|e|en|er|ern|s)$/;

function startsSentence(doc: Doc, k: number): boolean {
  const prev = k > 0 ? doc.tokens[k - 1] : undefined;
  return prev === undefined || SENTENCE_BREAK.test(prev.text) || doc.text.slice(prev.end, doc.tokens[k].start).includes('\n');
}

const SENTENCE_BREAK = /^[.!?:;„“"«»(–—-]$/;

function followedByName(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  return next !== undefined && next.word && isCapitalized(next) && next.start - tokens[i].end === 1 && doc.text[tokens[i].end] === ' ';
}

function insideIgnored(doc: Doc, t: Token): boolean {
  return doc.ignored.some((s) => s.start <= t.start && t.end <= s.end);
}

/** true when [start, end) overlaps one of the spans sorted by start. */
function isCovered(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else if (spans[mid].start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * `X – alias Y`: the two mentions name one person. Returns each person's parent (by index, a
 * union-find forest; a root is its own parent), undefined when there is no alias (most documents).
 */
function joinAliases(doc: Doc, mentions: readonly Mention[], persons: readonly Person[]): number[] | undefined {
  // who owns which mention, and the parents: made at the first alias
  let owner: Map<Mention, Person> | undefined;
  let parents: number[] | undefined;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    // the shortest gap that can hold an alias word is `aka ` (four characters)
    const gap = b.start - a.end;
    if (gap > 30 || gap < 4 || !mayEndInAliasWord(doc.text, a.end, b.start) || !ALIAS_GAP.test(doc.text.slice(a.end, b.start))) continue;
    owner ??= mentionOwners(persons);
    parents ??= persons.map((p) => p.id);
    const pa = owner.get(a);
    const pb = owner.get(b);
    if (pa && pb && rootOf(parents, pa.id) !== rootOf(parents, pb.id)) parents[rootOf(parents, pb.id)] = rootOf(parents, pa.id);
  }
  return parents;
}

/** Each person's names and mentions go to its root's. */
function mergeAliases(persons: readonly Person[], parents: readonly number[]): void {
  for (const person of persons) {
    const root = persons[rootOf(parents, person.id)];
    if (root !== person) {
      for (const name of person.names) addName(root, name);
      root.mentions.push(...person.mentions);
    }
  }
}

/**
 * Whether text[from, to) ends as an alias gap can: white space after the last letter of an alias
 * word (`alias`, `aka`, `a.k.a.`, `genannt`, `known as`). Most gaps between two mentions do not, and
 * are spared slicing them out for the regex.
 */
function mayEndInAliasWord(text: string, from: number, to: number): boolean {
  let k = to - 1;
  if (k < from || !isSpaceUnit(text.charCodeAt(k))) return false;
  while (k > from && isSpaceUnit(text.charCodeAt(k))) k--;
  const last = text.charCodeAt(k) | 0x20;
  return last === 0x73 /* s */ || last === 0x61 /* a */ || last === 0x74 /* t */ || text.charCodeAt(k) === 0x2e /* . */;
}

function mentionOwners(persons: readonly Person[]): Map<Mention, Person> {
  const owner = new Map<Mention, Person>();
  for (const p of persons) for (const m of p.mentions) owner.set(m, p);
  return owner;
}

/** The root of person `id` in the forest of `parents`. */
function rootOf(parents: readonly number[], id: number): number {
  let r = id;
  while (parents[r] !== r) r = parents[r];
  return r;
}

/** The fullest name: most words, then the longer text; a German genitive `s` is dropped when the text has the plain form. */
function canonicalName(person: Person, index: PersonIndex): string {
  let best: string[] = [];
  // a name's `text` is its words joined by one space: compared and returned without joining again
  let bestText = '';
  for (const { words, text } of person.names) {
    if (words.length > best.length || (words.length === best.length && text.length > bestText.length)) {
      best = words;
      bestText = text;
    }
  }
  const last = best[best.length - 1];
  if (!index.german || !last.endsWith('s')) return bestText;
  const plain = last.slice(0, -1);
  // each mention's words were split once already (its name, kept per text)
  for (const m of person.mentions) if (index.nameOf(m.text).words.includes(plain)) return [...best.slice(0, -1), plain].join(' ');
  return bestText;
}
