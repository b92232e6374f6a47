/** meets: two people in a sentence with a meeting trigger (a subject pronoun takes the last person before). */
import type { RelationRule } from './relate.js';
import { MEET_TRIGGERS, triggerAt } from './triggers.js';
import { uniqueKeys } from './mentions.js';

// "Sie traf mit ihrem japanischen Amtskollegen Yoshimasa Hayashi in Tokio zusammen"
export const meets: RelationRule = (view, emit) => {
  if (!view.words.some((_, i) => triggerAt(view.words, i, MEET_TRIGGERS[view.doc.language]))) return;
  const people = uniqueKeys(view.mentions.filter((m) => m.type === 'person'));
  if (people.length === 1 && /^(sie|er|she|he)$/.test(view.words[0] ?? '')) {
    const antecedent = [...view.previous].reverse().find((m) => m.type === 'person' && m.key !== people[0]);
    if (antecedent) people.unshift(antecedent.key);
  }
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) emit({ type: 'meets', source: people[i], target: people[j], rule: 'meets.trigger' });
};
