/**
 * The formatter seam (ripgrep's printers, knip's reporters): every format turns the same
 * stream of document objects into text. Formatters return strings and never write, so the
 * CLI owns stdout (backpressure, EPIPE) and tests can call them directly.
 */
import type { ChalkInstance } from 'chalk';
import type { DocumentObject } from '../doc.js';

export interface FormatContext {
  /** A chalk instance whose level already says whether to colour (decided once by the CLI); none: no colour. */
  chalk?: ChalkInstance;
  /** Terminal width for tables, if known. */
  columns?: number;
}

export interface Formatter {
  /** Written before the first document (`[` for json). */
  begin?(): string;
  /** Written for each document, as soon as it is done; `index` counts from 0. */
  document(doc: DocumentObject, index: number): string;
  /** Written after the last document (`]` for json). */
  end?(count: number): string;
}

export type FormatterFactory = (ctx: FormatContext) => Formatter;
