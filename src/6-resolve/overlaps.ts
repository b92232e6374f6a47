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
  const taken: Array<[number, number]> = [];
  for (const m of ranked) {
    if (taken.some(([s, e]) => m.start < e && s < m.end)) continue;
    kept.push(m);
    taken.push([m.start, m.end]);
  }
  return kept.sort((a, b) => a.start - b.start);
}
