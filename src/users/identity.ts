/**
 * The three values a user is known by (email, user_id, username): how they are normalised for
 * matching, hashed for the duplicate tables, and the error Auth0 reports for a user listed twice.
 */
import type { UserError } from '../auth0/job.js'
import { propertyOf } from './property.js'

export type IdentityKind = 'email' | 'user_id' | 'username'
export const IDENTITY_KINDS: readonly IdentityKind[] = ['email', 'user_id', 'username']

/** The value a user is matched on for `kind`, normalised (emails are case-insensitive). */
export function identityKey(user: unknown, kind: IdentityKind): string | undefined {
  const value = propertyOf(user, kind)
  if (typeof value !== 'string' || value === '') return undefined
  return kind === 'email' ? value.toLowerCase() : value
}

export function duplicateError(kind: IdentityKind, earlierIndex: number): UserError {
  return {
    code: 'DUPLICATED_USER',
    message: `A user with this ${kind} was already provided. (Same ${kind} as the user at index ${earlierIndex}.)`,
    path: kind,
  }
}

const KIND_SEED: Record<IdentityKind, number> = {
  email: 0x9e3779b1,
  user_id: 0x85ebca77,
  username: 0xc2b2ae3d,
}

/** A 32-bit hash of `key` seeded by kind (murmur-style mixing, good low bits for the table). */
export function hashKey(kind: IdentityKind, key: string): number {
  let h = KIND_SEED[kind] ^ key.length
  for (let k = 0; k < key.length; k++) {
    h = Math.imul(h ^ key.charCodeAt(k), 0x5bd1e995)
    h ^= h >>> 15
  }
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
