/**
 * Gazetteer lookup: one pass of the language's trie over every sentence, recording every
 * phrase that matches (all lengths; the recognisers and the overlap filter choose).
 * Tokens inside boilerplate spans are skipped. Assigns: doc.lookups.
 */
import type { Doc, Lookup, Mention } from '../doc.js';
import type { Lexicon } from '../lexicon/load.js';
import type { LexEntry } from '../lexicon/types.js';
import { matchesCase } from '../match/trie.js';

export function lookup(doc: Doc, lexicon: Lexicon): void {
  const lookups: Lookup[] = [];
  const { tokens, ignored } = doc;
  const trie = lexicon.trie;
  // one visitor per document, not one result array per token
  const record = (tokenStart: number, tokenEnd: number, entries: readonly LexEntry[]): void => {
    for (const entry of entries) {
      if (entry.exact && !matchesCase(tokens, tokenStart, entry.exact)) continue;
      lookups.push({ tokenStart, tokenEnd, entry });
    }
  };
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
      trie.forEachMatch(tokens, i, limit, record);
    }
  }
  doc.lookups = lookups;
}

/** The mention a country or organisation entry's hit makes: `key` is the entry's id under its type. */
export function lookupMention(doc: Doc, l: Lookup, type: 'country' | 'organization', rule: string, priority: number): Mention {
  const start = doc.tokens[l.tokenStart].start;
  const end = doc.tokens[l.tokenEnd - 1].end;
  return {
    type,
    text: doc.text.slice(start, end),
    start,
    end,
    key: `${type}:${l.entry.id}`,
    kind: l.entry.kind ?? 'name',
    rule,
    priority,
    attrs: undefined,
  };
}
