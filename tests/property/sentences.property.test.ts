/**
 * segment: splitting at the breaks the tokenizer notes gives the same sentences as the
 * splitter that read every token (kept below as the reference), for any text, including
 * texts long enough for the length cap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentence, Token } from '../../src/doc.js';
import { ABBREVIATIONS } from '../../src/4-segment/abbreviations.js';
import { MAX_SENTENCE_TOKENS, splitSentences } from '../../src/4-segment/sentences.js';
import { tokenize, tokenizeNotingBreaks } from '../../src/4-segment/tokens.js';

const CLOSERS = new Set(['"', '“', '”', '„', '«', '»', "'", '’', ')', ']']);
const CONTINUATIONS = new Set([',', '-', '–', ':', ';', '/', '(']);
const TERMINALS = new Set(['.', '!', '?', '…']);

function reference(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (lastInclusive: number): void => {
    if (lastInclusive < first) return;
    sentences.push({ start: tokens[first].start, end: tokens[lastInclusive].end, tokenStart: first, tokenEnd: lastInclusive + 1 });
    first = lastInclusive + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next === undefined) break;
    if (i - first + 1 >= MAX_SENTENCE_TOKENS) {
      close(i);
      continue;
    }
    const t = tokens[i];
    if (TERMINALS.has(t.text)) {
      let last = i;
      while (tokens[last + 1] && CLOSERS.has(tokens[last + 1].text) && tokens[last + 1].start === tokens[last].end) last++;
      const after = tokens[last + 1];
      if (after && endsSentence(text, tokens, i, after)) {
        close(last);
        i = last;
      }
      continue;
    }
    if (isLineBreakBoundary(text, t, next)) close(i);
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}

function endsSentence(text: string, tokens: Token[], i: number, after: Token): boolean {
  const t = tokens[i];
  if (after.start === tokens[i].end && !CLOSERS.has(tokens[i + 1]?.text ?? '')) return false;
  if (t.text === '.') {
    const prev = tokens[i - 1];
    if (prev && prev.end === t.start) {
      if (ABBREVIATIONS.has(prev.lower) && !/\n[ \t\r]*\n/.test(text.slice(t.end, after.start))) return false;
      if (prev.text.length === 1 && /\p{Lu}/u.test(prev.text)) return false;
      if (/^\d{1,2}$/.test(prev.text) && /^\p{Lu}/u.test(after.text) && /^(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|weltkrieg|jahrhundert|liga|runde|platz|stock|klasse)/.test(after.lower)) return false;
    }
  }
  return /[\p{Lu}\d"“„«»'‘(]/u.test(after.text[0]) || /\n[ \t\r]*\n/.test(text.slice(t.end, after.start));
}

function isLineBreakBoundary(text: string, t: Token, next: Token): boolean {
  const gap = text.slice(t.end, next.start);
  if (!gap.includes('\n')) return false;
  if (/\n[ \t\r]*\n/.test(gap)) return true;
  if (CONTINUATIONS.has(t.text)) return false;
  return /^[\p{Lu}\d"“„«]/u.test(next.text);
}

const piece = fc.constantFrom(
  'Dr', 'z', 'B', 'J', 'Mr', 'am', '3', '12', 'Oktober', 'Weltkrieg', 'wort', 'Kanada', 'the', 'U', 'S', 'über', 'Élysée',
  '.', '.', '.', '!', '?', '…', '"', '“', '”', '„', '«', '»', "'", '’', ')', ']', '(', ',', '-', ':', ';',
);
const gap = fc.constantFrom('', ' ', ' ', ' ', '  ', '\n', '\n\n', ' \n \n', '\r\n', '\t', '\n ');
const text = fc.array(fc.tuple(piece, gap), { maxLength: 1200 }).map((parts) => parts.map(([p, g]) => p + g).join(''));

describe('property: segment/sentences', () => {
  it('property: splitting at the noted breaks gives the reference sentences', () => {
    fc.assert(
      fc.property(text, (t) => {
        const breaks: number[] = [];
        const tokens = tokenizeNotingBreaks(t, breaks);
        const expected = reference(t, tokenize(t));
        expect(splitSentences(t, tokens, breaks)).toEqual(expected);
        expect(splitSentences(t, tokens)).toEqual(expected);
      }),
      { seed: 20261129, numRuns: 600 },
    );
  });

  it.each(Array.from({ length: 14 }, (_, k) => [MAX_SENTENCE_TOKENS - 7 + k]))(
    'property: %i words before a sentence end are cut at the length cap as the reference cuts them',
    (words) => {
      for (const end of ['. Neu', '.\nneu', '\nNeu', '.“ Neu']) {
        const t = 'wort '.repeat(words) + 'Ende' + end + ' wort'.repeat(words) + end;
        const breaks: number[] = [];
        expect(splitSentences(t, tokenizeNotingBreaks(t, breaks), breaks)).toEqual(reference(t, tokenize(t)));
      }
    },
  );
});
