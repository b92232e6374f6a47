/**
 * A token-level trie (the PhraseMatcher / ANNIE gazetteer idea): phrases are stored as
 * sequences of case-folded tokens, built once per process (by first token, as documents need
 * them: see `deferTable`), and one walk from each token finds every phrase that starts there,
 * however many phrases the trie holds.
 */
import type { Token } from '../doc.js';
import { suffixHash, tokenize } from '../4-segment/tokens.js';

interface TrieNode<P> {
  next: Map<string, TrieNode<P>> | undefined;
  payloads: P[] | undefined;
}

export interface TrieMatch<P> {
  /** Index one past the last token of the match. */
  tokenEnd: number;
  payloads: readonly P[];
}

export class TokenTrie<P> {
  private readonly root: TrieNode<P> = { next: undefined, payloads: undefined };
  /**
   * A filter over the first tokens of all phrases, two bits per token (a Bloom filter): a 0 at
   * either means no phrase starts with such a token. Bits, not bytes, so that it stays in the L1
   * cache: it is probed for every token, and a byte table large enough for few collisions missed
   * the cache each time. The second bit cuts the tokens that pass wrongly from ~2 % to ~0.6 %:
   * each of those paid two lookups in large tables (the trie's and the pending groups').
   */
  private readonly firstTokens = new Int32Array(FIRST_TOKEN_FILTER_SIZE >>> 5);
  /** Groups promised by `deferTable` and not added yet, by their first token, and what adds one. */
  private pendingGroups: Map<string, string> | undefined;
  private fillFromTable: ((group: string) => void) | undefined;

  /** Add a phrase (tokenised like document text) with its payload. */
  add(phrase: string, payload: P): void {
    this.addKey(phraseKey(phrase), payload);
  }

  /** Add a phrase already folded into tokens (as `phraseKey` gives them). */
  addKey(parts: readonly string[], payload: P): void {
    if (parts.length === 0 || (parts.length === 1 && parts[0] === '')) return;
    // phrases promised earlier keep their place before this one
    if (this.pendingGroups !== undefined) this.fillPending(parts[0]);
    let node = this.root;
    this.markFirstToken(parts[0]);
    for (const part of parts) {
      node.next ??= new Map();
      let child = node.next.get(part);
      if (child === undefined) {
        child = { next: undefined, payloads: undefined };
        node.next.set(part, child);
      }
      node = child;
    }
    (node.payloads ??= []).push(payload);
  }

  /**
   * Promise a whole table of phrase groups at once: `table[first]` holds the phrases that start
   * with the folded token `first`, and `fill(table[first])` adds them (with `addKey`) when a
   * lookup first meets `first`. A run over a few documents meets a few dozen of a lexicon's
   * ~9,000 first tokens, so start-up builds only those: it makes no array or closure per group.
   * Phrases added later with the same first token (a user gazetteer) come after the group's, as
   * if all had been added at once.
   */
  deferTable(table: Record<string, string>, fill: (group: string) => void, firstTokenBits?: string): void {
    if (this.pendingGroups !== undefined) throw new Error('deferTable: a table is already promised');
    if (firstTokenBits !== undefined) this.orFirstTokenBits(firstTokenBits);
    // A Map, not the object as parsed: a document token is a string V8 has not interned, and
    // each one that passed the filter but started no phrase (~10,000 per 10 MB) was looked up
    // in the ~9,000 keys of the object through the runtime: the gazetteer pass took 20 % longer.
    const pending = new Map<string, string>();
    for (const first in table) {
      pending.set(first, table[first]!);
      if (firstTokenBits === undefined) this.markFirstToken(first);
    }
    this.pendingGroups = pending;
    this.fillFromTable = fill;
  }

  /**
   * The first-token filter as text (its 32-bit words, little-endian, in base64), for a table
   * built ahead: hashing the ~9,000 first tokens of a lexicon took ~5 % of start-up's
   * instructions, in code not yet compiled. `deferTable` takes the text back.
   */
  firstTokenBits(): string {
    const bytes = new DataView(new ArrayBuffer(this.firstTokens.length * 4));
    for (let w = 0; w < this.firstTokens.length; w++) bytes.setInt32(w * 4, this.firstTokens[w]!, true);
    return Buffer.from(bytes.buffer).toString('base64');
  }

  private orFirstTokenBits(text: string): void {
    const raw = Buffer.from(text, 'base64');
    if (raw.length !== this.firstTokens.length * 4) throw new Error('first-token filter of another size: rebuild the lexicon');
    const bytes = new DataView(raw.buffer, raw.byteOffset, raw.length);
    for (let w = 0; w < this.firstTokens.length; w++) this.firstTokens[w]! |= bytes.getInt32(w * 4, true);
  }

  /** Add the group promised for `first`, once; true when there was one. */
  private fillPending(first: string): boolean {
    const group = this.pendingGroups?.get(first);
    if (group === undefined) return false;
    this.pendingGroups!.delete(first);
    this.fillFromTable!(group);
    return true;
  }

  private markFirstToken(first: string): void {
    const hash = firstTokenHash(suffixHash(first), first);
    const one = filterBit(hash);
    const two = secondFilterBit(hash);
    this.firstTokens[one >>> 5] |= 1 << (one & 31);
    this.firstTokens[two >>> 5] |= 1 << (two & 31);
  }

  /**
   * All phrases that start at token `i` and end before `limit`, shortest first.
   */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): TrieMatch<P>[] {
    const found: TrieMatch<P>[] = [];
    this.forEachMatch(tokens, i, limit, (tokenStart, tokenEnd, payloads) => {
      found.push({ tokenEnd, payloads });
    });
    return found.length === 0 ? NO_MATCHES : found;
  }

  /**
   * Calls `visit` for every phrase that starts at token `i` and ends before `limit`, shortest
   * first: what `matchAt` finds, without an array and an object per token (it runs on every token).
   */
  forEachMatch(tokens: readonly Token[], i: number, limit: number, visit: MatchVisitor<P>): void {
    const token = tokens[i];
    const lower = token.lower;
    // most tokens start no phrase: a table probe instead of a lookup in a large map
    const hash = firstTokenHash(token.hash, lower);
    const one = filterBit(hash);
    if ((this.firstTokens[one >>> 5]! & (1 << (one & 31))) === 0) return;
    const two = secondFilterBit(hash);
    if ((this.firstTokens[two >>> 5]! & (1 << (two & 31))) === 0) return;
    let node = this.root.next?.get(lower);
    if (node === undefined) {
      if (this.pendingGroups === undefined || !this.fillPending(lower)) return;
      node = this.root.next?.get(lower);
      if (node === undefined) return;
    }
    let j = i;
    for (;;) {
      if (node.payloads !== undefined) visit(i, j + 1, node.payloads);
      j++;
      if (j >= limit || node.next === undefined) return;
      // A phrase never spans a paragraph break or a gap wider than one space run.
      if (tokens[j].start - tokens[j - 1].end > 3) return;
      const child: TrieNode<P> | undefined = node.next.get(tokens[j].lower);
      if (child === undefined) return;
      node = child;
    }
  }
}

/** Told of one match: tokens [tokenStart, tokenEnd) spell a phrase with these payloads. */
export type MatchVisitor<P> = (tokenStart: number, tokenEnd: number, payloads: readonly P[]) => void;

const NO_MATCHES: TrieMatch<never>[] = [];

const FIRST_TOKEN_FILTER_SIZE = 1 << 17;

/** The two filter bits of a token's hash, in [0, FIRST_TOKEN_FILTER_SIZE), from different bits of it. */
function filterBit(hash: number): number {
  return (hash ^ (hash >>> 15)) & (FIRST_TOKEN_FILTER_SIZE - 1);
}

function secondFilterBit(hash: number): number {
  return (Math.imul(hash ^ (hash >>> 13), 0x9e3779b1) >>> 15) & (FIRST_TOKEN_FILTER_SIZE - 1);
}

/**
 * A 32-bit hash of a folded token: the tokeniser's hash of its last four code units (`suffixHash`),
 * mixed with its length and first code unit. Cheaper than hashing every unit, and selective
 * enough that few tokens the filter lets through start no phrase.
 */
function firstTokenHash(suffix: number, lower: string): number {
  const h = Math.imul(suffix ^ Math.imul(lower.charCodeAt(0) + (lower.length << 8), 0x85ebca6b), 0x9e3779b1);
  return h ^ (h >>> 16);
}

/** The folded token sequence of a phrase, as the trie stores it. */
export function phraseKey(phrase: string): string[] {
  const parts: string[] = [];
  for (const t of tokenize(phrase)) parts.push(t.lower);
  return parts;
}

/**
 * The exact token texts of a phrase, for entries whose case matters (`US` but not `us`). Built by
 * pushing, not by `map`: `map` returned arrays of two different shapes (packed or holey, by which
 * of its paths ran), and the lookup that reads them deoptimised when it met the second one.
 */
export function exactForm(phrase: string): string[] {
  const texts: string[] = [];
  for (const t of tokenize(phrase)) texts.push(t.text);
  return texts;
}

/** true when the document tokens from `i` on are written exactly as `form` (case included). */
export function matchesCase(tokens: readonly Token[], i: number, form: readonly string[]): boolean {
  for (let k = 0; k < form.length; k++) if (tokens[i + k]?.text !== form[k]) return false;
  return true;
}
