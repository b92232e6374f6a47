/**
 * parallel: how a document object crosses from a worker to the main thread. As JSON text:
 * one string is copied far faster than the structured clone of a deep object graph. The
 * fields the CLI reads for every document (`source`, `error`, `warnings`) travel beside it
 * as plain data; the rest is parsed only if something reads it (the table and the summary
 * do; `json` and `jsonl` write the text as it came, see `serialize` in doc.ts).
 */
import { SERIALIZED, type DocumentObject } from '../doc.js';

export interface WireDocument {
  json: string;
  source: string;
  error?: string;
  warnings?: string[];
}

export function toWire(doc: DocumentObject): WireDocument {
  const wire: WireDocument = { json: JSON.stringify(doc), source: doc.source };
  if (doc.error !== undefined) wire.error = doc.error;
  if (doc.warnings !== undefined) wire.warnings = doc.warnings;
  return wire;
}

const BODY_KEYS = ['language', 'entities', 'relations'] as const;

/**
 * A document object whose body is parsed on first read. Its keys come in the order of a
 * document made in this thread, so `JSON.stringify` of it gives the same text.
 */
export function fromWire(wire: WireDocument): DocumentObject {
  let parsed: DocumentObject | undefined;
  const body = (): DocumentObject => (parsed ??= JSON.parse(wire.json) as DocumentObject);
  const doc = { source: wire.source } as DocumentObject;
  for (const key of BODY_KEYS) {
    Object.defineProperty(doc, key, {
      enumerable: true,
      configurable: true,
      get: () => body()[key],
      set: (value: unknown) => {
        // a changed document no longer matches its JSON text
        delete (doc as { [SERIALIZED]?: string })[SERIALIZED];
        Object.defineProperty(doc, key, { value, enumerable: true, writable: true, configurable: true });
      },
    });
  }
  if (wire.error !== undefined) doc.error = wire.error;
  if (wire.warnings !== undefined) doc.warnings = wire.warnings;
  Object.defineProperty(doc, SERIALIZED, { value: wire.json, enumerable: false, configurable: true });
  return doc;
}
