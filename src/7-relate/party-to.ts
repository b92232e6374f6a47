/** party_to: countries and organisations in a sentence with an agreement, with the status its words give. */
import type { RelationRule, SentenceView } from './relate.js';
import { STATUS_TRIGGERS, triggerAt } from './triggers.js';
import { uniqueKeys } from './mentions.js';

// "Kanada und Japan beginnen formelle Gespräche über einen Pakt …"
export const partyTo: RelationRule = (view, emit) => {
  const agreements = uniqueKeys(view.mentions.filter((m) => m.type === 'agreement'));
  if (agreements.length === 0) return;
  const parties = uniqueKeys(view.mentions.filter((m) => (m.type === 'country' && m.kind !== 'capital') || m.type === 'organization'));
  const status = statusOf(view);
  for (const a of agreements)
    for (const p of parties) emit({ type: 'party_to', source: p, target: a, ...(status ? { status } : {}), rule: 'party_to.sentence' });
};

function statusOf(view: SentenceView): ReturnType<typeof firstStatus> {
  return firstStatus(view.words, view.doc.language);
}

function firstStatus(words: readonly string[], lang: 'de' | 'en') {
  for (const [status, patterns] of STATUS_TRIGGERS[lang]) {
    for (let i = 0; i < words.length; i++) if (triggerAt(words, i, patterns)) return status;
  }
  return undefined;
}
