/** The formats by name: the CLI's `--format` looks them up here. */
import { dotFormatter } from './dot.js';
import type { FormatterFactory } from './formatter.js';
import { jsonFormatter } from './json.js';
import { jsonlFormatter } from './jsonl.js';
import { mermaidFormatter } from './mermaid.js';
import { tableFormatter } from './table.js';

export type { Formatter, FormatContext, FormatterFactory } from './formatter.js';

export const FORMATTERS: Record<string, FormatterFactory> = {
  table: tableFormatter,
  json: jsonFormatter,
  jsonl: jsonlFormatter,
  dot: dotFormatter,
  mermaid: mermaidFormatter,
};
