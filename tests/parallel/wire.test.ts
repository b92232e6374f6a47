/**
 * parallel: a document object crosses threads as JSON text and reads as the same object;
 * json/jsonl write that text as it came.
 */
import { describe, expect, it } from 'vitest';
import { errorDocument, serialize, type DocumentObject } from '../../src/doc.js';
import { extract } from '../../src/index.js';
import { fromWire, toWire } from '../../src/parallel/wire.js';
import { jsonlFormatter } from '../../src/8-format/jsonl.js';

const made: DocumentObject[] = [
  extract('Bundeskanzler Olaf Scholz traf Emmanuel Macron in Paris.', { language: 'de', source: 'a.txt' }),
  { ...extract('NATO and Canada.', { language: 'en', source: 'b' }), warnings: ['decoded as windows-1252'] },
  errorDocument('c.txt', 'file too large'),
];

describe('parallel: wire', () => {
  it.each(made.map((d) => [d.source, d]))('parallel: %s reads back equal, key order and all', (_source, doc) => {
    const back = fromWire(toWire(doc));
    expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
    expect(back).toEqual(doc);
    expect([back.source, back.error, back.warnings]).toEqual([doc.source, doc.error, doc.warnings]);
  });

  it('parallel: the formatter writes the text that came, without a second stringify', () => {
    const wire = toWire(made[0]!);
    wire.json = wire.json.replace('"source":"a.txt"', '"source":"as-sent"');
    expect(jsonlFormatter().document(fromWire(wire), 0)).toBe(`${wire.json}\n`);
  });

  it('parallel: a changed document is written as changed, not as the text it came as', () => {
    const back = fromWire(toWire(made[0]!));
    back.entities = [];
    expect(JSON.parse(serialize(back))).toMatchObject({ source: 'a.txt', entities: [] });
  });
});
