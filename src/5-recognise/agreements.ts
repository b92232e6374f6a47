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
import type { Doc, Language, Mention, Token } from '../doc.js';
import { isCapitalized } from '../4-segment/tokens.js';
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
  const taken = entityTokens(doc);
  for (const s of doc.sentences) {
    recogniseTreaties(doc, s.tokenStart, s.tokenEnd);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const head = headAt(doc.tokens, i, doc.language);
      if (head === undefined || isExcluded(doc.tokens, i, s.tokenStart, head.lemma, doc.language)) continue;
      const start = descriptionStart(doc.tokens, i, s.tokenStart, doc.language, taken);
      // "Vereinbarungen des Waffenstillstands": a head of a genitive head names the latter
      const inner = genitiveHead(doc.tokens, i, s.tokenEnd, doc.language);
      if (inner !== undefined) {
        pushPhrase(doc, start, inner.index, inner.index + 1, inner.lemma, s.tokenStart, i);
        i = inner.index;
        continue;
      }
      // "memorandum of understanding on …": the complement follows the whole head phrase
      const headEnd = doc.tokens[i + 1]?.lower === 'of' && doc.tokens[i + 2]?.lower === 'understanding' ? i + 3 : i + 1;
      const end = complementEnd(doc.tokens, headEnd, s.tokenEnd, doc.language, taken);
      pushPhrase(doc, start, i, Math.max(end, headEnd), head.lemma, s.tokenStart);
      const full = partiesEnd(doc.tokens, Math.max(end, headEnd), s.tokenEnd, taken);
      if (full > Math.max(end, headEnd)) {
        const m = doc.mentions[doc.mentions.length - 1];
        m.attrs = { ...m.attrs, full: doc.text.slice(m.start, doc.tokens[full - 1].end) };
      }
    }
  }
}

/** A hash of a word's last two code units in [0, 2^16) (a prefilter before the head lookups); 0 for shorter words. */
function lastTwoUnits(word: string): number {
  const n = word.length;
  return n < 2 ? 0 : ((word.charCodeAt(n - 2) * 31 + word.charCodeAt(n - 1)) & 0xffff) | 1;
}

/** 1 at the ending hash of every head form, per language: most words end in none of them. */
function headEndings(heads: ReadonlyMap<string, string>): Uint8Array {
  const table = new Uint8Array(1 << 16);
  for (const form of heads.keys()) table[lastTwoUnits(form)] = 1;
  return table;
}

const HEAD_ENDINGS: Record<Language, Uint8Array> = {
  de: headEndings(AGREEMENT_HEADS.de),
  en: headEndings(AGREEMENT_HEADS.en),
};

/** Head forms (all of at least four letters) by their last three letters, in AGREEMENT_HEADS order. */
function headsByTail(heads: ReadonlyMap<string, string>): ReadonlyMap<string, Array<[string, string]>> {
  const byTail = new Map<string, Array<[string, string]>>();
  for (const [form, lemma] of heads) {
    const list = byTail.get(form.slice(-3)) ?? [];
    list.push([form, lemma]);
    byTail.set(form.slice(-3), list);
  }
  return byTail;
}

const HEADS_BY_TAIL: Record<Language, ReadonlyMap<string, Array<[string, string]>>> = {
  de: headsByTail(AGREEMENT_HEADS.de),
  en: headsByTail(AGREEMENT_HEADS.en),
};
const NO_HEADS: Array<[string, string]> = [];

/** The head noun at token i, if any (`Freihandelsabkommen` → abkommen). */
function headAt(tokens: Token[], i: number, lang: Language): { lemma: string } | undefined {
  const t = tokens[i];
  if (!t.word) return undefined;
  // neither a head nor a compound ending in one without a head's last two letters
  if (HEAD_ENDINGS[lang][lastTwoUnits(t.lower)] !== 1) return undefined;
  const heads = AGREEMENT_HEADS[lang];
  const exact = heads.get(t.lower);
  if (exact !== undefined) {
    if (NAME_ONLY_HEADS.has(exact) && !isCapitalized(t)) return undefined;
    if (lang === 'de' && !isCapitalized(t)) return undefined;
    return { lemma: exact };
  }
  if (lang !== 'de' || !isCapitalized(t)) return undefined;
  // only the heads sharing the word's last three letters can end it; their order is the map's
  for (const [form, lemma] of HEADS_BY_TAIL[lang].get(t.lower.slice(-3)) ?? NO_HEADS) {
    if (t.lower.length > form.length + 2 && t.lower.endsWith(form)) {
      const prefix = t.lower.slice(0, -form.length);
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
  const stops = EN_NON_AGREEMENT_BEFORE[tokens[i].lower];
  if (stops?.has(prev.lower)) return true;
  // "deal with it" after a pronoun or modal is the verb
  return lemma === 'deal' && tokens[i + 1]?.lower === 'with' && !DEFINITE_DETERMINERS.has(prev.lower) && !/^(a|an)$/.test(prev.lower) && !/(ing|al|ic|ed|e)$/.test(prev.lower);
}

/** Set of token indices covered by country, organisation and person mentions (not part of a description). */
function entityTokens(doc: Doc): Set<number> {
  const { tokens } = doc;
  // of mentions starting at the same offset, the last one listed counts
  const ends = new Map<number, number>();
  for (const m of doc.mentions) ends.set(m.start, m.end);
  const taken = new Set<number>();
  for (const [start, end] of ends) {
    const i = tokenStartingAt(tokens, start);
    if (i < 0) continue;
    for (let j = i; j < tokens.length && tokens[j].end <= end; j++) taken.add(j);
  }
  return taken;
}

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
function descriptionStart(tokens: Token[], head: number, limit: number, lang: Language, taken: Set<number>): number {
  let start = head;
  const multi = MULTIWORD_HEADS[lang].find((words) => words.every((w, k) => tokens[head - words.length + 1 + k]?.lower === w));
  if (multi) start = head - multi.length + 1;
  let modifiers = 0;
  while (start - 1 >= limit && modifiers < MAX_MODIFIER_TOKENS) {
    const p = tokens[start - 1];
    if (!p.word || taken.has(start - 1) || /^\d/.test(p.text)) break;
    if (lang === 'de') {
      if (DE_DETERMINERS.has(p.lower) || !/(es|er|e|en|em)$/.test(p.lower)) break;
    } else if (EN_MODIFIER_STOPS.has(p.lower) || /(ly|ed|ing)$/.test(p.lower) && !isCapitalized(p)) break;
    start--;
    modifiers++;
  }
  return start;
}

// "Pakt zum Austausch von Geheimdienstinformationen", "agreement to produce stocks of the boiler fuel orimulsion"
function complementEnd(tokens: Token[], from: number, limit: number, lang: Language, taken: Set<number>): number {
  const first = tokens[from];
  if (!first || from >= limit || !COMPLEMENT_STARTERS[lang].has(first.lower)) return from;
  let end = from + 1;
  let lastContent = from;
  // `Convention on Human Rights concerning the right …`: a capitalised complement is part of a
  // name, and the name ends where lower-case words begin
  let properComplement: boolean | undefined;
  while (end < limit && end - from < MAX_COMPLEMENT_TOKENS) {
    const t = tokens[end];
    if (!t.word || taken.has(end) || COMPLEMENT_STOPS[lang].has(t.lower)) break;
    if (COMPLEMENT_WORDS[lang].has(t.lower)) {
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
function partiesEnd(tokens: Token[], from: number, limit: number, taken: Set<number>): number {
  const starter = tokens[from]?.lower;
  if (starter !== 'zwischen' && starter !== 'between') return from;
  let end = from + 1;
  let lastEntity = from;
  while (end < limit && end - from <= 10) {
    if (taken.has(end)) lastEntity = end;
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
    attrs: {
      head: tokens[head].lower,
      lemma,
      ...(end > head + 1 ? { complement: '1' } : {}),
      ...(definite ? { definite: '1' } : {}),
    },
  });
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
  exact: boolean;
  id: string;
  canonical: Record<Language, string>;
  acronym: boolean;
}

let treatyIndex: Map<string, TreatyForm[]> | undefined;
/** 1 at the hash of every treaty key: most tokens need no map lookup. */
const TREATY_KEYS = new Uint8Array(1 << 16);

/** A hash of a folded token's length and first, second and last code unit, in [0, 2^16). */
function treatyKeyHash(lower: string): number {
  const n = lower.length;
  let h = Math.imul(lower.charCodeAt(0) | 0, 0x9e3779b1);
  h = Math.imul(h ^ (n > 1 ? lower.charCodeAt(1) : 0), 0x85ebca6b);
  h = Math.imul(h ^ (lower.charCodeAt(n - 1) | 0) ^ (n << 16), 0xc2b2ae35);
  return (h ^ (h >>> 15)) & 0xffff;
}

/** Treaty forms by their first lower-cased token, built once per process. */
function treaties(): Map<string, TreatyForm[]> {
  if (treatyIndex) return treatyIndex;
  treatyIndex = new Map();
  for (const t of TREATIES) {
    for (const form of new Set([t.en, t.de, ...t.forms])) {
      const words = tokenize(form).map((k) => k.text);
      const acronym = /^[A-Z]{2,6}( [IV]+)?$/.test(form);
      const exact = words.some((w) => w.length >= 2 && /^[A-Z]+$/.test(w));
      const entry: TreatyForm = { words, exact, id: `agreement:${slug(t.en)}`, canonical: { en: t.en, de: t.de }, acronym };
      const key = words[0].toLowerCase();
      TREATY_KEYS[treatyKeyHash(key)] = 1;
      const list = treatyIndex.get(key) ?? [];
      list.push(entry);
      treatyIndex.set(key, list);
    }
  }
  return treatyIndex;
}

// "Japan und Südkorea kündigten GSOMIA", "the Paris Agreement"
function recogniseTreaties(doc: Doc, from: number, to: number): void {
  const { tokens } = doc;
  const index = treaties();
  for (let i = from; i < to; i++) {
    const lower = tokens[i].lower;
    if (TREATY_KEYS[treatyKeyHash(lower)] !== 1) continue;
    const candidates = index.get(lower);
    if (!candidates) continue;
    let best: TreatyForm | undefined;
    for (const c of candidates) {
      if (i + c.words.length > to || (best && best.words.length >= c.words.length)) continue;
      const ok = c.words.every((w, k) => (c.exact ? tokens[i + k].text === w : tokens[i + k].lower === w.toLowerCase()));
      if (ok) best = c;
    }
    if (!best) continue;
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
      attrs: { canonical: best.canonical[doc.language], known: '1', lemma: 'treaty', head: 'treaty' },
    };
    doc.mentions.push(mention);
  }
}
