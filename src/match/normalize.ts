/**
 * Normal forms shared by the matchers and the scorer.
 */

/** Case-fold for matching; German umlauts and ß are kept (they distinguish words). */
export function fold(text: string): string {
  return text.toLowerCase();
}

/** Remove diacritics: `Österreich` → `Osterreich`, `ß` → `ss`. */
export function stripDiacritics(text: string): string {
  // ASCII has no marks and no ß: nothing to normalise
  let ascii = true;
  for (let k = 0; k < text.length; k++) {
    if (text.charCodeAt(k) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss');
}

/**
 * The scorer's normal form (spec: case-folded, diacritics and punctuation removed,
 * whitespace collapsed, a possessive `s`/`'s` dropped).
 */
export function normalizeName(text: string): string {
  let t = stripDiacritics(text.toLowerCase());
  t = t.replace(/['’]s\b/g, '');
  // dashes and slashes separate words (`al-Assad`); other punctuation is removed (`U.S.` → `us`)
  t = t.replace(/[-‐-―/]+/g, ' ').replace(/[^\p{L}\p{N}\s]+/gu, '');
  return t.replace(/\s+/g, ' ').trim();
}

/** A URL-safe slug for entity ids: `Melanie Joly` → `melanie-joly`. */
export function slug(text: string): string {
  return (
    stripDiacritics(text.toLowerCase())
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}
