/**
 * People, GATE-style: a role or title cue followed by capitalised name tokens
 * (`Außenministerin Melanie Joly`, `Mr Gopinath`), or a known first name followed by a
 * capitalised surname (`Richard Branson`). Surname-only mentions are joined in resolve.
 * Reads: doc.lookups, doc.tokens. Assigns: doc.mentions (person) with attrs.role.
 */
import type { Doc, Mention, Token } from '../doc.js';
import { isCapitalized } from '../4-segment/tokens.js';
import type { StageContext } from './context.js';
import { HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS } from './people.data.js';

const MAX_NAME_TOKENS = 4;

export function recognisePeople(doc: Doc, ctx: StageContext): void {
  const { tokens } = doc;
  const blocked = entityTokenSet(doc);
  const roles = rolesByEnd(doc);
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t.word || !isCapitalized(t) || blocked.has(i)) continue;
      const prev = tokens[i - 1];
      const role = roles.get(i);
      const afterHonorific = prev !== undefined && HONORIFICS.has(prev.text.replace(/\.$/, ''));
      const firstName = ctx.lexicon.firstNames.has(t.lower);
      if (!role && !afterHonorific && !firstName) continue;
      const end = nameEnd(tokens, i, s.tokenEnd, blocked);
      const length = end - i;
      // a lone first name is no person; a lone surname needs a cue before it
      if (length === 1 && !role && !afterHonorific) continue;
      const start = t.start;
      const stop = tokens[end - 1].end;
      const mention: Mention = {
        type: 'person',
        text: doc.text.slice(start, stop),
        start,
        end: stop,
        key: '',
        kind: length === 1 ? 'surname' : 'name',
        rule: role ? 'person.role-name' : afterHonorific ? 'person.honorific-name' : 'person.firstname-surname',
        priority: 5,
      };
      if (role) mention.attrs = { role: role.text, roleId: role.id };
      doc.mentions.push(mention);
      i = end - 1;
    }
  }
}

/** Roles by the token index right after them (`Außenministerin` before `Melanie`); longest wins. */
function rolesByEnd(doc: Doc): Map<number, { text: string; id: string }> {
  const roles = new Map<number, { text: string; id: string; length: number }>();
  const tokens = doc.tokens;
  for (const l of doc.lookups) {
    if (l.entry.cat !== 'role') continue;
    const length = l.tokenEnd - l.tokenStart;
    if ((roles.get(l.tokenEnd)?.length ?? 0) >= length) continue;
    roles.set(l.tokenEnd, {
      text: doc.text.slice(tokens[l.tokenStart].start, tokens[l.tokenEnd - 1].end),
      id: l.entry.id,
      length,
    });
  }
  return roles;
}

function nameEnd(tokens: Token[], i: number, limit: number, blocked: ReadonlySet<number>): number {
  let end = i + 1;
  while (end < limit && end - i < MAX_NAME_TOKENS) {
    const t = tokens[end];
    if (tokens[end].start - tokens[end - 1].end > 1) break;
    if (t.word && isCapitalized(t) && !blocked.has(end) && !NOT_NAME_WORDS.has(t.lower)) end++;
    else if (NAME_PARTICLES.has(t.lower) && tokens[end + 1] && isCapitalized(tokens[end + 1])) end += 2;
    else if (t.text === '-' && tokens[end + 1] && isCapitalized(tokens[end + 1]) && t.start === tokens[end - 1].end) end += 2;
    else break;
  }
  return end;
}

/** Tokens already claimed by a country or organisation lookup. */
function entityTokenSet(doc: Doc): Set<number> {
  const set = new Set<number>();
  for (const l of doc.lookups) {
    if (l.entry.cat === 'country' || l.entry.cat === 'organization') {
      for (let k = l.tokenStart; k < l.tokenEnd; k++) set.add(k);
    }
  }
  return set;
}
