/**
 * Sentence splitter over tokens. A sentence ends at `.`, `!`, `?` or `…` followed by a
 * capitalised word, a quote or a digit, unless the period closes an abbreviation (`Dr.`,
 * `z. B.`, `U.S.`), an initial (`J. Smith`) or a German ordinal (`am 3. Oktober`). Blank
 * lines and line breaks before a capitalised word also end one. Sentences are capped in
 * length so that text without any sentence end still gives the rules bounded windows.
 */
import type { Sentence, Token } from '../doc.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { isSentenceEndCode } from './tokens.js';

/** No rule ever looks at more tokens than this at once. */
export const MAX_SENTENCE_TOKENS = 400;

const CLOSERS = new Set(['"', '“', '”', '„', '«', '»', "'", '’', ')', ']']);
/** Per code unit: 1 for the closers above. */
const CLOSER_CODES = new Uint8Array(65536);
for (const closer of CLOSERS) CLOSER_CODES[closer.charCodeAt(0)] = 1;
const PERIOD = 46;
const CONTINUATIONS = new Set([',', '-', '–', ':', ';', '/', '(']);

/**
 * `breaks` (ascending token indices, as `tokenizeNotingBreaks` gives them) must hold every
 * sentence-end punctuation token and every token followed by a line feed; more do no harm.
 * Without it, the tokens are read once to find them.
 */
export function splitSentences(text: string, tokens: Token[], breaks = findBreaks(text, tokens)): Sentence[] {
  const sentences: Sentence[] = [];
  // token i is looked at only when token i + 1 exists
  const stop = tokens.length - 1;
  let first = 0;
  let i = 0;
  let b = 0;
  while (i < stop) {
    while (b < breaks.length && breaks[b]! < i) b++;
    // between breaks only the length cap can end a sentence
    const candidate = b < breaks.length && breaks[b]! < stop ? breaks[b]! : stop;
    // a sentence that reaches the cap first is cut there; the cut takes the same path as any
    // sentence end, so the rare long sentence meets no code the optimiser has never seen run
    const capEnd = first + MAX_SENTENCE_TOKENS - 1;
    let last: number;
    if (capEnd <= candidate) last = capEnd;
    else if (candidate === stop) break;
    else last = sentenceEndAt(text, tokens, candidate);
    if (last >= 0) {
      first = closeSentence(sentences, tokens, first, last);
      i = last + 1;
    } else i = candidate + 1;
  }
  if (first < tokens.length) closeSentence(sentences, tokens, first, tokens.length - 1);
  return sentences;
}

/**
 * The last token of the sentence that ends at break `i` (after any closing quotes or brackets),
 * or -1 when none ends there. Token i + 1 exists.
 */
function sentenceEndAt(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t.word || !isTerminal(t.text)) return isLineBreakBoundary(text, t, tokens[i + 1]) ? i : -1;
  // closing quotes and brackets right after the mark belong to the sentence (`„Ja.“`); the
  // adjacency test comes first, being the one that runs in every document
  let last = i;
  for (;;) {
    const next = last + 1;
    if (next === tokens.length) return -1;
    const after = tokens[next];
    if (after.start !== tokens[last].end || !isCloser(after.text)) break;
    last = next;
  }
  return endsSentence(text, tokens, i, tokens[last + 1]) ? last : -1;
}

/** The breaks `tokenizeNotingBreaks` notes, found by reading the tokens. */
function findBreaks(text: string, tokens: readonly Token[]): number[] {
  const breaks: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if ((!t.word && isTerminal(t.text)) || hasLineBreak(text, t.end, tokens[i + 1].start)) breaks.push(i);
  }
  return breaks;
}

/** Adds the sentence of tokens [first, lastInclusive] (none when empty); returns the next sentence's first token. */
function closeSentence(sentences: Sentence[], tokens: readonly Token[], first: number, lastInclusive: number): number {
  if (lastInclusive < first) return first;
  sentences.push({
    start: tokens[first].start,
    end: tokens[lastInclusive].end,
    tokenStart: first,
    tokenEnd: lastInclusive + 1,
  });
  return lastInclusive + 1;
}

/** A closing quote or bracket, by char code: no string hashing for every token after a sentence end. */
function isCloser(text: string): boolean {
  return text.length === 1 && CLOSER_CODES[text.charCodeAt(0)] === 1;
}

/** A sentence end: `.`, `!`, `?` or `…`, by char code, without a Set lookup per token. */
function isTerminal(text: string): boolean {
  return text.length === 1 && isSentenceEndCode(text.charCodeAt(0));
}

function endsSentence(text: string, tokens: readonly Token[], i: number, after: Token): boolean {
  const t = tokens[i];
  if (after.start === t.end && !isCloser(tokens[i + 1].text)) return false; // `U.S.A`, `3.5`
  // by char code: `…` is a string of another kind than `.`, and comparing the two strings deoptimised
  if (t.text.charCodeAt(0) === PERIOD && i > 0) {
    const prev = tokens[i - 1];
    if (prev.end === t.start) {
      if (mayBeAbbreviation(prev.lower) && ABBREVIATIONS.has(prev.lower) && !hasBlankLine(text, t.end, after.start)) return false;
      if (prev.text.length === 1 && isUpperLetter(prev.text)) return false; // initial: `J. Smith`
      if (isOneOrTwoDigits(prev.text) && /^\p{Lu}/u.test(after.text) && isMonthOrNoun(after)) return false;
    }
  }
  return startsSentence(after.text) || hasBlankLine(text, t.end, after.start);
}

/** The longest abbreviation: longer words before a period skip the set look-up (and hashing their fresh string). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function mayBeAbbreviation(lower: string): boolean {
  return lower.length <= LONGEST_ABBREVIATION;
}

/** `/\p{Lu}/u` for a one-character string, ASCII by char code. */
function isUpperLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /\p{Lu}/u.test(c);
}

/** `/^\d{1,2}$/` by char codes. */
function isOneOrTwoDigits(t: string): boolean {
  if (t.length === 0 || t.length > 2) return false;
  for (let k = 0; k < t.length; k++) {
    const code = t.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Per ASCII code: 1 when a token starting with it can start a sentence (upper case, digit, quote, bracket). */
const ASCII_SENTENCE_START = new Uint8Array(128);
for (let code = 0; code < 128; code++) if (/[A-Z\d"'(]/.test(String.fromCharCode(code))) ASCII_SENTENCE_START[code] = 1;

/** An upper-case letter, a digit, an opening quote or bracket: what a sentence starts with. */
function startsSentence(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII by table: the regex below costs more than the rest of the test
  if (code < 128) return ASCII_SENTENCE_START[code] === 1;
  return /[\p{Lu}\d"“„«»'‘(]/u.test(word[0]!);
}

// German ordinal dates: `am 3. Oktober`, `der 2. Weltkrieg`
function isMonthOrNoun(after: Token): boolean {
  return /^(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|weltkrieg|jahrhundert|liga|runde|platz|stock|klasse)/.test(
    after.lower,
  );
}

function isLineBreakBoundary(text: string, t: Token, next: Token): boolean {
  // most tokens are adjacent or one space apart: no line break between them
  const gap = next.start - t.end;
  if (gap === 0 || (gap === 1 && text.charCodeAt(t.end) === 32)) return false;
  if (!hasLineBreak(text, t.end, next.start)) return false;
  if (hasBlankLine(text, t.end, next.start)) return true;
  if (CONTINUATIONS.has(t.text)) return false;
  const code = next.text.charCodeAt(0);
  // ASCII by char code: upper case, digit or `"`
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34;
  return /^[\p{Lu}\d"“„«]/u.test(next.text);
}

/** A line feed in text[from, to), read over char codes (no slice between every two tokens). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Two line feeds in text[from, to) with only spaces, tabs and carriage returns between them. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let afterBreak = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (afterBreak) return true;
      afterBreak = true;
    } else if (c !== 32 && c !== 9 && c !== 13) afterBreak = false;
  }
  return false;
}
