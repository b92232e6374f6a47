/**
 * Read stage: one JSONL line → an input. Called where the document is extracted (in a pool
 * worker when there are workers), so the main thread only splits lines: a mapper over a big
 * corpus spends no main-thread time decoding or parsing JSON.
 */
import { utf8Text } from '../doc.js';
import type { Input } from '../index.js';

/** A JSONL line not parsed yet; `source` is `file:line` until the record names its `id`. */
export interface RecordInput {
  source: string;
  file: string;
  line: number;
  /** The line as text, or as its UTF-8 bytes (what the reader gives: decoded only here). */
  record: string | Uint8Array;
}

/** A record line → its input; `source` becomes the record's `id`, errors name the line. */
export function parseRecordInput(input: RecordInput): Exclude<Input, RecordInput> {
  return parseRecord(recordText(input.record), input.file, input.line);
}

function recordText(record: string | Uint8Array): string {
  return typeof record === 'string' ? record : utf8Text(record);
}

/** One JSONL record → an input; `source` is the record's `id` (or file:line when it has none). */
export function parseRecord(line: string, file: string, lineNo: number): Exclude<Input, RecordInput> {
  const where = `${file}:${lineNo}`;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { source: where, error: `line ${lineNo}: invalid JSON` };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { source: where, error: `line ${lineNo}: a record must be a JSON object with "id" and "text"` };
  }
  const { id, text } = record as { id?: unknown; text?: unknown };
  const source = typeof id === 'string' || typeof id === 'number' ? String(id) : where;
  if (typeof text !== 'string') return { source, error: `line ${lineNo}: record has no string "text"` };
  return { source, text: text.replace(/^\uFEFF/, '') };
}
