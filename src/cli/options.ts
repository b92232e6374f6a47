/**
 * CLI flags → library options (ripgrep's LowArgs → HiArgs): validation of every value in
 * one place, so a bad value is a usage error before any input is read.
 */
import { ENTITY_TYPES, type EntityType, type Language } from '../doc.js';
import { ExtractError } from '../errors.js';
import type { InputFormat } from '../1-read/sources.js';

export const FORMAT_NAMES = ['table', 'json', 'jsonl', 'dot', 'mermaid'] as const;

export interface CliFlags {
  format: string;
  lang: string;
  types?: string;
  input: string;
  jobs?: string;
  color: boolean;
  quiet?: boolean;
  explain?: boolean;
  gazetteer?: string[];
  maxFilesize?: string;
  summary?: boolean;
}

export interface RunOptions {
  format: string;
  language: Language | 'auto';
  types: EntityType[];
  input: InputFormat;
  jobs: number | undefined;
  quiet: boolean;
  explain: boolean;
  color: boolean;
  gazetteers: string[];
  /** Inputs larger than this many bytes are refused (undefined: the reader's default). */
  maxFileSize: number | undefined;
  /** Print an overview of the whole run (see src/8-format/summary.ts). */
  summary: boolean;
}

export function toRunOptions(flags: CliFlags, formats: readonly string[] = FORMAT_NAMES): RunOptions {
  if (!formats.includes(flags.format)) usage(`unknown format '${flags.format}' (choose ${formats.join(', ')})`);
  if (!['auto', 'de', 'en'].includes(flags.lang)) usage(`unknown language '${flags.lang}' (choose auto, de, en)`);
  if (!['text', 'jsonl'].includes(flags.input)) usage(`unknown input format '${flags.input}' (choose text, jsonl)`);
  return {
    format: flags.format,
    language: flags.lang as Language | 'auto',
    types: parseTypes(flags.types),
    input: flags.input as InputFormat,
    jobs: parseJobs(flags.jobs),
    quiet: flags.quiet === true,
    explain: flags.explain === true,
    color: flags.color !== false,
    gazetteers: flags.gazetteer ?? [],
    maxFileSize: parseSize(flags.maxFilesize),
    summary: flags.summary === true,
  };
}

function parseTypes(value: string | undefined): EntityType[] {
  if (value === undefined) return [...ENTITY_TYPES];
  const types = value.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  const aliases: Record<string, EntityType> = { organisation: 'organization', people: 'person', countries: 'country' };
  return types.map((t) => {
    const type = (aliases[t] ?? t.replace(/s$/, '')) as EntityType;
    if (!ENTITY_TYPES.includes(type)) usage(`unknown entity type '${t}' (choose ${ENTITY_TYPES.join(', ')})`);
    return type;
  });
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) usage(`--jobs needs a positive whole number, not '${value}'`);
  return n;
}

/** `500K`, `10M`, `1G` or a plain number of bytes (ripgrep's --max-filesize). */
export function parseSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)([KMG]?)$/i.exec(value.trim());
  if (!m) usage(`--max-filesize needs a size such as 500K, 10M or 1G, not '${value}'`);
  const unit = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2].toUpperCase() as '' | 'K' | 'M' | 'G'];
  return Number(m[1]) * unit;
}

function usage(message: string): never {
  throw new ExtractError('E_USAGE', message);
}
