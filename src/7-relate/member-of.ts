/**
 * member_of: countries and the organisations they belong to. Two rules:
 * a membership word in the sentence (`Mitglied`, `Teil der`, `member of`, `joined`, `gehören`)
 * relates its states to its organisations, unless negated (`kein Mitglied`); and a copula
 * with `in der`/`in the` (`Estland … seien in der EU und Nato`) relates the states before it
 * to the organisations right after it.
 */
import type { Mention } from '../doc.js';
import type { RelationRule, RelationSink, SentenceView } from './relate.js';
import { MEMBER_TRIGGERS, triggersByLanguage } from './triggers.js';
import { isActorMention, isStateMention, uniqueKeys, wordTokensBetween } from './mentions.js';

const MEMBERSHIP = triggersByLanguage(MEMBER_TRIGGERS);
const NEGATION = new Set(['kein', 'keine', 'keinen', 'nicht', 'not', 'non', 'nie', 'never', 'nor']);
const COPULAS = new Set(['ist', 'sind', 'sei', 'seien', 'war', 'waren', 'wären', 'is', 'are', 'was', 'were']);
/** Words that may stand between a membership word and its organisation (`Teil der Geheimdienstallianz Five Eyes`). */
const ORG_WINDOW = 4;

/** Word tokens between a mention and the sentence's i-th token. */
function wordsBetween(view: SentenceView, m: Mention, i: number): number {
  const { tokens } = view.doc;
  const t = tokens[view.sentence.tokenStart + i];
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
  const words = view.words;
  const membership = MEMBERSHIP[view.doc.language];
  const found: number[] = [];
  for (let i = 0; i < words.length; i++) if (membership.at(words, i) && !negated(words, i)) found.push(i);
  if (separableJoin(words)) found.push(words.lastIndexOf('bei'));
  // the organisation stands near its membership word: `Teil der … Five Eyes`, `Nato-Mitglied`
  const near = found.length === 0 ? [] : orgs.filter((o) => found.some((i) => wordsBetween(view, o, i) <= ORG_WINDOW));
  const copulas = near.length > 0 ? [] : copulasWithIn(words);
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

// "Schweden trat 2024 der Nato bei": the separable verb `beitreten` around its object
function separableJoin(words: readonly string[]): boolean {
  let verb = -1;
  for (let i = 0; i < words.length && verb < 0; i++) if (JOIN_VERBS.has(words[i])) verb = i;
  return verb >= 0 && !negated(words, verb + 1) && words.indexOf('bei', verb + 1) > verb;
}

const JOIN_VERBS: ReadonlySet<string> = new Set(['trat', 'traten', 'tritt', 'treten']);

function negated(words: readonly string[], i: number): boolean {
  return NEGATION.has(words[i - 1] ?? '') || NEGATION.has(words[i - 2] ?? '');
}

/** The copulas followed by `in`/`im` (`seien ohnehin in`): each copula's word index and its `in`'s. */
function copulasWithIn(words: readonly string[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    if (!COPULAS.has(words[i]) || negated(words, i + 1)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= COPULA_GAP + 1 && words[j] !== 'in' && words[j] !== 'im') j++;
    if (words[j] === 'in' || words[j] === 'im') found.push([i, j]);
  }
  return found;
}

// "Estland, Litauen und Lettland seien ohnehin in der EU und Nato"
function copulaMembership(view: SentenceView, copulas: ReadonlyArray<readonly [number, number]>, out: RelationSink): void {
  const { tokens, text } = view.doc;
  for (const [i, j] of copulas) {
    const copulaStart = tokens[view.sentence.tokenStart + i].start;
    const inEnd = tokens[view.sentence.tokenStart + j].end;
    const states = view.mentions.filter((m) => isStateMention(m) && m.end <= copulaStart);
    const members: string[] = [];
    let last = inEnd;
    for (const o of view.mentions) {
      if (o.start < last) continue;
      if (o.type !== 'organization' || !/^\s*(?:der|den|dem|the|,|und|and|sowie)?\s*(?:und|and)?\s*$/i.test(text.slice(last, o.start))) break;
      members.push(o.key);
      last = o.end;
    }
    for (const o of new Set(members)) for (const c of uniqueKeys(states)) out.emit({ type: 'member_of', source: c, target: o, rule: 'member_of.copula-in' });
  }
}
