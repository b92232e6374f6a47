/**
 * Segment stage: tokens and sentences for the whole document.
 * Assigns: doc.tokens, doc.sentences.
 */
import type { Doc } from '../doc.js';
import { splitSentences } from './sentences.js';
import { tokenizeNotingBreaks } from './tokens.js';

export function segment(doc: Doc): void {
  const breaks: number[] = [];
  doc.tokens = tokenizeNotingBreaks(doc.text, breaks);
  doc.sentences = splitSentences(doc.text, doc.tokens, breaks);
}

/** The index of the sentence holding token `tokenIndex` (binary search). */
export function sentenceOfToken(doc: Doc, tokenIndex: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (tokenIndex < s.tokenStart) hi = mid - 1;
    else if (tokenIndex >= s.tokenEnd) lo = mid + 1;
    else return mid;
  }
  return -1;
}
