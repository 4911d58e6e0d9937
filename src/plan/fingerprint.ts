/**
 * 64-bit fingerprints of keys and attribute values, computed by walking the value and feeding
 * two 32-bit hashes (FNV-1a and a multiplicative one) directly: no canonical JSON string is built.
 * Object keys are taken in sorted order, so key order never counts as a difference. Results land
 * in `FINGERPRINT` (no pair is allocated per call); zero is never a result, so typed arrays can
 * use it for "empty".
 */
import { bareUserId } from './attributes.js'

export const FINGERPRINT = new Uint32Array(2)
let a = 0
let b = 0

function feed(text: string): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b ^= b >>> 15
  }
}

function feedCode(c: number): void {
  a = Math.imul(a ^ c, 0x01000193)
  b = Math.imul(b ^ c, 0x5bd1e995)
  b ^= b >>> 15
}

/**
 * `text` between quotes, with `"` and `\\` escaped by a backslash: a prefix-free encoding (the
 * closing quote is the first unescaped one), so two different strings never feed the same codes,
 * and nothing is allocated as `JSON.stringify` would.
 */
function feedQuoted(text: string): void {
  feedCode(QUOTE)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE || c === BACKSLASH) feedCode(BACKSLASH)
    feedCode(c)
  }
  feedCode(QUOTE)
}
const QUOTE = 0x22
const BACKSLASH = 0x5c

function begin(seed: number): void {
  a = (0x811c9dc5 ^ seed) >>> 0
  b = (0x9747b28c ^ Math.imul(seed, 0x27d4eb2d)) >>> 0
}

function end(): void {
  FINGERPRINT[0] = a >>> 0 || 1
  FINGERPRINT[1] = b >>> 0 || 1
}

/**
 * Canonical JSON of `value`, fed to the hash; strings nested in structures are quoted (with only
 * `"` and `\\` escaped, which keeps the encoding unambiguous).
 */
function feedValue(value: unknown, depth: number): void {
  if (typeof value === 'string') feedQuoted(value)
  else if (value === null || typeof value !== 'object' || depth > 64) feed(String(value))
  else if (Array.isArray(value)) {
    feedCode(0x5b) // [
    for (let i = 0; i < value.length; i++) {
      if (i > 0) feedCode(0x2c) // ,
      feedValue(value[i], depth + 1)
    }
    feedCode(0x5d) // ]
  } else {
    const record = value as Record<string, unknown>
    const keys = sortedKeys(record)
    feedCode(0x7b) // {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string
      if (i > 0) feedCode(0x2c) // ,
      feedQuoted(key)
      feedCode(0x3a) // :
      feedValue(record[key], depth + 1)
    }
    feedCode(0x7d) // }
  }
}

/**
 * The keys of `record` in the order `Array.prototype.sort` gives them (UTF-16 code units, as `<`
 * compares strings): an insertion sort, cheaper than `sort()` for the few keys metadata
 * usually has.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record)
  // Quadratic: only for small objects (metadata may be as large as a file allows).
  if (keys.length > 16) return keys.sort()
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string
    let j = i - 1
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string
      j--
    }
    keys[j + 1] = key
  }
  return keys
}

/** A key's fingerprint, seeded by its kind so that equal texts of two kinds differ. */
export function keyFingerprint(key: string, seed: number): Uint32Array {
  begin(seed)
  feed(key)
  end()
  return FINGERPRINT
}

const FALSE_WHEN_ABSENT = new Set<string>(['email_verified', 'phone_verified', 'blocked'])
const EMPTY_WHEN_ABSENT = new Set<string>(['app_metadata', 'user_metadata'])

/**
 * The fingerprint of `user[attribute]` as Auth0 would compare it, into FINGERPRINT; false when the
 * attribute is absent and absence has no meaning of its own. Booleans Auth0 defaults to false and
 * metadata it defaults to `{}` compare equal to absent ones; user_id is compared without the
 * `auth0|` prefix and email in lower case.
 */
export function attributeFingerprint(user: Record<string, unknown>, attribute: string): boolean {
  const value = user[attribute]
  begin(0)
  if (value === undefined || value === null) {
    if (FALSE_WHEN_ABSENT.has(attribute)) feed('false')
    else if (EMPTY_WHEN_ABSENT.has(attribute)) feed('{}')
    else return false
  } else if (typeof value === 'string') {
    // A leading quote marks a string (no other canonical text starts with one) without the cost
    // of escaping it.
    feed('"')
    feed(
      attribute === 'user_id'
        ? bareUserId(value)
        : attribute === 'email'
          ? value.toLowerCase()
          : value,
    )
  } else {
    feedValue(value, 0)
  }
  end()
  return true
}
