/**
 * People coreference (ANNIE's orthographic matcher): full names get keys, and surname-only
 * and possessive mentions join the full name ending in that surname.
 * Assigns: person mention keys and canonical names; adds surname mentions.
 */
import type { Doc, Mention } from '../doc.js';
import { slug } from '../match/normalize.js';
import { isCapitalized } from '../4-segment/tokens.js';

const ASCII = /^[\x00-\x7f]*$/;
import { filterSpans } from './overlaps.js';

export /** Full names become entities; a surname-only or possessive mention joins the full name ending in it. */
function joinPeople(doc: Doc): void {
  const people = doc.mentions.filter((m) => m.type === 'person');
  const full = people.filter((m) => m.kind === 'name');
  const bySurname = new Map<string, Mention>();
  const longest = longestBySurname(full);
  for (const m of full) {
    const name = stripPossessive(m.text);
    const surname = name.split(/\s+/).pop()!;
    if (!bySurname.has(fold(surname))) bySurname.set(fold(surname), m);
    const canonical = longestName(longest, name);
    m.key = `person:${slug(canonical)}`;
    m.attrs = { ...m.attrs, canonical };
  }
  for (const m of people) {
    if (m.kind === 'name') continue;
    const target = bySurname.get(fold(stripPossessive(m.text)));
    m.key = target ? target.key : `person:${slug(stripPossessive(m.text))}`;
    m.attrs = { ...m.attrs, canonical: target?.attrs?.canonical ?? stripPossessive(m.text) };
  }
  joinAliases(doc, people);
  // bare surnames later in the text (`Joly sagte`) join too
  if (bySurname.size === 0) return;
  // countries nested in agreement names are left out: the spans must be disjoint for the binary search
  const covered = filterSpans(doc.mentions).map((m) => [m.start, m.end] as const);
  for (const t of doc.tokens) {
    // a surname is a capitalised word: skip the others before any string work
    if (!t.word || !isCapitalized(t)) continue;
    const target = bySurname.get(fold(t.text)) ?? (t.text.endsWith('s') ? bySurname.get(fold(t.text.slice(0, -1))) : undefined);
    if (target === undefined || isCovered(covered, t.start, t.end)) continue;
    doc.mentions.push({
      type: 'person', text: t.text, start: t.start, end: t.end, key: target.key,
      kind: bySurname.has(fold(t.text)) ? 'surname' : 'possessive', rule: 'person.surname-coref', priority: 1,
      attrs: { canonical: target.attrs?.canonical ?? t.text },
    });
  }
  doc.mentions.sort((a, b) => a.start - b.start);
}

/** true when [start, end) lies inside one of the sorted, non-overlapping spans. */
function isCovered(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= start) lo = mid + 1;
    else if (spans[mid][0] > start) hi = mid - 1;
    else return end <= spans[mid][1];
  }
  return false;
}

function stripPossessive(name: string): string {
  return name.replace(/['’]s$/, '');
}

/** The first longest full name per surname, in text order (`Melanie Joly` for `Joly`). */
function longestBySurname(full: readonly Mention[]): Map<string, string> {
  const longest = new Map<string, string>();
  for (const m of full) {
    const other = stripPossessive(m.text);
    // `other` can stand for `name` when it ends in a space and name's last word
    const space = other.lastIndexOf(' ');
    const surname = other.slice(space + 1);
    if (space < 0 || /\s/.test(surname)) continue;
    if (other.length > (longest.get(surname)?.length ?? 0)) longest.set(surname, other);
  }
  return longest;
}

function longestName(longest: ReadonlyMap<string, string>, name: string): string {
  const best = longest.get(name.split(/\s+/).pop()!);
  return best !== undefined && best.length > name.length ? best : name;
}

const ALIAS_GAP = /^\s*[–—-]?\s*,?\s*(?:alias|aka|a\.k\.a\.|genannt|known as)\s+$/i;

// "Kalif Ibrahim – alias Abu Bakr al-Baghdadi": the alias joins the named person
function joinAliases(doc: Doc, people: readonly Mention[]): void {
  const sorted = [...people].sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [alias, named] = [sorted[k], sorted[k + 1]];
    if (named.kind !== 'name' || !ALIAS_GAP.test(doc.text.slice(alias.end, named.start))) continue;
    const oldKey = alias.key;
    for (const m of people) {
      if (m.key === oldKey) {
        m.key = named.key;
        m.attrs = { ...m.attrs, canonical: named.attrs?.canonical ?? named.text };
      }
    }
  }
}

/** `Erdogan` and `Erdoğan` are one surname: compare without diacritics. */
function fold(name: string): string {
  if (ASCII.test(name)) return name;
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}
