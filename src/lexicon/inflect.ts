/**
 * Inflection rules the lexicon generator applies to name forms, so that no inflected form has to
 * be listed by hand: German genitives and adjective endings of multi-word names (`Kanadas`,
 * `der Vereinigten Staaten`, `im Vereinigten Königreich`), compass compounds (`Norddeutschland`),
 * German demonym adjectives and nouns in all endings, English demonym plurals.
 */

/** Words that end a German adjective inside a name (`Vereinigte`, `Vereinigtes`, `Europäischer`). */
const ADJECTIVE_WORD = /^\p{Lu}\p{L}*(e|es|er)$/u;

/**
 * German case forms of a name: the name itself, its genitive (`Kanadas`, `Europarats`), and for
 * multi-word names the weak adjective ending (`Vereinigten Staaten`, `Europäischen Union`) plus a
 * dative plural of the head (`Vereinigten Arabischen Emiraten`).
 */
export function germanCaseForms(name: string): string[] {
  const forms = new Set([name]);
  const words = name.split(' ');
  if (words.length === 1) {
    if (!/[sßxz]$/.test(name) && /\p{Ll}$/u.test(name)) forms.add(`${name}s`);
    // the older genitive in -es: `Griechenlandes`, `Frankreiches`
    if (/(land|reich)$/.test(name)) forms.add(`${name}es`);
    return [...forms];
  }
  const head = words[words.length - 1];
  const weak = words.map((w, i) => (i < words.length - 1 && isAdjective(w) ? w.replace(/(e|es|er)$/, 'en') : w));
  const weakName = weak.join(' ');
  forms.add(weakName);
  // weak nominative after `der`/`das`: `das Vereinigte Königreich`, `der Europäische Gerichtshof`
  forms.add(words.map((w, i) => (i < words.length - 1 && isAdjective(w) ? w.replace(/(es|er)$/, 'e') : w)).join(' '));
  if (/\p{Ll}$/u.test(head) && !/([sßxz]|en)$/.test(head)) {
    // genitive of a masculine or neuter head: `des Vereinigten Königreichs`, `des Europarats`
    forms.add([...weak.slice(0, -1), `${head}s`].join(' '));
    if (/[bcdfgklmnprt]$/.test(head)) forms.add([...weak.slice(0, -1), `${head}es`].join(' '));
  }
  // dative plural of a head in -e: `in den Vereinigten Arabischen Emiraten`
  if (/e$/.test(head) && weakName !== name) forms.add([...weak.slice(0, -1), `${head}n`].join(' '));
  return [...forms];
}

function isAdjective(word: string): boolean {
  return ADJECTIVE_WORD.test(word) && !/^(Staate|Republike)$/.test(word);
}

/** `Nord`, `Süd` … + a country name is still the country (`Norddeutschland`, `Ostukraine`). */
export const GERMAN_COMPASS_PREFIXES: readonly string[] = ['Nord', 'Süd', 'Ost', 'West', 'Mittel', 'Zentral', 'Nordost', 'Nordwest', 'Südost', 'Südwest'];

export function germanCompassForms(name: string): string[] {
  if (name.includes(' ') || name.includes('-') || GERMAN_COMPASS_PREFIXES.some((p) => name.startsWith(p))) return [];
  const rest = name[0].toLowerCase() + name.slice(1);
  return GERMAN_COMPASS_PREFIXES.map((p) => p + rest);
}

/** A German demonym adjective in every strong and weak ending: `japanisch` → `japanische`, `-en`, `-er`, `-es`, `-em`. */
export function germanAdjectiveForms(stem: string): string[] {
  return ['e', 'en', 'er', 'es', 'em'].map((ending) => stem + ending);
}

/**
 * A German demonym noun in its case and gender forms: `Japaner` → `Japanern`, `Japaners`,
 * `Japanerin`, `Japanerinnen`; `Brite` → `Briten`, `Britin`, `Britinnen`; `Israeli` → `Israelis`.
 */
export function germanDemonymNounForms(noun: string): string[] {
  if (noun.endsWith('er')) return [noun, `${noun}n`, `${noun}s`, `${noun}in`, `${noun}innen`];
  if (noun.endsWith('e')) {
    const base = noun.slice(0, -1);
    return [noun, `${noun}n`, `${base}in`, `${base}innen`];
  }
  return [noun, `${noun}s`, `${noun}n`, `${noun}en`, `${noun}in`, `${noun}innen`];
}

/** English people-nouns: `Canadian` → `Canadians`; `Chinese`, `British`, `French`, `Swiss` (and plurals) take no -s. */
export function englishDemonymForms(demonym: string): string[] {
  if (/(ese|ish|ch|s|sh|x)$/.test(demonym)) return [demonym];
  return [demonym, `${demonym}s`];
}
