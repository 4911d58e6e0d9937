/**
 * Secrets of a user object never reach logs, outputs or the error report (CONTRACT.md). This makes
 * the copy that may: password hashes, custom hash values, keys and salts, and TOTP secrets are
 * replaced by a marker, whatever shape the (possibly invalid) user has.
 */

export const REDACTED = '[redacted]'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Top-level keys outside the schema whose names suggest a secret (a misspelt `password_hash`). */
const SECRET_LOOKING_KEY = /pass|pwd|secret|hash|salt|token|credential/i
const KNOWN_KEYS = new Set([
  'email',
  'email_verified',
  'phone_number',
  'phone_verified',
  'user_id',
  'username',
  'given_name',
  'family_name',
  'name',
  'nickname',
  'picture',
  'blocked',
  'password_hash',
  'custom_password_hash',
  'app_metadata',
  'user_metadata',
  'mfa_factors',
])

/** `out[key] = value`, also for a key named `__proto__` (which JSON.parse makes an own key). */
function set(out: Json, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  } else out[key] = value
}

/**
 * Nesting kept in a copy. Deeper parts are replaced by a marker: a report entry must stay
 * printable (JSON.stringify and these copies recurse, and thousands of levels overflow the stack),
 * and no real user profile nests this deep.
 */
export const MAX_DEPTH = 32
export const TOO_DEEP = '[nested too deeply to show]'

/** A deep copy of `value` (JSON-like data; anything else is copied by reference). */
function copy(value: unknown, depth = 0): unknown {
  if (depth >= MAX_DEPTH && value !== null && typeof value === 'object') return TOO_DEEP
  if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1))
  if (isObject(value)) {
    const out: Json = {}
    for (const key of Object.keys(value)) set(out, key, copy(value[key], depth + 1))
    return out
  }
  return value
}

/** `{value, …}` with `value` redacted; anything that is not an object is redacted whole. */
function redactValueHolder(holder: unknown, nested?: (out: Json) => void): unknown {
  if (!isObject(holder)) return REDACTED
  const out = copy(holder) as Json
  if ('value' in out) out.value = REDACTED
  nested?.(out)
  return out
}

function redactCustomPasswordHash(custom: unknown): unknown {
  if (!isObject(custom)) return REDACTED
  const out = copy(custom) as Json
  if ('hash' in out) {
    out.hash = redactValueHolder(custom.hash, (hash) => {
      if ('key' in hash) hash.key = redactValueHolder(hash.key)
    })
  }
  if ('salt' in out) out.salt = redactValueHolder(custom.salt)
  return out
}

/** Anything that is not a factor object may be a bare secret (a TOTP seed as a string). */
function redactMfaFactor(factor: unknown): unknown {
  if (!isObject(factor)) return REDACTED
  const out = copy(factor) as Json
  if ('totp' in out) {
    const totp = factor.totp
    if (isObject(totp)) {
      if ('secret' in (out.totp as Json)) (out.totp as Json).secret = REDACTED
    } else out.totp = REDACTED
  }
  return out
}

/**
 * A deep copy of `user` with its secrets replaced by `"[redacted]"`: `password_hash`,
 * `custom_password_hash` `hash.value`, `hash.key.value` and `salt.value`, and
 * `mfa_factors[].totp.secret`. Where one of those containers has the wrong type (a string
 * `custom_password_hash`, a `hash` that is an array, …) the whole container is redacted. Unknown
 * top-level keys that look like secrets (`password`, `passwordHash`, …) are redacted too. An
 * array (a list of users by mistake) is redacted item by item. Never mutates `user`.
 */
export function redactUser(user: unknown, depth = 0): unknown {
  if (depth >= MAX_DEPTH) return TOO_DEEP
  if (Array.isArray(user)) return user.map((item) => redactUser(item, depth + 1))
  if (!isObject(user)) return user
  const out: Json = {}
  for (const key of Object.keys(user)) {
    const value = user[key]
    if (key === 'password_hash') out[key] = REDACTED
    else if (key === 'custom_password_hash') out[key] = redactCustomPasswordHash(value)
    else if (key === 'mfa_factors') {
      out[key] = Array.isArray(value) ? value.map(redactMfaFactor) : REDACTED
    } else if (!KNOWN_KEYS.has(key) && SECRET_LOOKING_KEY.test(key)) set(out, key, REDACTED)
    else set(out, key, copy(value))
  }
  return out
}

const SECRET_FIELDS = ['password_hash', 'custom_password_hash', 'mfa_factors']

/** Every string under a secret field of `user`, and under top-level keys that look like one. */
function secretsOf(user: unknown): string[] {
  if (!isObject(user)) return []
  const found: string[] = []
  const collect = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      if (value.length >= 4 && value !== REDACTED) found.push(value)
    } else if (value !== null && typeof value === 'object' && depth < MAX_DEPTH) {
      for (const item of Object.values(value)) collect(item, depth + 1)
    }
  }
  for (const key of Object.keys(user)) {
    if (SECRET_FIELDS.includes(key) || (!KNOWN_KEYS.has(key) && SECRET_LOOKING_KEY.test(key))) {
      collect(user[key], 0)
    }
  }
  return found
}

interface ErrorLike {
  code: string
  message: string
  path?: string
}

/**
 * Auth0's per-user messages can quote the offending value ("String does not match pattern …:
 * <value>"). Messages about a secret field lose their quoted value, and any secret of the users
 * given (the submitted user and Auth0's echo of it) is cut out of every message.
 */
export function redactErrorMessages<E extends ErrorLike>(
  errors: readonly E[],
  users: unknown[],
): E[] {
  const secrets = users.flatMap(secretsOf).sort((a, b) => b.length - a.length)
  return errors.map((error) => {
    let message = error.message
    const field = error.path?.split(/[.[]/)[0] ?? ''
    if (SECRET_FIELDS.includes(field)) message = message.replace(/: [^:]*$/, `: ${REDACTED}`)
    for (const secret of secrets) message = message.split(secret).join(REDACTED)
    return message === error.message ? error : { ...error, message }
  })
}
