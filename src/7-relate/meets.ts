/**
 * meets: the people of a sentence with a meeting trigger (`traf`, `telefonierte`, `met`,
 * `held talks`); a sentence-initial subject pronoun (`Sie traf …`) stands for the last person
 * named before, so a sentence with one named person can still relate two.
 */
import type { RelationRule } from './relate.js';
import { MEET_TRIGGERS, triggers } from './triggers.js';
import { pronounAntecedent, uniqueKeys } from './mentions.js';

// "Sie traf mit ihrem japanischen Amtskollegen Yoshimasa Hayashi in Tokio zusammen"
export const meets: RelationRule = (view, emit) => {
  // no person, no meeting: the cheap test first
  if (!view.has('person')) return;
  const { tokenStart, tokenEnd } = view.sentence;
  if (!triggers(MEET_TRIGGERS[view.doc.language]).anyToken(view.doc.tokens, tokenStart, tokenEnd)) return;
  const people = uniqueKeys(view.mentions.filter((m) => m.type === 'person'));
  if (people.length === 1) {
    const antecedent = pronounAntecedent(view, new Set(people));
    if (antecedent) people.unshift(antecedent);
  }
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) emit({ type: 'meets', source: people[i], target: people[j], rule: 'meets.trigger' });
};
