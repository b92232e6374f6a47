/** `json`: one JSON array of document objects, in input order (spec/extraction.md). */
import { serialize } from '../doc.js';
import type { Formatter } from './formatter.js';

export function jsonFormatter(): Formatter {
  return {
    begin: () => '[',
    document: (doc, index) => (index === 0 ? '\n' : ',\n') + serialize(doc),
    end: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}
