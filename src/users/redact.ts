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

/** A deep copy of `value` (JSON-like data; anything else is copied by reference). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy)
  if (isObject(value)) {
    const out: Json = {}
    for (const key of Object.keys(value)) set(out, key, copy(value[key]))
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

function redactMfaFactor(factor: unknown): unknown {
  if (Array.isArray(factor)) return factor.map(redactMfaFactor)
  if (!isObject(factor)) return copy(factor)
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
export function redactUser(user: unknown): unknown {
  if (Array.isArray(user)) return user.map(redactUser)
  if (!isObject(user)) return user
  const out: Json = {}
  for (const key of Object.keys(user)) {
    const value = user[key]
    if (key === 'password_hash') out[key] = REDACTED
    else if (key === 'custom_password_hash') out[key] = redactCustomPasswordHash(value)
    else if (key === 'mfa_factors') {
      out[key] = Array.isArray(value) ? value.map(redactMfaFactor) : redactMfaFactor(value)
    } else if (!KNOWN_KEYS.has(key) && SECRET_LOOKING_KEY.test(key)) set(out, key, REDACTED)
    else set(out, key, copy(value))
  }
  return out
}
