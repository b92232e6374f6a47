/**
 * conflict_with: a conflict trigger (`Invasion`, `Krieg gegen`, `Sanktionen gegen`, `invaded`,
 * `strained relationship with`) between an actor before it and a country after it. The actor
 * is a country or a person acting for one (`Mr Chavez's administration … strained
 * relationship with the US`); `Krieg zwischen X und Y` pairs the two countries after it.
 */
import type { Mention, Token } from '../doc.js';
import type { RelationRule, RelationSink, SentenceView } from './relate.js';
import { CONFLICT_TRIGGERS, triggersByLanguage } from './triggers.js';
import { wordTokensBetween } from './mentions.js';

/** Tokens an actor may stand before its trigger (`Russlands Invasion`, `Chavez's administration, which has a strained`). */
const ACTOR_WINDOW = 6;
/** Tokens a target may stand after its trigger (`Invasion in der Ukraine`, `relationship with the US`). */
const TARGET_WINDOW = 6;
/** Words between actor and trigger that may stand close by without a verb: `Russlands Invasion`, `Russia's brutal invasion`. */
const CLOSE_ACTOR = 2;
/** Verbs that make the actor the subject of a noun trigger: `Russland führt Krieg`, `the EU imposed sanctions`. */
const CONFLICT_VERBS = new Set([
  'führt', 'führen', 'führte', 'führten', 'begann', 'begannen', 'startete', 'verhängt', 'verhängte', 'verhängten',
  'erklärte', 'erklärt', 'droht', 'drohte', 'hat', 'haben', 'hatte', 'befindet', 'befinden', 'griff', 'griffen',
  'wages', 'waged', 'waging', 'launched', 'started', 'began', 'imposed', 'imposes', 'declared', 'threatened', 'has',
  'have', 'had', 'is', 'are', 'was', 'were',
]);
const CONFLICT = triggersByLanguage(CONFLICT_TRIGGERS);
const NEGATION = new Set(['kein', 'keine', 'keinen', 'nicht', 'no', 'not', 'never', 'nie']);
// (made once here: a regex literal inside a function is made again at each call)
const BETWEEN_AFTER = /^\s*(?:zwischen|between)\b/i;
const TARGET_LINK = /^\s*(?:auf|gegen|in|on|against|into)\b/i;
const TARGETS_COORDINATED = /^\s*(?:,|und|and|sowie)\s*(?:der|die|den|dem|the)?\s*$/i;
const NON_LETTERS = /[^\p{L}]+/u;

// "Russlands Invasion in der Ukraine", "sanctions against Iran", "Krieg zwischen Armenien und Aserbaidschan"
export const conflictWith: RelationRule = (view, out) => {
  // (run on sentences that name a country) a conflict needs two sides: a second country, or a person acting for one
  if (!hasTwoCountries(view.mentions) && !hasPersonWithCountry(view)) return;
  const { doc, sentence } = view;
  const conflict = CONFLICT[doc.language];
  const { tokens } = doc;
  // the scan is the hot part; what a trigger relates is worked out apart (few sentences hold one)
  let countries: Mention[] | undefined;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!conflict.atToken(tokens, i, sentence.tokenEnd) || (i > sentence.tokenStart && NEGATION.has(tokens[i - 1].lower))) continue;
    countries ??= view.mentions.filter((m) => m.type === 'country');
    conflictsAt(view, out, countries, tokens[i]);
  }
};

/** The conflicts the trigger token `t` states between the sentence's countries (and people acting for one). */
function conflictsAt(view: SentenceView, out: RelationSink, countries: readonly Mention[], t: Token): void {
  const { doc } = view;
  const targets = countries.filter((m) => m.start >= t.end && tokenDistance(view, t.end, m.start) <= TARGET_WINDOW);
  const between = BETWEEN_AFTER.test(doc.text.slice(t.end, t.end + 10));
  if (between && targets.length >= 2) {
    out.emit({ type: 'conflict_with', source: targets[0].key, target: targets[1].key, rule: 'conflict_with.between' });
    return;
  }
  // "der Angriff Russlands auf die Ukraine": a genitive actor after the trigger
  if (targets.length >= 2 && TARGET_LINK.test(doc.text.slice(targets[0].end, targets[1].start))) {
    out.emit({ type: 'conflict_with', source: targets[0].key, target: targets[1].key, rule: 'conflict_with.genitive-actor' });
    return;
  }
  if (!targets[0]) return;
  const actor = actorBefore(view, t.start);
  if (!actor) return;
  // "Sanktionen gegen Russland und Belarus": coordinated targets count too
  let last = targets[0];
  for (const target of targets) {
    if (target !== targets[0] && !TARGETS_COORDINATED.test(doc.text.slice(last.end, target.start))) break;
    out.emit({ type: 'conflict_with', source: actor, target: target.key, rule: 'conflict_with.trigger' });
    last = target;
  }
}

function hasTwoCountries(mentions: readonly Mention[]): boolean {
  let countries = 0;
  for (const m of mentions) if (m.type === 'country' && ++countries === 2) return true;
  return false;
}

function hasPersonWithCountry(view: SentenceView): boolean {
  for (const m of view.mentions) if (m.type === 'person' && view.countryOf(m.key)) return true;
  return false;
}

/**
 * The nearest country, or country of a person, before the trigger: right before it
 * (`Russlands Invasion`), or its subject (`Russland führt Krieg`), within the window.
 */
function actorBefore(view: SentenceView, before: number): string | undefined {
  let best: Mention | undefined;
  for (const m of view.mentions) {
    // only a country or a person with one can act: the cheap tests first
    if (m.end > before || !(m.type === 'country' || (m.type === 'person' && view.countryOf(m.key)))) continue;
    const distance = tokenDistance(view, m.end, before);
    if (distance > ACTOR_WINDOW || (distance > CLOSE_ACTOR && !hasConflictVerb(view, m.end, before))) continue;
    best = m;
  }
  if (!best) return undefined;
  return best.type === 'country' ? best.key : view.countryOf(best.key);
}

function hasConflictVerb(view: SentenceView, from: number, to: number): boolean {
  return view.doc.text.slice(from, to).toLowerCase().split(NON_LETTERS).some((w) => CONFLICT_VERBS.has(w));
}

/** Word tokens between two offsets of the sentence. */
function tokenDistance(view: SentenceView, from: number, to: number): number {
  return wordTokensBetween(view.doc.tokens, view.sentence.tokenStart, view.sentence.tokenEnd, from, to);
}
