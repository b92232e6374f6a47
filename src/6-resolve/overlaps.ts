/**
 * Overlap policy (ANNIE's appelt, spaCy's filter_spans): when mentions overlap, the longer
 * one wins, then the higher priority, then the earlier. Assigns: doc.mentions (filtered, in text order).
 */
import type { Doc, Mention } from '../doc.js';

export function resolveOverlaps(doc: Doc): void {
  doc.mentions = filterSpans(doc.mentions);
}

export function filterSpans(mentions: readonly Mention[]): Mention[] {
  const ranked = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Mention[] = [];
  // one flag per character already taken: the check costs the mention's length, not a scan of all kept spans
  const taken = new Uint8Array(mentions.reduce((max, m) => Math.max(max, m.end), 0));
  for (const m of ranked) {
    if (isTaken(taken, m.start, m.end)) continue;
    kept.push(m);
    taken.fill(1, m.start, m.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}
