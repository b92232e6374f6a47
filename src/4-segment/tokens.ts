/**
 * Tokeniser: words (letters, marks and digits) and single punctuation characters, with offsets.
 * Hyphens and apostrophes are tokens of their own, so `US-Außenminister` and `Blair's`
 * are three tokens each and the matchers see the parts.
 */
import type { Token } from '../doc.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokenise `text[from, to)`; offsets are into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start: m.index,
      end: m.index + t.length,
      word: t.length > 1 || isWordChar(c, t),
    });
  }
  return tokens;
}

function isWordChar(code: number, t: string): boolean {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && /[\p{L}\p{M}\p{N}]/u.test(t);
}

/** true when the token starts with an upper-case letter. */
export function isCapitalized(token: Token): boolean {
  const c = token.text[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** true when every letter of the token is upper case and it has at least two letters (`NATO`, `USA`). */
export function isAllCaps(token: Token): boolean {
  return token.text.length >= 2 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}
