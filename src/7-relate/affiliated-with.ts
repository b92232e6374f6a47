/** affiliated_with: a person with a role and a country cue right before the role. */
import type { Mention } from '../doc.js';
import type { RelationRule, SentenceView } from './relate.js';

/** How many tokens may stand between a country cue and a role (`japanischen Amtskollegen`). */
const AFFILIATION_WINDOW = 3;

// "ihrem japanischen Amtskollegen Yoshimasa Hayashi", "US-Außenminister John Kerry"
export const affiliatedWith: RelationRule = (view, emit) => {
  for (const person of view.mentions) {
    if (person.type !== 'person' || !person.attrs?.role) continue;
    const country = countryBefore(view, person);
    if (!country) continue;
    const role = person.attrs.roleId === 'counterpart' ? undefined : person.attrs.role;
    emit({ type: 'affiliated_with', source: person.key, target: country.key, ...(role ? { role } : {}), rule: 'affiliated_with.country-role' });
  }
};

/** The country mention right before the role of a person mention, within the window. */
function countryBefore(view: SentenceView, person: Mention): Mention | undefined {
  const roleStart = person.start - (person.attrs?.role?.length ?? 0) - 1;
  let best: Mention | undefined;
  for (const m of view.mentions) {
    if (m.type !== 'country' || m.end > person.start) continue;
    const gap = view.doc.text.slice(m.end, Math.max(m.end, roleStart));
    if (gap.split(/\s+/).filter(Boolean).length <= AFFILIATION_WINDOW) best = m;
  }
  return best;
}
