/**
 * Agreement coreference: mentions that name one arrangement join into one entity.
 * - a known treaty keeps its lexicon id (`NAFTA` and `North American Free Trade Agreement`);
 * - `X, der als Y bezeichnet wird`, `X, known as Y`, `X (Y)` make Y an alias of X;
 * - an acronym defined in brackets (`… Agreement (GSOMIA)`) joins wherever it recurs;
 * - the same phrase joins itself; a short description (`oil deal`) joins the fuller one with
 *   the same head (`trade deal between the two countries`);
 * - a bare head (`der Pakt`, `the deal`) joins the last agreement with that head, or after a
 *   definite article the last agreement at all; ceasefire words (`Waffenruhe`, `Feuerpause`) join each other.
 * The canonical name is the proper name where the text gives one, else the fullest description.
 * Assigns: agreement mention keys and attrs.canonical / attrs.proper; adds acronym mentions.
 */
import type { Doc, Mention } from '../doc.js';
import { slug } from '../match/normalize.js';
import { CEASEFIRE_HEADS, OTHER_MARKERS } from '../5-recognise/agreements.data.js';
import { memoised } from './memo.js';

// "den Pakt …, der als Allgemeines Abkommen … bezeichnet wird", "the pact, known as the GSOMIA"
const ALIAS_GAP: readonly RegExp[] = [
  /^\s*,\s*(?:der|die|das|den)\s+(?:auch\s+)?(?:offiziell\s+)?als\s+$/,
  /^\s*,?\s*(?:also\s+|officially\s+|formally\s+)?(?:known|referred to|described)\s+as\s+(?:the\s+)?$/,
  /^\s*,?\s*(?:also\s+|officially\s+)?(?:called|dubbed|named)\s+(?:the\s+)?$/,
  /^\s*,?\s*(?:auch\s+|offiziell\s+)?(?:genannt|bezeichnet)\s+(?:als\s+)?$/,
  /^\s*\(\s*$/,
];
/**
 * slug's answers, kept: agreement phrases recur (`the deal`, `Freihandelsabkommen`), and slug runs
 * three regexes (a normalisation too beyond ASCII). A small bound: the phrases are slices of their texts.
 */
const slugKept = memoised(slug, 1000);
const ACRONYM_AFTER = /^\s*\(\s*([A-Z][A-Za-z-]{1,9})\s*\)/;
const ALIAS_MAX_GAP = 40;
// (made once here: a regex literal inside a function is made again at each call)
const ONLY_SPACE = /^\s+$/;
const SPACE_RUN = /\s+/;

export function joinAgreements(doc: Doc): void {
  // most documents name no agreement: nothing to join, no acronym to look for
  if (!hasAgreement(doc.mentions)) return;
  addDefinedAcronyms(doc);
  const mentions = doc.mentions.filter(isAgreement);
  const groups = new UnionFind(mentions.length);
  joinKnownAndSame(mentions, groups);
  joinAliases(doc, mentions, groups);
  joinAnaphors(mentions, groups);
  nameGroups(mentions, groups);
}

function isAgreement(m: Mention): boolean {
  return m.type === 'agreement';
}

/** Whether some mention is an agreement (a plain loop: asked of every document). */
function hasAgreement(mentions: readonly Mention[]): boolean {
  for (const m of mentions) if (m.type === 'agreement') return true;
  return false;
}

/** `Allgemeines Abkommen (GSOMIA)`: the bracketed acronym and its later uses become mentions. */
function addDefinedAcronyms(doc: Doc): void {
  const added: Mention[] = [];
  for (const m of doc.mentions) {
    if (m.type !== 'agreement' || m.kind === 'anaphor' || m.kind === 'acronym') continue;
    // no bracket within reach, no acronym defined (the regex and its slice are the dearer test)
    if (!hasBracket(doc.text, m.end, m.end + 16)) continue;
    const match = ACRONYM_AFTER.exec(doc.text.slice(m.end, m.end + 16));
    if (!match || match[1] !== match[1].toUpperCase()) continue;
    const acronym = match[1];
    for (const t of doc.tokens) {
      if (t.text !== acronym || doc.mentions.some((o) => o.start < t.end && t.start < o.end) || added.some((o) => o.start === t.start)) continue;
      added.push({ type: 'agreement', text: t.text, start: t.start, end: t.end, key: '', kind: 'acronym', rule: 'agreement.defined-acronym', priority: 3, attrs: { head: acronym.toLowerCase(), lemma: m.attrs?.lemma ?? '', aliasOf: String(m.start) } });
    }
  }
  if (added.length === 0) return;
  doc.mentions.push(...added);
  doc.mentions.sort((a, b) => a.start - b.start);
}

function hasBracket(text: string, from: number, to: number): boolean {
  for (let k = from; k < to && k < text.length; k++) if (text.charCodeAt(k) === 40) return true;
  return false;
}

function joinKnownAndSame(mentions: Mention[], groups: UnionFind): void {
  const byKey = new Map<string, number>();
  // where each mention starts: made at the first acronym naming its long form (most documents have none)
  let byStart: Map<number, number> | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const aliasOf = m.attrs?.aliasOf;
    if (aliasOf !== undefined) {
      byStart ??= indexByStart(mentions);
      const longForm = byStart.get(Number(aliasOf));
      if (longForm !== undefined) groups.union(longForm, i);
    }
    const key = m.key !== '' ? m.key : m.kind === 'anaphor' ? '' : `text:${slugKept(m.text)}`;
    if (key === '') continue;
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else groups.union(first, i);
  }
}

/** Each start's mention index (the last one starting there). */
function indexByStart(mentions: readonly Mention[]): Map<number, number> {
  const byStart = new Map<number, number>();
  for (let i = 0; i < mentions.length; i++) byStart.set(mentions[i].start, i);
  return byStart;
}

function joinAliases(doc: Doc, mentions: Mention[], groups: UnionFind): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (b.start - a.end > ALIAS_MAX_GAP || b.kind === 'anaphor') continue;
    const gap = doc.text.slice(a.end, b.start);
    // "das Freihandelsabkommen CETA": a description right before a name is that name
    const apposition = ONLY_SPACE.test(gap) && a.kind !== 'name' && (b.kind === 'acronym' || b.kind === 'name');
    if (apposition || ALIAS_GAP.some((re) => re.test(gap))) {
      groups.union(i, i + 1);
      b.attrs = { ...b.attrs, alias: '1' };
    }
  }
}

function joinAnaphors(mentions: Mention[], groups: UnionFind): void {
  // the attributes the scans compare, read once: a scan reads them for every earlier mention
  const lemmas = mentions.map((m) => m.attrs?.lemma);
  const heads = mentions.map((m) => m.attrs?.head);
  const ceasefire = lemmas.map((lemma) => CEASEFIRE_HEADS.has(lemma ?? ''));
  const marked: Array<boolean | undefined> = [];
  const otherMarker = (j: number): boolean => (marked[j] ??= hasOtherMarker(mentions[j]));
  let lastCeasefire = -1;
  mentions.forEach((m, i) => {
    const lemma = lemmas[i] ?? '';
    if (ceasefire[i]) {
      if (lastCeasefire >= 0) groups.union(lastCeasefire, i);
      lastCeasefire = i;
      return;
    }
    if (m.kind === 'anaphor') {
      const antecedent = lastIndex(i, (j) => lemmas[j] === lemma && !CEASEFIRE_HEADS.has(lemma))
        ?? (m.attrs?.definite ? lastIndex(i, (j) => !ceasefire[j]) : undefined);
      if (antecedent !== undefined) groups.union(antecedent, i);
      return;
    }
    // "oil deal" … "trade deal between the two countries": a short description joins the fuller one
    if (m.kind === 'description' && !m.attrs?.complement && !otherMarker(i)) {
      const head = heads[i];
      const fuller = lastIndex(i, (j) => heads[j] === head)
        ?? nextIndex(i, mentions.length, (j) => heads[j] === head && mentions[j].attrs?.complement === '1' && !otherMarker(j));
      if (fuller !== undefined) groups.union(fuller, i);
    }
  });
}

function hasOtherMarker(m: Mention): boolean {
  return m.text.toLowerCase().split(SPACE_RUN).some((w) => OTHER_MARKERS.has(w));
}

/** Canonical name per group: known treaty name, else proper name, else fullest description. */
function nameGroups(mentions: Mention[], groups: UnionFind): void {
  // the groups in order of their first mention (plain loops: no array copies per group)
  const members = new Map<number, Mention[]>();
  for (let i = 0; i < mentions.length; i++) {
    const root = groups.find(i);
    const list = members.get(root);
    if (list === undefined) members.set(root, [mentions[i]]);
    else list.push(mentions[i]);
  }
  for (const list of members.values()) {
    let known: Mention | undefined;
    let proper: Mention | undefined;
    let described: Mention | undefined;
    let acronym = false;
    for (const m of list) {
      if (known === undefined && m.attrs?.known) known = m;
      // the longest (then earliest) name and description, as a stable sort by byLength would put first
      if (m.kind === 'name' && (proper === undefined || byLength(m, proper) < 0)) proper = m;
      if ((m.kind === 'description' || m.attrs?.full) && (described === undefined || byLength(m, described) < 0)) described = m;
      if (m.kind === 'acronym') acronym = true;
    }
    const canonical = known?.attrs?.canonical ?? proper?.text ?? described?.attrs?.full ?? described?.text ?? list[0].text;
    const key = known ? known.key : `agreement:${slugKept(canonical)}`;
    const isProper = known !== undefined || proper !== undefined || acronym;
    for (const m of list) {
      m.key = key;
      const attrs: Record<string, string> = { ...m.attrs, canonical };
      if (isProper) attrs.proper = '1';
      m.attrs = attrs;
    }
  }
}

function byLength(a: Mention, b: Mention): number {
  return fullLength(b) - fullLength(a) || a.start - b.start;
}

function fullLength(m: Mention): number {
  return (m.attrs?.full ?? m.text).length;
}

/** The last index before `before` that passes `test`. */
function lastIndex(before: number, test: (j: number) => boolean): number | undefined {
  for (let j = before - 1; j >= 0; j--) if (test(j)) return j;
  return undefined;
}

/** The first index after `after` (and below `end`) that passes `test`. */
function nextIndex(after: number, end: number, test: (j: number) => boolean): number | undefined {
  for (let j = after + 1; j < end; j++) if (test(j)) return j;
  return undefined;
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = [];
    for (let i = 0; i < size; i++) this.parent.push(i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
