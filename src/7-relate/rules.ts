/**
 * The relation rules, in the order they run; one file per relation type.
 * Affiliations (affiliated-with.ts) are planned for the whole document before these run:
 * the rules may read a person's country (`SentenceView.countryOf`).
 */
import { conflictWith } from './conflict-with.js';
import { meets } from './meets.js';
import { memberOf } from './member-of.js';
import { partyTo } from './party-to.js';
import type { RelationSink, SentenceView } from './relate.js';

/**
 * The relation rules over one sentence. Each runs only where the mention types it relates occur
 * (a bit test instead of a call), and is called directly: every call site sees one function.
 */
export function applyRelationRules(view: SentenceView, out: RelationSink): void {
  // people meet
  if (view.has('person')) meets(view, out);
  // states and organisations are party to agreements
  if (view.has('agreement')) partyTo(view, out);
  // states are members of organisations
  if (view.has('organization') && view.has('country')) memberOf(view, out);
  // a state, or a person acting for one, is in conflict with a state
  if (view.has('country')) conflictWith(view, out);
}
