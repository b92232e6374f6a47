/**
 * member_of: countries and the organisations they belong to. Two rules:
 * a membership word in the sentence (`Mitglied`, `Teil der`, `member of`, `joined`, `gehören`)
 * relates its states to its organisations, unless negated (`kein Mitglied`); and a copula
 * with `in der`/`in the` (`Estland … seien in der EU und Nato`) relates the states before it
 * to the organisations right after it.
 */
import type { Mention, Token } from '../doc.js';
import type { RelationRule, RelationSink, SentenceView } from './relate.js';
import { MEMBER_TRIGGERS, triggersByLanguage } from './triggers.js';

const MEMBERSHIP = triggersByLanguage(MEMBER_TRIGGERS);
import { isActorMention, isStateMention, uniqueKeys, wordTokensBetween } from './mentions.js';

const NEGATION = new Set(['kein', 'keine', 'keinen', 'nicht', 'not', 'non', 'nie', 'never', 'nor']);
const COPULAS = new Set(['ist', 'sind', 'sei', 'seien', 'war', 'waren', 'wären', 'is', 'are', 'was', 'were']);
/** What may join organisations after `in der` (`in der EU und Nato`); made once here, not at each call. */
const ORGS_COORDINATED = /^\s*(?:der|den|dem|the|,|und|and|sowie)?\s*(?:und|and)?\s*$/i;
/** Words that may stand between a membership word and its organisation (`Teil der Geheimdienstallianz Five Eyes`). */
const ORG_WINDOW = 4;

/** Word tokens between a mention and the token `tokens[k]` of the sentence. */
function wordsBetween(view: SentenceView, m: Mention, k: number): number {
  const { tokens } = view.doc;
  const t = tokens[k];
  const [from, to] = t.end <= m.start ? [t.end, m.start] : [m.end, t.start];
  return wordTokensBetween(tokens, view.sentence.tokenStart, view.sentence.tokenEnd, from, to);
}

/** Adverbs that may stand between copula and `in` (`seien ohnehin in der EU`). */
const COPULA_GAP = 2;

// "Kanada seinerseits ist Teil der Geheimdienstallianz Five Eyes, zu der Australien … gehören."
export const memberOf: RelationRule = (view, out) => {
  // (run on sentences that name an organisation and a country)
  const orgs = view.mentions.filter((m) => m.type === 'organization');
  if (orgs.length === 0) return;
  const { tokens } = view.doc;
  const { tokenStart, tokenEnd } = view.sentence;
  const membership = MEMBERSHIP[view.doc.language];
  // token indexes of the membership words
  const found: number[] = [];
  for (let k = tokenStart; k < tokenEnd; k++) if (membership.atToken(tokens, k, tokenEnd) && !negated(tokens, tokenStart, k)) found.push(k);
  const bei = separableJoin(tokens, tokenStart, tokenEnd);
  if (bei >= 0) found.push(bei);
  // the organisation stands near its membership word: `Teil der … Five Eyes`, `Nato-Mitglied`
  const near = found.length === 0 ? [] : orgs.filter((o) => found.some((k) => wordsBetween(view, o, k) <= ORG_WINDOW));
  const copulas = near.length > 0 ? [] : copulasWithIn(tokens, tokenStart, tokenEnd);
  // neither a membership word nor `ist in der`: no member, whatever the states (the dearer test)
  if (near.length === 0 && copulas.length === 0) return;
  // "… und hat Sanktionen gegen Russland verhängt", "Botschaft in Malta": no member
  const states = view.mentions.filter((m) => isStateMention(m) && isActorMention(view.doc, m));
  if (states.length === 0) return;
  if (near.length > 0) {
    for (const o of uniqueKeys(near)) for (const c of uniqueKeys(states)) out.emit({ type: 'member_of', source: c, target: o, rule: 'member_of.trigger' });
    return;
  }
  copulaMembership(view, copulas, out);
};

/**
 * "Schweden trat 2024 der Nato bei": the separable verb `beitreten` around its object. The token
 * index of the sentence's last `bei` when its first joining verb (not negated) has one after it, else -1.
 */
function separableJoin(tokens: readonly Token[], from: number, to: number): number {
  let verb = -1;
  for (let k = from; k < to && verb < 0; k++) if (JOIN_VERBS.has(tokens[k].lower)) verb = k;
  if (verb < 0 || negated(tokens, from, verb + 1)) return -1;
  for (let k = to - 1; k > verb; k--) if (tokens[k].lower === 'bei') return k;
  return -1;
}

const JOIN_VERBS: ReadonlySet<string> = new Set(['trat', 'traten', 'tritt', 'treten']);

/** true when one of the two tokens before `tokens[k]` (within the sentence from `from`) is a negation. */
function negated(tokens: readonly Token[], from: number, k: number): boolean {
  return (k - 1 >= from && NEGATION.has(tokens[k - 1].lower)) || (k - 2 >= from && NEGATION.has(tokens[k - 2].lower));
}

/** The copulas followed by `in`/`im` (`seien ohnehin in`) in `tokens[from..to)`: each copula's token index and its `in`'s. */
function copulasWithIn(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (!COPULAS.has(tokens[i].lower) || negated(tokens, from, i + 1)) continue;
    let j = i + 1;
    while (j < to && j - i <= COPULA_GAP + 1 && !isIn(tokens[j].lower)) j++;
    if (j < to && isIn(tokens[j].lower)) found.push([i, j]);
  }
  return found;
}

function isIn(word: string): boolean {
  return word === 'in' || word === 'im';
}

// "Estland, Litauen und Lettland seien ohnehin in der EU und Nato"
function copulaMembership(view: SentenceView, copulas: ReadonlyArray<readonly [number, number]>, out: RelationSink): void {
  const { tokens, text } = view.doc;
  for (const [i, j] of copulas) {
    const copulaStart = tokens[i].start;
    const inEnd = tokens[j].end;
    const states = view.mentions.filter((m) => isStateMention(m) && m.end <= copulaStart);
    const members: string[] = [];
    let last = inEnd;
    for (const o of view.mentions) {
      if (o.start < last) continue;
      if (o.type !== 'organization' || !ORGS_COORDINATED.test(text.slice(last, o.start))) break;
      members.push(o.key);
      last = o.end;
    }
    for (const o of new Set(members)) for (const c of uniqueKeys(states)) out.emit({ type: 'member_of', source: c, target: o, rule: 'member_of.copula-in' });
  }
}
