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
  // the kept spans never overlap, so sorted by start they are sorted by end too: binary search, not a scan
  const taken: Array<[number, number]> = [];
  for (const m of ranked) {
    const i = firstEndingAfter(taken, m.start);
    if (i < taken.length && taken[i][0] < m.end) continue;
    kept.push(m);
    taken.splice(i, 0, [m.start, m.end]);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Index of the first span in `spans` (disjoint, sorted) whose end lies after `start`. */
function firstEndingAfter(spans: ReadonlyArray<readonly [number, number]>, start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
