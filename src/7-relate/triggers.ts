/**
 * Trigger lexicons of the relation rules, per language: lower-cased words or word stems
 * (a trailing `*` matches any ending). Data, not code: extend these, not the rules.
 */
import type { AgreementStatus, Language, Token } from '../doc.js';

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
  return triggers(patterns).at(words, i);
}

const FIRST_TABLE = 0x250;

/** A compiled trigger list: exact words, stems (`krieg*`) and phrases (`teil der`). */
export class Triggers {
  private readonly exact: ReadonlySet<string>;
  private readonly prefixes: readonly string[];
  /** the stems by their first code unit (a word is tried only against those it could start with); `*` alone in `anyPrefix` */
  private readonly prefixesByFirst = new Map<number, string[]>();
  private readonly anyPrefix: boolean;
  /** phrases by their first word */
  private readonly phrases: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  /** 1 for each first character (code below FIRST_TABLE) a pattern starts with; used when `filtered` */
  private readonly firsts = new Uint8Array(FIRST_TABLE);
  private readonly filtered: boolean;
  /**
   * One bit per pair of first two characters (codes below 256) a pattern starts with; set when
   * every pattern's first word has two such characters. Sharper than the first letter alone.
   */
  private readonly pairs: Uint8Array | undefined;

  constructor(patterns: readonly string[]) {
    this.exact = new Set(patterns.filter((p) => !p.includes(' ') && !p.endsWith('*')));
    this.prefixes = patterns.filter((p) => !p.includes(' ') && p.endsWith('*')).map((p) => p.slice(0, -1));
    for (const prefix of this.prefixes) {
      if (prefix === '') continue;
      const list = this.prefixesByFirst.get(prefix.charCodeAt(0));
      if (list) list.push(prefix);
      else this.prefixesByFirst.set(prefix.charCodeAt(0), [prefix]);
    }
    this.anyPrefix = this.prefixes.includes('');
    const phrases = new Map<string, Array<readonly string[]>>();
    for (const p of patterns) {
      if (!p.includes(' ')) continue;
      const parts = p.split(' ');
      const list = phrases.get(parts[0]) ?? [];
      list.push(parts);
      phrases.set(parts[0], list);
    }
    this.phrases = phrases;
    // most words start with a letter no pattern starts with: one array read rules them out
    const firsts = [...this.exact, ...this.prefixes, ...phrases.keys()].map((p) => p.charCodeAt(0));
    this.filtered = !firsts.some((c) => Number.isNaN(c) || c >= FIRST_TABLE);
    for (const c of firsts) if (this.filtered) this.firsts[c] = 1;
    const starts = [...this.exact, ...this.prefixes, ...phrases.keys()];
    if (starts.every((p) => p.length >= 2 && p.charCodeAt(0) < 256 && p.charCodeAt(1) < 256)) {
      this.pairs = new Uint8Array(8192);
      for (const p of starts) {
        const pair = (p.charCodeAt(0) << 8) | p.charCodeAt(1);
        this.pairs[pair >> 3] |= 1 << (pair & 7);
      }
    }
  }

  /** true when a pattern matches at `words[i]`. */
  at(words: readonly string[], i: number): boolean {
    const w = words[i];
    if (w === undefined || this.ruledOut(w)) return false;
    if (this.matchesWord(w)) return true;
    const phrases = this.phrases.get(w);
    if (phrases === undefined) return false;
    for (const parts of phrases) {
      let k = 1;
      while (k < parts.length && words[i + k] === parts[k]) k++;
      if (k === parts.length) return true;
    }
    return false;
  }

  /** true when a pattern matches anywhere in the words. */
  any(words: readonly string[]): boolean {
    for (let i = 0; i < words.length; i++) if (this.at(words, i)) return true;
    return false;
  }

  /**
   * `at` over the lower-cased tokens `tokens[i]`, … of a range ending at `end` (a sentence):
   * the rules scan their sentence's tokens without copying its words into an array first.
   */
  atToken(tokens: readonly Token[], i: number, end: number): boolean {
    if (i >= end) return false;
    const w = tokens[i].lower;
    if (this.ruledOut(w)) return false;
    if (this.matchesWord(w)) return true;
    const phrases = this.phrases.get(w);
    if (phrases === undefined) return false;
    for (const parts of phrases) {
      let k = 1;
      while (k < parts.length && i + k < end && tokens[i + k].lower === parts[k]) k++;
      if (k === parts.length) return true;
    }
    return false;
  }

  /** true when a pattern matches at some token of `tokens[from..to)`. */
  anyToken(tokens: readonly Token[], from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.atToken(tokens, i, to)) return true;
    return false;
  }

  /** true when the word's first characters start no pattern (most words: one table read). */
  private ruledOut(w: string): boolean {
    const { pairs } = this;
    if (pairs !== undefined) {
      // every pattern is two characters or longer
      if (w.length < 2) return true;
      const c0 = w.charCodeAt(0);
      const c1 = w.charCodeAt(1);
      if (c0 < 256 && c1 < 256) {
        const pair = (c0 << 8) | c1;
        if ((pairs[pair >> 3] & (1 << (pair & 7))) === 0) return true;
      }
    } else if (this.filtered) {
      const c = w.charCodeAt(0);
      if (c < FIRST_TABLE && this.firsts[c] === 0) return true;
    }
    return false;
  }

  /** true when the word is one of the exact words or starts with one of the stems. */
  private matchesWord(w: string): boolean {
    if (this.exact.has(w)) return true;
    if (this.anyPrefix) return true;
    const prefixes = this.prefixesByFirst.get(w.charCodeAt(0));
    if (prefixes !== undefined) for (const prefix of prefixes) if (w.startsWith(prefix)) return true;
    return false;
  }
}

/**
 * An ordered list of trigger families (the status words): which family comes first in the list
 * among those that occur in a range of tokens. One scan with the union of all families finds the
 * tokens where some family matches; only there are the families tried one by one.
 */
export class TriggerFamilies<T> {
  private readonly union: Triggers;
  private readonly families: ReadonlyArray<readonly [T, Triggers]>;

  constructor(families: ReadonlyArray<readonly [T, readonly string[]]>) {
    this.union = new Triggers(families.flatMap(([, patterns]) => patterns));
    this.families = families.map(([value, patterns]) => [value, triggers(patterns)] as const);
  }

  /** The value of the first family in list order that matches some token of `tokens[from..to)`. */
  first(tokens: readonly Token[], from: number, to: number): T | undefined {
    let best = this.families.length;
    for (let i = from; i < to && best > 0; i++) {
      if (!this.union.atToken(tokens, i, to)) continue;
      for (let f = 0; f < best; f++) {
        if (this.families[f][1].atToken(tokens, i, to)) {
          best = f;
          break;
        }
      }
    }
    return best < this.families.length ? this.families[best][0] : undefined;
  }
}

// Trigger lists are constants: each is compiled once, on first use, not per word.
const compiledLists = new WeakMap<readonly string[], Triggers>();

/** Each language's trigger list compiled, once, when a rule's module loads (no lookup per sentence). */
export function triggersByLanguage(lists: Readonly<Record<Language, readonly string[]>>): Readonly<Record<Language, Triggers>> {
  return { de: triggers(lists.de), en: triggers(lists.en) };
}

/** The compiled form of a trigger list (hoist it out of per-word loops). */
export function triggers(patterns: readonly string[]): Triggers {
  let c = compiledLists.get(patterns);
  if (c === undefined) {
    c = new Triggers(patterns);
    compiledLists.set(patterns, c);
  }
  return c;
}
