/**
 * parallel: inputs and document objects cross threads as bytes in one buffer per batch and
 * read back as the same inputs and objects; json/jsonl write a document's bytes as they came.
 */
import { describe, expect, it } from 'vitest';
import { errorDocument, serialize, serializeForWriting, type DocumentObject } from '../../src/doc.js';
import { extract, type Input } from '../../src/index.js';
import { BufferStock, packInputs, packResults, unpackInputs, unpackResults, type ResultBatch, type SendableInput } from '../../src/parallel/wire.js';
import { jsonlFormatter } from '../../src/8-format/jsonl.js';
import { jsonFormatter } from '../../src/8-format/json.js';
import type { OutputChunk } from '../../src/8-format/formatter.js';

const made: DocumentObject[] = [
  extract('Bundeskanzler Olaf Scholz traf Emmanuel Macron in Paris.', { language: 'de', source: 'a.txt' }),
  { ...extract('NATO and Canada.', { language: 'en', source: 'b' }), warnings: ['decoded as windows-1252'] },
  errorDocument('c.txt', 'file too large'),
  extract('Österreich und die Türkei verhandeln über Zölle.', { language: 'de', source: 'ü–🇩🇪' }),
];

/** A batch as the other thread receives it: cloned, with its buffer moved (as postMessage does). */
function sent<T extends { bytes?: Uint8Array; json?: Uint8Array }>(batch: T): T {
  const moved = (batch.bytes ?? batch.json)!.buffer as ArrayBuffer;
  return structuredClone(batch, { transfer: [moved] });
}

/** Chunks as the text the Output writes. */
function text(chunks: OutputChunk | readonly OutputChunk[]): string {
  const list = typeof chunks === 'string' || chunks instanceof Uint8Array ? [chunks] : chunks;
  return list.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('');
}

describe('parallel: wire, results', () => {
  it.each(made.map((d) => [d.source, d]))('parallel: %s reads back equal, key order and all', (_source, doc) => {
    const [back] = unpackResults(sent(packResults([doc])));
    expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
    expect(back).toEqual(doc);
    expect([back!.source, back!.error, back!.warnings]).toEqual([doc.source, doc.error, doc.warnings]);
  });

  it('parallel: a batch of documents with multi-byte characters at their edges reads back whole, in order', () => {
    const docs = [...made, errorDocument('🙂', 'ä'), errorDocument('', '€')];
    const back = unpackResults(sent(packResults(docs)));
    expect(back.map(serialize)).toEqual(docs.map((d) => JSON.stringify(d)));
    expect(back.map((d) => d.source)).toEqual(docs.map((d) => d.source));
  });

  it('parallel: the formatter writes the bytes that came, without a second stringify or a copy', () => {
    const json = JSON.stringify(made[0]).replace('"source":"a.txt"', '"source":"as-sent"');
    const batch: ResultBatch = { heads: [{ source: 'a.txt' }], json: Buffer.from(json), ends: [Buffer.byteLength(json)] };
    const [doc] = unpackResults(batch);
    const chunks = jsonlFormatter().document(doc!, 0);
    expect(text(chunks)).toBe(`${json}\n`);
    expect((serializeForWriting(doc!) as Uint8Array).buffer).toBe(batch.json.buffer);
    expect(text(jsonFormatter().document(doc!, 1))).toBe(`,\n${json}`);
  });

  it('parallel: a changed document is written as changed, not as the text it came as', () => {
    const [back] = unpackResults(packResults([made[0]!]));
    back!.entities = [];
    expect(JSON.parse(serialize(back!))).toMatchObject({ source: 'a.txt', entities: [] });
    expect(typeof serializeForWriting(back!)).toBe('string');
  });
});

describe('parallel: wire, inputs', () => {
  const bad = Buffer.from([0xff, 0xc3]);
  const inputs: SendableInput[] = [
    { source: 'f1', bytes: Buffer.from('ä at the start, at the end: 🙂') },
    { source: 'r:1', file: 'r', line: 1, record: Buffer.from('🇩🇪{"id":"x","text":"€"}ß') },
    { source: 't', text: 'plain text stays text' },
    { source: 'r:3', file: 'r', line: 3, record: bad },
    { source: 'empty', bytes: new Uint8Array(0) },
    { source: 'r:4', file: 'r', line: 4, record: '{"id":"s","text":"a string record"}' },
  ];

  it('parallel: inputs read back with the same bytes, kinds and names, from one buffer', () => {
    const back = unpackInputs(sent(packInputs(inputs)));
    expect(back.map(factsOf)).toEqual(inputs.map(factsOf));
    const total = inputs.reduce((n, i) => n + ('bytes' in i ? i.bytes.length : 'record' in i && typeof i.record !== 'string' ? i.record.length : 0), 0);
    expect(packInputs(inputs).bytes.byteLength).toBe(total);
  });

  it('parallel: the sent bytes are a copy: the pool keeps its inputs whole to run a batch again', () => {
    const batch = packInputs(inputs);
    sent(batch);
    expect(batch.bytes.byteLength).toBe(0); // moved away
    expect(unpackInputs(sent(packInputs(inputs))).map(factsOf)).toEqual(inputs.map(factsOf));
  });
});

/** An input as comparable facts: its kind, name, line and bytes (as hex, so bad bytes compare too). */
function factsOf(input: Input): unknown[] {
  if ('bytes' in input) return ['bytes', input.source, Buffer.from(input.bytes).toString('hex')];
  if ('record' in input) {
    const record = typeof input.record === 'string' ? input.record : Buffer.from(input.record).toString('hex');
    return ['record', input.source, input.file, input.line, typeof input.record, record];
  }
  if ('text' in input) return ['text', input.source, input.text];
  return ['error', input.source];
}

describe('parallel: wire, BufferStock', () => {
  it('parallel: a buffer given back is taken again for a batch that fits it', () => {
    const stock = new BufferStock(2, 1024);
    const first = stock.take(100);
    expect(first.buffer.byteLength).toBe(1024);
    stock.give(first.buffer as ArrayBuffer);
    const again = stock.take(1000);
    expect(again.buffer).toBe(first.buffer);
    expect(again.byteLength).toBe(1000);
  });

  it('parallel: a batch larger than every kept buffer gets a new one of its own size', () => {
    const stock = new BufferStock(2, 1024);
    stock.give(new ArrayBuffer(1024));
    const big = stock.take(3000);
    expect([big.byteLength, big.buffer.byteLength, stock.kept]).toEqual([3000, 3000, 1]);
  });

  it('parallel: the stock keeps at most its number of buffers, and none far larger than a batch', () => {
    const stock = new BufferStock(2, 1024);
    for (let i = 0; i < 5; i++) stock.give(new ArrayBuffer(1024));
    expect(stock.kept).toBe(2);
    const roomy = new BufferStock(2, 1024);
    roomy.give(new ArrayBuffer(100 * 1024 * 1024));
    roomy.give(new ArrayBuffer(0));
    expect(roomy.kept).toBe(0);
  });
});
