/**
 * Agreements: well-known treaties by name or acronym (`Paris Agreement`, `NAFTA`), and
 * phrases built on a head noun (`Abkommen`, `Pakt`, `agreement`, `deal`, or a German
 * compound ending in one) with the words that describe it before (`Allgemeines Abkommen`,
 * `joint venture agreement`) and its complement after (`… zum Austausch von
 * Geheimdienstinformationen`, `… between the two countries`). A bare head (`der Pakt`,
 * `the deal`) is an anaphor that resolve joins to its antecedent.
 * Reads: doc.tokens, doc.sentences, doc.mentions (country, organisation, person).
 * Assigns: doc.mentions (agreement) with attrs head, lemma, proper, complement, definite.
 */
import type { Doc, Language, Mention, Sentence, Token } from '../doc.js';
import { isCapitalized, suffixHash } from '../4-segment/tokens.js';
import { slug } from '../match/normalize.js';
import { tokenize } from '../4-segment/tokens.js';
import type { StageContext } from './context.js';
import {
  AGREEMENT_HEADS,
  COMPLEMENT_STARTERS,
  COMPLEMENT_STOPS,
  COMPLEMENT_WORDS,
  DEFINITE_DETERMINERS,
  DE_DETERMINERS,
  EN_MODIFIER_STOPS,
  EN_NON_AGREEMENT_BEFORE,
  MULTIWORD_HEADS,
  NAME_ONLY_HEADS,
  PRIVATE_CONTRACT_PREFIXES,
} from './agreements.data.js';
import { TREATIES } from './treaties.data.js';

const MAX_COMPLEMENT_TOKENS = 14;
const MAX_MODIFIER_TOKENS = 3;

export function recogniseAgreements(doc: Doc, _ctx: StageContext): void {
  const { sentences } = doc;
  // the entity tokens come from the mentions made before this stage; most documents name no agreement head
  const found: HeadScan = { heads: [], entityMentions: doc.mentions.length, taken: undefined };
  // indexed loops: the iterator protocol over the sentences and heads deoptimised this function
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const heads = found.heads;
    // (setting an array's length is a call into the runtime: only when there is something to clear)
    if (heads.length > 0) heads.length = 0;
    scanSentence(doc, s.tokenStart, s.tokenEnd, heads);
    let next = s.tokenStart;
    for (let h = 0; h < heads.length; h++) {
      const { index, lemma } = heads[h];
      if (index < next || isExcluded(doc.tokens, index, s.tokenStart, lemma, doc.language)) continue;
      next = headPhrase(doc, s, index, lemma, found);
    }
  }
}

/** The heads of the sentence being read, and the document's entity tokens once a head needs them. */
interface HeadScan {
  heads: HeadHit[];
  /** how many mentions the recognisers before this stage made (countries, organisations, people) */
  entityMentions: number;
  taken: Uint8Array | undefined;
}

/** The mention of the phrase built on head `i` of sentence `s`; returns the token after which the next head may start. */
function headPhrase(doc: Doc, s: Sentence, i: number, lemma: string, found: HeadScan): number {
  const { tokens, language } = doc;
  const taken = (found.taken ??= entityTokens(doc, found.entityMentions));
  const start = descriptionStart(tokens, i, s.tokenStart, language, taken);
  // "Vereinbarungen des Waffenstillstands": a head of a genitive head names the latter
  const inner = genitiveHead(tokens, i, s.tokenEnd, language);
  if (inner !== undefined) {
    pushPhrase(doc, start, inner.index, inner.index + 1, inner.lemma, s.tokenStart, i);
    return inner.index + 1;
  }
  // "memorandum of understanding on …": the complement follows the whole head phrase
  const headEnd = tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'understanding' ? i + 3 : i + 1;
  const end = complementEnd(tokens, headEnd, s.tokenEnd, language, taken);
  pushPhrase(doc, start, i, Math.max(end, headEnd), lemma, s.tokenStart);
  const full = partiesEnd(tokens, Math.max(end, headEnd), s.tokenEnd, taken);
  if (full > Math.max(end, headEnd)) {
    const m = doc.mentions[doc.mentions.length - 1];
    m.attrs = { ...m.attrs, full: doc.text.slice(m.start, tokens[full - 1].end) };
  }
  return i + 1;
}

/**
 * A per-language table's entry. A property read with the language as key (`table[lang]`) sees a
 * second name when the first document of the other language comes, and deoptimises its function.
 */
function ofLanguage<T>(table: Readonly<Record<Language, T>>, lang: Language): T {
  return lang === 'de' ? table.de : table.en;
}

/** A head noun found by the sentence scan: its token and lemma. */
interface HeadHit {
  index: number;
  lemma: string;
}

/**
 * One pass over a sentence's tokens: known treaties become mentions at once (`NAFTA`), the head
 * nouns are collected for the phrase rules, which run after all treaties of the sentence. One
 * hashed table read per token tells which of the two lookups a token can need.
 */
function scanSentence(doc: Doc, from: number, to: number, heads: HeadHit[]): void {
  const { tokens, language } = doc;
  const flags = wordFlags(language);
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    const lower = token.lower;
    // punctuation: no treaty key or head form is a single character
    if (lower.length < 2) continue;
    const hash = foldHash(token.hash);
    const flag = flags[hash];
    if (flag === 0) continue;
    // a word that merely ends like a treaty key (`nicht`, `Maastricht`) mostly differs in length
    if ((flag & TREATY_START) !== 0 && ((treatyKeyLengths[hash] >>> (lower.length & 31)) & 1) !== 0) recogniseTreatyAt(doc, i, to);
    if ((flag & HEAD_SUFFIX) !== 0) {
      const head = headAt(tokens, i, language);
      if (head !== undefined) heads.push({ index: i, lemma: head.lemma });
    }
  }
}

/** A head form and its lemma (`abkommens` → abkommen). */
interface HeadForm {
  form: string;
  lemma: string;
}

const HASH_BITS = 14;

/**
 * A hash of a word's last four code units (of the whole word when shorter) in [0, 2^HASH_BITS):
 * every head form has at least four letters, so a word that ends in one shares its hash.
 */
function wordHash(word: string): number {
  return foldHash(suffixHash(word));
}

/** The tokeniser's `suffixHash` (stored on each token) folded into [0, 2^HASH_BITS). */
function foldHash(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - HASH_BITS);
}

/**
 * Head forms by their hash, each list in AGREEMENT_HEADS order. A word whose hash has no list
 * ends in no head form: one table read rules out ~98 % of words.
 */
function headsBySuffix(heads: ReadonlyMap<string, string>): Array<HeadForm[] | undefined> {
  const table = new Array<HeadForm[] | undefined>(1 << HASH_BITS).fill(undefined);
  for (const [form, lemma] of heads) {
    if (form.length < 4) throw new Error(`agreement head form shorter than four letters: ${form}`);
    (table[wordHash(form)] ??= []).push({ form, lemma });
  }
  return table;
}

const HEADS_BY_SUFFIX: Record<Language, Array<HeadForm[] | undefined>> = {
  de: headsBySuffix(AGREEMENT_HEADS.de),
  en: headsBySuffix(AGREEMENT_HEADS.en),
};

/** Flags per word hash: a head form may end the word, a treaty form may start with it. */
const HEAD_SUFFIX = 1;
const TREATY_START = 2;
let wordFlagTables: Record<Language, Uint8Array> | undefined;
/** Per word hash: one bit per length (modulo 32) of the treaty keys with that hash. */
const treatyKeyLengths = new Uint32Array(1 << HASH_BITS);

/** The flag table of a language, built on first use (with the treaty index it needs). */
function wordFlags(lang: Language): Uint8Array {
  if (wordFlagTables === undefined) {
    const tables = { de: new Uint8Array(1 << HASH_BITS), en: new Uint8Array(1 << HASH_BITS) };
    for (const language of ['de', 'en'] as const) {
      const table = tables[language];
      for (const form of AGREEMENT_HEADS[language].keys()) table[wordHash(form)] |= HEAD_SUFFIX;
      for (const key of treaties().keys()) {
        if (key.length < 2) throw new Error(`treaty form starting with a single character: ${key}`);
        table[wordHash(key)] |= TREATY_START;
        treatyKeyLengths[wordHash(key)] |= 1 << (key.length & 31);
      }
    }
    wordFlagTables = tables;
  }
  return ofLanguage(wordFlagTables, lang);
}

/** The head noun at token i, if any (`Freihandelsabkommen` → abkommen). */
function headAt(tokens: Token[], i: number, lang: Language): { lemma: string } | undefined {
  const t = tokens[i];
  const lower = t.lower;
  if (lower.length < 4 || !t.word) return undefined;
  // neither a head nor a compound ending in one: no head form shares the word's last four letters
  const candidates = ofLanguage(HEADS_BY_SUFFIX, lang)[foldHash(t.hash)];
  if (candidates === undefined) return undefined;
  const exact = ofLanguage(AGREEMENT_HEADS, lang).get(lower);
  if (exact !== undefined) {
    if (NAME_ONLY_HEADS.has(exact) && !isCapitalized(t)) return undefined;
    if (lang === 'de' && !isCapitalized(t)) return undefined;
    return { lemma: exact };
  }
  if (lang !== 'de' || !isCapitalized(t)) return undefined;
  // every head form the word can end in is a candidate; the first one in AGREEMENT_HEADS order wins
  for (const { form, lemma } of candidates) {
    if (lower.length > form.length + 2 && lower.endsWith(form)) {
      const prefix = lower.slice(0, -form.length);
      if (PRIVATE_CONTRACT_PREFIXES.some((p) => prefix === p || prefix === `${p}s`)) return undefined;
      return { lemma };
    }
  }
  return undefined;
}

/** `to deal with`, `a great deal`, `in agreement`: a head word that names no arrangement. */
function isExcluded(tokens: Token[], i: number, limit: number, lemma: string, lang: Language): boolean {
  if (lang !== 'en' || i === limit) return false;
  const prev = tokens[i - 1];
  if (isCapitalized(prev)) return false;
  const stops = EN_NON_AGREEMENT_BEFORE.get(tokens[i].lower);
  if (stops?.has(prev.lower)) return true;
  // "deal with it" after a pronoun or modal is the verb
  return lemma === 'deal' && tokens[i + 1]?.lower === 'with' && !DEFINITE_DETERMINERS.has(prev.lower) && !/^(a|an)$/.test(prev.lower) && !/(ing|al|ic|ed|e)$/.test(prev.lower);
}

/**
 * 1 for each token covered by one of the first `count` mentions (country, organisation, person:
 * not part of a description). Of mentions starting at the same offset, the last one listed counts.
 */
function entityTokens(doc: Doc, count: number): Uint8Array {
  const { tokens, mentions } = doc;
  if (takenBuffer.length < tokens.length) {
    takenBuffer = new Uint8Array(tokens.length * 2);
    endAtBuffer = new Int32Array(tokens.length * 2);
  }
  // the end of the (last) mention starting at each token, 0 where none does
  const endAt = endAtBuffer.fill(0, 0, tokens.length);
  for (let k = 0; k < count; k++) {
    const i = tokenStartingAt(tokens, mentions[k].start);
    if (i >= 0) endAt[i] = mentions[k].end;
  }
  // (read only below the document's token count: what lies beyond is another document's)
  const taken = takenBuffer.fill(0, 0, tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const end = endAt[i];
    if (end === 0) continue;
    for (let j = i; j < tokens.length && tokens[j].end <= end; j++) taken[j] = 1;
  }
  return taken;
}

/**
 * The buffers of `entityTokens`, one for the process and cleared for each document: typed
 * arrays of a document's length live outside the JS heap, and one per document cost more than
 * the reads they serve.
 */
let takenBuffer = new Uint8Array(4096);
let endAtBuffer = new Int32Array(4096);

/** The index of the token starting at offset `start` (binary search), or -1. */
function tokenStartingAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid].start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

// "Allgemeines Abkommen", "ähnliche Geheimdienstabkommen", "joint venture agreement", "Paris Agreement"
function descriptionStart(tokens: Token[], head: number, limit: number, lang: Language, taken: Uint8Array): number {
  let start = head;
  const multi = ofLanguage(MULTIWORD_HEADS, lang).find((words) => words.every((w, k) => tokens[head - words.length + 1 + k]?.lower === w));
  if (multi) start = head - multi.length + 1;
  let modifiers = 0;
  while (start - 1 >= limit && modifiers < MAX_MODIFIER_TOKENS) {
    const p = tokens[start - 1];
    if (!p.word || taken[start - 1] === 1 || /^\d/.test(p.text)) break;
    if (lang === 'de') {
      if (DE_DETERMINERS.has(p.lower) || !/(es|er|e|en|em)$/.test(p.lower)) break;
    } else if (EN_MODIFIER_STOPS.has(p.lower) || /(ly|ed|ing)$/.test(p.lower) && !isCapitalized(p)) break;
    start--;
    modifiers++;
  }
  return start;
}

// "Pakt zum Austausch von Geheimdienstinformationen", "agreement to produce stocks of the boiler fuel orimulsion"
function complementEnd(tokens: Token[], from: number, limit: number, lang: Language, taken: Uint8Array): number {
  const first = tokens[from];
  if (!first || from >= limit || !ofLanguage(COMPLEMENT_STARTERS, lang).has(first.lower)) return from;
  let end = from + 1;
  let lastContent = from;
  // `Convention on Human Rights concerning the right …`: a capitalised complement is part of a
  // name, and the name ends where lower-case words begin
  let properComplement: boolean | undefined;
  while (end < limit && end - from < MAX_COMPLEMENT_TOKENS) {
    const t = tokens[end];
    if (!t.word || taken[end] === 1 || ofLanguage(COMPLEMENT_STOPS, lang).has(t.lower)) break;
    if (ofLanguage(COMPLEMENT_WORDS, lang).has(t.lower)) {
      end++;
      continue;
    }
    if (isCapitalized(t) || (lang === 'en' && /^[a-z]+$/.test(t.text))) {
      properComplement ??= isCapitalized(t);
      if (lang === 'en' && properComplement && !isCapitalized(t)) break;
      lastContent = end++;
      continue;
    }
    // a German adjective before its noun: `wirtschaftliche Sicherheit`
    if (lang === 'de' && /(e|en|er|es|em)$/.test(t.lower) && tokens[end + 1] && isCapitalized(tokens[end + 1])) {
      end++;
      continue;
    }
    break;
  }
  return lastContent > from ? lastContent + 1 : from;
}

const PARTY_LINKS = new Set(['zwischen', 'between', 'der', 'den', 'dem', 'die', 'the', 'und', 'and', 'sowie']);

/**
 * `agreement between the EU and Mercosur`: the named parties after `between`/`zwischen` stay
 * separate mentions, but belong to the agreement's fullest description (attrs.full).
 */
function partiesEnd(tokens: Token[], from: number, limit: number, taken: Uint8Array): number {
  const starter = tokens[from]?.lower;
  if (starter !== 'zwischen' && starter !== 'between') return from;
  let end = from + 1;
  let lastEntity = from;
  while (end < limit && end - from <= 10) {
    if (taken[end] === 1) lastEntity = end;
    else if (!PARTY_LINKS.has(tokens[end].lower) && tokens[end].text !== ',') break;
    end++;
  }
  return lastEntity > from ? lastEntity + 1 : from;
}

/** The head right after `des`/`der`/`of the` following head i, if any. */
function genitiveHead(tokens: Token[], i: number, limit: number, lang: Language): { index: number; lemma: string } | undefined {
  const articles = lang === 'de' ? ['des', 'der'] : ['of'];
  if (!articles.includes(tokens[i + 1]?.lower ?? '')) return undefined;
  let j = i + 2;
  if (lang === 'en' && tokens[j]?.lower === 'the') j++;
  if (j >= limit) return undefined;
  const inner = headAt(tokens, j, lang);
  return inner && { index: j, lemma: inner.lemma };
}

function pushPhrase(doc: Doc, start: number, head: number, end: number, lemma: string, sentenceStart: number, outerHead = head): void {
  const { tokens } = doc;
  const bare = start === outerHead && end === head + 1 && outerHead === head;
  const before = tokens[start - 1];
  const definite = start > sentenceStart && before !== undefined && DEFINITE_DETERMINERS.has(before.lower);
  const proper = isProperName(tokens, start, head, doc.language) && start > sentenceStart && !isTitleCase(tokens, sentenceStart, end);
  doc.mentions.push({
    type: 'agreement',
    text: doc.text.slice(tokens[start].start, tokens[end - 1].end),
    start: tokens[start].start,
    end: tokens[end - 1].end,
    key: '',
    kind: proper ? 'name' : bare ? 'anaphor' : 'description',
    rule: proper ? 'agreement.proper-name' : bare ? 'agreement.head' : 'agreement.head-description',
    priority: 3,
    attrs: phraseAttrs(tokens[head].lower, lemma, end > head + 1, definite),
  });
}

/** The attributes of a head phrase, in this key order: head, lemma, complement, definite. */
function phraseAttrs(head: string, lemma: string, complement: boolean, definite: boolean): Record<string, string> {
  const attrs: Record<string, string> = { head, lemma };
  if (complement) attrs.complement = '1';
  if (definite) attrs.definite = '1';
  return attrs;
}

/** A headline in title case (`Venezuela And China Sign Oil Deal`) says nothing about names. */
function isTitleCase(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let i = from; i < to; i++) {
    if (!tokens[i].word || /^\d/.test(tokens[i].text)) continue;
    words++;
    if (isCapitalized(tokens[i])) capitals++;
  }
  return words >= 4 && capitals / words > 0.7;
}

/** A capitalised word before the head marks a proper name: `Allgemeines Abkommen`, `Good Friday Agreement`. */
function isProperName(tokens: Token[], start: number, head: number, lang: Language): boolean {
  if (start === head) return false;
  if (lang === 'en') return isCapitalized(tokens[head]) && isCapitalized(tokens[start]);
  return isCapitalized(tokens[start]);
}

interface TreatyForm {
  words: string[];
  /** the words lower-cased, compared with token.lower when the form is not `exact` */
  lowerWords: string[];
  exact: boolean;
  id: string;
  canonical: Record<Language, string>;
  acronym: boolean;
}

let treatyIndex: Map<string, TreatyForm[]> | undefined;

/** Treaty forms by their first lower-cased token, built once per process. */
function treaties(): Map<string, TreatyForm[]> {
  if (treatyIndex) return treatyIndex;
  treatyIndex = new Map();
  for (const t of TREATIES) {
    for (const form of new Set([t.en, t.de, ...t.forms])) {
      const words = tokenize(form).map((k) => k.text);
      const acronym = /^[A-Z]{2,6}( [IV]+)?$/.test(form);
      const exact = words.some((w) => w.length >= 2 && /^[A-Z]+$/.test(w));
      const lowerWords = words.map((w) => w.toLowerCase());
      const entry: TreatyForm = { words, lowerWords, exact, id: `agreement:${slug(t.en)}`, canonical: { en: t.en, de: t.de }, acronym };
      const key = words[0].toLowerCase();
      const list = treatyIndex.get(key) ?? [];
      list.push(entry);
      treatyIndex.set(key, list);
    }
  }
  return treatyIndex;
}

// "Japan und Südkorea kündigten GSOMIA", "the Paris Agreement": the longest treaty form starting at token i
function recogniseTreatyAt(doc: Doc, i: number, to: number): void {
  const { tokens } = doc;
  const candidates = treaties().get(tokens[i].lower);
  if (!candidates) return;
  let best: TreatyForm | undefined;
  for (const c of candidates) {
    if (i + c.words.length > to || (best && best.words.length >= c.words.length)) continue;
    if (matchesTreatyForm(tokens, i, c)) best = c;
  }
  if (!best) return;
  const end = tokens[i + best.words.length - 1].end;
  const mention: Mention = {
    type: 'agreement',
    text: doc.text.slice(tokens[i].start, end),
    start: tokens[i].start,
    end,
    key: best.id,
    kind: best.acronym ? 'acronym' : 'name',
    rule: 'agreement.treaty-lexicon',
    priority: 30,
    attrs: { canonical: ofLanguage(best.canonical, doc.language), known: '1', lemma: 'treaty', head: 'treaty' },
  };
  doc.mentions.push(mention);
}

/** The form's words at tokens i…: as written for a form with an all-capitals word, else case-folded. */
function matchesTreatyForm(tokens: readonly Token[], i: number, form: TreatyForm): boolean {
  const words = form.exact ? form.words : form.lowerWords;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if ((form.exact ? t.text : t.lower) !== words[k]) return false;
  }
  return true;
}
