/**
 * Tokeniser: words (letters, marks and digits) and single punctuation characters, with offsets.
 * Hyphens and apostrophes are tokens of their own, so `US-Außenminister` and `Blair's`
 * are three tokens each and the matchers see the parts.
 */
import type { Token } from '../doc.js';

/** Per UTF-16 code unit: 0 unknown, 1 word character (letter, mark, digit), 2 space, 3 other. */
const CLASS = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/**
 * Per UTF-16 code unit: 1 when lower-casing changes it (filled with CLASS). A word none of whose
 * units changes is its own lower case: lower-casing maps each character alone, but for `Σ`,
 * which changes anyway (and a surrogate pair, which the scan does not look up here).
 */
const CHANGES_IN_LOWER_CASE = new Uint8Array(65536);
/**
 * Per UTF-16 code unit: 1 when a token starting with it is capitalised (`capitalizedText`, filled
 * with CLASS): a word starting beyond ASCII (`Österreich`, `über`) makes no case-mapped strings.
 */
const STARTS_CAPITALISED = new Uint8Array(65536);

// ASCII up front, so the word scan can read the table without the first-sight check
for (let code = 0; code < 128; code++) classOf(code);


/**
 * Whether a UTF-16 code unit is white space as `\s` matches it, read from the tokeniser's class
 * table: the units of a document's text are all classified once it is tokenised, so the later
 * stages that scan its text for spaces read one table entry per unit.
 */
export function isSpaceUnit(code: number): boolean {
  return classOf(code) === 2;
}

/** Classes are filled on first sight (a full table costs start-up time). */
function classOf(code: number): number {
  let c = CLASS[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = WORD_CHAR.test(ch) ? 1 : SPACE.test(ch) ? 2 : 3;
    CLASS[code] = c;
    CHANGES_IN_LOWER_CASE[code] = ch.toLowerCase() === ch ? 0 : 1;
    STARTS_CAPITALISED[code] = capitalizedText(ch) ? 1 : 0;
  }
  return c;
}

function isPairAt(text: string, code: number, i: number, to: number): boolean {
  if (code < 0xd800 || code > 0xdbff || i + 1 >= to) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/** Word-character test for a code point outside the BMP (a surrogate pair). */
function isAstralWord(text: string, i: number): boolean {
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Tokenise `text[from, to)`; offsets are into `text`. A hand scanner over a code-unit class
 * table: the same tokens as /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu, at about twice the
 * speed (it was the segmenter's hottest line in --cpu-prof).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return scan(flat(text), from, to, undefined);
}

/**
 * The phrase as a string of its own. `tokenize` is for phrases (lexicon forms, user gazetteer
 * names), which often come as substrings of a bigger string (split, trim) that V8 keeps as views
 * into it; one view handed to `scan` makes its optimised code handle two kinds of string for
 * every document after (measured: segment took 70 % longer). Copying a short phrase costs little.
 * (V8 makes views only of substrings of 13 units or more.)
 */
function flat(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * Tokenise all of `text` and note in `breaks` (ascending) the index of every token a sentence
 * may end after: a `.`, `!`, `?` or `…`, or a token followed by a line feed. The scanner sees
 * both anyway, so the sentence splitter need not read every token again to find them.
 */
export function tokenizeNotingBreaks(text: string, breaks: number[]): Token[] {
  return scan(text, 0, text.length, breaks);
}

/** The indexes of a document's capitalised word tokens, in order (`indexes[0, count)`). */
export interface CapitalisedWords {
  indexes: Int32Array;
  count: number;
}

/**
 * The capitalised word tokens of the document tokenised last, noted by the scanner as it makes them:
 * the recognisers and resolvers walk them (people, German nouns, bare surnames), and finding them
 * again would read every token object once more. The buffer is reused for the next document.
 */
let noted: { tokens: readonly Token[]; words: CapitalisedWords } | undefined;
let notedIndexes = new Int32Array(1 << 16);

/** The capitalised word tokens of `tokens` when they are the last document's `tokenizeNotingBreaks` made. */
export function notedCapitalisedWords(tokens: readonly Token[]): CapitalisedWords | undefined {
  return noted !== undefined && noted.tokens === tokens ? noted.words : undefined;
}

/**
 * Makes room for the capitalised words of text[from, to): at most one in two code units starts a
 * word. Done before the scan (not in its loop, where a growth first met after optimisation
 * deoptimised it); the buffer suits documents up to 128 K code units from the start.
 */
function roomForCapitalised(from: number, to: number): void {
  const most = (to - from + 1) >> 1;
  if (notedIndexes.length < most) notedIndexes = new Int32Array(most);
}

function scan(text: string, from: number, to: number, breaks: number[] | undefined): Token[] {
  const tokens: Token[] = [];
  // a document's scan (one that notes breaks) also notes its capitalised words
  let capitalised = 0;
  if (breaks !== undefined) roomForCapitalised(from, to);
  const capitalisedIndexes = notedIndexes;
  /**
   * The whole text in lower case, made on first need: one bulk `toLowerCase` costs a fraction
   * of one call per capitalised word. A slice of it is the span folded alone, because folding
   * maps each character by itself (but `Σ`: its spans fold alone), and no character folds to
   * fewer code units: so while the folded text is as long as the text, every offset lines up
   * (`İ` folds to two and breaks that: then each word folds alone).
   */
  let lowered: string | undefined;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    // one in six code units is a plain space: skipped before any class test
    if (code === 32) {
      i++;
      continue;
    }
    // ASCII straight from the table: no call per token before the optimiser has inlined them
    const pair = code >= 128 && isPairAt(text, code, i, to);
    const word = code < 128 ? CLASS[code] === 1 : pair ? isAstralWord(text, i) : classOf(code) === 1;
    if (!word && !pair) {
      if (CLASS[code] === 2) {
        if (code === 10 && breaks !== undefined) noteBreak(breaks, tokens.length - 1);
        i++;
        continue;
      }
      if (breaks !== undefined && isSentenceEndCode(code)) noteBreak(breaks, tokens.length);
      // a single punctuation character: its strings come from a per-code cache
      const punct = PUNCT_TEXT[code] ?? punctText(code);
      tokens.push(new ScannedToken(punct, PUNCT_LOWER[code]!, i, i + 1, false, PUNCT_CAP[code] === 1, PUNCT_HASH[code]!));
      i++;
      continue;
    }
    const start = i;
    i += pair ? 2 : 1;
    // folding is needed only when the scan sees a unit that lower-casing changes, or a surrogate pair
    // (`für`, `größer` are their own lower case, as `and` is)
    let upper = CHANGES_IN_LOWER_CASE[code] === 1 || pair;
    let ascii = code < 128;
    // `Σ` is the one letter whose lower case depends on what follows it (`σ`, or `ς` at a word's end)
    let sigma = code === CAPITAL_SIGMA;
    if (word) {
      while (i < to) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          if (CLASS[c] !== 1) break;
          if (c >= 65 && c <= 90) upper = true;
          i++;
        } else if (isPairAt(text, c, i, to)) {
          if (!isAstralWord(text, i)) break;
          ascii = false;
          upper = true;
          i += 2;
        } else if (classOf(c) === 1) {
          ascii = false;
          if (CHANGES_IN_LOWER_CASE[c] === 1) upper = true;
          if (c === CAPITAL_SIGMA) sigma = true;
          i++;
        } else break;
      }
    } else if (SPACE.test(text.slice(start, i))) continue;
    const t = text.slice(start, i);
    // from the table: the first code unit decides (a surrogate pair never counts, as in capitalizedText)
    const cap = STARTS_CAPITALISED[code] === 1;
    let lower = t;
    if (sigma) lower = t.toLowerCase();
    else if (upper) {
      lowered ??= text.toLowerCase();
      lower = lowered.length === text.length ? lowered.slice(start, i) : t.toLowerCase();
    }
    const hash = ascii ? asciiSuffixHash(text, start, i) : suffixHash(lower);
    if (cap && word && breaks !== undefined) capitalisedIndexes[capitalised++] = tokens.length;
    tokens.push(new ScannedToken(t, lower, start, i, word, cap, hash));
  }
  if (breaks !== undefined) noted = { tokens, words: { indexes: notedIndexes, count: capitalised } };
  return tokens;
}

const CAPITAL_SIGMA = 0x3a3;

/**
 * Every token the scanner makes comes from this one constructor: a fixed shape, made ~5 %
 * faster than the two object literals it replaced (measured over 10 MB). The fields are
 * `declare`d: class field initialisers would first write `undefined` to each, and that cost
 * more than the class saved.
 */
class ScannedToken implements Token {
  declare text: string;
  declare lower: string;
  declare start: number;
  declare end: number;
  declare word: boolean;
  declare cap: boolean;
  declare hash: number;

  constructor(text: string, lower: string, start: number, end: number, word: boolean, cap: boolean, hash: number) {
    this.text = text;
    this.lower = lower;
    this.start = start;
    this.end = end;
    this.word = word;
    this.cap = cap;
    this.hash = hash;
  }
}

/** `.`, `!`, `?` or `…`: the punctuation a sentence can end with. */
export function isSentenceEndCode(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** Notes token `index` once (a gap may hold several line feeds; none before the first token). */
function noteBreak(breaks: number[], index: number): void {
  if (index >= 0 && breaks[breaks.length - 1] !== index) breaks.push(index);
}

/**
 * Per code unit: the one-character string and its lower-case form, made on first sight.
 * Allocated at full length: an empty array written at index 8222 (`„`) turns into a
 * dictionary, and every punctuation token then paid two hash lookups.
 */
const PUNCT_TEXT: (string | undefined)[] = new Array<string | undefined>(65536);
const PUNCT_LOWER: (string | undefined)[] = new Array<string | undefined>(65536);
/** Per code unit: 1 when the one-character token counts as capitalised. */
const PUNCT_CAP = new Uint8Array(65536);
/** Per code unit: the `suffixHash` of the one-character token's lower-case form. */
const PUNCT_HASH = new Int32Array(65536);

function punctText(code: number): string {
  let t = PUNCT_TEXT[code];
  if (t === undefined) {
    t = String.fromCharCode(code);
    PUNCT_TEXT[code] = t;
    PUNCT_LOWER[code] = t.toLowerCase();
    PUNCT_CAP[code] = capitalizedText(t) ? 1 : 0;
    PUNCT_HASH[code] = suffixHash(PUNCT_LOWER[code]!);
  }
  return t;
}

/**
 * A 32-bit hash of a folded token's last four code units (of all of it when shorter, with its
 * length), stored on every token as `hash`: the trie's first-token filter and the agreement
 * recogniser's suffix table both start from it, so neither reads the token's text again. A word
 * that ends in a form of four or more letters shares the form's hash (what the suffix table needs).
 * ASCII units are packed seven bits each, so the tokeniser reads an ASCII word's value from the
 * text it scanned, without its folded copy; other words are hashed from their folded text.
 */
export function suffixHash(lower: string): number {
  const n = lower.length;
  let packed = 0;
  for (let k = n > 4 ? n - 4 : 0; k < n; k++) {
    const c = lower.charCodeAt(k);
    if (c >= 128) return nonAsciiSuffixHash(lower);
    packed = (packed << 7) | c;
  }
  return n >= 4 ? packed : packed | (n << 28);
}

/** `suffixHash` of the ASCII word text[start, end), read from the unfolded text. */
function asciiSuffixHash(text: string, start: number, end: number): number {
  const n = end - start;
  if (n < 4) {
    let packed = 0;
    for (let k = start; k < end; k++) packed = (packed << 7) | foldAscii(text.charCodeAt(k));
    return packed | (n << 28);
  }
  return (
    (foldAscii(text.charCodeAt(end - 4)) << 21) |
    (foldAscii(text.charCodeAt(end - 3)) << 14) |
    (foldAscii(text.charCodeAt(end - 2)) << 7) |
    foldAscii(text.charCodeAt(end - 1))
  );
}

function foldAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function nonAsciiSuffixHash(lower: string): number {
  const n = lower.length;
  if (n >= 4) {
    return (lower.charCodeAt(n - 4) * 29791 + lower.charCodeAt(n - 3) * 961 + lower.charCodeAt(n - 2) * 31 + lower.charCodeAt(n - 1)) | 0;
  }
  let h = n;
  for (let k = 0; k < n; k++) h = h * 31 + lower.charCodeAt(k);
  return h | 0;
}

function capitalizedText(text: string): boolean {
  // ASCII first: no case-mapping strings for the common letters
  const code = text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const c = text[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** true when the token starts with an upper-case letter (decided once, in `tokenize`). */
export function isCapitalized(token: Token): boolean {
  return token.cap;
}

/** true when every letter of the token is upper case and it has at least two letters (`NATO`, `USA`). */
export function isAllCaps(token: Token): boolean {
  const text = token.text;
  if (text.length < 2) return false;
  // Latin-1 words without case mapping (`NATO`, `ÖVP`, not `Türkei`): no unit that upper-casing
  // changes, and some that lower-casing changes; both map each character alone
  let upper = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 0xff) return isAllCapsByCaseMapping(text);
    const change = LATIN1_CASE[c];
    if (change === CHANGES_IN_UPPER) return false;
    if (change === CHANGES_IN_LOWER) upper = true;
  }
  return upper;
}

/**
 * Beyond Latin-1 (rare): both case mappings made at once, so that the first such word meets no
 * second untried read after the optimiser compiled isAllCaps (it deoptimised it twice).
 */
function isAllCapsByCaseMapping(text: string): boolean {
  const upper = text.toUpperCase();
  const lower = text.toLowerCase();
  return text === upper && text !== lower;
}

const CHANGES_IN_UPPER = 1;
const CHANGES_IN_LOWER = 2;
/** Per Latin-1 code unit: CHANGES_IN_UPPER (`a`, `ß`, `ä`, `µ`), CHANGES_IN_LOWER (`A`, `Ä`) or 0. */
const LATIN1_CASE = Uint8Array.from({ length: 256 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return ch.toUpperCase() !== ch ? CHANGES_IN_UPPER : ch.toLowerCase() !== ch ? CHANGES_IN_LOWER : 0;
});
