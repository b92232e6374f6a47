/**
 * affiliated_with: a person and the country they serve or belong to, from the role and its
 * country cue (`US-Außenminister John Kerry`, `Venezuelan president Hugo Chavez`), an apposition
 * (`Fumio Kishida, Japans Premierminister,`), a stated nationality (`who has dual British and
 * Zambian nationality`), or, for a domestic office with no cue, the document's dominant country.
 */
import type { Doc, Mention } from '../doc.js';
import { PARTY_COUNTRY } from '../5-recognise/people.data.js';
import type { RelationRule, SentenceView } from './relate.js';

/** How many tokens may stand between a country cue and a role (`japanischen Amtskollegen`). */
const AFFILIATION_WINDOW = 3;

/** Offices whose holder belongs to the document's home country when no other cue names one. */
const DOMESTIC_ROLES: ReadonlySet<string> = new Set([
  'president', 'vice president', 'prime minister', 'chancellor', 'vice chancellor', 'head of government',
  'foreign minister', 'minister', 'agriculture minister', 'foreign secretary', 'home secretary', 'secretary of state',
  'mayor', 'senator', 'member of parliament', 'managing director', 'magnate', 'entrepreneur', 'tycoon', 'chairman',
]);

// "ihrem japanischen Amtskollegen Yoshimasa Hayashi", "US-Außenminister John Kerry"
export const affiliatedWith: RelationRule = (view, emit) => {
  for (const person of view.mentions) {
    if (person.type !== 'person') continue;
    for (const country of nationalities(view, person)) {
      emit({ type: 'affiliated_with', source: person.key, target: country.key, rule: 'affiliated_with.nationality' });
    }
    const party = partyCountry(view, person);
    if (party) {
      const role = person.attrs?.roleId === 'counterpart' ? undefined : person.attrs?.role;
      emit({ type: 'affiliated_with', source: person.key, target: party, ...(role ? { role } : {}), rule: 'affiliated_with.party' });
      continue;
    }
    if (!person.attrs?.role) continue;
    const role = person.attrs.roleId === 'counterpart' ? undefined : person.attrs.role;
    const cued = countryBefore(view, person) ?? countryInApposition(view, person);
    if (cued) {
      emit({ type: 'affiliated_with', source: person.key, target: cued.key, ...(role ? { role } : {}), rule: 'affiliated_with.country-role' });
      continue;
    }
    const home = DOMESTIC_ROLES.has(person.attrs.roleId ?? '') && !orgInRole(view, person) ? homeCountry(view.doc) : undefined;
    if (home && role) emit({ type: 'affiliated_with', source: person.key, target: home, role, rule: 'affiliated_with.home-country' });
  }
};

/** The country mention right before the role of a person mention, within the window. */
function countryBefore(view: SentenceView, person: Mention): Mention | undefined {
  if (person.attrs?.roleAfter) return undefined;
  const roleStart = person.start - (person.attrs?.role?.length ?? 0) - 1;
  let best: Mention | undefined;
  for (const m of view.mentions) {
    if (m.type !== 'country' || m.end > person.start) continue;
    const gap = view.doc.text.slice(m.end, Math.max(m.end, roleStart));
    if (gap.split(/\s+/).filter(Boolean).length <= AFFILIATION_WINDOW) best = m;
  }
  return best;
}

// "Fumio Kishida, Japans Premierminister, sagte": the country between the comma and the role
function countryInApposition(view: SentenceView, person: Mention): Mention | undefined {
  const roleEnd = Number(person.attrs?.roleAfter ?? -1);
  if (roleEnd < 0) return undefined;
  return view.mentions.find((m) => m.type === 'country' && m.start > person.end && m.end <= roleEnd);
}

// "Filippo Bagnato, ATR's chief executive": a role held in an organisation says nothing of a country
function orgInRole(view: SentenceView, person: Mention): boolean {
  const roleEnd = Number(person.attrs?.roleAfter ?? -1);
  if (roleEnd < 0) return false;
  return view.mentions.some((m) => m.type === 'organization' && m.start > person.end && m.end <= roleEnd);
}

const NATIONALITY = /^(?:nationality|nationalities|citizenship|staatsbürgerschaft|staatsangehörigkeit|pass)$/;

// "Mr Mubanga, who has dual British and Zambian nationality": every country named before the word
function nationalities(view: SentenceView, person: Mention): Mention[] {
  const text = view.doc.text;
  const after = text.slice(person.end, Math.min(view.sentence.end, person.end + 80));
  const match = /\b(nationality|nationalities|citizenship|Staatsbürgerschaft|Staatsangehörigkeit)\b/i.exec(after);
  if (!match || !NATIONALITY.test(match[1].toLowerCase())) return [];
  const stop = person.end + match.index;
  const between = view.mentions.filter((m) => m.start > person.end && m.end <= stop);
  // another person in between owns the phrase
  if (between.some((m) => m.type === 'person')) return [];
  return between.filter((m) => m.type === 'country');
}

const homeCache = new WeakMap<Doc, string | undefined>();

/**
 * The document's home country: the capital of its dateline (`OTTAWA –`, `Wien –`), else the
 * country named clearly most often (at least 3 times and 1.5 times as often as any other).
 * Conservative: a two-country story without a dateline has none.
 */
function homeCountry(doc: Doc): string | undefined {
  if (homeCache.has(doc)) return homeCache.get(doc);
  const dateline = datelineCountry(doc);
  if (dateline) {
    homeCache.set(doc, dateline);
    return dateline;
  }
  const counts = new Map<string, number>();
  for (const m of doc.mentions) if (m.type === 'country' && m.key) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const home = first && first[1] >= 3 && first[1] >= 1.5 * (second?.[1] ?? 0) ? first[0] : undefined;
  homeCache.set(doc, home);
  return home;
}

// "Bürgermeister Kurt Fischer (VP)": a national party label right after the name
function partyCountry(view: SentenceView, person: Mention): string | undefined {
  const label = /^\s*\(([^()\s]{2,6})\)/.exec(view.doc.text.slice(person.end, person.end + 10));
  const code = label ? PARTY_COUNTRY.get(label[1]) : undefined;
  return code ? `country:${code}` : undefined;
}

// "OTTAWA – Kanada und Japan haben ...": a capital at the start of a line, then a dash
function datelineCountry(doc: Doc): string | undefined {
  for (const l of doc.lookups) {
    if (l.entry.cat !== 'country' || l.entry.kind !== 'capital') continue;
    const first = doc.tokens[l.tokenStart];
    const next = doc.tokens[l.tokenEnd];
    const lineStart = doc.text.lastIndexOf('\n', first.start - 1) + 1;
    if (next && /^[–—-]$/.test(next.text) && doc.text.slice(lineStart, first.start).trim() === '') return `country:${l.entry.id}`;
  }
  return undefined;
}
