/** member_of: countries and organisations in a sentence with a membership trigger. */
import type { RelationRule } from './relate.js';
import { MEMBER_TRIGGERS, triggerAt } from './triggers.js';
import { uniqueKeys } from './mentions.js';

// "Kanada seinerseits ist Teil der Geheimdienstallianz Five Eyes, zu der Australien … gehören."
export const memberOf: RelationRule = (view, emit) => {
  if (!view.words.some((_, i) => triggerAt(view.words, i, MEMBER_TRIGGERS[view.doc.language]))) return;
  const orgs = uniqueKeys(view.mentions.filter((m) => m.type === 'organization'));
  const countries = uniqueKeys(view.mentions.filter((m) => m.type === 'country' && m.kind !== 'capital'));
  for (const o of orgs) for (const c of countries) emit({ type: 'member_of', source: c, target: o, rule: 'member_of.trigger' });
};
