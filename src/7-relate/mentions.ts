/** Helpers the relation rules share. */
import type { Mention } from '../doc.js';

/** The distinct entity keys of some mentions, in order of first appearance. */
export function uniqueKeys(mentions: readonly Mention[]): string[] {
  return [...new Set(mentions.map((m) => m.key))];
}

