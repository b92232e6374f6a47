/**
 * The formats by name: the CLI's `--format` looks them up here. Each is imported only when a
 * run asks for it: the table pulls in cli-table3 and chalk, which a `jsonl` run never needs.
 */
import type { FormatterFactory } from './formatter.js';

export type { Formatter, FormatContext, FormatterFactory } from './formatter.js';

export const FORMATTERS: Record<string, () => Promise<FormatterFactory>> = {
  table: async () => (await import('./table.js')).tableFormatter,
  json: async () => (await import('./json.js')).jsonFormatter,
  jsonl: async () => (await import('./jsonl.js')).jsonlFormatter,
  dot: async () => (await import('./dot.js')).dotFormatter,
  mermaid: async () => (await import('./mermaid.js')).mermaidFormatter,
};

/** The formatter factory for a format name (one of `FORMATTERS`). */
export async function loadFormatter(name: string): Promise<FormatterFactory> {
  const load = FORMATTERS[name];
  if (!load) throw new Error(`unknown format: ${name}`);
  return load();
}
