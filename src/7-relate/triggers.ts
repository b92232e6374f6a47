/**
 * Trigger lexicons of the relation rules, per language: lower-cased words or word stems
 * (a trailing `*` matches any ending). Data, not code: extend these, not the rules.
 */
import type { AgreementStatus, Language } from '../doc.js';

export const MEET_TRIGGERS: Record<Language, readonly string[]> = {
  de: ['traf', 'trafen', 'treffen', 'getroffen', 'telefonierte*', 'telefoniert', 'gespräch', 'gespräche', 'gesprächen', 'verhandelte*', 'empfing', 'empfangen', 'besuchte*', 'zusammengekommen', 'zusammenkunft', 'unterredung'],
  en: ['met', 'meet', 'meets', 'meeting', 'talks', 'talked', 'phoned', 'visited', 'spoke', 'negotiated', 'hosted', 'encounter', 'received'],
};

export const MEMBER_TRIGGERS: Record<Language, readonly string[]> = {
  de: ['teil der', 'teil des', 'mitglied*', 'gehören', 'gehört', 'gehörte', 'gehörten', 'beigetreten', 'trat* bei', 'mitgliedstaat*', 'mitgliedsstaat*', 'mitgliedsland', 'mitgliedsländer*', 'angehör*'],
  en: ['member', 'members', 'membership', 'joined', 'belongs', 'belong', 'part of', 'member-state*', 'ally', 'allies'],
};

export const CONFLICT_TRIGGERS: Record<Language, readonly string[]> = {
  de: ['invasion', 'krieg*', 'angriff*', 'sanktion*', 'angegriffen', 'überfall*', 'konflikt*', 'einmarsch*', 'spannungen'],
  en: ['invasion', 'invaded', 'invade*', 'war', 'attack*', 'sanction*', 'conflict', 'hostilit*', 'strained'],
};

/** Status words, checked in this order; the first that occurs in the sentence wins. */
export const STATUS_TRIGGERS: Record<Language, ReadonlyArray<[AgreementStatus, readonly string[]]>> = {
  de: [
    ['withdrawn', ['ausgestiegen', 'aufgekündigt', 'kündigte*', 'austritt', 'zurückgezogen']],
    ['signed', ['unterzeichne*', 'unterschrieb*', 'unterschrieben', 'schlossen', 'abgeschlossen']],
    ['in_force', ['in kraft', 'ratifiz*', 'gilt', 'galt', 'bestehend*', 'hielt', 'verlänger*', 'umgesetzt', 'umsetz*']],
    ['negotiating', ['gespräche', 'verhandl*', 'verhandel*', 'beginnen', 'aufgenommen', 'aushandeln', 'ausgehandelt']],
    ['agreed', ['verabschiede*', 'einigten', 'geeinigt', 'vereinbart*', 'beschlossen', 'einigung']],
    ['proposed', ['vorgeschlagen', 'vorschlag', 'schlägt', 'schlug']],
  ],
  en: [
    ['withdrawn', ['withdrew', 'withdrawn', 'withdraw*', 'pulled out', 'quit']],
    ['signed', ['sign', 'signs', 'signed', 'signing']],
    ['in_force', ['in force', 'ratified', 'ratify', 'continue', 'continues', 'existing', 'took effect', 'takes effect', 'holds', 'extended', 'extend', 'renewed', 'implement*']],
    ['negotiating', ['talks', 'negotiat*']],
    ['agreed', ['agreed', 'agree', 'adopted', 'reached', 'struck', 'sealed', 'clinched', 'concluded', 'finalised', 'finalized']],
    ['proposed', ['proposed', 'propose*', 'offer*']],
  ],
};

/** Possession (`Japan hat ähnliche Abkommen mit …`, `Japan has a pact with …`): in force, when nothing stronger is said. */
export const WEAK_STATUS_TRIGGERS: Record<Language, ReadonlyArray<[AgreementStatus, readonly string[]]>> = {
  de: [['in_force', ['hat', 'haben', 'hatte', 'hatten']]],
  en: [['in_force', ['has', 'have', 'had']]],
};

/** Matches a lower-cased word (or two-word phrase at `words[i]`) against trigger patterns. */
export function triggerAt(words: readonly string[], i: number, patterns: readonly string[]): boolean {
  const w = words[i];
  if (w === undefined) return false;
  const c = compiled(patterns);
  if (c.exact.has(w)) return true;
  for (const prefix of c.prefixes) if (w.startsWith(prefix)) return true;
  for (const parts of c.phrases) {
    if (parts[0] !== w) continue;
    let k = 1;
    while (k < parts.length && words[i + k] === parts[k]) k++;
    if (k === parts.length) return true;
  }
  return false;
}

interface CompiledTriggers {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
  phrases: ReadonlyArray<readonly string[]>;
}

// Trigger lists are constants: each is compiled once, on first use, not per word.
const compiledLists = new WeakMap<readonly string[], CompiledTriggers>();

function compiled(patterns: readonly string[]): CompiledTriggers {
  let c = compiledLists.get(patterns);
  if (c === undefined) {
    c = {
      exact: new Set(patterns.filter((p) => !p.includes(' ') && !p.endsWith('*'))),
      prefixes: patterns.filter((p) => !p.includes(' ') && p.endsWith('*')).map((p) => p.slice(0, -1)),
      phrases: patterns.filter((p) => p.includes(' ')).map((p) => p.split(' ')),
    };
    compiledLists.set(patterns, c);
  }
  return c;
}
