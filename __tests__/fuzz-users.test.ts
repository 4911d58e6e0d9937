/**
 * Property-based tests of the users-file scanner, validator and planner, and of the error-report
 * builder (issue 5, item 5). Generated files are written to a temp folder; whatever they hold —
 * arbitrary JSON, truncated or garbled bytes, 10,000 levels of nesting, megabyte strings, wrong
 * types in every documented field — planUsersFile resolves with a plan that covers exactly the
 * users in order, or rejects with an InputError naming `file` or `chunk_size`. Secrets planted in
 * password_hash, custom_password_hash and mfa_factors never reach a redacted user or report entry.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { JobErrorEntry } from '../src/auth0/job.js'
import { reportEntriesFromJobErrors } from '../src/report/job-errors.js'
import { InputError } from '../src/runtime/errors.js'
import { writeFailedUsers } from '../src/users/failed-users.js'
import {
  type ChunkPlan,
  indexErrorEntries,
  planUsersFile,
  readChunk,
  type UsersFilePlan,
  usersOfChunk,
} from '../src/users/plan.js'
import { REDACTED, redactUser } from '../src/users/redact.js'
import { IDENTITY_KINDS, identityKey, validateUser } from '../src/users/validate.js'
import { balancedSplit } from './chunks-fixture.js'

/** Fixed seed: failures reproduce; fast-check prints seed and path of any counterexample. */
const SEED = 0x5eed_0005
/**
 * No single case may take longer than this (a hang fails the property instead of the run). The
 * slowest case, a file read a byte at a time, takes ~2 s alone; on a loaded machine it took over
 * the 5 s this was, and the property failed while fast-check shrank case after timed-out case.
 */
const CASE_TIMEOUT_MS = 30_000

const dir = mkdtempSync(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'fuzz-users-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let fileNo = 0
function writeCase(content: Buffer | string): string {
  const path = join(dir, `case-${fileNo++}.json`)
  writeFileSync(path, content)
  return path
}

// ---------------------------------------------------------------------------------------------
// Generators: secrets and users

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const BCRYPT = `./${ALNUM}`
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

const chars = (alphabet: string, min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max })

/** A bcrypt hash that matches the schema (`$2b$10$` + 53 characters). */
const bcryptSecret = chars(BCRYPT, 53, 53).map((s) => `$2b$10$${s}`)
/** A hash value, salt or HMAC key: long and random enough never to occur by chance. */
const hashSecret = chars(ALNUM, 20, 40).map((s) => `hv${s}`)
/** An unpadded Base32 TOTP secret, as the schema wants it. */
const totpSecret = chars(BASE32, 24, 32).map((s) => `Q${s}`)

interface Planted<T> {
  value: T
  secrets: string[]
}

const planted = <T>(value: T, ...secrets: string[]): Planted<T> => ({ value, secrets })

/** `password_hash`: a valid bcrypt hash, or the secret in a shape Auth0 would refuse. */
const passwordHashField: fc.Arbitrary<Planted<unknown>> = fc.oneof(
  bcryptSecret.map((s) => planted(s, s)),
  hashSecret.map((s) => planted(s, s)),
  hashSecret.map((s) => planted({ value: s }, s)),
  hashSecret.map((s) => planted([s], s)),
  hashSecret.map((s) => planted({ a: [{ b: s }] }, s)),
)

const algorithm = fc.constantFrom('sha256', 'md5', 'hmac', 'bcrypt', 'argon2', 'nope', 42)
const encoding = fc.constantFrom('hex', 'base64', 'utf8', undefined, 7)

/** `custom_password_hash` with secrets in hash.value, hash.key.value and salt.value, any shape. */
const customPasswordHashField: fc.Arbitrary<Planted<unknown>> = fc.oneof(
  // Well-formed (valid for sha256/md5 with hex).
  fc
    .tuple(
      hashSecret,
      hashSecret,
      fc.constantFrom('sha256', 'md5'),
      fc.constantFrom('prefix', 'suffix'),
    )
    .map(([hash, salt, alg, position]) =>
      planted(
        {
          algorithm: alg,
          hash: { value: hash, encoding: 'hex' },
          salt: { value: salt, position },
        },
        hash,
        salt,
      ),
    ),
  // HMAC with a key.
  fc.tuple(hashSecret, hashSecret).map(([hash, key]) =>
    planted(
      {
        algorithm: 'hmac',
        hash: { value: hash, encoding: 'base64', digest: 'sha256', key: { value: key } },
      },
      hash,
      key,
    ),
  ),
  // Malformed: wrong types at every level, the secret somewhere inside.
  fc
    .tuple(hashSecret, hashSecret, hashSecret, algorithm, encoding, fc.nat(13))
    .map(([a, b, c, alg, enc, shape]) => {
      const shapes: Planted<unknown>[] = [
        planted(a, a),
        planted([a, { value: b }], a, b),
        planted({ algorithm: alg, hash: a }, a),
        planted({ algorithm: alg, hash: [a] }, a),
        planted({ algorithm: alg, hash: { value: { nested: a } } }, a),
        planted({ algorithm: alg, hash: { value: [a, b] } }, a, b),
        planted({ algorithm: alg, hash: { value: a, key: b } }, a, b),
        planted({ algorithm: alg, hash: { value: a, key: [b] } }, a, b),
        planted({ algorithm: alg, hash: { value: a, key: { value: { x: b } } } }, a, b),
        planted({ algorithm: alg, hash: { key: { value: b } } }, b),
        planted({ algorithm: alg, hash: { value: a, encoding: enc }, salt: b }, a, b),
        planted({ algorithm: alg, hash: { value: a }, salt: [b, c] }, a, b, c),
        planted({ algorithm: alg, hash: { value: a }, salt: { value: b, encoding: enc } }, a, b),
        planted(
          { hash: { value: a, key: { value: b, encoding: enc } }, salt: { value: c } },
          a,
          b,
          c,
        ),
      ]
      return shapes[shape] as Planted<unknown>
    }),
)

/** `mfa_factors` with TOTP secrets, in valid and malformed shapes (never a bare-string factor). */
const mfaFactorsField: fc.Arbitrary<Planted<unknown>> = fc.oneof(
  fc.array(totpSecret, { minLength: 1, maxLength: 3 }).map((secrets) =>
    planted(
      secrets.map((secret) => ({ totp: { secret } })),
      ...secrets,
    ),
  ),
  fc.tuple(totpSecret, hashSecret, fc.nat(9)).map(([s, t, shape]) => {
    const shapes: Planted<unknown>[] = [
      planted([{ totp: { secret: s } }, { phone: { value: '+12125550001' } }], s),
      planted([{ totp: { secret: s }, phone: { value: '+1' } }], s),
      planted([{ totp: { secret: t.toLowerCase() } }], t.toLowerCase()),
      planted([{ totp: s }], s),
      planted([{ totp: [s] }], s),
      planted([{ totp: { secret: [s] } }], s),
      planted([{ totp: { secret: s, extra: t } }], s),
      planted({ totp: { secret: s } }, s),
      planted([[{ totp: { secret: s } }]], s),
      planted(
        Array.from({ length: 12 }, () => ({ totp: { secret: s } })),
        s,
      ),
    ]
    return shapes[shape] as Planted<unknown>
  }),
)

const emailLike = fc.oneof(
  { arbitrary: fc.constant('VALID'), weight: 6 },
  { arbitrary: fc.constantFrom('', 'not-an-email', 'a@b', '@x.io', 'a b@c.io'), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 },
)

const wrongType = fc.oneof(
  fc.constantFrom(null, 0, -1, 1.5, true, false, '', 'x', [], {}, [1], { a: 1 }),
  fc.jsonValue({ maxDepth: 2 }),
)

/**
 * A user object: documented fields with right or wrong types, secrets planted where they go.
 * `VALID` as email is replaced by a unique address by the caller (see `withEmails`).
 */
const userArb: fc.Arbitrary<Planted<Record<string, unknown>>> = fc
  .record(
    {
      email: emailLike,
      email_verified: fc.oneof(fc.boolean(), wrongType),
      name: fc.oneof(fc.string({ maxLength: 20 }), wrongType),
      username: fc.oneof(fc.constantFrom('alice', 'bob'), wrongType),
      user_id: fc.oneof(fc.constantFrom('u1', 'auth0|u1', 'u2'), wrongType),
      phone_number: fc.oneof(fc.constantFrom('+12125550001', '555'), wrongType),
      given_name: wrongType,
      blocked: fc.oneof(fc.boolean(), wrongType),
      picture: fc.oneof(fc.constant('https://example.com/p.png'), wrongType),
      app_metadata: fc.oneof(
        fc.dictionary(fc.constantFrom('plan', 'roles', 'user_id', 'email', '__proto__'), wrongType),
        wrongType,
      ),
      user_metadata: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })),
      ),
      password_hash: passwordHashField,
      custom_password_hash: customPasswordHashField,
      mfa_factors: mfaFactorsField,
      extra: fc.tuple(fc.constantFrom('extra', 'passwordHash', 'token', 'nickname2'), wrongType),
    },
    {
      requiredKeys: [],
    },
  )
  .map((record) => {
    const user: Record<string, unknown> = {}
    const secrets: string[] = []
    for (const [key, value] of Object.entries(record)) {
      if (key === 'extra') {
        const [name, extra] = value as [string, unknown]
        user[name] = extra
      } else if (
        key === 'password_hash' ||
        key === 'custom_password_hash' ||
        key === 'mfa_factors'
      ) {
        const field = value as Planted<unknown>
        user[key] = field.value
        secrets.push(...field.secrets)
      } else user[key] = value
    }
    return { value: user, secrets }
  })

/** Any element of a users file: mostly users, sometimes any JSON value at all. */
const elementArb: fc.Arbitrary<Planted<unknown>> = fc.oneof(
  { arbitrary: userArb as fc.Arbitrary<Planted<unknown>>, weight: 8 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => planted(value)), weight: 2 },
  {
    arbitrary: fc.array(userArb, { minLength: 1, maxLength: 2 }).map((users) =>
      planted(
        users.map((u) => u.value),
        ...users.flatMap((u) => u.secrets),
      ),
    ),
    weight: 1,
  },
)

/** Gives each `email: 'VALID'` a distinct address, some repeated (duplicates) by `repeat`. */
function withEmails(elements: unknown[], repeatEvery: number): void {
  let n = 0
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item)
      return
    }
    if (value !== null && typeof value === 'object') {
      const user = value as Record<string, unknown>
      if (user.email === 'VALID') {
        const id = repeatEvery > 0 && n > 0 && n % repeatEvery === 0 ? n - 1 : n
        user.email = `User${id}@Example.com`
        n++
      }
    }
  }
  for (const element of elements) visit(element)
}

/** The secrets that appear in `text`. */
function leaked(text: string, secrets: Iterable<string>): string[] {
  return [...secrets].filter((secret) => secret.length >= 8 && text.includes(secret))
}

// ---------------------------------------------------------------------------------------------
// Files

interface Layout {
  bom: boolean
  indent: number
  /** Whitespace between tokens, used in turn. */
  gaps: string[]
}

const gapArb = fc.constantFrom('', '', '', ' ', '\n', '\r\n', '\t', '\n  ', ' \n\n ')
const layoutArb: fc.Arbitrary<Layout> = fc.record({
  bom: fc.boolean(),
  indent: fc.constantFrom(0, 0, 2),
  gaps: fc.array(gapArb, { minLength: 1, maxLength: 16 }),
})

interface BuiltFile {
  bytes: Buffer
  /** Byte ranges and start lines of the elements, as the scanner should report them. */
  elements: { start: number; end: number; line: number }[]
}

function build(values: unknown[], layout: Layout): BuiltFile {
  const parts: Buffer[] = []
  let offset = 0
  let line = 1
  let gap = 0
  const push = (text: string | Buffer): void => {
    const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
    parts.push(buffer)
    offset += buffer.length
    for (const byte of buffer) if (byte === 0x0a) line++
  }
  const nextGap = (): string => layout.gaps[gap++ % layout.gaps.length] as string
  const elements: BuiltFile['elements'] = []
  if (layout.bom) push(Buffer.from([0xef, 0xbb, 0xbf]))
  push(nextGap())
  push('[')
  values.forEach((value, index) => {
    push(nextGap())
    const start = offset
    const startLine = line
    push(JSON.stringify(value, null, layout.indent))
    elements.push({ start, end: offset, line: startLine })
    push(nextGap())
    if (index < values.length - 1) push(',')
  })
  push(nextGap())
  push(']')
  push(nextGap())
  return { bytes: Buffer.concat(parts), elements }
}

/** Indexes of the users the planner must list as invalid: schema errors or seen before. */
function expectedInvalid(users: readonly unknown[]): number[] {
  const seen = new Map<string, Set<string>>(IDENTITY_KINDS.map((kind) => [kind, new Set()]))
  const out: number[] = []
  users.forEach((user, index) => {
    let bad = validateUser(user).length > 0
    for (const kind of IDENTITY_KINDS) {
      const key = identityKey(user, kind)
      if (key === undefined) continue
      const keys = seen.get(kind) as Set<string>
      if (keys.has(key)) bad = true
      else keys.add(key)
    }
    if (bad) out.push(index)
  })
  return out
}

async function chunkUsers(path: string, plan: UsersFilePlan): Promise<unknown[][]> {
  const out: unknown[][] = []
  for (const chunk of plan.chunks) out.push(usersOfChunk(await readChunk(path, chunk)))
  return out
}

/** The plan covers exactly `users`, in order, in maximal chunks that fit `chunkSize`. */
async function checkPlan(
  path: string,
  bytes: Buffer,
  plan: UsersFilePlan,
  users: unknown[],
  chunkSize: number,
  elements?: BuiltFile['elements'],
): Promise<void> {
  expect(plan.totalUsers).toBe(users.length)
  expect(plan.bytes).toBe(bytes.length)
  expect(plan.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
  let next = 0
  plan.chunks.forEach((chunk: ChunkPlan, k) => {
    expect(chunk.index).toBe(k)
    expect(chunk.firstUser).toBe(next)
    expect(chunk.userCount).toBeGreaterThan(0)
    expect(chunk.bytes).toBe(chunk.end - chunk.start + 2)
    expect(chunk.bytes).toBeLessThanOrEqual(chunkSize)
    if (elements) {
      expect(chunk.start).toBe(elements[chunk.firstUser]?.start)
      expect(chunk.end).toBe(elements[chunk.firstUser + chunk.userCount - 1]?.end)
    }
    next += chunk.userCount
  })
  expect(next).toBe(users.length)
  // Cut where the even split cuts (chunks-fixture.ts).
  if (elements) {
    expect(plan.chunks.map(({ firstUser, userCount }) => ({ firstUser, userCount }))).toEqual(
      balancedSplit(elements, bytes.length, chunkSize),
    )
  }
  const fromChunks = (await chunkUsers(path, plan)).flat()
  expect(fromChunks.map((u) => JSON.stringify(u))).toEqual(users.map((u) => JSON.stringify(u)))

  const invalid = expectedInvalid(users)
  expect(plan.invalidCount).toBe(invalid.length)
  expect(plan.invalid.map((entry) => entry.index)).toEqual(invalid)
  for (const entry of plan.invalid) {
    expect(entry.errors.length).toBeGreaterThan(0)
    for (const error of entry.errors) {
      expect(typeof error.code).toBe('string')
      expect(typeof error.message).toBe('string')
    }
    expect(entry.user).toEqual(redactUser(users[entry.index]))
    if (elements) expect(entry.line).toBe(elements[entry.index]?.line)
  }
}

function expectInputError(error: unknown, inputs: readonly string[]): void {
  if (!(error instanceof InputError)) throw error
  expect(inputs).toContain(error.input)
  expect(error.message.length).toBeGreaterThan(0)
}

/** Elements with their planted secrets, unique-ish emails, some duplicated. */
const elementsArb = fc
  .tuple(fc.array(elementArb, { maxLength: 12 }), fc.constantFrom(0, 0, 3))
  .map(([planted, repeatEvery]) => {
    // As the file holds them (-0 becomes 0): the oracle compares with what JSON.parse reads.
    const values = JSON.parse(JSON.stringify(planted.map((p) => p.value))) as unknown[]
    withEmails(values, repeatEvery)
    return { values, secrets: new Set(planted.flatMap((p) => p.secrets)) }
  })

const options = (numRuns: number) => ({ seed: SEED, numRuns, timeout: CASE_TIMEOUT_MS })

// ---------------------------------------------------------------------------------------------

// A hang guard, not a bound on speed. Each property runs hundreds of fixed cases, many read a
// byte or a few at a time (a thread-pool round trip per read): 5–8 s alone, several times that
// beside two busy loops on 2 cores, where the suite's other files share the cores too.
describe('planUsersFile, fuzzed', { timeout: 240_000 }, () => {
  it('well-formed files of arbitrary elements: exact chunks, consistent invalid users, no secret', async () => {
    await fc.assert(
      fc.asyncProperty(
        elementsArb,
        layoutArb,
        fc.oneof(fc.integer({ min: 3, max: 3000 }), fc.constant(512_000)),
        fc.constantFrom(undefined, 5, 13, 64, 4096),
        async ({ values, secrets }, layout, chunkSize, highWaterMark) => {
          const built = build(values, layout)
          const path = writeCase(built.bytes)
          const tooBig = built.elements.some((e) => e.end - e.start + 2 > chunkSize)
          let plan: UsersFilePlan
          try {
            plan = await planUsersFile(path, { chunkSize, highWaterMark })
          } catch (error) {
            expect(tooBig, String(error)).toBe(true)
            expectInputError(error, ['chunk_size', 'file'])
            return
          }
          expect(tooBig).toBe(false)
          await checkPlan(path, built.bytes, plan, values, chunkSize, built.elements)
          const report = JSON.stringify(plan.invalid)
          expect(leaked(report, secrets)).toEqual([])

          // failed_users_file: the invalid users, redacted like the report.
          const indexes = new Set(plan.invalid.map((entry) => entry.index))
          const out = join(dir, `failed-${fileNo++}.json`)
          const written = await writeFailedUsers(path, indexes, out)
          expect(written).toBe(indexes.size)
          const text = readFileSync(out, 'utf8')
          expect(JSON.parse(text)).toEqual(plan.invalid.map((entry) => entry.user))
          expect(leaked(text, secrets)).toEqual([])
        },
      ),
      options(150),
    )
  })

  it('truncated, garbled and spliced files: a correct plan when still a JSON array, else an InputError', async () => {
    const garbage = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 6 }).map((bytes) => Buffer.from(bytes)),
      fc
        .constantFrom(
          '[',
          ']',
          '{',
          '}',
          ',',
          '"',
          '\\',
          ':',
          '"\\',
          'null',
          '1e999',
          '-',
          '\u0000',
          '\uFEFF',
          '\u2028',
          '{"a":',
          ']]',
          '[[',
          ',,',
          '/*',
          '\xff',
        )
        .map((text) => Buffer.from(text, 'utf8')),
    )
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('cut' as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        bytes: garbage,
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.integer({ min: 1, max: 8 }),
      }),
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
    )
    await fc.assert(
      fc.asyncProperty(
        elementsArb,
        layoutArb,
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(undefined, 1, 5, 64),
        async ({ values }, layout, mutations, highWaterMark) => {
          let bytes = build(values, layout).bytes
          for (const m of mutations) {
            const at = Math.min(bytes.length, Math.floor(m.at * (bytes.length + 1)))
            if (m.kind === 'cut') bytes = bytes.subarray(0, at)
            else if (m.kind === 'insert')
              bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)])
            else if (m.kind === 'delete')
              bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)])
            else if (at < bytes.length) {
              bytes = Buffer.from(bytes)
              bytes[at] = m.byte
            }
          }
          // The oracle: what JSON.parse makes of the whole file (a leading BOM is allowed).
          let oracle: unknown[] | undefined
          try {
            const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
            const parsed: unknown = JSON.parse(bytes.toString('utf8', start))
            if (Array.isArray(parsed)) oracle = parsed
          } catch {
            oracle = undefined
          }
          const path = writeCase(bytes)
          let plan: UsersFilePlan
          try {
            plan = await planUsersFile(path, { chunkSize: 512_000, highWaterMark })
          } catch (error) {
            expectInputError(error, ['file'])
            expect(oracle, `rejected a valid array: ${String(error)}`).toBeUndefined()
            return
          }
          expect(
            oracle,
            `accepted what JSON.parse refuses: ${bytes.toString('utf8')}`,
          ).toBeDefined()
          await checkPlan(path, bytes, plan, oracle as unknown[], 512_000)
        },
      ),
      options(400),
    )
  })

  it('deep nesting (up to 20,000 levels) anywhere in a user: a plan or an InputError, and a report that can be written', async () => {
    const where = fc.constantFrom(
      'element',
      'user_metadata',
      'unknown key',
      'mfa_factors',
      'custom_password_hash.hash.value',
      'app_metadata',
      'name',
    )
    await fc.assert(
      fc.asyncProperty(
        where,
        fc.oneof(fc.constant(10_000), fc.integer({ min: 1, max: 20_000 })),
        fc.constantFrom('[', '{"a":'),
        async (place, depth, opener) => {
          const closer = opener === '[' ? ']' : '}'
          const deep = `${opener.repeat(depth)}${opener === '[' ? '' : '1'}${closer.repeat(depth)}`
          const user = (key: string, value: string) =>
            `{"email":"deep@example.com","password_hash":"$2b$10$${'s'.repeat(53)}",${key}:${value}}`
          const element =
            place === 'element'
              ? deep
              : place === 'user_metadata'
                ? user('"user_metadata"', `{"x":${deep}}`)
                : place === 'unknown key'
                  ? user('"x"', deep)
                  : place === 'mfa_factors'
                    ? user('"mfa_factors"', deep)
                    : place === 'custom_password_hash.hash.value'
                      ? user(
                          '"custom_password_hash"',
                          `{"algorithm":"md5","hash":{"value":${deep}}}`,
                        )
                      : place === 'app_metadata'
                        ? user('"app_metadata"', `{"plan":${deep}}`)
                        : user('"name"', deep)
          const text = `[${element},{"email":"after@example.com"}]`
          const path = writeCase(text)
          let plan: UsersFilePlan
          try {
            plan = await planUsersFile(path, { chunkSize: 512_000 })
          } catch (error) {
            // Only an InputError is an answer; a RangeError (stack overflow) is a crash.
            expectInputError(error, ['file', 'chunk_size'])
            return
          }
          expect(plan.totalUsers).toBe(2)
          // The report and failed-users file are written with JSON.stringify.
          const report = JSON.stringify(plan.invalid)
          expect(report).not.toContain('$2b$10$sss')
        },
      ),
      options(40),
    )
  })

  it('huge strings (up to 2 MB) in any field: a plan within Auth0 limits, or an InputError; secrets redacted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'name',
          'password_hash',
          'email',
          'unknown',
          'custom_password_hash.salt.value',
          'mfa_factors.totp.secret',
        ),
        fc.constantFrom(100_000, 300_000, 511_000, 600_000, 2_000_000),
        fc.constantFrom('a', 'é', '\\"', '𝄞'),
        async (field, size, unit) => {
          const big = unit.repeat(Math.ceil(size / Buffer.byteLength(unit)))
          const user: Record<string, unknown> = { email: 'big@example.com' }
          const json = (v: string) => JSON.parse(`"${v}"`) as string
          const value = json(big)
          if (field === 'custom_password_hash.salt.value') {
            user.custom_password_hash = {
              algorithm: 'md5',
              hash: { value: 'SECRETHASHVALUE1', encoding: 'hex' },
              salt: { value },
            }
          } else if (field === 'mfa_factors.totp.secret') {
            user.mfa_factors = [{ totp: { secret: value } }]
          } else user[field === 'unknown' ? 'unknown' : field] = value
          const text = `[${JSON.stringify(user)}]`
          const path = writeCase(text)
          const started = performance.now()
          let plan: UsersFilePlan
          try {
            plan = await planUsersFile(path, { chunkSize: 512_000 })
          } catch (error) {
            expectInputError(error, ['file', 'chunk_size'])
            expect(Buffer.byteLength(text)).toBeGreaterThan(512_000)
            return
          } finally {
            expect(performance.now() - started).toBeLessThan(CASE_TIMEOUT_MS)
          }
          expect(plan.chunks.every((c) => c.bytes <= 512_000)).toBe(true)
          expect(plan.totalUsers).toBe(1)
          const report = JSON.stringify(plan.invalid)
          if (field !== 'name' && field !== 'email' && field !== 'unknown') {
            expect(report.includes(value.slice(0, 1000))).toBe(false)
          }
          expect(report).not.toContain('SECRETHASHVALUE1')
        },
      ),
      options(30),
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Error report builder

const userErrorArb = fc.record(
  {
    code: fc.oneof(
      fc.constantFrom('PATTERN', 'DUPLICATED_USER', 'INVALID_TYPE', 'CONFLICT'),
      fc.string(),
    ),
    message: fc.string({ maxLength: 40 }),
    path: fc.constantFrom(
      'password_hash',
      'custom_password_hash.hash.value',
      'mfa_factors[0].totp.secret',
      'email',
    ),
  },
  { requiredKeys: ['code', 'message'] },
)

/** What /errors could echo: users as sent (or half-redacted by Auth0), any shape at all. */
const echoedUserArb: fc.Arbitrary<Planted<unknown>> = fc.oneof(
  { arbitrary: userArb as fc.Arbitrary<Planted<unknown>>, weight: 6 },
  { arbitrary: elementArb, weight: 2 },
  {
    // Auth0 redacting some of it itself.
    arbitrary: userArb.map(({ value, secrets }) => ({
      value: { ...value, password_hash: '*****' },
      secrets: secrets.filter((s) => s !== value.password_hash),
    })),
    weight: 1,
  },
)

const entriesArb = fc.array(
  fc.record({ user: echoedUserArb, errors: fc.array(userErrorArb, { maxLength: 3 }) }),
  { maxLength: 8 },
)

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

describe('error-report builder, fuzzed', () => {
  it('reportEntriesFromJobErrors: no planted secret in the output, inputs not mutated', () => {
    fc.assert(
      fc.property(entriesArb, fc.boolean(), (planted, indexed) => {
        const entries = planted.map(({ user, errors }) => ({
          user: user.value,
          errors,
        })) as JobErrorEntry[]
        const secrets = new Set(planted.flatMap(({ user }) => user.secrets))
        const before = JSON.stringify(entries)
        deepFreeze(entries)
        const out = reportEntriesFromJobErrors(
          'job_0123456789abcdef',
          { kind: 'entries', entries },
          indexed ? () => 7 : undefined,
        )
        expect(JSON.stringify(entries)).toBe(before)
        expect(out).toHaveLength(entries.length)
        out.forEach((entry, k) => {
          expect(entry.job_id).toBe('job_0123456789abcdef')
          expect(entry.index).toBe(indexed ? 7 : null)
          expect(entry.errors).toEqual(entries[k]?.errors)
          expect(entry.user).toEqual(redactUser(entries[k]?.user))
        })
        expect(leaked(JSON.stringify(out), secrets)).toEqual([])
      }),
      { seed: SEED, numRuns: 500 },
    )
  })

  it('indexErrorEntries: users mapped back into the chunk, echoed secrets redacted, inputs not mutated', () => {
    fc.assert(
      fc.property(
        fc.array(userArb, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.array(userErrorArb, { maxLength: 2 }), fc.boolean()), {
          maxLength: 8,
        }),
        fc.nat(1000),
        (chunkUsers, picks, firstUser) => {
          const users = chunkUsers.map((u) => u.value)
          withEmails(users, 0)
          const secrets = new Set(chunkUsers.flatMap((u) => u.secrets))
          // Auth0 echoes users of the chunk (sometimes with its own redaction) or strangers.
          const entries = picks.map(([pick, errors, auth0Redacts]) => {
            const user = structuredClone(users[pick % users.length]) as Record<string, unknown>
            if (auth0Redacts && typeof user.password_hash === 'string') user.password_hash = '*****'
            return { user, errors }
          }) as JobErrorEntry[]
          const chunk: ChunkPlan = {
            index: 0,
            firstUser,
            userCount: users.length,
            start: 0,
            end: 0,
            bytes: 2,
            sha256: '',
          }
          const before = JSON.stringify([users, entries])
          deepFreeze(users)
          deepFreeze(entries)
          const out = indexErrorEntries(chunk, users, entries)
          expect(JSON.stringify([users, entries])).toBe(before)
          expect(out).toHaveLength(entries.length)
          for (const entry of out) {
            if (entry.index !== undefined) {
              expect(entry.index).toBeGreaterThanOrEqual(firstUser)
              expect(entry.index).toBeLessThan(firstUser + users.length)
            }
          }
          expect(leaked(JSON.stringify(out), secrets)).toEqual([])
        },
      ),
      { seed: SEED, numRuns: 300 },
    )
  })

  /** The rule redactUser keeps below the top level: any secret-looking key loses its value. */
  const SECRET_KEY =
    /pass|pwd|secret|hash|salt|token|credential|totp|^otp|otp$|recovery|private.?key|api.?key|authori[sz]ation|cookie/i
  const withNestedSecretsRedacted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withNestedSecretsRedacted)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        SECRET_KEY.test(key) && item !== null && typeof item !== 'boolean'
          ? REDACTED
          : withNestedSecretsRedacted(item),
      ]),
    )
  }

  it('redactUser: idempotent, never mutates, keeps every non-secret field, removes every planted secret', () => {
    fc.assert(
      fc.property(elementArb, ({ value, secrets }) => {
        const before = JSON.stringify(value)
        deepFreeze(value)
        const once = redactUser(value)
        expect(JSON.stringify(value)).toBe(before)
        expect(redactUser(once)).toEqual(once)
        expect(leaked(JSON.stringify(once), secrets)).toEqual([])
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          const user = value as Record<string, unknown>
          const redacted = once as Record<string, unknown>
          expect(Object.keys(redacted)).toEqual(Object.keys(user))
          for (const key of Object.keys(user)) {
            if (key === 'password_hash') expect(redacted[key]).toBe(REDACTED)
            else if (!SECRET_KEY.test(key) && key !== 'mfa_factors') {
              expect(redacted[key]).toEqual(withNestedSecretsRedacted(user[key]))
            }
          }
        }
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })

  it('redactUser: an mfa_factors entry that is the bare TOTP secret is redacted too', () => {
    // redactMfaFactor copies anything that is not an object or array: `mfa_factors: ["JBSW…"]`
    // or `mfa_factors: "JBSW…"` (a plausible mistake, and the doc comment says a container of
    // the wrong type is redacted whole) keeps the secret in the report and failed-users file.
    fc.assert(
      fc.property(totpSecret, fc.boolean(), (secret, inArray) => {
        const user = { email: 'a@example.com', mfa_factors: inArray ? [secret] : secret }
        expect(leaked(JSON.stringify(redactUser(user)), [secret])).toEqual([])
      }),
      { seed: SEED, numRuns: 20 },
    )
  })

  it('an Auth0 error message that quotes the refused secret value is redacted in the report', () => {
    // Auth0 validates imports with z-schema, whose PATTERN / ENUM / FORMAT messages quote the
    // value ("String does not match pattern ^[A-Z2-7]+$: <value>"; the emulator quotes emails
    // the same way). reportEntriesFromJobErrors and ImportRun copy `errors` unchanged, so a TOTP
    // secret or hash Auth0 refuses lands in the error report file.
    fc.assert(
      fc.property(
        fc.oneof(
          totpSecret.map((s) => ({
            secret: s.toLowerCase(),
            user: { email: 'a@example.com', mfa_factors: [{ totp: { secret: s.toLowerCase() } }] },
            path: 'mfa_factors[0].totp.secret',
            pattern: '^[A-Z2-7]+$',
          })),
          hashSecret.map((s) => ({
            secret: s,
            user: { email: 'a@example.com', password_hash: s },
            path: 'password_hash',
            pattern: '^\\$2[abxy]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$',
          })),
        ),
        ({ secret, user, path, pattern }) => {
          const errors = [
            {
              code: 'PATTERN',
              message: `String does not match pattern ${pattern}: ${secret}`,
              path,
            },
          ]
          const out = reportEntriesFromJobErrors('job_0123456789abcdef', {
            kind: 'entries',
            entries: [{ user, errors }],
          })
          expect(leaked(JSON.stringify(out), [secret])).toEqual([])
        },
      ),
      { seed: SEED, numRuns: 20 },
    )
  })
})
