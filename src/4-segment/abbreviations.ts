/**
 * Abbreviations whose final period does not end a sentence (lower-cased, without the period).
 * Data, not code: extend the lists, not the segmenter.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // German
  'dr', 'prof', 'z', 'b', 'u', 'a', 'bzw', 'ca', 'vgl', 'usw', 'etc', 'nr', 'str', 'abs', 'art', 'bzgl',
  'ggf', 'inkl', 'evtl', 'jh', 'jhd', 'mio', 'mrd', 'tsd', 'rd', 'sog', 'geb', 'gest', 'hl', 'st', 'dipl',
  'ing', 'mag', 'chr', 'v', 'd', 'h', 'o', 'ä', 'i', 's', 'jan', 'feb', 'febr', 'mär', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'gen', 'hr', 'fr', 'min', 'max', 'bspw', 'zzgl', 'insb',
  // English
  'mr', 'mrs', 'ms', 'mt', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'rev', 'lt', 'col', 'capt', 'cmdr',
  'sgt', 'maj', 'no', 'vs', 'inc', 'ltd', 'corp', 'co', 'dept', 'univ', 'est', 'approx', 'e', 'g', 'ie',
  'oct', 'mar', 'aug',
]);
