/**
 * resolve.overlaps keeps the same spans as the plain quadratic scan it replaced (longest,
 * then highest priority, then earliest wins), for any set of spans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/doc.js';
import { filterSpans } from '../../src/6-resolve/overlaps.js';

function reference(mentions: readonly Mention[]): Mention[] {
  const ranked = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of ranked) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

const mention = fc.record({ start: fc.nat(200), length: fc.integer({ min: 1, max: 20 }), priority: fc.nat(5) }).map(
  ({ start, length, priority }): Mention => ({
    type: 'country', text: 'x', key: `k${start}`, kind: 'name', rule: 'test', priority, start, end: start + length,
  }),
);

describe('property: resolve.overlaps', () => {
  it('property: filterSpans keeps what the quadratic reference keeps', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 80 }), (mentions) => {
        expect(filterSpans(mentions)).toEqual(reference(mentions));
      }),
      { seed: 20261129, numRuns: 2000 },
    );
  });

  it('property: 200 000 mentions in one document are filtered without a quadratic scan (completes)', () => {
    const many: Mention[] = [];
    for (let i = 0; i < 100_000; i++) {
      many.push({ type: 'country', text: 'Kanada', key: 'country:CA', kind: 'name', rule: 't', priority: 1, start: i * 20, end: i * 20 + 6 });
      many.push({ type: 'country', text: 'Japan', key: 'country:JP', kind: 'name', rule: 't', priority: 1, start: i * 20 + 10, end: i * 20 + 15 });
    }
    expect(filterSpans(many)).toHaveLength(200_000);
  });
});
