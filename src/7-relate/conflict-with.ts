/** conflict_with: a country before and a country after a conflict trigger. */
import type { RelationRule } from './relate.js';
import { CONFLICT_TRIGGERS, triggerAt } from './triggers.js';

// "Russlands Invasion in der Ukraine"
export const conflictWith: RelationRule = (view, emit) => {
  const { doc, sentence } = view;
  const countries = view.mentions.filter((m) => m.type === 'country');
  if (countries.length < 2) return;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!triggerAt(view.words, i - sentence.tokenStart, CONFLICT_TRIGGERS[doc.language])) continue;
    const t = doc.tokens[i];
    const before = [...countries].reverse().find((m) => m.end <= t.start && t.start - m.end < 40);
    const after = countries.find((m) => m.start >= t.end && m.start - t.end < 40);
    if (before && after) emit({ type: 'conflict_with', source: before.key, target: after.key, rule: 'conflict_with.trigger' });
  }
};
