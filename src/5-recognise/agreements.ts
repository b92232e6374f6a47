/**
 * Agreements: a head noun (`Abkommen`, `Pakt`, `agreement`, `deal`, or a German compound
 * ending in one) with the capitalised adjectives before it (`Allgemeines Abkommen`) and its
 * complement after it (`… zum Austausch von Geheimdienstinformationen`). Coreference
 * (`der Pakt`, `the deal`) is joined in resolve.
 * Reads: doc.tokens, doc.sentences. Assigns: doc.mentions (agreement).
 */
import type { Doc, Token } from '../doc.js';
import { isCapitalized } from '../4-segment/tokens.js';
import type { StageContext } from './context.js';
import { AGREEMENT_HEADS, COMPLEMENT_STARTERS, COMPLEMENT_WORDS } from './agreements.data.js';

const MAX_COMPLEMENT_TOKENS = 14;

export function recogniseAgreements(doc: Doc, _ctx: StageContext): void {
  const heads = AGREEMENT_HEADS[doc.language];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t.word || !isHead(t.lower, heads, doc.language)) continue;
      const start = nameStart(tokens, i, s.tokenStart, doc.language);
      const end = complementEnd(tokens, i + 1, s.tokenEnd, doc.language);
      doc.mentions.push({
        type: 'agreement',
        text: doc.text.slice(tokens[start].start, tokens[end - 1].end),
        start: tokens[start].start,
        end: tokens[end - 1].end,
        key: '',
        kind: end - start === 1 ? 'anaphor' : 'description',
        rule: end - start === 1 ? 'agreement.head' : 'agreement.head-complement',
        priority: 3,
        attrs: { head: t.lower },
      });
    }
  }
}

function isHead(lower: string, heads: readonly string[], lang: string): boolean {
  for (const h of heads) {
    if (lower === h) return true;
    if (lang === 'de' && lower.length > h.length + 3 && lower.endsWith(h)) return true;
  }
  return false;
}

/** Include capitalised adjectives before a German head (`Allgemeines Abkommen`), or English name words (`Paris Agreement`). */
function nameStart(tokens: Token[], head: number, limit: number, lang: string): number {
  let start = head;
  while (start - 1 >= limit) {
    const p = tokens[start - 1];
    if (!p.word || !isCapitalized(p)) break;
    if (lang === 'de' && !/(es|er|e|en|em)$/.test(p.lower)) break;
    start--;
  }
  return start;
}

function complementEnd(tokens: Token[], from: number, limit: number, lang: 'de' | 'en'): number {
  const first = tokens[from];
  if (!first || from >= limit || !COMPLEMENT_STARTERS[lang].has(first.lower)) return from;
  let end = from + 1;
  let lastContent = from;
  while (end < limit && end - from < MAX_COMPLEMENT_TOKENS) {
    const t = tokens[end];
    if (!t.word) break;
    if (isCapitalized(t) || COMPLEMENT_WORDS[lang].has(t.lower) || (lang === 'en' && /^[a-z]+$/.test(t.text) && end > from + 1)) {
      if (!COMPLEMENT_WORDS[lang].has(t.lower)) lastContent = end;
      end++;
      continue;
    }
    // a German adjective before a noun: `wirtschaftliche Sicherheit`
    if (lang === 'de' && /(e|en|er|es|em)$/.test(t.lower) && tokens[end + 1] && isCapitalized(tokens[end + 1])) {
      end++;
      continue;
    }
    break;
  }
  return lastContent > from ? lastContent + 1 : from;
}
