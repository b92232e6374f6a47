/**
 * Shapes of the lexicon data: what the generator writes to dist/lexicon/*.json and what
 * the loader turns into one gazetteer trie per language.
 */
import type { Language, MentionKind } from '../doc.js';

/** What a gazetteer phrase is: a name form of an entity, or a cue that rules build on. */
export type LexCategory =
  | 'country'
  | 'organization'
  | 'agreement'
  | 'person'
  | 'role'
  | 'party'
  | 'firstname'
  | 'nonentity';

/** One surface form in the gazetteer. */
export interface LexEntry {
  cat: LexCategory;
  /** Canonical id within the category: `CA`, `NATO`, `foreign minister`, … */
  id: string;
  kind?: MentionKind;
  /** Only match in documents of this language (undefined: both). */
  lang?: Language;
  /** Token texts that must match exactly, when case matters (`US`, `WHO`). */
  exact?: string[];
  /** Where the entry came from, for `--explain` (package, our TSV, a user gazetteer file). */
  source?: string;
  /** The form is a proper name: the document must write its first letter in upper case (`Turkey`, not `turkey`). */
  proper?: boolean;
  /** Counts only when the document also names this entity id (`Commission` after `EU`). */
  context?: string;
  /** A German adjective form (`deutsche`): written with a capital inside a sentence it is part of a name. */
  adjective?: boolean;
  /** Counts only as the first part of a hyphenated compound (`deutsch-französisch`). */
  beforeHyphen?: boolean;
  /** Canonical name given by a user gazetteer (for people and agreements). */
  name?: string;
}

export interface CountryInfo {
  code: string;
  alpha3: string;
  en: string;
  de: string;
  /** Sovereign state (world-countries `independent`); territories lose ties to it. */
  independent?: boolean;
}

export interface OrganizationInfo {
  id: string;
  name: string;
  code?: string;
  nameDe?: string;
  nameEn?: string;
}

/**
 * A generated surface form: [text, id, kind, lang ('' = both), exact case ('1'), flags].
 * flags (optional): 'P' proper name (first letter must be upper case), 'H' only before a hyphen, 'A' German adjective, 'X:<id>' counts only
 * when the document names entity <id>; several flags are separated by spaces.
 * key: the text's folded tokens, space-separated, as the trie stores them (written last by the build).
 */
export type FormRow = [string, string, MentionKind | '', Language | '', '' | '1', string?, string?];

export interface CountriesFile {
  /** Attribution and licence of the data the table derives from. */
  license?: string;
  countries: CountryInfo[];
  forms: FormRow[];
}

/**
 * What the loader reads for one language (`lexicon.de.json`, `lexicon.en.json`): the facts of
 * the three tables, and their form rows of that language already grouped by the first folded
 * token of the form, each group as one string in table order (countries, organisations, roles,
 * parties), with the trie's first-token filter over them made ahead. The trie splits a group when
 * a document first shows its token; start-up parses one object of ~9,000 short strings instead of
 * ~13,000 row arrays, and splits, hashes and wraps none of them.
 */
export interface LanguageLexiconFile {
  /** Attribution and licence: the table holds the country data of countries.json (ODbL, see DATA-LICENSES.md). */
  license: string;
  countries: CountryInfo[];
  organizations: OrganizationInfo[];
  people: Pick<PeopleFile, 'roleInfo' | 'roleEndings' | 'firstNames'>;
  /**
   * First folded token → its rows: a line each, tab-separated (category, form, id, kind, its exact
   * tokens space-separated or '', flags, trie key or '' for the lower-cased form). An object, not
   * pairs: JSON.parse reads it in half the time of ~9,000 pairs, and the trie makes no closure
   * per group (see `deferTable`).
   */
  groups: Record<string, string>;
  /** The trie's first-token filter over the keys of `groups`, made by the build (see `TokenTrie.firstTokenBits`). */
  firstTokenBits: string;
}

export interface OrganizationsFile {
  organizations: OrganizationInfo[];
  forms: FormRow[];
}

/** How a role word bears on a person's country (see sources/roles.de.tsv). */
export type RoleClass = 'office' | 'post' | 'job' | 'counterpart' | 'title';

/** The people tables (build-people.ts): roles, parties, first names. */
export interface PeopleFile {
  /** Role and title forms: [written form, role id (`foreign minister`), '', lang, exact case]. */
  roles: FormRow[];
  /** [lang, role id, class, countries where the office exists ('|'-separated, '' any)]. */
  roleInfo: Array<[Language, string, RoleClass, string]>;
  /** German compound endings, longest first: [ending in lower case, role id, lang] (`minister` finds `Agrarminister`). */
  roleEndings: Array<[string, string, Language]>;
  /** Party forms: [written form, countries ('|'-separated), '', lang, exact case]. */
  parties: FormRow[];
  /** First names in lower case. */
  firstNames: string[];
}
