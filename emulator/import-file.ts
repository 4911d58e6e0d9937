/**
 * The processing of a bulk import file the way Auth0 does: per-user schema
 * errors, duplicates inside the file, existing users, upsert.
 */
import {
  type ImportSummary,
  type JobErrorEntry,
  randomHex,
  type TenantUser,
  type UserError,
} from './job-record.ts'

const STRING_PROPS = [
  'email',
  'user_id',
  'username',
  'given_name',
  'family_name',
  'name',
  'nickname',
  'picture',
  'password_hash',
  'phone_number',
]
const BOOLEAN_PROPS = ['email_verified', 'blocked', 'phone_verified']
const OBJECT_PROPS = ['app_metadata', 'user_metadata', 'custom_password_hash']
const UPSERTABLE = [
  'email_verified',
  'given_name',
  'family_name',
  'name',
  'nickname',
  'picture',
  'app_metadata',
  'user_metadata',
]
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** Dot-atom local part, and domain labels that neither start nor end with a hyphen. */
const STRICT_EMAIL =
  /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@([\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(\p{L}{2,}|xn--[a-z0-9-]{2,})$/iu

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function typeError(path: string, expected: string, value: unknown): UserError {
  return {
    code: 'INVALID_TYPE',
    message: `Expected type ${expected} but found type ${jsonType(value)}`,
    path,
  }
}

/** Schema-ish checks of one user of the file (a subset of Auth0's bulk-import schema). */
export function validateImportUser(user: unknown): UserError[] {
  if (jsonType(user) !== 'object') return [typeError('', 'object', user)]
  const u = user as Record<string, unknown>
  const errors: UserError[] = []
  if (u.email === undefined) {
    errors.push({
      code: 'OBJECT_REQUIRED',
      message: 'Missing required property: email',
      path: 'email',
    })
  }
  for (const key of STRING_PROPS) {
    if (u[key] !== undefined && typeof u[key] !== 'string')
      errors.push(typeError(key, 'string', u[key]))
  }
  for (const key of BOOLEAN_PROPS) {
    if (u[key] !== undefined && typeof u[key] !== 'boolean') {
      errors.push(typeError(key, 'boolean', u[key]))
    }
  }
  for (const key of OBJECT_PROPS) {
    if (u[key] !== undefined && jsonType(u[key]) !== 'object') {
      errors.push(typeError(key, 'object', u[key]))
    }
  }
  if (typeof u.email === 'string' && !EMAIL_PATTERN.test(u.email)) {
    errors.push({
      code: 'FORMAT',
      message: `Object didn't pass validation for format email: ${u.email}`,
      path: 'email',
    })
  } else if (typeof u.email === 'string' && !STRICT_EMAIL.test(u.email)) {
    // Seen in practice beside the schema's FORMAT: an address the schema lets through and the
    // identity's profile check then refuses.
    errors.push({
      code: 'INVALID_FORMAT',
      message: `Object didn't pass validation for format email: ${u.email}`,
      path: 'identities[0].profileData.email',
    })
  }
  if (u.mfa_factors !== undefined) {
    if (!Array.isArray(u.mfa_factors)) errors.push(typeError('mfa_factors', 'array', u.mfa_factors))
    else if (u.mfa_factors.length < 1) {
      errors.push({
        code: 'ARRAY_LENGTH_SHORT',
        message: `Array is too short (${u.mfa_factors.length}), minimum 1`,
        path: 'mfa_factors',
      })
    } else if (u.mfa_factors.length > 10) {
      errors.push({
        code: 'ARRAY_LENGTH_LONG',
        message: `Array is too long (${u.mfa_factors.length}), maximum 10`,
        path: 'mfa_factors',
      })
    }
  }
  return errors
}

export interface ImportOutcome {
  /** Number of users in the file (0 when the file is not a JSON array). */
  count: number
  /** Set when the whole job fails (file not a JSON array). */
  failure?: string
  summary?: ImportSummary
  errors: JobErrorEntry[]
}

function prefixedUserId(id: string): string {
  return id.startsWith('auth0|') ? id : `auth0|${id}`
}

/** The tenant's users as one import sees them: indexes, and the keys the file has used. */
interface ImportContext {
  users: Map<string, TenantUser>
  byUserId: Map<string, TenantUser>
  byUsername: Map<string, TenantUser>
  byPhone: Map<string, TenantUser>
  seen: { email: Set<string>; username: Set<string>; user_id: Set<string> }
  upsert: boolean
  connection: string
  stamp: string
}

const userError = (code: string, message: string): UserError[] => [{ code, message }]

/** The keys of `u` the file has already used, recording them. */
function duplicateKey(
  ctx: ImportContext,
  keys: { email: string; username?: string; userId?: string },
): string | false {
  const { seen } = ctx
  const { email, username, userId } = keys
  const found =
    (seen.email.has(email) && 'email') ||
    (username !== undefined && seen.username.has(username) && 'username') ||
    (userId !== undefined && seen.user_id.has(userId) && 'user_id')
  seen.email.add(email)
  if (username !== undefined) seen.username.add(username)
  if (userId !== undefined) seen.user_id.add(userId)
  return found
}

/** One user of the file: its errors, or whether it was inserted or updated (applied at once). */
function importOne(ctx: ImportContext, item: unknown): UserError[] | 'inserted' | 'updated' {
  const schemaErrors = validateImportUser(item)
  if (schemaErrors.length > 0) return schemaErrors
  const u = item as Record<string, unknown>
  const email = (u.email as string).toLowerCase()
  const username = typeof u.username === 'string' ? u.username : undefined
  const userId = typeof u.user_id === 'string' ? prefixedUserId(u.user_id) : undefined
  const duplicate = duplicateKey(ctx, { email, username, userId })
  if (duplicate) {
    return userError('DUPLICATED_USER', `A user with this ${duplicate} was already provided.`)
  }
  const existing =
    ctx.users.get(email) ??
    (userId !== undefined ? ctx.byUserId.get(userId) : undefined) ??
    (username !== undefined ? ctx.byUsername.get(username) : undefined) ??
    (typeof u.phone_number === 'string' ? ctx.byPhone.get(u.phone_number) : undefined)
  if (existing && !ctx.upsert) {
    return userError('DUPLICATED_USER', 'The user already exist and upsert parameter is false')
  }
  if (existing && existing.email.toLowerCase() !== email) {
    // Upsert matches on email only; another user already holds this user_id / username.
    const field =
      userId !== undefined && ctx.byUserId.get(userId) === existing ? 'user_id' : 'username'
    const code = field === 'username' ? 'CONFLICT_USERNAME' : 'CONFLICT'
    return userError(code, `A user with this ${field} already exists.`)
  }
  if (existing) {
    for (const key of UPSERTABLE) if (u[key] !== undefined) existing[key] = structuredClone(u[key])
    if (u.email_verified === undefined) existing.email_verified = false
    existing.updated_at = ctx.stamp
    return 'updated'
  }
  const stored = storedUser(u, { connection: ctx.connection, stamp: ctx.stamp })
  ctx.users.set(email, stored)
  ctx.byUserId.set(stored.user_id, stored)
  if (username !== undefined) ctx.byUsername.set(username, stored)
  if (typeof u.phone_number === 'string') ctx.byPhone.set(u.phone_number, stored)
  return 'inserted'
}

function parseUsersFile(text: string): unknown[] | string {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return 'Failed to parse users file JSON when importing users. Make sure it is valid JSON.'
  }
  return Array.isArray(parsed) ? parsed : 'Users file must be an array of user objects.'
}

/**
 * Decides the outcome of every user of an import file, in file order, and applies the inserts
 * and updates to the tenant's users at once (they are revealed when the job completes).
 */
export function processImport(
  text: string,
  options: { upsert: boolean; connection: string; users: Map<string, TenantUser>; now: number },
): ImportOutcome {
  const parsed = parseUsersFile(text)
  if (typeof parsed === 'string') return { count: 0, failure: parsed, errors: [] }
  const ctx: ImportContext = {
    users: options.users,
    byUserId: new Map(),
    byUsername: new Map(),
    byPhone: new Map(),
    seen: { email: new Set(), username: new Set(), user_id: new Set() },
    upsert: options.upsert,
    connection: options.connection,
    stamp: new Date(options.now).toISOString(),
  }
  for (const user of options.users.values()) {
    ctx.byUserId.set(user.user_id, user)
    if (typeof user.username === 'string') ctx.byUsername.set(user.username, user)
    if (typeof user.phone_number === 'string') ctx.byPhone.set(user.phone_number, user)
  }
  const errors: JobErrorEntry[] = []
  const summary: ImportSummary = { failed: 0, updated: 0, inserted: 0, total: parsed.length }
  for (const item of parsed) {
    const outcome = importOne(ctx, item)
    if (outcome === 'inserted' || outcome === 'updated') summary[outcome]++
    else errors.push({ user: item, errors: outcome })
  }
  summary.failed = errors.length
  return { count: parsed.length, summary, errors }
}

/** A tenant user built from an import entry (secrets are not kept). */
export function storedUser(
  u: Record<string, unknown>,
  options: { connection: string; stamp: string },
): TenantUser {
  const email = String(u.email)
  const rawId = typeof u.user_id === 'string' ? u.user_id.replace(/^auth0\|/, '') : randomHex(24)
  const user: TenantUser = {
    user_id: `auth0|${rawId}`,
    email,
    email_verified: u.email_verified === true,
  }
  for (const key of [
    'username',
    'given_name',
    'family_name',
    'name',
    'nickname',
    'picture',
    'phone_number',
  ]) {
    if (u[key] !== undefined) user[key] = u[key]
  }
  if (user.name === undefined) user.name = email
  if (user.nickname === undefined) user.nickname = email.split('@')[0]
  if (u.blocked !== undefined) user.blocked = u.blocked
  if (u.phone_verified !== undefined) user.phone_verified = u.phone_verified
  if (u.user_metadata !== undefined) user.user_metadata = structuredClone(u.user_metadata)
  if (u.app_metadata !== undefined) user.app_metadata = structuredClone(u.app_metadata)
  user.created_at = options.stamp
  user.updated_at = options.stamp
  user.logins_count = 0
  user.identities = [
    { connection: options.connection, provider: 'auth0', user_id: rawId, isSocial: false },
  ]
  return user
}
