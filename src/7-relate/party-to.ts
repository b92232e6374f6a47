/**
 * party_to: states and organisations that make, negotiate or hold an agreement named in the
 * same sentence, with the status the sentence's words give (triggers.ts). With a status word
 * every acting party of the sentence counts (named countries and organisations, the countries
 * of the people named, `the two countries`); without one only the parties the agreement
 * phrase itself names (`Abkommen zwischen der EU und Kanada`, `EU-Mercosur-Abkommen`).
 */
import { CEASEFIRE_HEADS } from '../5-recognise/agreements.data.js';
import type { AgreementStatus, Doc, Language, Mention, Token } from '../doc.js';
import type { RelationRule, SentenceView } from './relate.js';
import { STATUS_TRIGGERS, TriggerFamilies, WEAK_STATUS_TRIGGERS, triggers, type Triggers } from './triggers.js';
import { actingParties, isStateMention, pairReferences } from './mentions.js';

// "Kanada und Japan beginnen formelle Gespräche über einen Pakt …" → CA, JP negotiating
// "The two countries also signed a number of other agreements …" → the recent pair, signed
export const partyTo: RelationRule = (view, out) => {
  // (run on sentences that name an agreement)
  const agreements = firstAgreementPerKey(view.mentions);
  if (agreements.length === 0) return;
  const strong = statusOf(view.doc.tokens, view.sentence.tokenStart, view.sentence.tokenEnd, view.doc.language);
  for (const a of agreements) {
    const status = strong ?? possessionStatus(view, a);
    const parties = status ? actingParties(view, CEASEFIRE_HEADS.has(a.attrs?.lemma ?? '')) : namedParties(view, a);
    // the keys in the order of the output: status (when there is one) before rule
    if (status) for (const p of parties) out.emit({ type: 'party_to', source: p, target: a.key, status, rule: 'party_to.status-trigger' });
    else for (const p of parties) out.emit({ type: 'party_to', source: p, target: a.key, rule: 'party_to.named-in-phrase' });
  }
};

const STATUS_FAMILIES: Record<Language, TriggerFamilies<AgreementStatus>> = {
  de: new TriggerFamilies(STATUS_TRIGGERS.de),
  en: new TriggerFamilies(STATUS_TRIGGERS.en),
};

/** The status of the first trigger family (in STATUS_TRIGGERS order) found in the sentence's tokens `tokens[from..to)`. */
export function statusOf(tokens: readonly Token[], from: number, to: number, lang: Language): AgreementStatus | undefined {
  return STATUS_FAMILIES[lang].first(tokens, from, to);
}

/** How many tokens may stand between `hat`/`has` and the agreement it holds (`hat ähnliche Geheimdienstabkommen`). */
const POSSESSION_WINDOW = 3;

const WEAK_STATUS: Record<Language, ReadonlyArray<readonly [AgreementStatus, Triggers]>> = {
  de: WEAK_STATUS_TRIGGERS.de.map(([status, patterns]) => [status, triggers(patterns)] as const),
  en: WEAK_STATUS_TRIGGERS.en.map(([status, patterns]) => [status, triggers(patterns)] as const),
};

// "Japan hat ähnliche Geheimdienstabkommen mit der NATO" → in force
function possessionStatus(view: SentenceView, agreement: Mention): AgreementStatus | undefined {
  const { tokens } = view.doc;
  let head = view.sentence.tokenStart;
  while (head < view.sentence.tokenEnd && tokens[head].start < agreement.start) head++;
  for (const [status, weak] of WEAK_STATUS[view.doc.language]) {
    for (let i = Math.max(view.sentence.tokenStart, head - POSSESSION_WINDOW); i < head; i++) {
      if (weak.atToken(tokens, i, view.sentence.tokenEnd)) return status;
    }
  }
  return undefined;
}

const LINKED_AFTER = /^\s*(?:zwischen|between|mit|with|among|unter)\s+(?:der|den|dem|die|the)?\s*$/i;
const COORDINATED = /^\s*(?:,|und|and|sowie|&)\s*(?:der|den|dem|die|das|the)?\s*$/i;
const ADJACENT_BEFORE = /^\s*(?:-|['’]s?\s*)?$/;

/** `the two-country deal`, `beider Staaten`: an agreement phrase that may name the recent pair. */
const PAIR_WORD = /\b(?:two|both|beide[nr]?)\b/i;

/** Parties the agreement phrase names: inside it, glued before it, or after `zwischen`/`with`. */
function namedParties(view: SentenceView, agreement: Mention): string[] {
  const { text } = view.doc;
  const parties: string[] = [];
  const states = view.mentions.filter((m) => isStateMention(m) || m.type === 'organization');
  let last = agreement.end;
  let linked = false;
  for (const m of states) {
    if (m.start >= agreement.start && m.end <= agreement.end) parties.push(m.key);
    else if (m.end <= agreement.start && ADJACENT_BEFORE.test(text.slice(m.end, agreement.start))) parties.push(m.key);
    else if (m.start >= last) {
      const gap = text.slice(last, m.start);
      if ((!linked && LINKED_AFTER.test(gap)) || (linked && COORDINATED.test(gap))) {
        parties.push(m.key);
        linked = true;
        last = m.end;
      }
    }
  }
  if (PAIR_WORD.test(agreement.text)) parties.push(...pairReferences(view));
  return [...new Set(parties)];
}

/** The first agreement mention of each key, in order (a sentence holds a few: a scan of the list, no set or closure). */
function firstAgreementPerKey(mentions: readonly Mention[]): Mention[] {
  const first: Mention[] = [];
  for (const m of mentions) if (m.type === 'agreement' && !hasKey(first, m.key)) first.push(m);
  return first;
}

function hasKey(mentions: readonly Mention[], key: string): boolean {
  for (const m of mentions) if (m.key === key) return true;
  return false;
}

/**
 * Company contracts are no agreements (spec): a described agreement that no state or
 * organisation is party to is dropped, with its relations. Proper names, acronyms and
 * ceasefires stay. "Air Deccan has signed a deal to acquire 36 planes" → nothing.
 */
export function dropPartylessAgreements(doc: Doc): void {
  if (!hasAgreementEntity(doc)) return;
  const keep = new Set<string>();
  for (const r of doc.relations) if (r.type === 'party_to') keep.add(r.target);
  for (const m of doc.mentions) {
    if (m.type !== 'agreement') continue;
    if (CEASEFIRE_HEADS.has(m.attrs?.lemma ?? '') || (m.attrs?.proper && isInternationalName(m))) keep.add(m.key);
  }
  const dropped = partylessAgreements(doc, keep);
  if (dropped === undefined) return;
  doc.entities = doc.entities.filter((e) => !dropped.has(e.id));
  doc.relations = doc.relations.filter((r) => !dropped.has(r.source) && !dropped.has(r.target));
}

/** The ids of the agreement entities not kept, undefined when there is none (most documents: nothing more to do). */
function partylessAgreements(doc: Doc, keep: ReadonlySet<string>): Set<string> | undefined {
  let dropped: Set<string> | undefined;
  for (const e of doc.entities) if (e.type === 'agreement' && !keep.has(e.id)) (dropped ??= new Set()).add(e.id);
  return dropped;
}

function hasAgreementEntity(doc: Doc): boolean {
  for (const e of doc.entities) if (e.type === 'agreement') return true;
  return false;
}

/**
 * A proper name on a weak head names many things besides treaties (`Democratic National
 * Convention`, `Internet Protocol`, `New Deal`): without a party it counts only when it is a
 * known treaty or its name says it is international (`European Convention on Human Rights`).
 */
function isInternationalName(m: Mention): boolean {
  if (m.attrs?.known || !WEAK_PROPER_HEADS.has(m.attrs?.lemma ?? '')) return true;
  return INTERNATIONAL_WORDS.test(m.attrs?.canonical ?? m.text);
}

// "Kyoto Protocol" is in the treaty lexicon; "Internet Protocol" is not
const WEAK_PROPER_HEADS: ReadonlySet<string> = new Set(['convention', 'konvention', 'protocol', 'protokoll', 'deal']);
const INTERNATIONAL_WORDS =
  /\b(international|internationale[nmrs]?|inter-american|european|europäische[nmrs]?|transatlantic|transatlantische[nmrs]?|world|welt|global|united nations|vereinten nationen|bilateral|multilateral)\b/i;
