/**
 * Secrets of a user object never reach logs, outputs or the error report (SECURITY.md). This makes
 * the copy that may: password hashes, custom hash values, keys and salts, and TOTP secrets are
 * replaced by a marker, whatever shape the (possibly invalid) user has.
 */

export const REDACTED = '[redacted]'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Keys whose values are treated as secrets wherever they appear: at the top level outside the
 * schema (a misspelt `password_hash`) and at any depth below it (a hash kept in `user_metadata`,
 * a TOTP seed in `app_metadata`, a salt in an array). Over-redacting a harmless
 * `password_hint` is the price of never copying a real secret.
 */
const SECRET_LOOKING_KEY =
  /pass|pwd|secret|hash|salt|token|credential|totp|^otp|otp$|recovery|private.?key|api.?key|authori[sz]ation|cookie/i
/** Top-level keys of the schema, handled one by one below rather than by the name pattern. */
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
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
}

/**
 * Nesting kept in a copy. Deeper parts are replaced by a marker: a report entry must stay
 * printable (JSON.stringify and these copies recurse, and thousands of levels overflow the stack),
 * and no real user profile nests this deep.
 */
export const MAX_DEPTH = 32
export const TOO_DEEP = '[nested too deeply to show]'

/** Booleans and null cannot hold a secret; `password_set: true` stays readable. */
function redactedValue(value: unknown): unknown {
  return value === null || typeof value === 'boolean' ? value : REDACTED
}

/**
 * A deep copy of `value` (JSON-like data; anything else is copied by reference) in which every
 * value under a secret-looking key is redacted, at any depth, and parts deeper than MAX_DEPTH
 * become TOO_DEEP. `depth` is the depth of `value` in the user.
 */
function walk(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value
  if (depth >= MAX_DEPTH) return TOO_DEEP
  if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1))
  const out: Json = {}
  for (const key of Object.keys(value)) {
    const item = (value as Json)[key]
    set(out, key, SECRET_LOOKING_KEY.test(key) ? redactedValue(item) : walk(item, depth + 1))
  }
  return out
}

/**
 * A copy of the container `holder` at `depth` with `value` redacted and the keys in `nested`
 * handled by their own function; every other key goes through `walk`, so nothing hidden in a
 * container escapes. Anything that is not an object is redacted whole.
 */
function redactContainer(
  holder: unknown,
  depth: number,
  nested: Record<string, (value: unknown, depth: number) => unknown> = {},
): unknown {
  if (!isObject(holder)) return REDACTED
  if (depth >= MAX_DEPTH) return TOO_DEEP
  const out: Json = {}
  for (const key of Object.keys(holder)) {
    const value = holder[key]
    const handle = Object.hasOwn(nested, key) ? nested[key] : undefined
    if (handle) set(out, key, handle(value, depth + 1))
    else if (key === 'value') set(out, key, REDACTED)
    else set(out, key, walk(value, depth + 1))
  }
  return out
}

/** `custom_password_hash`: `hash.value`, `hash.key.value` and `salt.value`. */
function redactCustomPasswordHash(custom: unknown, depth: number): unknown {
  return redactContainer(custom, depth, {
    hash: (hash, at) => redactContainer(hash, at, { key: (key, d) => redactContainer(key, d) }),
    salt: (salt, at) => redactContainer(salt, at),
    // `password: {encoding}` describes the input, it holds no secret; the walk still checks it.
    password: (password, at) => walk(password, at),
  })
}

/** Anything that is not a factor object may be a bare secret (a TOTP seed as a string). */
function redactMfaFactor(factor: unknown, depth: number): unknown {
  if (!isObject(factor)) return REDACTED
  return redactContainer(factor, depth, {
    totp: (totp, at) =>
      isObject(totp) ? redactContainer(totp, at, { secret: () => REDACTED }) : REDACTED,
    // Factor values (a phone number, an email) are not secrets.
    phone: (phone, at) => walk(phone, at),
    email: (email, at) => walk(email, at),
    value: (value, at) => walk(value, at),
  })
}

/**
 * A deep copy of `user` with its secrets replaced by `"[redacted]"`: `password_hash`,
 * `custom_password_hash` `hash.value`, `hash.key.value` and `salt.value`, and
 * `mfa_factors[].totp.secret`. Where one of those containers has the wrong type (a string
 * `custom_password_hash`, a `hash` that is an array, …) the whole container is redacted. Every
 * other value under a key that looks like a secret (`password`, `salt`, `totp`, …) is redacted
 * at any depth, including under `user_metadata`, `app_metadata`, arrays and `__proto__` keys
 * (kept as plain data, never as a prototype). Parts nested deeper than MAX_DEPTH become TOO_DEEP.
 * An array (a list of users by mistake) is redacted item by item. Never mutates `user`.
 */
export function redactUser(user: unknown, depth = 0): unknown {
  if (depth >= MAX_DEPTH) return TOO_DEEP
  if (Array.isArray(user)) return user.map((item) => redactUser(item, depth + 1))
  if (!isObject(user)) return user
  const out: Json = {}
  for (const key of Object.keys(user)) {
    const value = user[key]
    if (key === 'password_hash') set(out, key, REDACTED)
    else if (key === 'custom_password_hash')
      set(out, key, redactCustomPasswordHash(value, depth + 1))
    else if (key === 'mfa_factors') {
      set(
        out,
        key,
        Array.isArray(value) ? value.map((factor) => redactMfaFactor(factor, depth + 2)) : REDACTED,
      )
    } else if (!KNOWN_KEYS.has(key) && SECRET_LOOKING_KEY.test(key)) set(out, key, REDACTED)
    else set(out, key, walk(value, depth + 1))
  }
  return out
}

const SECRET_FIELDS = ['password_hash', 'custom_password_hash', 'mfa_factors']

/** Every string of `user` that redactUser hides: under the secret fields and secret-looking keys. */
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
  const search = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return
    for (const [key, item] of Object.entries(value)) {
      if (SECRET_LOOKING_KEY.test(key)) collect(item, depth + 1)
      else search(item, depth + 1)
    }
  }
  for (const key of Object.keys(user)) {
    if (SECRET_FIELDS.includes(key) || (!KNOWN_KEYS.has(key) && SECRET_LOOKING_KEY.test(key))) {
      collect(user[key], 0)
    } else search(user[key], 1)
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
