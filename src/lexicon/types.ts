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
}

export interface CountryInfo {
  code: string;
  alpha3: string;
  en: string;
  de: string;
}

export interface OrganizationInfo {
  id: string;
  name: string;
  code?: string;
  nameDe?: string;
  nameEn?: string;
}

/** A generated surface form: [text, id, kind, lang ('' = both), exact case ('1') ]. */
export type FormRow = [string, string, MentionKind | '', Language | '', '' | '1'];

export interface CountriesFile {
  countries: CountryInfo[];
  forms: FormRow[];
}

export interface OrganizationsFile {
  organizations: OrganizationInfo[];
  forms: FormRow[];
}

/** Roles: written form → normalised role (`Außenministerin` → `foreign minister`). */
export interface RolesFile {
  forms: FormRow[];
}

export interface NamesFile {
  firstNames: string[];
}
