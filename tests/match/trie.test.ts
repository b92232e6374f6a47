import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tokenize } from '../../src/4-segment/tokens.js';
import { TokenTrie, phraseKey } from '../../src/match/trie.js';
import type { LanguageLexiconFile } from '../../src/lexicon/types.js';

/** Every match in `text` as `start-end:payloads`, in the order the trie reports them. */
function matches(trie: TokenTrie<string>, text: string): string[] {
  const tokens = tokenize(text);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    trie.forEachMatch(tokens, i, tokens.length, (start, end, payloads) => found.push(`${start}-${end}:${payloads.join('|')}`));
  }
  return found;
}

describe('match/trie', () => {
  it('trie: finds every phrase starting at a token, shortest first, case-folded', () => {
    const trie = new TokenTrie<string>();
    trie.add('Vereinigte Staaten', 'US');
    trie.add('Vereinigte Staaten von Amerika', 'US-long');
    trie.add('Kanada', 'CA');
    expect(matches(trie, 'Die vereinigte Staaten von Amerika und KANADA.')).toEqual(['1-3:US', '1-5:US-long', '6-7:CA']);
  });

  it('trie: a phrase does not span a paragraph break', () => {
    const trie = new TokenTrie<string>();
    trie.add('Vereinigte Staaten', 'US');
    expect(matches(trie, 'Vereinigte\n\n\n\nStaaten')).toEqual([]);
  });

  it('trie: matchAt gives what forEachMatch visits', () => {
    const trie = new TokenTrie<string>();
    trie.add('New York', 'NY');
    trie.add('New', 'new');
    const tokens = tokenize('in New York');
    expect(trie.matchAt(tokens, 1).map((m) => [m.tokenEnd, [...m.payloads]])).toEqual([
      [2, ['new']],
      [3, ['NY']],
    ]);
    expect(trie.matchAt(tokens, 0)).toEqual([]);
  });

  it('trie: a deferred table fills a group when a document first shows its first token, once', () => {
    const trie = new TokenTrie<string>();
    const fills: string[] = [];
    trie.deferTable({ kanada: 'CA', 'vereinigte': 'US' }, (group) => {
      fills.push(group);
      trie.addKey(group === 'CA' ? ['kanada'] : ['vereinigte', 'staaten'], group);
    });
    expect(matches(trie, 'Nichts davon.')).toEqual([]);
    expect(fills).toEqual([]);
    expect(matches(trie, 'Kanada und die Vereinigten Staaten, Kanada')).toEqual(['0-1:CA', '6-7:CA']);
    expect(matches(trie, 'Vereinigte Staaten und Kanada')).toEqual(['0-2:US', '3-4:CA']);
    expect(fills).toEqual(['CA', 'US']);
  });

  it('trie: a document token named like an Object property (`constructor`) is no group of a deferred table', () => {
    // a filter that lets `constructor` through, so the lookup reaches the table itself
    const bits = new TokenTrie<string>();
    bits.deferTable({ constructor: 'x', kanada: 'CA' }, () => {});
    const trie = new TokenTrie<string>();
    const fills: string[] = [];
    trie.deferTable(JSON.parse('{"kanada": "CA"}') as Record<string, string>, (group) => fills.push(group), bits.firstTokenBits());
    expect(() => matches(trie, 'ein Constructor hier')).not.toThrow();
    expect(fills).toEqual([]);
  });

  it('trie: a deferred table comes before later additions, as if all were added at once', () => {
    const deferred = new TokenTrie<string>();
    deferred.deferTable({ kanada: 'table' }, (group) => deferred.addKey(['kanada'], group));
    deferred.addKey(['kanada'], 'user');
    expect(matches(deferred, 'Kanada')).toEqual(['0-1:table|user']);
  });

  it.each<[string, string, string[]]>([
    ['a phrase of words is found after punctuation', 'Kanada', ['1-2:p']],
    ['a phrase starting with punctuation is found', '- ish', ['1-3:p']],
    ['a phrase of one punctuation token is found', '§', ['1-2:p']],
  ])('trie: %s', (_, phrase, expected) => {
    const trie = new TokenTrie<string>();
    trie.add(phrase, 'p');
    expect(matches(trie, `( ${phrase} )`)).toEqual(expected);
  });
});

describe('match/trie first-token filter built ahead', () => {
  it.each(['de', 'en'])('trie: the %s lexicon table carries the filter that marking its groups one by one gives', (language) => {
    const file = JSON.parse(readFileSync(new URL(`../../dist/lexicon/lexicon.${language}.json`, import.meta.url), 'utf8')) as LanguageLexiconFile;
    const marked = new TokenTrie<string>();
    marked.deferTable({ ...file.groups }, () => {});
    expect(file.firstTokenBits).toBe(marked.firstTokenBits());
  });

  it('trie: a table promised with its filter text matches as one promised without', () => {
    const table = { kanada: 'CA', vereinigte: 'US' };
    const fill = (trie: TokenTrie<string>) => (group: string) =>
      trie.addKey(group === 'CA' ? ['kanada'] : ['vereinigte', 'staaten'], group);
    const plain = new TokenTrie<string>();
    plain.deferTable({ ...table }, fill(plain));
    const ahead = new TokenTrie<string>();
    ahead.deferTable({ ...table }, fill(ahead), plain.firstTokenBits());
    const text = 'Kanada und die Vereinigte Staaten';
    expect(matches(ahead, text)).toEqual(['0-1:CA', '3-5:US']);
    expect(matches(ahead, text)).toEqual(matches(plain, text));
  });

  it('trie: filter text of another size is refused', () => {
    expect(() => new TokenTrie<string>().deferTable({}, () => {}, Buffer.alloc(16).toString('base64'))).toThrow(/rebuild the lexicon/);
  });
});
