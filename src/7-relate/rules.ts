/**
 * The relation rules, in the order they run; one file per relation type.
 */
import { affiliatedWith } from './affiliated-with.js';
import { conflictWith } from './conflict-with.js';
import { meets } from './meets.js';
import { memberOf } from './member-of.js';
import { partyTo } from './party-to.js';
import type { RelationRule } from './relate.js';

export const RELATION_RULES: readonly RelationRule[] = [affiliatedWith, meets, partyTo, memberOf, conflictWith];
