/** The formats by name: the CLI's `--format` looks them up here. */
import type { FormatterFactory } from './formatter.js';
import { jsonFormatter } from './json.js';
import { jsonlFormatter } from './jsonl.js';
import { tableFormatter } from './table.js';

export type { Formatter, FormatContext, FormatterFactory } from './formatter.js';

export const FORMATTERS: Record<string, FormatterFactory> = {
  table: tableFormatter,
  json: jsonFormatter,
  jsonl: jsonlFormatter,
};
