/** `jsonl`: one document object per line, each written as soon as it is done. */
import { serialize } from '../doc.js';
import type { Formatter } from './formatter.js';

export function jsonlFormatter(): Formatter {
  return { document: (doc) => `${serialize(doc)}\n` };
}
