/**
 * Property-based tests of input parsing (issue 5, item 5): whatever strings the workflow passes,
 * parseInputs returns Settings that hold their invariants, or throws one InputError that names the
 * input and never quotes client_secret or token. Never another exception, never a hang.
 */
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INPUT_DEFAULTS, type InputName } from '../src/inputs/names.js'
import { parseInputs } from '../src/inputs/parse.js'
import { OPERATIONS, type Settings } from '../src/inputs/settings.js'
import { InputError } from '../src/runtime/errors.js'

/** Fixed seed: failures reproduce; fast-check prints seed and path of any counterexample. */
const SEED = 0x5eed_0005
const INPUT_NAMES = Object.keys(INPUT_DEFAULTS) as InputName[]
const JOB_ID = /^job_[A-Za-z0-9]{16}$/
const CONNECTION_ID = /^con_[A-Za-z0-9]{16}$/

let workspace: string
let env: Record<string, string>

beforeAll(() => {
  workspace = mkdtempSync(join(process.env.AUTH0_ACTION_TEST_TMP ?? tmpdir(), 'fuzz-inputs-'))
  writeFileSync(join(workspace, 'users.json'), '[{"email":"a@example.com"}]')
  mkdirSync(join(workspace, 'folder'))
  env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(workspace, 'tmp') }
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

// ---------------------------------------------------------------------------------------------
// Generators

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const B64URL = `${ALNUM}-_`
const chars = (alphabet: string, min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max })

/** An Auth0-like client secret (64 chars) or a JWT-like token (hundreds of chars). */
const clientSecretArb = chars(B64URL, 24, 64).map((s) => `cs-${s}`)
const jwtArb = fc
  .tuple(chars(B64URL, 36, 60), chars(B64URL, 150, 700), chars(B64URL, 43, 342))
  .map(([h, p, s]) => `eyJ${h}.eyJ${p}.${s}`)

/** A real RSA key, as PEM and as a secret store might mangle it; and keys that are refused. */
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PEM = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const PEM_LINES = PEM.split('\n').filter((line) => line.length >= 8 && !line.startsWith('-----'))
const pemArb = fc.constantFrom(
  PEM,
  PEM.replace(/\n/g, '\\n'),
  PEM.replace(/\n/g, '\r\n'),
  PEM.replace(/\n/g, ' '),
  `"${PEM}"`,
  Buffer.from(PEM).toString('base64'),
  PEM.slice(0, 400),
  PEM.replace('PRIVATE KEY', 'PUBLIC KEY'),
  rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  PEM.replace(/[A-Z]{4}/, 'zzzz'),
  PEM_LINES.join(''),
)

const whitespace = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\ufeff', '\u3000'),
  maxLength: 4,
})

const numberish = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc
    .tuple(
      fc.constantFrom('', '+', '-', '--', '+-'),
      fc.nat(),
      fc.option(fc.nat(), { nil: undefined }),
      fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
      fc.constantFrom('', '%', ' %', 's', 'ms', 'kB'),
    )
    .map(
      ([sign, whole, frac, exp, unit]) =>
        `${sign}${whole}${frac === undefined ? '' : `.${frac}`}${exp === undefined ? '' : `e${exp}`}${unit}`,
    ),
  fc.constantFrom(
    '0',
    '00',
    '-0',
    '+0',
    '0.0',
    '1024',
    '1023',
    '512000',
    '512001',
    '0x10',
    '0b11',
    '0o7',
    '1_000',
    '١٢٣',
    '１２３',
    'Infinity',
    '-Infinity',
    'NaN',
    '9007199254740991',
    '9007199254740992',
    '9007199254740993',
    '9'.repeat(400),
    '100%',
    '100.0001%',
    '0%',
    '1e2%',
    '.5%',
    '5.%',
    '%',
    '50 %',
  ),
)

const jsonish = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.constantFrom(
    '[',
    '{',
    '[{',
    ']',
    '}',
    'null',
    'true',
    '[]',
    '{}',
    '[null]',
    '[""]',
    '[" "]',
    '[1]',
    '[{}]',
    '[{"name":1}]',
    '[{"name":"email","export_as":2}]',
    '[{"name":"email","extra":true}]',
    '{"__proto__":{"user_id":"x"}}',
    '{"user_id":"a","provider":"b","constructor":1}',
    '{"user_id":"","provider":"x"}',
    '{"user_id":"a","provider":"b","connection_id":""}',
    '["a",]',
    '"str"',
    `[${'"f",'.repeat(40)}"f"]`,
    `["${'n'.repeat(101)}"]`,
    '\u0000',
  ),
)

/** Values an input could plausibly be meant to have (so parsing goes past the first check). */
function plausible(name: InputName): fc.Arbitrary<string> {
  switch (name) {
    case 'operation':
      return fc.constantFrom(
        ...OPERATIONS,
        'import_users',
        'EXPORT_USERS',
        'Get-Job',
        'get_job_errors',
        'import users',
        'import-users ',
      )
    case 'domain':
      return fc.constantFrom(
        'acme.eu.auth0.com',
        'https://acme.eu.auth0.com',
        'https://acme.eu.auth0.com/',
        'http://127.0.0.1:8080',
        'http://localhost:3000/',
        'http://[::1]:1',
        'http://127.1',
        'http://acme.eu.auth0.com',
        'https://acme.eu.auth0.com/api/v2/',
        'ftp://acme',
        'https://user:pw@acme.eu.auth0.com',
        'acme.eu.auth0.com?x=1',
        'acme.eu.auth0.com#',
        'https://',
        'ACME.EU.AUTH0.COM',
        'xn--bcher-kva.example',
        'bücher.example',
        'acme .auth0.com',
        '//acme',
        'https://acme.eu.auth0.com:443',
        'https://acme.eu.auth0.com:99999',
      )
    case 'client_id':
      return chars(ALNUM, 1, 32)
    case 'audience':
      return fc.constantFrom(
        'https://acme.eu.auth0.com/api/v2/',
        'urn:auth0',
        'acme.eu.auth0.com',
        'http://x',
      )
    case 'file':
      return fc.constantFrom('users.json', 'folder', 'missing.json', '/', 'users.json/x', '.')
    case 'connection_id':
      return fc.oneof(
        chars(ALNUM, 16, 16).map((s) => `con_${s}`),
        fc.constantFrom('con_short', 'Username-Password-Authentication', 'con_0123456789abcdeF0'),
      )
    case 'job_id':
      return fc.oneof(
        fc
          .array(
            chars(ALNUM, 16, 16).map((s) => `job_${s}`),
            { minLength: 1, maxLength: 4 },
          )
          .chain((ids) =>
            fc
              .array(fc.constantFrom(',', ' ', '\n', ', ', ',,', '\t'), {
                minLength: ids.length,
                maxLength: ids.length,
              })
              .map((seps) => ids.map((id, i) => id + (i < ids.length - 1 ? seps[i] : '')).join('')),
          ),
        fc.constantFrom('job_', 'job_0123456789abcde', ',', ' , ', 'JOB_0123456789abcdef'),
      )
    case 'upsert':
    case 'send_completion_email':
    case 'wait':
    case 'dry_run':
      return fc.constantFrom('true', 'false', 'TRUE', 'False', 'yes', '1', 'on', 't', 'truee')
    case 'format':
      return fc.constantFrom('json', 'csv', 'CSV', 'ndjson', 'json,csv')
    case 'timeout':
    case 'limit':
    case 'chunk_size':
    case 'max_jobs':
    case 'max_failed_users':
      return numberish
    case 'fields':
      return fc.oneof(
        jsonish,
        fc.array(chars('abcdefghij_.', 0, 8), { maxLength: 35 }).map((names) => names.join(',')),
        fc.array(chars('abcdefghij_.', 0, 8), { maxLength: 35 }).map((names) => names.join('\n')),
      )
    case 'identity':
      return jsonish
    case 'user_id':
      return fc.oneof(
        fc
          .array(fc.constantFrom('auth0|abc', 'google-oauth2|1', 'x', ''), { maxLength: 4 })
          .map((ids) => ids.join(',')),
        fc.constantFrom(',', ' , ', '\n', 'auth0|a auth0|a'),
      )
    case 'export_path':
    case 'progress_file':
      return fc.constantFrom('out.ndjson', 'dir/', 'dir\\', '/abs/out.csv', 'x.gz', '.')
    case 'client_assertion_key':
      return pemArb
    case 'client_assertion_alg':
      return fc.constantFrom('RS256', 'RS384', 'PS256', 'HS256', 'none', 'rs256')
    default:
      return fc.string({ maxLength: 20 })
  }
}

/** Any value for an input: plausible, padded, arbitrary, unicode, numeric, JSON-ish or huge. */
function anyValue(name: InputName): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constant(''), weight: 4 },
    { arbitrary: plausible(name), weight: 8 },
    {
      arbitrary: fc
        .tuple(whitespace, plausible(name), whitespace)
        .map(([before, value, after]) => before + value + after),
      weight: 3,
    },
    { arbitrary: fc.string({ maxLength: 30 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
    { arbitrary: numberish, weight: 1 },
    { arbitrary: jsonish, weight: 1 },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom('a', '1', ' ', '[', 'job_0123456789abcdef,', ',', '{"name":"x"},'),
          fc.integer({ min: 10_000, max: 400_000 }),
        )
        .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length))),
      weight: 1,
    },
  )
}

interface Case {
  inputs: Partial<Record<InputName, string>>
  clientSecret: string
  token: string
}

/**
 * Every input gets a value; client_secret and token are high-entropy secrets or empty, and each
 * may also be pasted into other inputs (the swapped-inputs mistake).
 */
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    values: fc.record(
      Object.fromEntries(
        INPUT_NAMES.map((name) => [
          name,
          name === 'operation'
            ? fc.oneof(
                { arbitrary: plausible(name), weight: 9 },
                { arbitrary: anyValue(name), weight: 1 },
              )
            : name === 'domain'
              ? fc.oneof(
                  { arbitrary: plausible(name), weight: 4 },
                  { arbitrary: anyValue(name), weight: 1 },
                )
              : anyValue(name),
        ]),
      ) as Record<InputName, fc.Arbitrary<string>>,
    ),
    clientSecret: fc.oneof(fc.constant(''), clientSecretArb, jwtArb),
    token: fc.oneof(fc.constant(''), jwtArb, clientSecretArb),
    pasteSecretInto: fc.subarray(INPUT_NAMES, { maxLength: 3 }),
    pasteTokenInto: fc.subarray(INPUT_NAMES, { maxLength: 3 }),
    padding: whitespace,
  })
  .map(({ values, clientSecret, token, pasteSecretInto, pasteTokenInto, padding }) => {
    const inputs: Partial<Record<InputName, string>> = { ...values }
    inputs.client_secret = clientSecret === '' ? '' : padding + clientSecret + padding
    inputs.token = token
    for (const name of pasteSecretInto) if (clientSecret !== '') inputs[name] = clientSecret
    for (const name of pasteTokenInto) if (token !== '') inputs[name] = `${padding}${token}`
    return { inputs, clientSecret: inputs.client_secret.trim(), token: inputs.token.trim() }
  })

const reader =
  (inputs: Partial<Record<InputName, string>>) =>
  (name: string): string =>
    inputs[name as InputName] ?? ''

// ---------------------------------------------------------------------------------------------
// Invariants

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)

function checkFailureThreshold(value: { kind: string; max: number }): void {
  if (value.kind === 'count') {
    expect(Number.isSafeInteger(value.max) && value.max >= 0).toBe(true)
  } else {
    expect(value.kind).toBe('percent')
    expect(Number.isFinite(value.max) && value.max >= 0 && value.max <= 100).toBe(true)
  }
}

const trimmedNonEmpty = (value: string | undefined): void => {
  if (value === undefined) return
  expect(value).not.toBe('')
  expect(value).toBe(value.trim())
}

/** What every Settings value must satisfy, whatever the inputs were. */
function checkSettings(settings: Settings, options: { skipUserIdsNonEmpty?: boolean } = {}): void {
  expect(OPERATIONS).toContain(settings.operation)
  const { origin, credentials } = settings.tenant
  expect(origin).toMatch(/^https?:\/\/[^/\s?#@]+$/)
  expect(origin.endsWith('/')).toBe(false)
  const url = new URL(origin)
  expect(url.origin).toBe(origin)
  if (url.protocol === 'http:') expect(isLoopback(url.hostname)).toBe(true)
  if (credentials.kind === 'token') {
    trimmedNonEmpty(credentials.token)
    expect(credentials.token).not.toBe('')
  } else {
    // client-credentials, or private-key-jwt once that input exists (checked loosely, so this
    // file type-checks with and without it).
    const grant = credentials as {
      kind: string
      clientId: string
      clientSecret?: string
      privateKey?: string
      algorithm?: string
      audience: string
    }
    expect(['client-credentials', 'private-key-jwt']).toContain(grant.kind)
    expect(grant.clientId).not.toBe('')
    trimmedNonEmpty(grant.clientId)
    if (grant.kind === 'client-credentials') {
      expect(grant.clientSecret).not.toBe('')
      trimmedNonEmpty(grant.clientSecret)
    } else {
      expect(grant.privateKey).toContain('PRIVATE KEY-----')
      expect(['RS256', 'RS384', 'PS256']).toContain(grant.algorithm)
    }
    expect(['http:', 'https:']).toContain(new URL(grant.audience).protocol)
  }
  expect(typeof settings.wait).toBe('boolean')
  expect(Number.isSafeInteger(settings.timeoutMs)).toBe(true)
  expect(settings.timeoutMs).toBeGreaterThan(0)
  expect(settings.timeoutMs % 1000).toBe(0)

  switch (settings.operation) {
    case 'import-users':
      expect(Number.isSafeInteger(settings.chunkSize)).toBe(true)
      expect(settings.chunkSize).toBeGreaterThanOrEqual(1024)
      expect(settings.chunkSize).toBeLessThanOrEqual(512_000)
      expect(isAbsolute(settings.file)).toBe(true)
      expect(statSync(settings.file).isFile()).toBe(true)
      expect(settings.connectionId).toMatch(CONNECTION_ID)
      trimmedNonEmpty(settings.externalId)
      expect(typeof settings.upsert).toBe('boolean')
      expect(typeof settings.dryRun).toBe('boolean')
      expect(typeof settings.sendCompletionEmail).toBe('boolean')
      checkFailureThreshold(settings.maxFailedUsers)
      if (settings.progressFile !== undefined) {
        expect(isAbsolute(settings.progressFile)).toBe(true)
      }
      if (settings.maxJobs !== undefined) {
        expect(Number.isSafeInteger(settings.maxJobs) && settings.maxJobs >= 1).toBe(true)
      }
      break
    case 'export-users':
      expect(['json', 'csv']).toContain(settings.format)
      if (settings.connectionId !== undefined) expect(settings.connectionId).toMatch(CONNECTION_ID)
      if (settings.limit !== undefined) {
        expect(Number.isSafeInteger(settings.limit) && settings.limit >= 1).toBe(true)
      }
      if (settings.fields !== undefined) {
        expect(settings.fields.length).toBeGreaterThan(0)
        if (settings.format === 'csv') expect(settings.fields.length).toBeLessThanOrEqual(30)
        for (const field of settings.fields) {
          expect(typeof field.name).toBe('string')
          expect(field.name.trim()).not.toBe('')
          expect(field.name.length).toBeLessThanOrEqual(100)
          expect(Object.keys(field).every((k) => k === 'name' || k === 'export_as')).toBe(true)
          if (field.export_as !== undefined) {
            expect(typeof field.export_as).toBe('string')
            expect(field.export_as.length).toBeLessThanOrEqual(100)
          }
        }
      }
      if (settings.exportPath !== undefined) {
        expect(isAbsolute(settings.exportPath)).toBe(true)
        expect(settings.exportPath.endsWith('/')).toBe(false)
      }
      break
    case 'send-verification-email':
      if (!options.skipUserIdsNonEmpty) expect(settings.userIds.length).toBeGreaterThan(0)
      expect(new Set(settings.userIds).size).toBe(settings.userIds.length)
      for (const id of settings.userIds) {
        expect(id).not.toBe('')
        expect(id).not.toMatch(/[\s,]/)
      }
      trimmedNonEmpty(settings.emailClientId)
      trimmedNonEmpty(settings.organizationId)
      if (settings.identity !== undefined) {
        const { user_id, provider, connection_id, ...rest } = settings.identity
        expect(rest).toEqual({})
        expect(typeof user_id === 'string' && user_id !== '').toBe(true)
        expect(typeof provider === 'string' && provider !== '').toBe(true)
        if (connection_id !== undefined) {
          expect(typeof connection_id === 'string' && connection_id !== '').toBe(true)
        }
      }
      checkFailureThreshold(settings.maxFailedUsers)
      break
    case 'get-job':
      expect(settings.jobIds.length).toBeGreaterThan(0)
      expect(new Set(settings.jobIds).size).toBe(settings.jobIds.length)
      for (const id of settings.jobIds) expect(id).toMatch(JOB_ID)
      checkFailureThreshold(settings.maxFailedUsers)
      break
    case 'get-job-errors':
      expect(settings.jobId).toMatch(JOB_ID)
      break
  }
}

/** Runs parseInputs, timing it; returns Settings or the thrown value. */
function attempt(inputs: Case['inputs']): {
  settings?: Settings
  error?: unknown
  ms: number
} {
  const started = performance.now()
  try {
    const settings = parseInputs(reader(inputs), env)
    return { settings, ms: performance.now() - started }
  } catch (error) {
    return { error, ms: performance.now() - started }
  }
}

/** Every substring of `secret` of `width` characters (a leak of part of a secret). */
function windows(secret: string, width: number): string[] {
  if (secret.length <= width) return [secret]
  const out: string[] = []
  for (let i = 0; i + width <= secret.length; i += 4) out.push(secret.slice(i, i + width))
  out.push(secret.slice(-width))
  return out
}

// ---------------------------------------------------------------------------------------------

describe('parseInputs, fuzzed', () => {
  it('returns Settings that hold their invariants, or throws an InputError naming the input and quoting no secret', () => {
    fc.assert(
      fc.property(caseArb, ({ inputs, clientSecret, token }) => {
        const { settings, error, ms } = attempt(inputs)
        // 400 kB inputs included: parsing is linear, never a hang.
        expect(ms).toBeLessThan(2_000)
        if (error === undefined) {
          // userIds emptiness has its own (failing) property below.
          checkSettings(settings as Settings, { skipUserIdsNonEmpty: true })
          return
        }
        expect(error).toBeInstanceOf(InputError)
        const { input, message } = error as InputError
        expect(INPUT_NAMES).toContain(input)
        expect(message).toContain(`'${input}'`)
        for (const secret of [clientSecret, token]) {
          if (secret.length >= 6) expect(message.includes(secret)).toBe(false)
        }
        // No line of a private key given as client_assertion_key (whatever its mangling).
        if ((inputs.client_assertion_key ?? '').length > 100) {
          for (const line of PEM_LINES) expect(message.includes(line)).toBe(false)
          for (const part of windows(PEM_LINES.join(''), 24)) expect(message).not.toContain(part)
        }
      }),
      { seed: SEED, numRuns: 1500 },
    )
  })

  it('never quotes a long part of client_secret or token pasted into another input', () => {
    // parseInputs redacts the whole secret from messages, but `show` cuts a value at 200
    // characters (and escapes newlines) first: a token pasted into job_id or domain then
    // appears as its first 200 characters, which the runner's mask (whole value) cannot hide.
    fc.assert(
      fc.property(
        fc.constantFrom<InputName>(
          'job_id',
          'domain',
          'connection_id',
          'fields',
          'timeout',
          'chunk_size',
          'identity',
          'audience',
          'operation',
        ),
        fc.oneof(clientSecretArb, jwtArb),
        fc.boolean(),
        (target, secret, asToken) => {
          const inputs: Case['inputs'] = {
            operation:
              target === 'operation'
                ? secret
                : target === 'fields'
                  ? 'export-users'
                  : target === 'identity'
                    ? 'send-verification-email'
                    : 'get-job',
            domain: target === 'domain' ? secret : 'acme.eu.auth0.com',
            job_id: target === 'job_id' ? secret : 'job_0123456789abcdef',
            user_id: 'auth0|abc',
            [target]: secret,
            ...(asToken ? { token: secret } : { client_id: 'my-client', client_secret: secret }),
          }
          const { error } = attempt(inputs)
          if (error === undefined) return
          const message = (error as Error).message
          for (const part of windows(secret, 16)) expect(message).not.toContain(part)
        },
      ),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('a user_id made only of separators is an InputError, not zero users', () => {
    // `required` checks the trimmed value is not empty, but parseUserIds then splits ',' into
    // nothing: send-verification-email runs with userIds [] and succeeds having sent nothing.
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(',', ' ', '\n', '\t'), minLength: 1, maxLength: 6 }),
        (userId) => {
          const { settings, error } = attempt({
            operation: 'send-verification-email',
            domain: 'acme.eu.auth0.com',
            token: 'tok-0123456789',
            user_id: userId,
          })
          if (error === undefined) {
            expect((settings as Settings & { userIds: string[] }).userIds.length).toBeGreaterThan(0)
          } else {
            expect(error).toBeInstanceOf(InputError)
            expect((error as InputError).input).toBe('user_id')
          }
        },
      ),
      { seed: SEED, numRuns: 50 },
    )
  })
})
