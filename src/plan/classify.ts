/**
 * Auth0's matching rules applied to one user of the file (README, "Review before, verify
 * after"): what the import will do with it.
 */
import {
  KEY_KINDS,
  type KeyKind,
  keyOf,
  sets,
  UNREADABLE_UPSERTABLE,
  UPSERTABLE,
} from './attributes.js'
import { NO_MATCH, SHARED_KEY, type TenantIndex } from './tenant-index.js'

export const PLAN_ACTIONS = ['insert', 'update', 'unchanged', 'duplicate', 'conflict'] as const
export type PlanAction = (typeof PLAN_ACTIONS)[number]

export interface Classification {
  action: PlanAction
  /** `update`: the upsertable attributes the file sets that differ from the tenant's. */
  changes?: string[]
  /** The matched user was found by email (what `skip_existing` may leave out). */
  matchedOnEmail: boolean
}

/**
 * - no key matches → `insert`;
 * - keys matching different users (or a key two users share) → `conflict`, which outranks all;
 * - `upsert: false`, any key matches → `duplicate` (Auth0 fails it as DUPLICATED_USER);
 * - `upsert: true`, matched on email → `update` or `unchanged`; matched only on another key →
 *   `conflict` (that key belongs to a user with another email).
 */
export function classify(
  user: Record<string, unknown>,
  index: TenantIndex,
  upsert: boolean,
): Classification {
  let owner = NO_MATCH
  let matchedOnEmail = false
  let conflict = false
  for (const kind of KEY_KINDS) {
    const found = ownerOf(user, kind, index)
    if (found === NO_MATCH) continue
    if (found === SHARED_KEY || (owner !== NO_MATCH && found !== owner)) conflict = true
    owner = found
    if (kind === 'email') matchedOnEmail = true
  }
  // Shared answers: the hot loop of a plan allocates nothing but the changes of an update.
  if (owner === NO_MATCH) return INSERT
  if (conflict) return matchedOnEmail ? CONFLICT_ON_EMAIL : CONFLICT
  if (!upsert) return matchedOnEmail ? DUPLICATE_ON_EMAIL : DUPLICATE
  if (!matchedOnEmail) return CONFLICT
  let changes: string[] | undefined
  for (const attribute of UPSERTABLE) {
    if (!sets(user, attribute) || index.same(owner, attribute, user)) continue
    changes ??= []
    changes.push(attribute)
  }
  if (sets(user, UNREADABLE_UPSERTABLE)) changes = [...(changes ?? []), UNREADABLE_UPSERTABLE]
  return changes ? { action: 'update', changes, matchedOnEmail } : UNCHANGED
}

const INSERT: Classification = Object.freeze({ action: 'insert', matchedOnEmail: false })
const CONFLICT: Classification = Object.freeze({ action: 'conflict', matchedOnEmail: false })
const CONFLICT_ON_EMAIL: Classification = Object.freeze({
  action: 'conflict',
  matchedOnEmail: true,
})
const DUPLICATE: Classification = Object.freeze({ action: 'duplicate', matchedOnEmail: false })
const DUPLICATE_ON_EMAIL: Classification = Object.freeze({
  action: 'duplicate',
  matchedOnEmail: true,
})
const UNCHANGED: Classification = Object.freeze({ action: 'unchanged', matchedOnEmail: true })

function ownerOf(user: Record<string, unknown>, kind: KeyKind, index: TenantIndex): number {
  const key = keyOf(user, kind)
  return key === undefined ? NO_MATCH : index.match(kind, key)
}

/** `skip_existing` leaves out only unchanged users and duplicates found by email. */
export function skippable(classification: Classification): boolean {
  const { action, matchedOnEmail } = classification
  return action === 'unchanged' || (action === 'duplicate' && matchedOnEmail)
}
