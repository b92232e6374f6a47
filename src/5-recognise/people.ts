/**
 * People, GATE-style: a role or title cue followed by capitalised name tokens
 * (`Außenministerin Melanie Joly`, `Mr Gopinath`), or a known first name followed by a
 * capitalised surname (`Richard Branson`). Surname-only mentions are joined in resolve.
 * Reads: doc.lookups, doc.tokens. Assigns: doc.mentions (person) with attrs.role.
 */
import type { Doc, Mention, Token } from '../doc.js';
import { isCapitalized } from '../4-segment/tokens.js';
import type { StageContext } from './context.js';
import { ARABIC_PARTICLES, HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, PLACE_HEADS, PLACE_SUFFIXES } from './people.data.js';

const MAX_NAME_TOKENS = 4;

interface Role {
  text: string;
  id: string;
  /** character offset where the role ends */
  end: number;
}

export function recognisePeople(doc: Doc, ctx: StageContext): void {
  const { tokens } = doc;
  const blocked = entityTokenSet(doc);
  const roles = rolesByEnd(doc);
  addSuffixRoles(doc, roles, blocked);
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t.word || !isCapitalized(t) || blocked.has(i) || NOT_NAME_WORDS.has(t.lower)) continue;
      const prev = tokens[i - 1];
      const role = roles.get(i);
      // `Mr Blair`, `Dr. Rödl` (the tokeniser splits the period off)
      const honorific = prev?.text === '.' ? tokens[i - 2] : prev;
      const afterHonorific = honorific !== undefined && i - 1 >= s.tokenStart && HONORIFICS.has(honorific.text);
      const firstName = ctx.lexicon.firstNames.has(t.lower);
      const cued = role !== undefined || afterHonorific || firstName;
      // `Vorsitzende Richter Klaus Tolksdorf`: a role word is no name start
      if (roles.has(i + 1)) continue;
      const end = nameEnd(doc.text, tokens, i, s.tokenEnd, blocked, cued);
      const length = end - i;
      // `Noor Mosque`, `Ben-Gurion-Straße`: a place noun ends no person's name
      if (isPlaceHead(tokens[end - 1])) continue;
      const appositive = !role && !afterHonorific && length >= 2 ? roleAfter(doc, end, s.tokenEnd, roles) : undefined;
      const particleName = length >= 2 && hasInnerParticle(tokens, i, end);
      if (!role && !afterHonorific && !firstName && !appositive && !particleName) continue;
      if (roles.has(end) && !role && !afterHonorific && !firstName && !particleName && length === 1) continue;
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
        rule: role ? 'person.role-name' : afterHonorific ? 'person.honorific-name'
          : firstName ? 'person.firstname-surname' : appositive ? 'person.name-apposition' : 'person.particle-name',
        priority: 5,
      };
      const anyRole = role ?? appositive;
      if (anyRole) mention.attrs = { role: anyRole.text, roleId: anyRole.id };
      if (appositive) mention.attrs = { ...mention.attrs, roleAfter: String(appositive.end) };
      doc.mentions.push(mention);
      i = end - 1;
    }
  }
}

/** Roles by the token index right after them (`Außenministerin` before `Melanie`); longest wins. */
function rolesByEnd(doc: Doc): Map<number, Role> {
  const roles = new Map<number, Role & { length: number }>();
  const tokens = doc.tokens;
  for (const l of doc.lookups) {
    if (l.entry.cat !== 'role') continue;
    const length = l.tokenEnd - l.tokenStart;
    if ((roles.get(l.tokenEnd)?.length ?? 0) >= length) continue;
    roles.set(l.tokenEnd, {
      text: doc.text.slice(tokens[l.tokenStart].start, tokens[l.tokenEnd - 1].end),
      id: l.entry.id,
      end: tokens[l.tokenEnd - 1].end,
      length,
    });
  }
  return roles;
}

function nameEnd(text: string, tokens: Token[], i: number, limit: number, blocked: ReadonlySet<number>, cued: boolean): number {
  let end = i + 1;
  while (end < limit && end - i < MAX_NAME_TOKENS) {
    const t = tokens[end];
    // a name never runs across a line break (`Melanie\nJoe`) or a wide gap
    if (tokens[end].start - tokens[end - 1].end > 1 || /[\r\n]/.test(text.slice(tokens[end - 1].end, tokens[end].start))) break;
    // an initial keeps its period: `George W. Bush`, `J. R. Smith`
    if (isInitial(t) && tokens[end + 1]?.text === '.' && tokens[end + 1].start === t.end) end += 2;
    // `Sean O'Brien`: an Irish O' joins the next capitalised part
    else if (t.text === 'O' && /^['’]$/.test(tokens[end + 1]?.text ?? '') && tokens[end + 2] && isCapitalized(tokens[end + 2]) && tokens[end + 2].start === t.end + 1) end += 3;
    else if (t.word && isCapitalized(t) && !blocked.has(end) && !NOT_NAME_WORDS.has(t.lower)) end++;
    // `Jeroen van der Veer` only after a cue: in German `Regierung von Berlin` is no name
    else if (cued && NAME_PARTICLES.has(t.lower) && t.text === t.lower && tokens[end + 1] && isCapitalized(tokens[end + 1])) end += 2;
    else if (cued && NAME_PARTICLES.has(t.lower) && NAME_PARTICLES.has(tokens[end + 1]?.lower ?? '') && tokens[end + 2] && isCapitalized(tokens[end + 2])) end += 3;
    // `al-Baghdadi`, `bin-Laden`: particle, hyphen, capitalised part
    else if (ARABIC_PARTICLES.has(t.text) && tokens[end + 1]?.text === '-' && tokens[end + 2] && isCapitalized(tokens[end + 2]) && tokens[end + 2].start === t.end + 1) end += 3;
    else if (t.text === '-' && tokens[end + 1] && isCapitalized(tokens[end + 1]) && t.start === tokens[end - 1].end) end += 2;
    else break;
  }
  return end;
}

/** Tokens inside a country or organisation mention (not mere lookups the country stage rejected: `Michael Jordan`). */
function entityTokenSet(doc: Doc): Set<number> {
  const set = new Set<number>();
  const spans = doc.mentions.filter((m) => m.type === 'country' || m.type === 'organization').sort((a, b) => a.start - b.start);
  let j = 0;
  for (let k = 0; k < doc.tokens.length && j < spans.length; k++) {
    const t = doc.tokens[k];
    while (j < spans.length && spans[j].end <= t.start) j++;
    if (j < spans.length && t.start >= spans[j].start && t.end <= spans[j].end) set.add(k);
  }
  return set;
}


// "Agrarminister Cem Özdemir": German compound ministers by suffix; a hyphenated prefix is dropped (`US-Außenminister`)
function addSuffixRoles(doc: Doc, roles: Map<number, Role>, blocked: ReadonlySet<number>): void {
  if (doc.language !== 'de') return;
  doc.tokens.forEach((t, k) => {
    if (roles.has(k + 1) || blocked.has(k) || !isCapitalized(t)) return;
    if (/.{3,}minister(in)?$/.test(t.lower)) roles.set(k + 1, { text: t.text, id: 'minister', end: t.end });
  });
}

/** The role in an apposition right after a name: `Filippo Bagnato, ATR's chief executive,`. */
function roleAfter(doc: Doc, end: number, limit: number, roles: ReadonlyMap<number, Role>): Role | undefined {
  const tokens = doc.tokens;
  if (tokens[end]?.text !== ',') return undefined;
  for (let k = end + 2; k <= Math.min(limit, end + 9); k++) {
    const role = roles.get(k);
    if (role && (k === limit || /^[,;]$|^(said|sagte|says|sagt)$/.test(tokens[k]?.text ?? ''))) return role;
    if (k < limit && /^[.;:!?()"„“]$/.test(tokens[k - 1].text)) return undefined;
  }
  return undefined;
}

/** `Baschar al-Assad`: a one-word given name and a hyphenated `al-`/`bin-` surname mark a name. */
function hasInnerParticle(tokens: Token[], i: number, end: number): boolean {
  return end === i + 4 && ARABIC_PARTICLES.has(tokens[i + 1].text) && tokens[i + 2].text === '-' && tokens[i - 1]?.text !== '-';
}

function isInitial(t: Token): boolean {
  return t.text.length === 1 && isCapitalized(t);
}

function isPlaceHead(t: Token): boolean {
  return PLACE_HEADS.has(t.lower) || PLACE_SUFFIXES.some((suffix) => t.lower.endsWith(suffix));
}
