/**
 * Local validation of users against Auth0's bulk-import schema, with errors in Auth0's own shape
 * (the codes its z-schema validator reports in GET /jobs/{id}/errors) so that a dry run and a real
 * import read the same way.
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import type { UserError } from '../auth0/job.js'
import { DIGEST_BYTES, PATTERNS } from './bulk-import-rules.js'
import { validate as validateBulkImportUser } from './bulk-import-validator.generated.js'

export { isEmail } from './email-format.js'

/** Most errors kept for one user; the rest are summed up in one last entry. */
export const MAX_ERRORS_PER_USER = 20

/**
 * The bulk-import schema compiled to code at build time (scripts/generate-validator.ts), so no
 * run pays for loading ajv and compiling the schema before its first request.
 */
const validator = validateBulkImportUser as ValidateFunction

/** Validates one user; `[]` when valid. Messages never quote a value (it may be a secret). */
export function validateUser(user: unknown): UserError[] {
  if (validator(user)) return []
  return mapErrors(validator.errors ?? [], user)
}

/** `/mfa_factors/0/totp/secret` → `mfa_factors[0].totp.secret` (Auth0's path style). */
export function toAuth0Path(pointer: string, extra?: string): string {
  let path = ''
  if (pointer) {
    for (const raw of pointer.slice(1).split('/')) {
      const part = raw.replace(/~1/g, '/').replace(/~0/g, '~')
      if (/^\d+$/.test(part)) path += `[${part}]`
      else path += path ? `.${part}` : part
    }
  }
  if (extra !== undefined) path += path ? `.${extra}` : extra
  return path
}

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function describeValues(values: readonly unknown[]): string {
  if (values.length > 12) return `${values.length} allowed values`
  return values.map((v) => JSON.stringify(v)).join(', ')
}

function get(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object'
    ? (value as Record<string, unknown>)[key]
    : undefined
}

function withPath(code: string, message: string, path: string): UserError {
  return path ? { code, message, path } : { code, message }
}

/** One ajv error in Auth0's words, or undefined for ajv's bookkeeping errors. */
function mapError(error: ErrorObject, user: unknown): UserError | undefined {
  // Longer than 60 lines: one short case per ajv keyword, which reads best as one switch.
  const path = toAuth0Path(error.instancePath)
  const params = error.params as Record<string, unknown>
  const when = condition(error, user)
  switch (error.keyword) {
    case 'required': {
      const property = String(params.missingProperty)
      return withPath(
        'OBJECT_REQUIRED',
        `Missing required property: ${property}${when}`,
        toAuth0Path(error.instancePath, property),
      )
    }
    case 'additionalProperties': {
      const property = String(params.additionalProperty)
      return withPath(
        'OBJECT_ADDITIONAL_PROPERTIES',
        `Additional properties not allowed: ${property}`,
        toAuth0Path(error.instancePath, property),
      )
    }
    case 'type':
      return withPath(
        'INVALID_TYPE',
        `Expected type ${String(params.type)} but found type ${jsonType(error.data)}`,
        path,
      )
    case 'format':
      return withPath(
        'FORMAT',
        params.format === 'email'
          ? "Object didn't pass validation for format email (not a valid email address)"
          : `Object didn't pass validation for format ${String(params.format)}`,
        path,
      )
    case 'pattern': {
      const pattern = String(params.pattern)
      const hint = PATTERN_HINTS[pattern]
      // A long pattern (pbkdf2's lists 33 digests) says less than its hint.
      const shown = hint && pattern.length > 80 ? 'the expected format' : `pattern ${pattern}`
      return withPath(
        'PATTERN',
        `String does not match ${shown}${when}${hint ? ` (${hint})` : ''}`,
        path,
      )
    }
    case 'enum':
    case 'const': {
      if (path === 'custom_password_hash.cost') {
        return withPath(
          'ENUM_MISMATCH',
          'No enum match; cost must be a power of two greater than 1 (such as 16384)',
          path,
        )
      }
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue]
      return withPath(
        'ENUM_MISMATCH',
        `No enum match${when}; expected ${describeValues(allowed)}`,
        path,
      )
    }
    case 'minItems':
      return withPath(
        'ARRAY_LENGTH_SHORT',
        `Array is too short (${(error.data as unknown[]).length}), minimum ${String(params.limit)}`,
        path,
      )
    case 'maxItems':
      return withPath(
        'ARRAY_LENGTH_LONG',
        `Array is too long (${(error.data as unknown[]).length}), maximum ${String(params.limit)}`,
        path,
      )
    case 'minLength':
      return withPath(
        'MIN_LENGTH',
        `String is too short (${(error.data as string).length} chars), minimum ${String(params.limit)}`,
        path,
      )
    case 'maxLength':
      return withPath(
        'MAX_LENGTH',
        `String is too long (${(error.data as string).length} chars), maximum ${String(params.limit)}`,
        path,
      )
    case 'minimum':
    case 'exclusiveMinimum':
      return withPath(
        'MINIMUM',
        `Value ${String(error.data)} is less than minimum ${String(params.limit)}`,
        path,
      )
    case 'maximum':
    case 'exclusiveMaximum':
      return withPath(
        'MAXIMUM',
        `Value ${String(error.data)} is greater than maximum ${String(params.limit)}`,
        path,
      )
    case 'not': {
      const denied = (error.schema as { required?: string[] } | undefined)?.required
      if (denied && denied.length > 1) {
        // Mutually exclusive properties: point at the last one.
        return withPath(
          'NOT_PASSED',
          `${denied.join(' and ')} are mutually exclusive; provide only one of them`,
          toAuth0Path(error.instancePath, denied[denied.length - 1]),
        )
      }
      if (denied && denied.length === 1) {
        return withPath(
          'NOT_PASSED',
          `Property ${denied[0]} is not allowed${when}`,
          toAuth0Path(error.instancePath, denied[0]),
        )
      }
      // `{not: {}}` under `properties`: a reserved key, or one another algorithm's alone.
      const parts = path.split('.')
      const key = parts.pop() ?? path
      const parent = parts.join('.')
      if (when) return withPath('NOT_PASSED', `Property ${key} is not allowed${when}`, path)
      return withPath(
        'NOT_PASSED',
        parent
          ? `${parent} may not contain the reserved property ${key}`
          : `Property ${key} is not allowed`,
        path,
      )
    }
    case 'oneOf': {
      // The schema's only oneOf is "one factor per mfa_factors item"; Auth0's documented code
      // for a factor it cannot take is MFA_FACTORS_FAILED (z-schema's ONE_OF_* are not listed).
      const names = optionNames(error.schema)
      const none = params.passingSchemas === null || params.passingSchemas === undefined
      const choice = names ? `: ${names}` : ' of the allowed forms'
      return withPath(
        'MFA_FACTORS_FAILED',
        none ? `Must contain exactly one of${choice}` : `Must contain only one of${choice}`,
        path,
      )
    }
    case 'anyOf':
      return withPath('ANY_OF_MISSING', "Data does not match any schemas from 'anyOf'", path)
    case 'if':
    case 'allOf':
      // Wrappers: the errors of the subschema say what is wrong.
      return undefined
    default:
      // Not reached by the bulk-import schema's keywords; kept so a new keyword still reports.
      return withPath(error.keyword.toUpperCase(), error.message ?? 'is not valid', path)
  }
}

/** `oneOf: [{required: [a]}, {required: [b]}]` → "a, b". */
function optionNames(schema: unknown): string | undefined {
  if (!Array.isArray(schema)) return undefined
  const names: string[] = []
  for (const option of schema) {
    const required = (option as { required?: unknown }).required
    if (!Array.isArray(required) || required.length !== 1) return undefined
    names.push(String(required[0]))
  }
  return names.join(', ')
}

/**
 * " when algorithm is md5" for a rule of one hashing algorithm (an `if` on `algorithm`), " when
 * encoding is hex" for one of an encoding (an `if` on `encoding`), else "".
 */
function condition(error: ErrorObject, user: unknown): string {
  const at = error.schemaPath.lastIndexOf('/then/')
  if (at < 0) return ''
  const custom = get(user, 'custom_password_hash')
  // The encoding rules sit under hash, salt or key; their data is the error's parent object.
  if (/\/(hash|salt|key)\/allOf\/\d+$/.test(error.schemaPath.slice(0, at))) {
    let data: unknown = user
    const steps = error.instancePath.split('/').slice(1, -1)
    for (const step of steps) data = get(data, step)
    const encoding = get(data, 'encoding')
    if (typeof encoding === 'string') return ` when encoding is ${encoding}`
  }
  const algorithm = get(custom, 'algorithm')
  return typeof algorithm === 'string' ? ` when algorithm is ${algorithm}` : ''
}

const PATTERN_HINTS: Record<string, string> = {
  [PATTERNS.passwordHash]:
    'password_hash must be a bcrypt hash with $2a$ or $2b$ and 10 rounds, such as $2b$10$ followed by 53 characters; use custom_password_hash with algorithm bcrypt for other hashes',
  [PATTERNS.phoneNumber]: 'an E.164 phone number such as +12125550001',
  [PATTERNS.totpSecret]: 'unpadded Base32, such as JBTWY3DPEHPK3PNP',
  [PATTERNS.factorPhone]: 'a phone number with country code, such as +12125550001',
  [PATTERNS.hex]: 'hex digits only',
  [PATTERNS.base64]: 'base64 characters only',
  [PATTERNS.bcrypt]:
    'a whole bcrypt hash starting with $2a$, $2b$ or $2y$, such as $2b$10$ followed by 53 characters',
  [PATTERNS.argon2]:
    'an argon2 PHC string with its salt, such as $argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>',
  [PATTERNS.pbkdf2]:
    'a PHC string such as $pbkdf2-sha512$i=100000,l=64$<salt>$<hash>, with a digest Auth0 lists (sha1, sha256, sha512, md5, RSA-SHA256, …) and unpadded base64',
  [PATTERNS.ldap]:
    'an RFC 2307 value such as {SSHA}<base64>; schemes md5, smd5, sha*, ssha* (crypt is not supported)',
  ...Object.fromEntries(
    Object.entries(DIGEST_BYTES).flatMap(([algorithm, bytes]) => {
      const chars = Math.ceil((bytes * 4) / 3)
      const padding = '='.repeat((3 - (bytes % 3)) % 3)
      const hint = `${algorithm} hashes are ${bytes} bytes`
      return [
        [`^[0-9A-Fa-f]{${bytes * 2}}$`, `${hint}: ${bytes * 2} hex digits`],
        [
          `^[A-Za-z0-9+/_-]{${chars}}${padding ? `(${padding})?` : ''}$`,
          `${hint}: ${chars} base64 characters${padding ? ` and ${padding}` : ''}`,
        ],
      ]
    }),
  ),
}

/**
 * Maps ajv's errors to Auth0's, dropping the noise: the per-branch errors under a failed
 * `oneOf`/`anyOf` (the branch errors repeat what the summary says), `if` markers, and duplicates.
 */
export function mapErrors(errors: readonly ErrorObject[], user: unknown): UserError[] {
  const summarised: string[] = []
  // A value of the wrong type is reported as that alone: `required` holds vacuously for a
  // non-object, so a plain-string factor would otherwise also "match every oneOf branch".
  const wrongType = new Set<string>()
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf')
      summarised.push(`${error.schemaPath}/`)
    if (error.keyword === 'type') wrongType.add(error.instancePath)
  }
  const out: UserError[] = []
  const seen = new Set<string>()
  let dropped = 0
  for (const error of errors) {
    if (summarised.some((prefix) => error.schemaPath.startsWith(prefix))) continue
    if (error.keyword !== 'type' && wrongType.has(error.instancePath)) continue
    const mapped = mapError(error, user)
    if (!mapped) continue
    const key = `${mapped.code}\u0000${mapped.path ?? ''}\u0000${mapped.message}`
    if (seen.has(key)) continue
    seen.add(key)
    if (out.length < MAX_ERRORS_PER_USER) out.push(mapped)
    else dropped++
  }
  if (dropped > 0) {
    out.push({
      code: 'TOO_MANY_ERRORS',
      message: `${dropped} more errors for this user not listed`,
    })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Duplicates within one file

export type IdentityKind = 'email' | 'user_id' | 'username'
export const IDENTITY_KINDS: readonly IdentityKind[] = ['email', 'user_id', 'username']

/** The value a user is matched on for `kind`, normalised (emails are case-insensitive). */
export function identityKey(user: unknown, kind: IdentityKind): string | undefined {
  const value = get(user, kind)
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

/**
 * Remembers the email / user_id / username of every user seen, compactly: an open-addressing table
 * of 32-bit hashes and user indexes (8 bytes a slot, 32 MiB for 3 million keys) instead of the
 * strings. A hash hit is only a candidate: `confirm` checks it against the earlier user's real
 * value (the planner re-reads that user from the file), so a collision never reports a false
 * duplicate — it only costs one small read.
 */
export class DuplicateIndex {
  private capacity: number
  private mask: number
  private size = 0
  private hashes: Uint32Array
  /** User index + 1 (0 = empty slot). */
  private owners: Uint32Array

  constructor(initialCapacity = 1 << 16) {
    let capacity = 1 << 4
    while (capacity < initialCapacity) capacity <<= 1
    this.capacity = capacity
    this.mask = capacity - 1
    this.hashes = new Uint32Array(capacity)
    this.owners = new Uint32Array(capacity)
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.capacity * 8
  }

  /**
   * Records `key` of `kind` for user `index`. Returns the index of an earlier user with the same
   * key (as confirmed by `confirm`), or undefined when the key is new.
   */
  add(
    kind: IdentityKind,
    key: string,
    index: number,
    confirm: (earlierIndex: number) => boolean,
  ): number | undefined {
    const hash = hashKey(kind, key)
    let slot = hash & this.mask
    for (;;) {
      const owner = this.owners[slot] as number
      if (owner === 0) break
      if (this.hashes[slot] === hash && confirm(owner - 1)) return owner - 1
      slot = (slot + 1) & this.mask
    }
    this.hashes[slot] = hash
    this.owners[slot] = index + 1
    if (++this.size > this.capacity * 0.75) this.grow()
    return undefined
  }

  private grow(): void {
    const { hashes, owners } = this
    this.capacity <<= 1
    this.mask = this.capacity - 1
    this.hashes = new Uint32Array(this.capacity)
    this.owners = new Uint32Array(this.capacity)
    for (let k = 0; k < owners.length; k++) {
      const owner = owners[k] as number
      if (owner === 0) continue
      const hash = hashes[k] as number
      let slot = hash & this.mask
      while (this.owners[slot] !== 0) slot = (slot + 1) & this.mask
      this.hashes[slot] = hash
      this.owners[slot] = owner
    }
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
