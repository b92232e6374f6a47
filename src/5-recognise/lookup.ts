/**
 * Gazetteer lookup: one pass of the language's trie over every sentence, recording every
 * phrase that matches (all lengths; the recognisers and the overlap filter choose).
 * Tokens inside boilerplate spans are skipped. Assigns: doc.lookups.
 */
import type { Doc, Lookup } from '../doc.js';
import type { Lexicon } from '../lexicon/load.js';
import { matchesCase } from '../match/trie.js';

export function lookup(doc: Doc, lexicon: Lexicon): void {
  const lookups: Lookup[] = [];
  const { tokens, ignored } = doc;
  const trie = lexicon.trie;
  // the next boilerplate span not yet passed (Infinity bounds once all are behind)
  let ignoredIndex = 0;
  let ignoredStart = ignored.length > 0 ? ignored[0].start : Infinity;
  let ignoredEnd = ignored.length > 0 ? ignored[0].end : Infinity;
  for (const s of doc.sentences) {
    const limit = s.tokenEnd;
    for (let i = s.tokenStart; i < limit; i++) {
      const start = tokens[i].start;
      while (ignoredEnd <= start) {
        ignoredIndex++;
        const next = ignored[ignoredIndex];
        ignoredStart = next === undefined ? Infinity : next.start;
        ignoredEnd = next === undefined ? Infinity : next.end;
      }
      if (ignoredStart <= start) continue;
      const matches = trie.matchAt(tokens, i, limit);
      for (let k = 0; k < matches.length; k++) {
        const m = matches[k];
        for (const entry of m.payloads) {
          if (entry.exact && !matchesCase(tokens, i, entry.exact)) continue;
          lookups.push({ tokenStart: i, tokenEnd: m.tokenEnd, entry });
        }
      }
    }
  }
  doc.lookups = lookups;
}
