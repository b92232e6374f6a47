/**
 * `json`: one JSON array of document objects, in input order (spec/extraction.md). A document
 * from a pool worker is written as the UTF-8 bytes it came as (see serializeForWriting in doc.ts).
 */
import { serializeForWriting } from '../doc.js';
import type { Formatter, OutputChunk } from './formatter.js';

const SEPARATOR = { first: '\n', next: ',\n' };
/** The separators as bytes, to go with a document's bytes (no string to encode per document). */
const SEPARATOR_BYTES = { first: Buffer.from(SEPARATOR.first), next: Buffer.from(SEPARATOR.next) };

export function jsonFormatter(): Formatter {
  return {
    begin: () => '[',
    document: (doc, index) => element(index === 0 ? 'first' : 'next', serializeForWriting(doc)),
    end: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}

function element(place: 'first' | 'next', json: string | Uint8Array): OutputChunk | OutputChunk[] {
  return typeof json === 'string' ? SEPARATOR[place] + json : [SEPARATOR_BYTES[place], json];
}
