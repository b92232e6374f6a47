/**
 * The formatter seam (ripgrep's printers, knip's reporters): every format turns the same
 * stream of document objects into text. Formatters return text and never write, so the
 * CLI owns stdout (backpressure, EPIPE) and tests can call them directly. A document's text
 * may come as chunks, some of them UTF-8 bytes: json and jsonl hand on the JSON bytes a pool
 * worker made as they are, so the main thread never turns them into a string and back.
 */
import type { ChalkInstance } from 'chalk';
import type { DocumentObject } from '../doc.js';

export interface FormatContext {
  /** A chalk instance whose level already says whether to colour (decided once by the CLI); none: no colour. */
  chalk?: ChalkInstance;
  /** Terminal width for tables, if known. */
  columns?: number;
}

/** Output text: a string, or UTF-8 bytes. */
export type OutputChunk = string | Uint8Array;

export interface Formatter {
  /** Written before the first document (`[` for json). */
  begin?(): string;
  /** Written for each document, as soon as it is done; `index` counts from 0. Chunks are written in order. */
  document(doc: DocumentObject, index: number): OutputChunk | readonly OutputChunk[];
  /** Written after the last document (`]` for json). */
  end?(count: number): string;
}

export type FormatterFactory = (ctx: FormatContext) => Formatter;
