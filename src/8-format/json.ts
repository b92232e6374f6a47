/** `json`: one JSON array of document objects, in input order (spec/extraction.md). */
import type { Formatter } from './formatter.js';

export function jsonFormatter(): Formatter {
  return {
    begin: () => '[',
    document: (doc, index) => (index === 0 ? '\n' : ',\n') + JSON.stringify(doc),
    end: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}
