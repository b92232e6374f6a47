/**
 * Loads the generated lexicon table of a language (dist/lexicon/lexicon.<lang>.json) and builds one gazetteer trie
 * per language, once per process, on first use: a run over English text never builds the
 * German trie. User gazetteer entries are added on top (see `createLexicon`).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Language, MentionKind } from '../doc.js';
import { TokenTrie, exactForm } from '../match/trie.js';
import type { CountryInfo, LanguageLexiconFile, LexCategory, LexEntry, OrganizationInfo, RoleClass } from './types.js';

export interface Lexicon {
  language: Language;
  /** Every name form and cue phrase of the language, in one trie. */
  trie: TokenTrie<LexEntry>;
  countries: ReadonlyMap<string, CountryInfo>;
  organizations: ReadonlyMap<string, OrganizationInfo>;
  firstNames: ReadonlySet<string>;
  /** Role facts and German role endings of the language (see build-people.ts). */
  people: PeopleLexicon;
}

export interface RoleInfo {
  id: string;
  cls: RoleClass;
  /** Countries where the office exists (empty: any). */
  countries: readonly string[];
}

export interface PeopleLexicon {
  /** By role id. */
  roles: ReadonlyMap<string, RoleInfo>;
  /** German compound endings, longest first: [ending, role id]. */
  roleEndings: ReadonlyArray<readonly [string, string]>;
}

function peopleLexicon(file: LanguageLexiconFile['people'], language: Language): PeopleLexicon {
  const roles = new Map<string, RoleInfo>();
  for (const [lang, id, cls, countries] of file.roleInfo) {
    if (lang === language) roles.set(id, { id, cls, countries: countries ? countries.split('|') : [] });
  }
  const roleEndings = file.roleEndings.filter(([, , lang]) => lang === language).map(([ending, id]) => [ending, id] as const);
  return { roles, roleEndings };
}

/** An extra entry from a user gazetteer (already validated). */
export interface ExtraEntry {
  cat: LexCategory;
  id: string;
  forms: string[];
  lang?: Language[];
  source: string;
  /** canonical display name for organisations and other named entities */
  name?: string;
  code?: string;
}

/** A generated table, parsed for the one lexicon built from it and not kept. */
function table<T>(name: string): T {
  // the build writes the tables in ASCII (see `asciiJson`): Latin-1 reads them without decoding
  return JSON.parse(readFileSync(tablePath(name), 'latin1')) as T;
}

/** Generated tables sit beside the compiled loader; tests that run the sources, and the CLI bundle (dist/bundle/), find them in dist/lexicon/. */
function tablePath(name: string): URL {
  const beside = new URL(`./${name}`, import.meta.url);
  return existsSync(beside) ? beside : new URL(`../../dist/lexicon/${name}`, import.meta.url);
}

const cache = new Map<string, Lexicon>();

/** The lexicon for a language, built once per process per set of extra entries. */
export function createLexicon(language: Language, extra: readonly ExtraEntry[] = [], extraKey = ''): Lexicon {
  const key = `${language}\u0000${extraKey}`;
  let lex = cache.get(key);
  if (lex === undefined) {
    lex = buildLexicon(language, extra);
    cache.set(key, lex);
  }
  return lex;
}

function buildLexicon(language: Language, extra: readonly ExtraEntry[]): Lexicon {
  const trie = new TokenTrie<LexEntry>();
  const file = table<LanguageLexiconFile>(`lexicon.${language}.json`);
  trie.deferTable(file.groups, (group) => addForms(trie, group), file.firstTokenBits);

  const countries = new Map<string, CountryInfo>(file.countries.map((c) => [c.code, c]));
  const organizations = new Map<string, OrganizationInfo>(file.organizations.map((o) => [o.id, o]));
  for (const e of extra) {
    if (e.lang && !e.lang.includes(language)) continue;
    const id = e.cat === 'organization' ? knownOrganization(organizations, e) ?? e.id : e.id;
    if (e.cat === 'organization' && !organizations.has(id)) {
      organizations.set(id, { id, name: e.name ?? e.forms[0], code: e.code });
    }
    if (e.cat === 'country' && !countries.has(id)) countries.set(id, { code: id, alpha3: '', en: e.name ?? id, de: e.name ?? id });
    for (const form of e.forms) {
      const entry = lexEntry(e.cat, id);
      entry.kind = e.code === form ? 'acronym' : 'name';
      entry.source = e.source;
      if (isAcronym(form)) entry.exact = exactForm(form);
      if (e.name !== undefined && e.name !== id) entry.name = e.name;
      trie.add(form, entry);
    }
  }
  return { language, trie, countries, organizations, firstNames: new Set(file.people.firstNames), people: peopleLexicon(file.people, language) };
}

/** A user entry for an organisation the lexicon already has (same acronym or name) extends it. */
function knownOrganization(organizations: ReadonlyMap<string, OrganizationInfo>, e: ExtraEntry): string | undefined {
  const names = new Set(e.forms.map((f) => f.toLowerCase()));
  for (const o of organizations.values()) {
    if ((o.code && names.has(o.code.toLowerCase())) || names.has(o.name.toLowerCase())) return o.id;
  }
  return undefined;
}

/** An acronym (all capitals, up to six letters) matches only when written exactly so (`WHO`, not `who`). */
function isAcronym(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase();
}

/** Add a group of the language's table (see LanguageLexiconFile): a line per row, tab-separated fields. */
function addForms(trie: TokenTrie<LexEntry>, group: string): void {
  for (const line of group.split('\n')) {
    const [cat, text, id, kind, exact, flags, key] = line.split('\t') as [LexCategory, string, string, MentionKind | '', string, string, string];
    const entry = lexEntry(cat, id);
    if (kind !== '') entry.kind = kind;
    if (exact !== '') entry.exact = exact.split(' ');
    if (flags) applyFlags(entry, flags);
    trie.addKey((key || text.toLowerCase()).split(' '), entry);
  }
}

/**
 * A lexicon entry with every field present, in one order: the recognisers read entries of all
 * categories at the same places, and entries of one shape keep those reads monomorphic (with a
 * field added only where set, `lookup` and the country recogniser met a dozen shapes and were
 * deoptimised and compiled again during warm-up).
 */
function lexEntry(cat: LexCategory, id: string): LexEntry {
  return {
    cat,
    id,
    kind: undefined,
    lang: undefined,
    exact: undefined,
    source: undefined,
    proper: undefined,
    context: undefined,
    adjective: undefined,
    beforeHyphen: undefined,
    name: undefined,
  };
}

/** Form flags of the generated tables (see FormRow): `P` proper name, `X:<id>` needs a context entity. */
function applyFlags(entry: LexEntry, flags: string): void {
  for (const flag of flags.split(' ')) {
    if (flag === 'P') entry.proper = true;
    else if (flag === 'H') entry.beforeHyphen = true;
    else if (flag === 'A') entry.adjective = true;
    else if (flag.startsWith('X:')) entry.context = flag.slice(2);
  }
}
