/**
 * `jsonl`: one document object per line, each written as soon as it is done. A document from a
 * pool worker is written as the UTF-8 bytes it came as (see serializeForWriting in doc.ts).
 */
import { serializeForWriting } from '../doc.js';
import type { Formatter, OutputChunk } from './formatter.js';

const NEWLINE = new Uint8Array([0x0a]);

export function jsonlFormatter(): Formatter {
  return { document: (doc) => withNewline(serializeForWriting(doc)) };
}

function withNewline(json: string | Uint8Array): OutputChunk | OutputChunk[] {
  return typeof json === 'string' ? `${json}\n` : [json, NEWLINE];
}
