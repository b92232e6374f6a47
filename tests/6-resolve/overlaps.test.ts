/** Overlap policy: longer wins, except a country or organisation inside an agreement name survives. */
import { describe, expect, it } from 'vitest';
import type { Doc, Mention } from '../../src/doc.js';
import { resolveOverlaps } from '../../src/6-resolve/overlaps.js';

function m(type: Mention['type'], start: number, end: number): Mention {
  return { type, text: '', start, end, key: `${type}:${start}`, kind: 'name', rule: 'test', priority: 5 };
}

function kept(mentions: Mention[]): string[] {
  const doc = { mentions } as unknown as Doc;
  resolveOverlaps(doc);
  return doc.mentions.map((x) => `${x.type}@${x.start}-${x.end}`);
}

describe('resolve.overlaps', () => {
  it.each<[string, Mention[], string[]]>([
    ['country inside an agreement survives', [m('agreement', 0, 40), m('country', 20, 26)], ['agreement@0-40', 'country@20-26']],
    ['organisation inside an agreement survives', [m('agreement', 0, 40), m('organization', 5, 9)], ['agreement@0-40', 'organization@5-9']],
    ['person inside an agreement is dropped', [m('agreement', 0, 40), m('person', 20, 26)], ['agreement@0-40']],
    ['country inside a person is dropped', [m('person', 0, 20), m('country', 8, 14)], ['person@0-20']],
    ['country crossing an agreement end is dropped', [m('agreement', 0, 22), m('country', 20, 26)], ['agreement@0-22']],
  ])('resolve.overlaps: %s', (_name, mentions, expected) => {
    expect(kept(mentions)).toEqual(expected);
  });
});
