/**
 * Lexicon generator, run by `npm run build`: turns data packages (i18n-iso-countries,
 * compromise's name lexicon) and our hand-kept TSV gaps (src/lexicon/sources/) into the
 * compact JSON tables under dist/lexicon/ that the loader reads at run time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountriesFile, CountryInfo, FormRow, NamesFile, OrganizationsFile, RolesFile } from './types.js';
import { parseTsv } from './tsv.js';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const sources = join(root, 'src', 'lexicon', 'sources');
const out = here;

type Names = Record<string, string | string[]>;

function namesOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function readSource(name: string): string {
  return readFileSync(join(sources, name), 'utf8');
}

/** An acronym (all capitals, or with periods) only matches when written exactly so. */
function isCaseSensitive(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase();
}

export function buildCountries(): CountriesFile {
  const iso = require('i18n-iso-countries') as { alpha2ToAlpha3(code: string): string | undefined };
  const en = (require('i18n-iso-countries/langs/en.json') as { countries: Names }).countries;
  const de = (require('i18n-iso-countries/langs/de.json') as { countries: Names }).countries;
  const countries: CountryInfo[] = [];
  const forms: FormRow[] = [];
  const seen = new Set<string>();
  const add = (row: FormRow): void => {
    const key = row.join('\u0000');
    if (!seen.has(key)) {
      seen.add(key);
      forms.push(row);
    }
  };
  for (const code of Object.keys(en).sort()) {
    const enNames = namesOf(en[code]);
    const deNames = namesOf(de[code]);
    countries.push({
      code,
      alpha3: iso.alpha2ToAlpha3(code) ?? (code === 'XK' ? 'XKX' : ''),
      en: enNames[0],
      de: deNames[0] ?? enNames[0],
    });
    for (const n of enNames) add([n, code, isCaseSensitive(n) ? 'abbreviation' : 'name', 'en', isCaseSensitive(n) ? '1' : '']);
    for (const n of deNames) add([n, code, isCaseSensitive(n) ? 'abbreviation' : 'name', 'de', isCaseSensitive(n) ? '1' : '']);
  }
  // Hand-kept gaps: inflections, demonyms, capitals, short forms (countries.tsv: form, code, kind, lang).
  for (const { fields } of parseTsv(readSource('countries.tsv'))) {
    const [form, code, kind, lang] = fields;
    add([form, code, (kind || 'name') as FormRow[2], (lang || '') as FormRow[3], isCaseSensitive(form) ? '1' : '']);
  }
  return { countries, forms };
}

export function buildOrganizations(): OrganizationsFile {
  const organizations: OrganizationsFile['organizations'] = [];
  const forms: FormRow[] = [];
  // organizations.tsv: id, canonical name, acronym, German name, English name, other forms (|-separated)
  for (const { fields } of parseTsv(readSource('organizations.tsv'))) {
    const [id, name, code, nameDe, nameEn, other] = fields;
    organizations.push({ id, name, code: code || undefined, nameDe: nameDe || undefined, nameEn: nameEn || undefined });
    const all = new Set([name, code, nameDe, nameEn, ...(other ? other.split('|') : [])].filter(Boolean));
    for (const f of all) forms.push([f, id, f === code ? 'acronym' : 'name', '', isCaseSensitive(f) ? '1' : '']);
  }
  return { organizations, forms };
}

export function buildRoles(): RolesFile {
  const forms: FormRow[] = [];
  // roles.tsv: written form, normalised role, lang
  for (const { fields } of parseTsv(readSource('roles.tsv'))) {
    const [form, role, lang] = fields;
    forms.push([form, role, '', (lang || '') as FormRow[3], '']);
  }
  return { forms };
}

export async function buildNames(): Promise<NamesFile> {
  const nlp = (await import('compromise')).default as unknown as {
    model(): { one: { lexicon: Record<string, string> } };
  };
  const lexicon = nlp.model().one.lexicon;
  const firstNames = Object.entries(lexicon)
    .filter(([, tag]) => /FirstName|MaleName|FemaleName/.test(tag))
    .map(([word]) => word);
  for (const { fields } of parseTsv(readSource('firstnames.tsv'))) firstNames.push(fields[0].toLowerCase());
  return { firstNames: [...new Set(firstNames)].sort() };
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const write = (name: string, data: unknown): void => writeFileSync(join(out, name), JSON.stringify(data));
  write('countries.json', buildCountries());
  write('organizations.json', buildOrganizations());
  write('roles.json', buildRoles());
  write('names.json', await buildNames());
}

await main();
