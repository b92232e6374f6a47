/**
 * User gazetteers (the plugin seam of compromise and spaCy's EntityRuler): extra names for any
 * entity type, as JSON Lines
 *   {"type":"organization","name":"Quad","aliases":["Quadrilateral Security Dialogue"],"lang":["de","en"]}
 * or as TSV with the same fields: type, name, aliases (|-separated), lang (comma-separated), code.
 * Parsing is pure (no I/O): the CLI reads the file and hands its text here. A bad line throws an
 * ExtractError whose message names the file and the line.
 */
import type { EntityType, Language } from '../doc.js';
import { ENTITY_TYPES } from '../doc.js';
import { ExtractError } from '../errors.js';
import { slug } from '../match/normalize.js';
import type { ExtraEntry } from './load.js';

interface RawEntry {
  type?: unknown;
  name?: unknown;
  aliases?: unknown;
  lang?: unknown;
  code?: unknown;
}

const TYPE_ALIASES: Record<string, EntityType> = { organisation: 'organization', people: 'person', countries: 'country' };

/** Parse one gazetteer file's text; `file` is used in error messages only. */
export function parseGazetteer(text: string, file: string): ExtraEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const jsonl = /\.jsonl?$/i.test(file) || (!/\.tsv$/i.test(file) && lines.find((l) => l.trim() !== '')?.trim().startsWith('{'));
  const entries: ExtraEntry[] = [];
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (line.trim() === '' || line.startsWith('#')) return;
    if (!jsonl && i === 0 && /^type\t/i.test(line)) return;
    const raw = jsonl ? parseJsonLine(line, where) : parseTsvLine(line);
    entries.push(toEntry(raw, where, file));
  });
  return entries;
}

function parseJsonLine(line: string, where: string): RawEntry {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw bad(where, `not valid JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad(where, 'expected a JSON object');
  return value as RawEntry;
}

function parseTsvLine(line: string): RawEntry {
  const [type, name, aliases, lang, code] = line.split('\t').map((f) => f.trim());
  return {
    type,
    name,
    aliases: aliases ? aliases.split('|').map((a) => a.trim()).filter(Boolean) : [],
    lang: lang ? lang.split(',').map((l) => l.trim()).filter(Boolean) : undefined,
    code: code || undefined,
  };
}

function toEntry(raw: RawEntry, where: string, file: string): ExtraEntry {
  const typeText = typeof raw.type === 'string' ? raw.type.trim().toLowerCase() : '';
  const type = (TYPE_ALIASES[typeText] ?? typeText) as EntityType;
  if (!ENTITY_TYPES.includes(type)) throw bad(where, `unknown type '${String(raw.type ?? '')}' (choose ${ENTITY_TYPES.join(', ')})`);
  if (typeof raw.name !== 'string' || raw.name.trim() === '') throw bad(where, "missing 'name'");
  const name = raw.name.trim();
  if (raw.aliases !== undefined && (!Array.isArray(raw.aliases) || raw.aliases.some((a) => typeof a !== 'string'))) {
    throw bad(where, "'aliases' must be a list of strings");
  }
  const aliases = ((raw.aliases as string[] | undefined) ?? []).map((a) => a.trim()).filter(Boolean);
  const lang = parseLang(raw.lang, where);
  if (raw.code !== undefined && typeof raw.code !== 'string') throw bad(where, "'code' must be a string");
  const code = (raw.code as string | undefined)?.trim() || undefined;
  if (type === 'country' && (code === undefined || !/^[A-Z]{2}$/.test(code))) {
    throw bad(where, "a country needs a 'code': its ISO 3166-1 alpha-2 code in capitals, such as 'CA'");
  }
  const id = type === 'country' ? code! : code && type === 'organization' ? code : slug(name);
  return { cat: type, id, forms: [...new Set([name, ...aliases, ...(code && type !== 'country' ? [code] : [])])], lang, source: file, name, code };
}

function parseLang(value: unknown, where: string): Language[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((l) => l !== 'de' && l !== 'en')) throw bad(where, "'lang' must be de, en or both");
  return list as Language[];
}

function bad(where: string, problem: string): ExtractError {
  return new ExtractError('E_GAZETTEER', `${where}: ${problem}`);
}

/** A stable cache key for a set of gazetteer entries (the loader builds one lexicon per key). */
export function gazetteerKey(files: readonly string[]): string {
  return files.join('\u0000');
}
