/**
 * Which attributes of a user the plan and verify compare, and the keys Auth0 matches users on;
 * how values are normalised is in fingerprint.ts.
 */

/** The keys Auth0 matches an imported user on (an upsert updates the user it matches). */
export const KEY_KINDS = ['email', 'user_id', 'username', 'phone_number'] as const
export type KeyKind = (typeof KEY_KINDS)[number]

/** Attributes an upsert overwrites, readable back from Auth0. */
export const UPSERTABLE = [
  'email_verified',
  'given_name',
  'family_name',
  'name',
  'nickname',
  'picture',
  'app_metadata',
  'user_metadata',
] as const

/** Every attribute compared after an insert: the upsertable ones plus those set only on insert. */
export const COMPARED = [
  ...UPSERTABLE,
  'email',
  'user_id',
  'username',
  'phone_number',
  'phone_verified',
  'blocked',
] as const
export type ComparedAttribute = (typeof COMPARED)[number]

/**
 * Upsertable, but never readable back (Auth0 exports no hashes): an update that sets it can never
 * be proven unchanged, so the plan always lists it as a change and verify does not check it.
 */
export const UNREADABLE_UPSERTABLE = 'custom_password_hash'

/** The fields of the export job a plan or verify reads: only what is compared. */
export const EXPORT_FIELDS: readonly string[] = COMPARED

/** Auth0's database connections prefix user ids with the strategy; the file's ids have none. */
export function bareUserId(value: string): string {
  return value.startsWith('auth0|') ? value.slice('auth0|'.length) : value
}

/** The value a user is matched on for `kind`, or undefined when it has none. */
export function keyOf(user: Record<string, unknown>, kind: KeyKind): string | undefined {
  const value = user[kind]
  if (typeof value !== 'string' || value === '') return undefined
  if (kind === 'email') return value.toLowerCase()
  if (kind === 'user_id') return bareUserId(value)
  return value
}

/** Does the file set `attribute` on this user? (Only what the file sets is compared.) */
export function sets(user: Record<string, unknown>, attribute: string): boolean {
  return user[attribute] !== undefined
}
