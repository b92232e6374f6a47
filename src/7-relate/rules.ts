/**
 * The relation rules, one function per relation type, in the order they run.
 * Each comment shows a sentence the rule is written for.
 */
import type { Mention } from '../doc.js';
import type { RelationRule, SentenceView } from './relate.js';
import { CONFLICT_TRIGGERS, MEET_TRIGGERS, MEMBER_TRIGGERS, STATUS_TRIGGERS, triggerAt } from './triggers.js';

/** How many tokens may stand between a country cue and a role (`japanischen Amtskollegen`). */
const AFFILIATION_WINDOW = 3;

// "ihrem japanischen Amtskollegen Yoshimasa Hayashi", "US-Außenminister John Kerry"
const affiliatedWith: RelationRule = (view, emit) => {
  for (const person of view.mentions) {
    if (person.type !== 'person' || !person.attrs?.role) continue;
    const country = countryBefore(view, person);
    if (!country) continue;
    const role = person.attrs.roleId === 'counterpart' ? undefined : person.attrs.role;
    emit({ type: 'affiliated_with', source: person.key, target: country.key, ...(role ? { role } : {}), rule: 'affiliated_with.country-role' });
  }
};

/** The country mention right before the role of a person mention, within the window. */
function countryBefore(view: SentenceView, person: Mention): Mention | undefined {
  const roleStart = person.start - (person.attrs?.role?.length ?? 0) - 1;
  let best: Mention | undefined;
  for (const m of view.mentions) {
    if (m.type !== 'country' || m.end > person.start) continue;
    const gap = view.doc.text.slice(m.end, Math.max(m.end, roleStart));
    if (gap.split(/\s+/).filter(Boolean).length <= AFFILIATION_WINDOW) best = m;
  }
  return best;
}

// "Sie traf mit ihrem japanischen Amtskollegen Yoshimasa Hayashi in Tokio zusammen"
const meets: RelationRule = (view, emit) => {
  if (!view.words.some((_, i) => triggerAt(view.words, i, MEET_TRIGGERS[view.doc.language]))) return;
  const people = uniqueKeys(view.mentions.filter((m) => m.type === 'person'));
  if (people.length === 1 && /^(sie|er|she|he)$/.test(view.words[0] ?? '')) {
    const antecedent = [...view.previous].reverse().find((m) => m.type === 'person' && m.key !== people[0]);
    if (antecedent) people.unshift(antecedent.key);
  }
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) emit({ type: 'meets', source: people[i], target: people[j], rule: 'meets.trigger' });
};

// "Kanada und Japan beginnen formelle Gespräche über einen Pakt …"
const partyTo: RelationRule = (view, emit) => {
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

// "Kanada seinerseits ist Teil der Geheimdienstallianz Five Eyes, zu der Australien … gehören."
const memberOf: RelationRule = (view, emit) => {
  if (!view.words.some((_, i) => triggerAt(view.words, i, MEMBER_TRIGGERS[view.doc.language]))) return;
  const orgs = uniqueKeys(view.mentions.filter((m) => m.type === 'organization'));
  const countries = uniqueKeys(view.mentions.filter((m) => m.type === 'country' && m.kind !== 'capital'));
  for (const o of orgs) for (const c of countries) emit({ type: 'member_of', source: c, target: o, rule: 'member_of.trigger' });
};

// "Russlands Invasion in der Ukraine"
const conflictWith: RelationRule = (view, emit) => {
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

function uniqueKeys(mentions: readonly Mention[]): string[] {
  return [...new Set(mentions.map((m) => m.key))];
}

export const RELATION_RULES: readonly RelationRule[] = [affiliatedWith, meets, partyTo, memberOf, conflictWith];
