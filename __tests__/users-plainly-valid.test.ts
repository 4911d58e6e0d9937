/**
 * src/users/plainly-valid.ts answers "valid" for the common user without the generated validator.
 * It must never say yes where the generated validator (the schema) says no: every user here is
 * put to both. The users are valid users of every shape the schema knows, each changed in one
 * place (a key dropped, given another value, another key added beside it) and custom hashes made
 * of random parts; a rule that plainly-valid.ts lacks shows up as a mutation it accepts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { realisticUser, rng } from '../bench/realistic-users.js'
import {
  APP_METADATA_RESERVED_KEYS,
  BULK_IMPORT_USER_SCHEMA,
  HASH_ALGORITHMS,
  PBKDF2_DIGESTS,
} from '../src/users/bulk-import-schema.js'
import { validate as schemaAccepts } from '../src/users/bulk-import-validator.generated.js'
import { isPlainlyValid } from '../src/users/plainly-valid.js'
import { validateUser } from '../src/users/validate.js'

type Json = unknown
type Obj = Record<string, Json>

const BCRYPT = '$2b$10$nFguVi9LsCAcvTZFKQlRKeLVydo8ETv483lkNsSFI/Wl1Rz1Ypo1K'
const BCRYPT_12Y = '$2y$12$nFguVi9LsCAcvTZFKQlRKeLVydo8ETv483lkNsSFI/Wl1Rz1Ypo1K'
const ARGON2 =
  '$argon2id$v=19$m=65536,t=2,p=1$J6Q/82PCyaNpYKRELJyTZg$m04qUAB8rexWDR4+/0f+SFB+4XMFxt7YAvAq2UycYos'
const PBKDF2 =
  '$pbkdf2-sha512$i=100000,l=64$KNyFsA2rWoE$I2CQGI9H0JxdDf3kERRI97kPCGxh0KWBIV3MxyaS191g'
const LDAP = '{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g='
const hex = (bytes: number) => 'a1'.repeat(bytes)
const base64 = (chars: number, padding = '') => `${'Qw'.repeat(chars).slice(0, chars)}${padding}`

/** Values that are near something valid somewhere in the schema, and values of every type. */
const VALUES: Json[] = [
  '',
  'x',
  ...['utf8', 'hex', 'base64', 'ascii', 'latin1', 'prefix', 'suffix', 'sha256', 'whirlpool'],
  ...HASH_ALGORITHMS,
  'RSA-SHA256',
  PBKDF2_DIGESTS[0],
  BCRYPT,
  BCRYPT_12Y,
  ARGON2,
  PBKDF2,
  `${PBKDF2.replace('sha512', 'sha3')}`,
  LDAP,
  '{CRYPT}abc',
  hex(16),
  hex(20),
  hex(32),
  hex(64),
  `${hex(16)}0`,
  'ZZ',
  base64(22),
  base64(22, '=='),
  base64(27, '='),
  base64(43),
  base64(86, '=='),
  base64(10, '==='),
  's'.repeat(71),
  's'.repeat(72),
  '😀'.repeat(71),
  'a@example.com',
  'zoë@exämple.com',
  'not an email',
  `${'a'.repeat(65)}@example.com`,
  '+12125550001',
  '+0',
  '12125550001',
  'JBSWY3DPEHPK3PXP',
  'jbswy3dp',
  0,
  1,
  -1,
  1.5,
  2,
  3,
  8,
  16384,
  2 ** 30,
  2 ** 31,
  1e300,
  true,
  false,
  null,
  [],
  [{}],
  {},
  { value: 'x' },
  { value: hex(16), encoding: 'hex' },
  { value: 'zz', encoding: 'hex' },
  { secret: 'JBSWY3DPEHPK3PXP' },
  [{ email: { value: 'a@example.com' } }],
]

/** Every property name in `schema`, at any depth (properties, items, allOf/if/then, not). */
function propertyNames(schema: Json, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const part of schema) propertyNames(part, into)
  else if (typeof schema === 'object' && schema !== null) {
    const { properties } = schema as { properties?: Obj }
    for (const name of Object.keys(properties ?? {})) into.add(name)
    for (const part of Object.values(schema)) propertyNames(part, into)
  }
  return into
}

/** Every key name the schema has at any level (read from it), and some it has not. */
const KEYS = [
  ...propertyNames(BULK_IMPORT_USER_SCHEMA),
  ...APP_METADATA_RESERVED_KEYS,
  'role',
  'constructor',
  'toString',
  '0',
]
/** What an added key is given. */
const ADDED_VALUES: Json[] = ['x', 'utf8', 'hex', hex(16), 1, 32, 16384, true, {}, { value: 'x' }]

const email = 'a@example.com'
/** Valid users of every shape: each algorithm with its options, each factor, every top-level key. */
const BASE_USERS: Obj[] = [
  {
    email,
    email_verified: true,
    phone_number: '+12125550001',
    phone_verified: false,
    user_id: 'u1',
    username: 'u',
    given_name: 'G',
    family_name: 'F',
    name: 'N',
    nickname: 'n',
    picture: 'https://example.com/p.png',
    blocked: false,
    password_hash: BCRYPT,
    app_metadata: { roles: ['a'], plan: 'pro' },
    user_metadata: { theme: 'dark', nested: { _id: 1 } },
    mfa_factors: [
      { totp: { secret: 'JBSWY3DPEHPK3PXP' } },
      { phone: { value: '+12125550001' } },
      { email: { value: 'mfa@example.org' } },
    ],
  },
  { email: 'zoë@exämple.com' },
  { email, custom_password_hash: { algorithm: 'argon2', hash: { value: ARGON2 } } },
  {
    email,
    custom_password_hash: { algorithm: 'argon2', hash: { value: ARGON2, encoding: 'utf8' } },
  },
  { email, custom_password_hash: { algorithm: 'bcrypt', hash: { value: BCRYPT_12Y } } },
  {
    email,
    custom_password_hash: {
      algorithm: 'bcrypt',
      hash: { value: BCRYPT, encoding: 'utf8' },
      salt: { value: 's'.repeat(71), position: 'suffix' },
      password: { encoding: 'latin1' },
    },
  },
  {
    email,
    custom_password_hash: {
      algorithm: 'hmac',
      hash: {
        value: hex(32),
        encoding: 'hex',
        digest: 'sha256',
        key: { value: hex(8), encoding: 'hex' },
      },
      salt: { value: base64(10, '=='), encoding: 'base64', position: 'prefix' },
    },
  },
  {
    email,
    custom_password_hash: {
      algorithm: 'hmac',
      hash: { value: base64(43), encoding: 'base64', digest: 'whirlpool', key: { value: 'k' } },
    },
  },
  { email, custom_password_hash: { algorithm: 'ldap', hash: { value: LDAP } } },
  ...(
    [
      ['md4', 16],
      ['md5', 16],
      ['sha1', 20],
      ['sha256', 32],
      ['sha512', 64],
    ] as const
  ).flatMap(([algorithm, bytes]) => {
    const chars = Math.ceil((bytes * 4) / 3)
    const padding = '='.repeat((3 - (bytes % 3)) % 3)
    return [
      { email, custom_password_hash: { algorithm, hash: { value: hex(bytes), encoding: 'hex' } } },
      {
        email,
        custom_password_hash: {
          algorithm,
          hash: { value: base64(chars, padding), encoding: 'base64' },
          salt: { value: hex(4), encoding: 'hex' },
        },
      },
    ]
  }),
  { email, custom_password_hash: { algorithm: 'pbkdf2', hash: { value: PBKDF2 } } },
  {
    email,
    custom_password_hash: {
      algorithm: 'scrypt',
      hash: { value: hex(32), encoding: 'hex' },
      salt: { value: 'salt' },
      keylen: 32,
      cost: 16384,
      blockSize: 8,
      parallelization: 1,
    },
  },
  {
    email,
    custom_password_hash: {
      algorithm: 'scrypt',
      hash: { value: base64(43), encoding: 'base64' },
      keylen: 64,
    },
  },
]

/** The values each key has somewhere in the valid users, to move between users and levels. */
const VALUES_BY_KEY = new Map<string, Json[]>()
function collectValues(value: Json): void {
  if (Array.isArray(value)) {
    for (const item of value) collectValues(item)
    return
  }
  if (typeof value !== 'object' || value === null) return
  for (const [key, item] of Object.entries(value)) {
    const known = VALUES_BY_KEY.get(key) ?? []
    if (!known.some((other) => JSON.stringify(other) === JSON.stringify(item))) known.push(item)
    VALUES_BY_KEY.set(key, known)
    collectValues(item)
  }
}
BASE_USERS.forEach(collectValues)

/** Each change of `value` in one place: its keys, at any depth, dropped, replaced or joined. */
function* mutations(value: Json): Generator<Json> {
  if (Array.isArray(value)) {
    for (let k = 0; k < value.length; k++) {
      yield value.filter((_, at) => at !== k)
      for (const other of VALUES) yield value.map((item, at) => (at === k ? other : item))
      for (const changed of mutations(value[k])) {
        yield value.map((item, at) => (at === k ? changed : item))
      }
    }
    for (const length of [value.length + 1, 10, 11]) {
      yield Array.from({ length }, (_, at) => value[at % value.length])
    }
    return
  }
  if (typeof value !== 'object' || value === null) return
  const object = value as Obj
  for (const key of Object.keys(object)) {
    const { [key]: _dropped, ...rest } = object
    yield rest
    for (const other of [...VALUES, ...(VALUES_BY_KEY.get(key) ?? [])]) {
      yield { ...object, [key]: other }
    }
    for (const changed of mutations(object[key])) yield { ...object, [key]: changed }
  }
  for (const key of KEYS) {
    if (Object.hasOwn(object, key)) continue
    for (const added of [...ADDED_VALUES, ...(VALUES_BY_KEY.get(key) ?? [])]) {
      yield { ...object, [key]: added }
    }
  }
}

/** The users plainly-valid.ts accepts that the schema refuses. */
function wronglyAccepted(users: Iterable<Json>): {
  count: number
  accepted: number
  wrong: Json[]
} {
  let count = 0
  let accepted = 0
  const wrong: Json[] = []
  for (const user of users) {
    count++
    // A user as the action has it: parsed from JSON text.
    const parsed = JSON.parse(JSON.stringify(user))
    if (!isPlainlyValid(parsed)) continue
    accepted++
    if (!schemaAccepts(parsed) && wrong.length < 5) wrong.push(parsed)
  }
  return { count, accepted, wrong }
}

describe('isPlainlyValid', () => {
  it('says yes to every valid user of every shape the schema knows', () => {
    for (const user of BASE_USERS) {
      expect(schemaAccepts(user), JSON.stringify(user)).toBe(true)
      expect(isPlainlyValid(user), JSON.stringify(user)).toBe(true)
    }
  })

  it('says yes to the benchmark’s realistic users, so they skip the generated validator', () => {
    const random = rng(7)
    for (let index = 0; index < 2_000; index++) {
      const user = realisticUser(index, random)
      expect(schemaAccepts(user)).toBe(true)
      expect(isPlainlyValid(user), JSON.stringify(user)).toBe(true)
    }
  })

  it('never says yes to a user changed in one place that the schema refuses', () => {
    const result = wronglyAccepted(
      (function* () {
        for (const user of BASE_USERS) yield* mutations(user)
      })(),
    )
    expect(result.wrong).toEqual([])
    // The keys added come from the schema at every depth, the custom hash's and factors' too.
    for (const nested of [
      'salt',
      'position',
      'digest',
      'key',
      'keylen',
      'cost',
      'totp',
      'secret',
    ]) {
      expect(KEYS).toContain(nested)
    }
    // The mutations reach both answers: many are still valid, many are not.
    expect(result.count).toBeGreaterThan(50_000)
    expect(result.accepted).toBeGreaterThan(1_000)
    expect(result.accepted).toBeLessThan(result.count / 2)
  })

  it('never says yes to a custom hash of random parts that the schema refuses', () => {
    const part = (values: Json[]) => fc.option(fc.constantFrom(...values), { nil: undefined })
    const strings = VALUES.filter((value) => typeof value === 'string')
    const hashPart = fc.record(
      {
        value: part(strings),
        encoding: part(['utf8', 'hex', 'base64', 'ascii', 1]),
        digest: part(['sha256', 'md5', 'whirlpool', 'sha3']),
        key: part([
          { value: 'k' },
          { value: hex(4), encoding: 'hex' },
          { value: 'zz', encoding: 'hex' },
          'k',
        ]),
      },
      { requiredKeys: [] },
    )
    const saltPart = fc.record(
      {
        value: part(['salt', hex(4), 's'.repeat(71), 's'.repeat(72), '😀'.repeat(40), 1]),
        encoding: part(['utf8', 'hex', 'base64', 'x']),
        position: part(['prefix', 'suffix', 'middle']),
      },
      { requiredKeys: [] },
    )
    const custom = fc.record(
      {
        algorithm: part([...HASH_ALGORITHMS, 'sha3', 7]),
        hash: fc.option(hashPart, { nil: undefined }),
        salt: fc.option(saltPart, { nil: undefined }),
        password: part([{ encoding: 'utf8' }, { encoding: 'utf16' }, {}, { other: 1 }]),
        keylen: part([32, 0, 1.5, '32']),
        cost: part([16384, 3, 2, 2 ** 30, 2 ** 31]),
        blockSize: part([8, 0]),
        parallelization: part([1, -1]),
      },
      { requiredKeys: [] },
    )
    const both = fc.boolean()
    fc.assert(
      fc.property(custom, both, (hash, withPasswordHash) => {
        const user: Obj = { email, custom_password_hash: dropUndefined(hash) }
        if (withPasswordHash) user.password_hash = BCRYPT
        expect(wronglyAccepted([user]).wrong).toEqual([])
      }),
      { seed: 0x5eed_0015, numRuns: 30_000 },
    )
  })

  it('leaves a user it is unsure of to the generated validator, whose errors stand', () => {
    // An astral salt of 71 characters is 142 UTF-16 units: valid, but past the quick check.
    const user = {
      email,
      custom_password_hash: {
        algorithm: 'bcrypt',
        hash: { value: BCRYPT },
        salt: { value: '😀'.repeat(71) },
      },
    }
    expect(isPlainlyValid(user)).toBe(false)
    expect(validateUser(user)).toEqual([])
    expect(validateUser({ ...user, role: 'admin' })).toEqual([
      expect.objectContaining({ code: 'OBJECT_ADDITIONAL_PROPERTIES' }),
    ])
  })
})

function dropUndefined(value: Json): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, dropUndefined(item)]),
  )
}
