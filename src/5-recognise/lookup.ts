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
  const { tokens } = doc;
  const trie = lexicon.trie;
  let ignoredIndex = 0;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      while (ignoredIndex < doc.ignored.length && doc.ignored[ignoredIndex].end <= t.start) ignoredIndex++;
      const ign = doc.ignored[ignoredIndex];
      if (ign && ign.start <= t.start) continue;
      for (const m of trie.matchAt(tokens, i, s.tokenEnd)) {
        for (const entry of m.payloads) {
          if (entry.exact && !matchesCase(tokens, i, entry.exact)) continue;
          lookups.push({ tokenStart: i, tokenEnd: m.tokenEnd, entry });
        }
      }
    }
  }
  doc.lookups = lookups;
}
