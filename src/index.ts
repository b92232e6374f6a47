/**
 * The library: `extract(text)` for one document, `extractAll(inputs)` for a stream of them.
 * The CLI calls nothing else.
 *
 * @example
 *   import { extract } from 'extract';
 *   const doc = extract('Kanada und Japan verhandeln.', { language: 'de' });
 *   doc.entities.map((e) => e.id); // ['country:CA', 'country:JP']
 */
import { parseRecordInput, type RecordInput } from './1-read/records.js';
import { decode } from './2-decode/decode.js';
import { errorDocument, toDocumentObject, type DocumentObject } from './doc.js';
import { describeError } from './errors.js';
import { runPipeline, type ExtractOptions } from './pipeline.js';

export type { DocumentObject, Entity, Relation, EntityMention, Evidence, EntityType, RelationType, Language } from './doc.js';
export type { ExtractOptions } from './pipeline.js';
export { ExtractError } from './errors.js';
export { runPipeline, STAGES } from './pipeline.js';

/** One input of a batch: text, raw bytes to decode, a JSONL record line, or an error found while reading it. */
export type Input =
  | { source: string; text: string }
  | { source: string; bytes: Uint8Array }
  | RecordInput
  | { source: string; error: string };

export interface ExtractAllOptions extends ExtractOptions {
  /** Include the rule that made each mention and relation (`--explain`). */
  explain?: boolean;
}

/** Extract entities and relations from one text. */
export function extract(text: string, options: ExtractAllOptions & { source?: string } = {}): DocumentObject {
  return toDocumentObject(runPipeline(text, options.source ?? '-', options), options.explain);
}

/** Process one input of a batch; never throws: failures become an object with `error`. */
export function extractInput(input: Input, options: ExtractAllOptions = {}): DocumentObject {
  if ('record' in input) input = parseRecordInput(input);
  if ('error' in input) return errorDocument(input.source, input.error);
  try {
    let text: string;
    let warning: string | undefined;
    if ('bytes' in input) {
      const decoded = decode(input.bytes);
      text = decoded.text;
      warning = decoded.warning;
    } else text = input.text;
    const doc = extract(text, { ...options, source: input.source });
    if (warning) (doc.warnings ??= []).push(warning);
    return doc;
  } catch (err) {
    return errorDocument(input.source, describeError(err));
  }
}

/**
 * Stream many inputs through the pipeline, one document at a time, in input order.
 * Nothing is buffered beyond the document in hand.
 */
export async function* extractAll(
  inputs: AsyncIterable<Input> | Iterable<Input>,
  options: ExtractAllOptions = {},
): AsyncGenerator<DocumentObject> {
  for await (const input of inputs) yield extractInput(input, options);
}
