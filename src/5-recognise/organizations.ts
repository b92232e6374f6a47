/**
 * International organisations: gazetteer hits keyed `organization:<id>`. Acronyms match in their
 * exact case (`WHO`, not `who`; checked in lookup), names only when capitalised (`Quad`, not `quad`),
 * and a contextual form (`Commission`, `Sicherheitsrat`) only in a document that also names its
 * parent (`EU`, `European Commission`; `UN`).
 * Reads: doc.lookups. Assigns: doc.mentions (organization).
 */
import type { Doc, Lookup } from '../doc.js';
import { sentenceOfToken } from '../4-segment/segment.js';
import { isAllCaps, isCapitalized } from '../4-segment/tokens.js';
import type { StageContext } from './context.js';
import { lookupMention } from './lookup.js';

export function recogniseOrganizations(doc: Doc, _ctx: StageContext): void {
  const hits: Lookup[] = [];
  let contextual = false;
  for (const l of doc.lookups) {
    if (l.entry.cat !== 'organization' || !writtenAsName(doc, l) || wordInCapitals(doc, l)) continue;
    hits.push(l);
    if (l.entry.context !== undefined) contextual = true;
  }
  // the ids a contextual form needs are collected only when there is one (most documents have none)
  const named = contextual ? namedIds(hits) : undefined;
  for (const l of hits) {
    const context = l.entry.context;
    if (context !== undefined && (!(named!.has(context) || named!.has(l.entry.id)) || partOfLongerName(doc, l))) continue;
    doc.mentions.push(lookupMention(doc, l, 'organization', context !== undefined ? 'organization.contextual' : 'organization.gazetteer', 20));
  }
}

/** The ids of the organisations named by their own (not contextual) forms. */
function namedIds(hits: readonly Lookup[]): Set<string> {
  const ids = new Set<string>();
  for (const l of hits) if (l.entry.context === undefined) ids.add(l.entry.id);
  return ids;
}

/** Some sentence starts at token `i` (found by search: the check is rare, no per-document set). */
function startsSentenceAt(doc: Doc, i: number): boolean {
  const s = sentenceOfToken(doc, i);
  return s >= 0 && doc.sentences[s].tokenStart === i;
}

/**
 * A contextual form inside another name is that name's: `Federal Election Commission`,
 * `Ethik-Kommission`, `Commission on Human Rights`; `the Commission`, `Die Kommission` are not.
 */
function partOfLongerName(doc: Doc, l: Lookup): boolean {
  const { tokens } = doc;
  const before = l.tokenStart > 0 ? tokens[l.tokenStart - 1] : undefined;
  if (before?.text === '-' && before.end === tokens[l.tokenStart].start) return true;
  const sentenceStart = startsSentenceAt(doc, l.tokenStart - 1);
  if (before?.word && isCapitalized(before) && !sentenceStart && !ARTICLES.has(before.lower)) return true;
  const after = tokens[l.tokenEnd];
  const afterNext = tokens[l.tokenEnd + 1];
  return after !== undefined && NAME_LINKS.has(after.lower) && afterNext !== undefined && isCapitalized(afterNext);
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'die', 'der', 'den', 'dem', 'des', 'eine', 'einer']);
const NAME_LINKS: ReadonlySet<string> = new Set(['on', 'for', 'of', 'für', 'zur', 'zum']);

/** Acronyms that are also English words: in an all-capitals headline `WHO` may be the word. */
const WORD_ACRONYMS: ReadonlySet<string> = new Set(['who']);
/** What follows the question word `who`: `WHO IS TO BLAME`, `WHO CARES`, `WHO WON`. */
const QUESTION_WORD_NEXT: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'shall', 'might', 'must', 'did', 'does', 'do',
  'has', 'have', 'had', 'knew', 'knows', 'cares', 'wins', 'won', 'really', 'else', 'gets', 'got', 'needs', 'wants',
]);

/** `WHO IS TO BLAME`: in capitals, the word `who` before a verb of a question is no organisation. */
function wordInCapitals(doc: Doc, l: Lookup): boolean {
  const { tokens } = doc;
  const after = tokens[l.tokenEnd];
  return WORD_ACRONYMS.has(tokens[l.tokenStart].lower) && after !== undefined && isAllCaps(after) && QUESTION_WORD_NEXT.has(after.lower);
}

/** `Quad` and `Weltbank` are names; `quad bike` is not. */
function writtenAsName(doc: Doc, l: Lookup): boolean {
  if (!l.entry.proper) return true;
  const first = doc.tokens[l.tokenStart];
  return isCapitalized(first) || isAllCaps(first);
}
