/**
 * The relation rules, in the order they run; one file per relation type.
 * Affiliations (affiliated-with.ts) are planned for the whole document before these run:
 * the rules may read a person's country (`SentenceView.countryOf`).
 */
import { conflictWith } from './conflict-with.js';
import { meets } from './meets.js';
import { memberOf } from './member-of.js';
import { partyTo } from './party-to.js';
import type { RelationRule } from './relate.js';

export const RELATION_RULES: readonly RelationRule[] = [meets, partyTo, memberOf, conflictWith];
