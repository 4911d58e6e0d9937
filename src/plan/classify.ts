/**
 * Auth0's matching rules applied to one user of the file (CONTRACT "Review before, verify
 * after"; reference §3.1): what the import will do with it.
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
  if (owner === NO_MATCH) return { action: 'insert', matchedOnEmail }
  if (conflict) return { action: 'conflict', matchedOnEmail }
  if (!upsert) return { action: 'duplicate', matchedOnEmail }
  if (!matchedOnEmail) return { action: 'conflict', matchedOnEmail }
  const ordinal = owner
  const changes: string[] = UPSERTABLE.filter(
    (attribute) => sets(user, attribute) && !index.same(ordinal, attribute, user),
  )
  if (sets(user, UNREADABLE_UPSERTABLE)) changes.push(UNREADABLE_UPSERTABLE)
  return changes.length > 0
    ? { action: 'update', changes, matchedOnEmail }
    : { action: 'unchanged', matchedOnEmail }
}

function ownerOf(user: Record<string, unknown>, kind: KeyKind, index: TenantIndex): number {
  const key = keyOf(user, kind)
  return key === undefined ? NO_MATCH : index.match(kind, key)
}

/** `skip_existing` leaves out only unchanged users and duplicates found by email. */
export function skippable(classification: Classification): boolean {
  const { action, matchedOnEmail } = classification
  return action === 'unchanged' || (action === 'duplicate' && matchedOnEmail)
}
