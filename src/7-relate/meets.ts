/**
 * meets: the people of a sentence with a meeting trigger (`traf`, `telefonierte`, `met`,
 * `held talks`); a sentence-initial subject pronoun (`Sie traf …`) stands for the last person
 * named before, so a sentence with one named person can still relate two.
 */
import type { Mention } from '../doc.js';
import type { RelationRule } from './relate.js';
import { MEET_TRIGGERS, triggersByLanguage } from './triggers.js';
import { opensWithSubjectPronoun, pronounAntecedent } from './mentions.js';

const MEET = triggersByLanguage(MEET_TRIGGERS);

// "Sie traf mit ihrem japanischen Amtskollegen Yoshimasa Hayashi in Tokio zusammen"
export const meets: RelationRule = (view, out) => {
  // (run on sentences that name a person) no two people, no meeting: the tests on the mentions come
  // before the scan of the words; most sentences name one person: without a leading pronoun there is no second one
  if (!namesTwoPeople(view.mentions) && !opensWithSubjectPronoun(view.doc, view.sentence)) return;
  const people = uniquePersonKeys(view.mentions);
  if (people.length === 1) {
    const antecedent = pronounAntecedent(view, people[0]);
    if (antecedent === undefined) return;
    people.unshift(antecedent);
  }
  const { tokenStart, tokenEnd } = view.sentence;
  if (!MEET[view.doc.language].anyToken(view.doc.tokens, tokenStart, tokenEnd)) return;
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) out.emit({ type: 'meets', source: people[i], target: people[j], rule: 'meets.trigger' });
};

/** The distinct keys of the person mentions, in order of first appearance (a plain loop: no filtered copy). */
function uniquePersonKeys(mentions: readonly Mention[]): string[] {
  const keys: string[] = [];
  for (const m of mentions) if (m.type === 'person' && !keys.includes(m.key)) keys.push(m.key);
  return keys;
}

/** true when the mentions name two different people (no list made). */
function namesTwoPeople(mentions: readonly Mention[]): boolean {
  let first: string | undefined;
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    if (first === undefined) first = m.key;
    else if (m.key !== first) return true;
  }
  return false;
}
