/**
 * The relation rules, in the order they run; one file per relation type.
 * Affiliation rules run over the whole document before the others, which may read a
 * person's country (`SentenceView.countryOf`).
 */
import { affiliatedWith } from './affiliated-with.js';
import { conflictWith } from './conflict-with.js';
import { meets } from './meets.js';
import { memberOf } from './member-of.js';
import { partyTo } from './party-to.js';
import type { RelationRule } from './relate.js';

export const AFFILIATION_RULES: readonly RelationRule[] = [affiliatedWith];
export const RELATION_RULES: readonly RelationRule[] = [meets, partyTo, memberOf, conflictWith];
