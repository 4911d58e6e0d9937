/**
 * A quick yes to the common valid user, so that the generated validator (validate.ts) runs only
 * for users it may have to explain.
 *
 * `isPlainlyValid(user)` is true only for a user the bulk-import schema (bulk-import-schema.ts)
 * accepts; false means "not sure", never "invalid": anything it does not know (another key, a
 * longer salt, a value of another type) is left to the generated validator, which decides and
 * names the errors. It reads each key once and takes an algorithm's rules by `switch`, where the
 * generated code tries every `if` of the schema's `allOf` (about 1 µs a user warm, and a large
 * function V8 takes long to optimise in each thread). __tests__/users-plainly-valid.test.ts holds
 * it to the schema: it must never say yes where the generated validator says no.
 *
 * A change to the schema must be made here too; the test's mutations of every key catch a rule
 * this side lacks.
 */
import {
  APP_METADATA_RESERVED_KEYS,
  DIGEST_BYTES,
  digestPatterns,
  HASH_ALGORITHMS,
  HMAC_DIGESTS,
  PASSWORD_ENCODINGS,
  PATTERNS,
  SALT_POSITIONS,
  VALUE_ENCODINGS,
} from './bulk-import-rules.js'
import { isEmail } from './email-format.js'

// The flag the generated validator compiles every pattern with.
const pattern = (source: string) => new RegExp(source, 'u')
const PASSWORD_HASH = pattern(PATTERNS.passwordHash)
const PHONE_NUMBER = pattern(PATTERNS.phoneNumber)
const TOTP_SECRET = pattern(PATTERNS.totpSecret)
const FACTOR_PHONE = pattern(PATTERNS.factorPhone)
const HEX = pattern(PATTERNS.hex)
const BASE64 = pattern(PATTERNS.base64)
/** The algorithms whose hash is one utf8 string of a known form. */
const WHOLE_HASH_PATTERNS = new Map<string, RegExp>([
  ['argon2', pattern(PATTERNS.argon2)],
  ['bcrypt', pattern(PATTERNS.bcrypt)],
  ['ldap', pattern(PATTERNS.ldap)],
  ['pbkdf2', pattern(PATTERNS.pbkdf2)],
])
const DIGEST_PATTERNS = new Map(
  Object.entries(DIGEST_BYTES).map(([algorithm, bytes]) => {
    const { hex, base64 } = digestPatterns(bytes)
    return [algorithm, { hex: pattern(hex), base64: pattern(base64) }]
  }),
)
const ALGORITHMS = new Set<unknown>(HASH_ALGORITHMS)
const RESERVED_APP_METADATA = new Set<string>(APP_METADATA_RESERVED_KEYS)
const ENCODINGS = new Set<unknown>(VALUE_ENCODINGS)
const HMAC_DIGEST_NAMES = new Set<unknown>(HMAC_DIGESTS)
const PASSWORD_ENCODING_NAMES = new Set<unknown>(PASSWORD_ENCODINGS)
const SALT_POSITION_NAMES = new Set<unknown>(SALT_POSITIONS)
/** bcrypt's salt limit, in characters; a string of at most this many UTF-16 units is within it. */
const BCRYPT_SALT_MAX = 71

type Json = Record<string, unknown>

/** JSON Schema's `object`, as the generated validator tests it. */
function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** JSON Schema's `integer` of at least 1. */
function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
}

/** A power of two from 2 to 2^30 (scrypt's `cost`). */
function isCost(value: unknown): boolean {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 2 &&
    value <= 2 ** 30 &&
    (value & (value - 1)) === 0
  )
}

/** `value` beside an optional `encoding`: hex and base64 values use only their characters. */
function isEncodedValue(value: string, encoding: unknown): boolean {
  if (encoding === 'hex') return HEX.test(value)
  if (encoding === 'base64') return BASE64.test(value)
  return true
}

export function isPlainlyValid(user: unknown): boolean {
  if (!isObject(user)) return false
  let hasEmail = false
  let hasPasswordHash = false
  let hasCustomHash = false
  for (const key in user) {
    const value = user[key]
    switch (key) {
      case 'email':
        if (typeof value !== 'string' || !isEmail(value)) return false
        hasEmail = true
        break
      case 'email_verified':
      case 'phone_verified':
      case 'blocked':
        if (typeof value !== 'boolean') return false
        break
      case 'user_id':
      case 'username':
      case 'given_name':
      case 'family_name':
      case 'name':
      case 'nickname':
      case 'picture':
        if (typeof value !== 'string') return false
        break
      case 'phone_number':
        if (typeof value !== 'string' || !PHONE_NUMBER.test(value)) return false
        break
      case 'password_hash':
        if (typeof value !== 'string' || !PASSWORD_HASH.test(value)) return false
        hasPasswordHash = true
        break
      case 'custom_password_hash':
        if (!isPlainCustomHash(value)) return false
        hasCustomHash = true
        break
      case 'app_metadata':
        if (!isObject(value)) return false
        for (const reserved in value) if (RESERVED_APP_METADATA.has(reserved)) return false
        break
      case 'user_metadata':
        if (!isObject(value)) return false
        break
      case 'mfa_factors':
        if (!isPlainFactors(value)) return false
        break
      default:
        return false
    }
  }
  return hasEmail && !(hasPasswordHash && hasCustomHash)
}

/** The one key a factor's detail holds, and what its value must be. */
const FACTOR_FIELDS = new Map<string, { field: string; accepts: (value: string) => boolean }>([
  ['totp', { field: 'secret', accepts: (value) => TOTP_SECRET.test(value) }],
  ['phone', { field: 'value', accepts: (value) => FACTOR_PHONE.test(value) }],
  ['email', { field: 'value', accepts: isEmail }],
])

function isPlainFactors(factors: unknown): boolean {
  if (!Array.isArray(factors) || factors.length < 1 || factors.length > 10) return false
  for (const factor of factors) {
    if (!isObject(factor)) return false
    let kinds = 0
    for (const kind in factor) {
      const rule = FACTOR_FIELDS.get(kind)
      if (rule === undefined || !isPlainFactorDetail(factor[kind], rule.field, rule.accepts))
        return false
      kinds++
    }
    if (kinds !== 1) return false
  }
  return true
}

function isPlainFactorDetail(
  detail: unknown,
  field: string,
  accepts: (value: string) => boolean,
): boolean {
  if (!isObject(detail)) return false
  for (const key in detail) if (key !== field) return false
  const value = detail[field]
  return typeof value === 'string' && accepts(value)
}

function isPlainCustomHash(custom: unknown): boolean {
  if (!isObject(custom)) return false
  const algorithm = custom.algorithm
  if (!ALGORITHMS.has(algorithm)) return false
  const hash = custom.hash
  if (!isObject(hash)) return false
  for (const key in custom) {
    const value = custom[key]
    switch (key) {
      case 'algorithm':
      case 'hash':
        break
      case 'salt':
        if (!isPlainSalt(value, algorithm)) return false
        break
      case 'password':
        if (!isObject(value)) return false
        for (const passwordKey in value) {
          if (passwordKey !== 'encoding' || !PASSWORD_ENCODING_NAMES.has(value[passwordKey]))
            return false
        }
        break
      case 'keylen':
      case 'blockSize':
      case 'parallelization':
        if (algorithm !== 'scrypt' || !isCount(value)) return false
        break
      case 'cost':
        if (algorithm !== 'scrypt' || !isCost(value)) return false
        break
      default:
        return false
    }
  }
  if (!isPlainHash(hash, algorithm as string)) return false
  switch (algorithm) {
    case 'argon2':
    case 'ldap':
    case 'pbkdf2':
      return custom.salt === undefined
    case 'scrypt':
      return custom.keylen !== undefined
    default:
      return true
  }
}

function isPlainSalt(salt: unknown, algorithm: unknown): boolean {
  const value = plainEncodedValue(salt, true)
  return value !== undefined && !(algorithm === 'bcrypt' && value.length > BCRYPT_SALT_MAX)
}

/**
 * The value of a `{ value, encoding? }` object (a salt may also say its `position`) whose value
 * uses only its encoding's characters; undefined when it is not one.
 */
function plainEncodedValue(object: unknown, withPosition: boolean): string | undefined {
  if (!isObject(object)) return undefined
  const value = object.value
  if (typeof value !== 'string') return undefined
  for (const key in object) {
    if (key === 'encoding') {
      if (!ENCODINGS.has(object.encoding)) return undefined
    } else if (key === 'position' && withPosition) {
      if (!SALT_POSITION_NAMES.has(object.position)) return undefined
    } else if (key !== 'value') return undefined
  }
  return isEncodedValue(value, object.encoding) ? value : undefined
}

function isPlainHash(hash: Json, algorithm: string): boolean {
  const value = hash.value
  if (typeof value !== 'string') return false
  const encoding = hash.encoding
  for (const key in hash) {
    switch (key) {
      case 'value':
        break
      case 'encoding':
        if (!ENCODINGS.has(encoding)) return false
        break
      case 'digest':
        if (algorithm !== 'hmac' || !HMAC_DIGEST_NAMES.has(hash.digest)) return false
        break
      case 'key':
        if (algorithm !== 'hmac' || !isPlainKey(hash.key)) return false
        break
      default:
        return false
    }
  }
  if (!isEncodedValue(value, encoding)) return false
  const whole = WHOLE_HASH_PATTERNS.get(algorithm)
  if (whole !== undefined)
    return (encoding === undefined || encoding === 'utf8') && whole.test(value)
  // Every other algorithm takes a binary hash: hex or base64, named.
  if (encoding !== 'hex' && encoding !== 'base64') return false
  const digest = DIGEST_PATTERNS.get(algorithm)
  if (digest !== undefined) return digest[encoding].test(value)
  if (algorithm === 'hmac') return hash.digest !== undefined && hash.key !== undefined
  return true
}

function isPlainKey(key: unknown): boolean {
  return plainEncodedValue(key, false) !== undefined
}
