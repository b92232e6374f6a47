/**
 * The people part of the lexicon build: roles and titles (sources/roles.{de,en}.tsv, with German
 * case forms and English portfolio combinations generated here, and compromise's honorifics),
 * political parties (sources/parties.tsv) and first names (compromise's lexicon and
 * gender-detection-from-name, corrected by sources/firstnames.tsv). Writes dist/lexicon/people.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../doc.js';
import { parseTsv } from './tsv.js';
import type { FormRow, PeopleFile, RoleClass } from './types.js';

const require = createRequire(import.meta.url);
const sources = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'lexicon', 'sources');
const ROLE_CLASSES: ReadonlySet<string> = new Set(['office', 'post', 'job', 'counterpart', 'title']);

function readSource(name: string): string {
  return readFileSync(join(sources, name), 'utf8');
}

/** An acronym (`MP`, `CEO`, `ÖVP`) only matches when written exactly so. */
function isAcronym(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase();
}

/**
 * German case and number forms of a role noun, by its ending: `Außenministerin` → `-nen`;
 * `Amtskollege`, `Abgeordnete` → `-n`, `-r`; `Außenminister` → `-s`, `-n`; `Präsident`, `Herr` → `-en`, `-n`, `-s`, `-es`.
 * Forms that German lacks are harmless: the trie only matches words the text has.
 */
export function germanRoleForms(form: string): string[] {
  const forms = [form];
  if (/in$/.test(form)) forms.push(`${form}nen`);
  else if (/e$/.test(form)) forms.push(`${form}n`, `${form}r`);
  else if (/(?:er|or)$/.test(form)) forms.push(`${form}s`, `${form}n`, `${form}en`);
  else forms.push(`${form}en`, `${form}n`, `${form}s`, `${form}es`);
  return forms;
}

/** Portfolios that form English offices with `minister` and `secretary` (`Agriculture minister`, `Home Secretary`). */
const PORTFOLIOS = [
  'agriculture', 'finance', 'defence', 'defense', 'foreign', 'foreign affairs', 'home', 'interior', 'trade', 'health',
  'education', 'energy', 'oil', 'justice', 'economy', 'economic', 'economics', 'labour', 'labor', 'transport',
  'transportation', 'environment', 'culture', 'information', 'industry', 'commerce', 'development', 'treasury',
  'business', 'communications', 'housing', 'immigration', 'security', 'international development', 'europe',
  'european affairs', 'northern ireland', 'welfare', 'social affairs', 'work and pensions', 'petroleum', 'mines',
  'mining', 'fisheries', 'tourism', 'planning', 'public works', 'water', 'science', 'technology', 'sports', 'sport',
  'women', 'youth', 'religious affairs', 'intelligence', 'climate', 'digital',
];

/** compromise's honorifics that are no forms of address in news (`bldg`, `esq`, `jr`). */
const NOT_TITLES: ReadonlySet<string> = new Set(['adj', 'adv', 'asst', 'bldg', 'det', 'esq', 'jr', 'llb', 'mstr', 'phd', 'res', 'sr', 'supt', 'surg']);
/** compromise's honorifics that abbreviate an office (`Sen. Warren`). */
const OFFICE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sen: 'senator',
  sens: 'senator',
  rep: 'member of congress',
  reps: 'member of congress',
  gov: 'governor',
  gen: 'general',
  pres: 'president',
};

interface CompromiseModel {
  model(): { one: { lexicon: Record<string, string | string[]> } };
}

/** `countryForms`: the forms of the country table built in the same run (its demonyms are no first names). */
export async function buildPeople(countryForms: readonly FormRow[]): Promise<PeopleFile> {
  const nlp = (await import('compromise')).default as unknown as CompromiseModel;
  const lexicon = nlp.model().one.lexicon;
  const roles: FormRow[] = [];
  const roleInfo = new Map<string, [Language, string, RoleClass, string]>();
  const roleEndings: Array<[string, string, Language]> = [];
  const seen = new Set<string>();
  const addRole = (form: string, id: string, lang: Language): void => {
    const key = `${lang}\u0000${form.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    roles.push([form, id, '', lang, isAcronym(form) ? '1' : '', '']);
  };
  const addInfo = (lang: Language, id: string, cls: RoleClass, countries: string): void => {
    const key = `${lang}\u0000${id}`;
    const known = roleInfo.get(key);
    if (known && (known[2] !== cls || known[3] !== countries)) throw new Error(`roles.${lang}.tsv: role '${id}' has two classes`);
    roleInfo.set(key, [lang, id, cls, countries]);
  };

  for (const lang of ['de', 'en'] as const) {
    for (const { line, fields } of parseTsv(readSource(`roles.${lang}.tsv`))) {
      const [forms, id, cls, countries = ''] = fields;
      if (!ROLE_CLASSES.has(cls)) throw new Error(`roles.${lang}.tsv:${line}: unknown class '${cls}'`);
      addInfo(lang, id, cls as RoleClass, countries);
      for (const form of forms.split('|')) {
        const variants = lang === 'de' ? germanRoleForms(form.replace(/^\*/, '')) : [form];
        if (form.startsWith('*')) for (const v of variants) roleEndings.push([v.toLowerCase(), id, lang]);
        else for (const v of variants) addRole(v, id, lang);
      }
    }
  }
  // `Agriculture minister`, `Defence Secretary`: the TSV's own entries (with their countries) come first
  for (const portfolio of PORTFOLIOS) {
    for (const head of ['minister', 'secretary']) {
      const id = `${portfolio} ${head}`;
      if (!roleInfo.has(`en\u0000${id}`)) addInfo('en', id, 'office', '');
      addRole(id, id, 'en');
    }
  }
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!String(tags).includes('Honorific') || NOT_TITLES.has(word) || word.includes(' ')) continue;
    const office = OFFICE_ABBREVIATIONS[word];
    if (office && !roleInfo.has(`en\u0000${office}`)) addInfo('en', office, 'office', '');
    if (!office) addInfo('en', word, 'title', '');
    addRole(word, office ?? word, 'en');
  }
  // longest endings first, so that `*bürgermeister` wins over `*meister`
  roleEndings.sort((a, b) => b[0].length - a[0].length);

  const parties: FormRow[] = [];
  for (const { fields } of parseTsv(readSource('parties.tsv'))) {
    const [forms, countries, lang = ''] = fields;
    // party names are proper names: `Conservative`, `Labour`, never `conservative`
    for (const form of forms.split('|')) parties.push([form, countries, '', lang as Language | '', '1', '']);
  }

  return { roles, roleInfo: [...roleInfo.values()], roleEndings, parties, firstNames: firstNames(lexicon, countryForms) };
}

/** Data packages with first names by language; English ones come from compromise's lexicon. */
const NAME_LISTS = ['de', 'it', 'es', 'tr'];

/**
 * First names: compromise's FirstName/MaleName/FemaleName words and gender-detection-from-name's
 * German, Italian, Spanish and Turkish lists (single words only), plus and minus sources/firstnames.tsv.
 */
function firstNames(lexicon: Record<string, string | string[]>, countryForms: readonly FormRow[]): string[] {
  const names = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) if (/FirstName|MaleName|FemaleName/.test(String(tags))) names.add(word);
  for (const lang of NAME_LISTS) {
    const list = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const name of list.keys()) if (/^\p{L}+$/u.test(name)) names.add(name.toLowerCase());
  }
  // `German` (Spanish Germán) is a demonym first: a country word must stay a country word
  for (const demonym of demonyms(countryForms)) names.delete(demonym);
  for (const { fields } of parseTsv(readSource('firstnames.tsv'))) {
    const [name, op = '+'] = fields;
    if (op === '-') names.delete(name.toLowerCase());
    else names.add(name.toLowerCase());
  }
  return [...names].filter((n) => !n.includes(' ')).sort();
}

/**
 * The demonym forms of the country table. Taken from the table in memory, not from the
 * countries.json of an earlier build: a first build on a fresh clone has none on disk yet, and
 * then gave `German Days` as a person where every later build gave none.
 */
function demonyms(countryForms: readonly FormRow[]): string[] {
  return countryForms.filter(([, , kind]) => kind === 'demonym').map(([form]) => form.toLowerCase());
}
