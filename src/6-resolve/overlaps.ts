/**
 * Overlap policy (ANNIE's appelt, spaCy's filter_spans): when mentions overlap, the longer
 * one wins, then the higher priority, then the earlier. One nesting is allowed: a country or
 * organisation inside an agreement name survives (`Abkommen zwischen Kanada und Japan`).
 * Assigns: doc.mentions (filtered, in text order).
 */
import type { Doc, Mention } from '../doc.js';

export function resolveOverlaps(doc: Doc): void {
  // most documents' mentions do not overlap at all: then all are kept, in text order (one sort)
  const inTextOrder = doc.mentions.slice().sort(byStart);
  if (!anyOverlap(inTextOrder)) {
    doc.mentions = inTextOrder;
    return;
  }
  const kept = filterSpans(doc.mentions);
  const agreements: Mention[] = [];
  for (const m of kept) if (m.type === 'agreement') agreements.push(m);
  if (agreements.length === 0) {
    doc.mentions = kept;
    return;
  }
  const keptSet = new Set(kept);
  const nested = doc.mentions.filter(
    (m) => !keptSet.has(m) && (m.type === 'country' || m.type === 'organization') && insideAny(agreements, m),
  );
  doc.mentions = [...kept, ...filterSpans(nested)].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Whether two of the mentions (sorted by start) overlap. Two with one start count as overlapping
 * even when one is empty: their order is then the ranking's, which filterSpans decides.
 */
function anyOverlap(sorted: readonly Mention[]): boolean {
  let end = 0;
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    if (k > 0 && (m.start < end || m.start === sorted[k - 1].start)) return true;
    if (m.end > end) end = m.end;
  }
  return false;
}

/** true when `m` lies inside one of the sorted, disjoint `spans`. */
function insideAny(spans: readonly Mention[], m: Mention): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= m.start) lo = mid + 1;
    else if (spans[mid].start > m.start) hi = mid - 1;
    else return m.end <= spans[mid].end;
  }
  return false;
}

export function filterSpans(mentions: readonly Mention[]): Mention[] {
  const ranked = mentions.slice().sort(byRank);
  const kept: Mention[] = [];
  const taken = takenFlags(furthestEnd(mentions));
  for (const m of ranked) {
    if (isTaken(taken, m.start, m.end)) continue;
    kept.push(m);
    taken.fill(1, m.start, m.end);
  }
  // leave the shared flags clear for the next call
  for (const m of kept) taken.fill(0, m.start, m.end);
  return kept.sort(byStart);
}

/**
 * One flag per character already taken: the check costs the mention's length, not a scan of
 * all kept spans. One buffer serves every call (all clear between calls): a typed array per
 * document costs more to allocate than the whole filter.
 */
let sharedTaken = new Uint8Array(1 << 16);

function takenFlags(length: number): Uint8Array {
  if (sharedTaken.length < length) sharedTaken = new Uint8Array(Math.max(length, 2 * sharedTaken.length));
  return sharedTaken;
}

/** Longest first, then highest priority, then earliest. */
function byRank(a: Mention, b: Mention): number {
  return b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start;
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start;
}

function furthestEnd(mentions: readonly Mention[]): number {
  let end = 0;
  for (const m of mentions) if (m.end > end) end = m.end;
  return end;
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}
