/**
 * `json`: one JSON array of document objects, in input order (spec/extraction.md). A document
 * from a pool worker is written as the UTF-8 bytes it came as (see serializeForWriting in doc.ts).
 */
import { serializeForWriting } from '../doc.js';
import type { Formatter, OutputChunk } from './formatter.js';

export function jsonFormatter(): Formatter {
  return {
    begin: () => '[',
    document: (doc, index) => element(index === 0 ? '\n' : ',\n', serializeForWriting(doc)),
    end: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}

function element(separator: string, json: string | Uint8Array): OutputChunk | OutputChunk[] {
  return typeof json === 'string' ? separator + json : [separator, json];
}
