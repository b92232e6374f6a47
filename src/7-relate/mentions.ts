/** Helpers the relation rules share: entity keys, coordination, pronoun antecedents, acting countries. */
import type { Doc, Mention, Sentence, Token } from '../doc.js';
import { isSpaceUnit } from '../4-segment/tokens.js';
import type { SentenceView } from './relate.js';

/** The distinct entity keys of some mentions, in order of first appearance. */
export function uniqueKeys(mentions: readonly Mention[]): string[] {
  // a sentence holds a few mentions: a list beats a set here
  const keys: string[] = [];
  for (const m of mentions) if (!keys.includes(m.key)) keys.push(m.key);
  return keys;
}

/** Countries as states (a capital used as a place, `in Tokio`, is no actor). */
export function isStateMention(m: Mention): boolean {
  return m.type === 'country' && m.kind !== 'capital';
}

const PLACE_BEFORE = /(?:^|\s)(?:in|nach|aus|bei|im|am|at|near|via|into|visit(?:ed|ing)?|besuchte?)\s+$/i;

/**
 * A country or a capital standing for its government (`Berlin und Paris unterzeichneten …`);
 * a capital after a place preposition (`in Tokio`) is only a place.
 */
export function isActorMention(doc: Doc, m: Mention, placesAct = false): boolean {
  if (m.type !== 'country') return false;
  if (m.kind === 'demonym' && COMPANY_AFTER.test(doc.text.slice(m.end, m.end + 30))) return false;
  const before = doc.text.slice(Math.max(0, m.start - 20), m.start);
  // "Bedrohungen gegen China": the country an agreement is aimed at is no party to it
  if (AIMED_AT_BEFORE.test(before)) return false;
  if (m.kind !== 'capital' && placesAct) return true;
  return !PLACE_BEFORE.test(before);
}

const AIMED_AT_BEFORE = /(?:^|\s)(?:gegen|against)\s+(?:der|die|den|dem|das|the)?\s*$/i;

/** `Chinese firms`, `der deutsche Konzern`: a demonym before a company word names no state. */
const COMPANY_AFTER = /^\s+(?:\p{L}+\s+)?(?:firms?|compan(?:y|ies)|group|bank|carrier|airline|Konzern\p{L}*|Unternehmen|Firm\p{L}*|Bank|Autobauer|Hersteller)\b/iu;

/**
 * The first two different countries joined by `und`/`and` in a sentence (`Kanada und Japan`,
 * `Venezuela and China`): what a later `the two countries` / `beide Länder` refers to.
 */
export function coordinatedCountryPair(doc: Doc, mentions: readonly Mention[]): [string, string] | undefined {
  let a: Mention | undefined;
  for (const b of mentions) {
    if (!isStateMention(b)) continue;
    if (a !== undefined && a.key !== b.key && isCoordinatorGap(doc.text, a.end, b.start)) return [a.key, b.key];
    a = b;
  }
  return undefined;
}

/** Whether `text[from, to)` is one coordinator between white space (`und`, `and`, `&`, `sowie`, `,`), read in place (no slice per pair of countries). */
function isCoordinatorGap(text: string, from: number, to: number): boolean {
  while (from < to && isSpaceUnit(text.charCodeAt(from))) from++;
  while (to > from && isSpaceUnit(text.charCodeAt(to - 1))) to--;
  switch (to - from) {
    case 1: {
      const c = text.charCodeAt(from);
      return c === 0x26 /* & */ || c === 0x2c /* , */;
    }
    case 3:
      return text.startsWith('und', from) || text.startsWith('and', from);
    case 5:
      return text.startsWith('sowie', from);
    default:
      return false;
  }
}


// "the two countries", "beide Länder", "die beiden Staaten", "both countries", "beide Seiten"
const PAIR_PHRASE = /\b(?:the two (?:countries|nations|governments|sides)|both (?:countries|nations|governments|sides)|beide[nr]? (?:Länder|Staaten|Regierungen|Seiten|Nationen))\b/i;

/** The recent country pair when the sentence speaks of `the two countries`. */
export function pairReferences(view: SentenceView): string[] {
  if (!view.recentPair) return [];
  const text = view.doc.text.slice(view.sentence.start, view.sentence.end);
  return PAIR_PHRASE.test(text) ? [...view.recentPair] : [];
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['sie', 'er', 'she', 'he']);
const LONGEST_PRONOUN = Math.max(...[...SUBJECT_PRONOUNS].map((p) => p.length));

/** true when the sentence opens with a subject pronoun (`Sie traf …`). */
export function opensWithSubjectPronoun(doc: Doc, sentence: Sentence): boolean {
  const { tokenStart, tokenEnd } = sentence;
  if (tokenStart >= tokenEnd) return false;
  const first = doc.tokens[tokenStart].lower;
  // pronouns are short: most first words need no set lookup
  return first.length <= LONGEST_PRONOUN && SUBJECT_PRONOUNS.has(first);
}

/** `Sie traf …`: a sentence-initial subject pronoun refers to the last person mentioned before. */
export function pronounAntecedent(view: SentenceView, exclude?: string): string | undefined {
  if (!opensWithSubjectPronoun(view.doc, view.sentence)) return undefined;
  for (let i = view.firstIndex - 1; i >= 0; i--) {
    const m = view.all[i];
    if (m.type === 'person' && m.key !== exclude) return m.key;
  }
  return undefined;
}

/**
 * The states and organisations acting in a sentence: those named (a country after `in`/`nach`
 * is a place, unless `placesAct`: a ceasefire in a country binds it), the countries of the
 * people named (a minister acts for their country), of a subject pronoun's antecedent, and
 * the pair that `the two countries` refers to.
 */
export function actingParties(view: SentenceView, placesAct = false): string[] {
  const parties: string[] = [];
  for (const m of view.mentions) {
    if (isActorMention(view.doc, m, placesAct) || m.type === 'organization') parties.push(m.key);
    else if (m.type === 'person') {
      const c = view.countryOf(m.key);
      if (c) parties.push(c);
    }
  }
  const antecedent = pronounAntecedent(view);
  const c = antecedent && view.countryOf(antecedent);
  if (c) parties.push(c);
  parties.push(...pairReferences(view));
  return [...new Set(parties)];
}

/**
 * The word tokens of `tokens[lo..hi)` that lie inside [from, to). Tokens are sorted and disjoint:
 * those starting at `from` or later are a suffix, and of these the ones ending by `to` a prefix.
 */
export function wordTokensBetween(tokens: readonly Token[], lo: number, hi: number, from: number, to: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (tokens[mid].start < from) a = mid + 1;
    else b = mid;
  }
  let n = 0;
  for (let k = a; k < hi && tokens[k].end <= to; k++) if (tokens[k].word) n++;
  return n;
}
